using System.Globalization;

namespace IBok.Domain.Cases;

/// <summary>A case was asked to make a move that <see cref="CaseTransitions"/> does not allow.</summary>
public sealed class InvalidCaseTransitionException : InvalidOperationException
{
    /// <summary>Creates the exception, naming the case and both statuses.</summary>
    /// <param name="caseName">The signature, or "unregistered case".</param>
    /// <param name="from">The current status.</param>
    /// <param name="to">The status asked for.</param>
    public InvalidCaseTransitionException(string caseName, CaseStatus from, CaseStatus to)
        : base(Describe(caseName, from, to)) => (CaseName, From, To) = (caseName, from, to);

    /// <summary>The case's signature, or "unregistered case".</summary>
    public string CaseName { get; }

    /// <summary>The status the case is in.</summary>
    public CaseStatus From { get; }

    /// <summary>The status it was asked to move to.</summary>
    public CaseStatus To { get; }

    private static string Describe(string caseName, CaseStatus from, CaseStatus to)
    {
        var allowed = CaseTransitions.AllowedFrom(from);
        var hint = allowed.Count == 0 ? $"{from} is final" : $"from {from} it can move only to {string.Join(" or ", allowed)}";
        return string.Create(CultureInfo.InvariantCulture, $"Case {caseName} cannot move from {from} to {to}; {hint}.");
    }
}

/// <summary>Which business rule of a case an operation broke.</summary>
public enum CaseRule
{
    /// <summary>The case is resolved or rejected: nothing more can be added or changed.</summary>
    CaseClosed,

    /// <summary>Only staff may register, handle, close a case or extend its deadline.</summary>
    StaffOnly,

    /// <summary>The response deadline may be extended only once.</summary>
    DeadlineAlreadyExtended,

    /// <summary>The response deadline can be extended only on or before the day it falls on.</summary>
    DeadlinePassed,
}

/// <summary>An operation on a case broke one of its rules other than the status table; <see cref="Rule"/> says which.</summary>
public sealed class CaseRuleViolationException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="rule">The rule broken.</param>
    /// <param name="message">An invariant-culture message naming the case and the values.</param>
    public CaseRuleViolationException(CaseRule rule, string message)
        : base(message) => Rule = rule;

    /// <summary>The rule broken.</summary>
    public CaseRule Rule { get; }
}
