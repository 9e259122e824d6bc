using IBok.Domain.Cases;
using static IBok.Domain.Tests.Cases.CaseFixtures;

namespace IBok.Domain.Tests.Cases;

public sealed class CaseTransitionTests
{
    private static readonly HashSet<(CaseStatus, CaseStatus)> Allowed =
    [
        (CaseStatus.Submitted, CaseStatus.Registered),
        (CaseStatus.Registered, CaseStatus.InProgress),
        (CaseStatus.InProgress, CaseStatus.WaitingForCustomer),
        (CaseStatus.InProgress, CaseStatus.Resolved),
        (CaseStatus.InProgress, CaseStatus.Rejected),
        (CaseStatus.WaitingForCustomer, CaseStatus.InProgress),
        (CaseStatus.WaitingForCustomer, CaseStatus.Resolved),
        (CaseStatus.WaitingForCustomer, CaseStatus.Rejected),
    ];

    public static TheoryData<CaseStatus, CaseStatus> AllPairs()
    {
        var data = new TheoryData<CaseStatus, CaseStatus>();
        foreach (var from in Enum.GetValues<CaseStatus>())
        {
            foreach (var to in Enum.GetValues<CaseStatus>())
            {
                data.Add(from, to);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void IsAllowed_MatchesTheDocumentedTable(CaseStatus from, CaseStatus to)
    {
        Assert.Equal(Allowed.Contains((from, to)), CaseTransitions.IsAllowed(from, to));
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void Case_EveryPair_MovesOrThrowsNamingBothStatuses(CaseStatus from, CaseStatus to)
    {
        var @case = In(from);
        var at = Hour(10);

        Case Move() => to == CaseStatus.Registered
            ? @case.Register(124, at, Clerk, CaseOptions.Default)
            : @case.MoveTo(to, at, Clerk, "Powód.");

        if (Allowed.Contains((from, to)))
        {
            var moved = Move();

            Assert.Equal(to, moved.Status);
            Assert.Equal(new CaseStatusChange(from, to, at, Clerk, to == CaseStatus.Registered ? null : "Powód."), moved.History[^1]);
            Assert.Equal(from, @case.Status);
        }
        else
        {
            var ex = Assert.Throws<InvalidCaseTransitionException>(Move);

            Assert.Equal(from, ex.From);
            Assert.Equal(to, ex.To);
            Assert.StartsWith($"Case {@case.DisplayName} cannot move from {from} to {to}; ", ex.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void InvalidTransition_Message_ListsTheAllowedTargets()
    {
        var ex = Assert.Throws<InvalidCaseTransitionException>(() => In(CaseStatus.Registered).MoveTo(CaseStatus.Resolved, Hour(10), Clerk));

        Assert.Equal("Case RK/2026/000123 cannot move from Registered to Resolved; from Registered it can move only to InProgress.", ex.Message);
        Assert.Equal("RK/2026/000123", ex.CaseName);
    }

    [Fact]
    public void InvalidTransition_FromAFinalStatus_SaysItIsFinal()
    {
        var ex = Assert.Throws<InvalidCaseTransitionException>(() => In(CaseStatus.Resolved).MoveTo(CaseStatus.InProgress, Hour(10), Clerk));

        Assert.Equal("Case RK/2026/000123 cannot move from Resolved to InProgress; Resolved is final.", ex.Message);
    }

    [Fact]
    public void InvalidTransition_UnregisteredCase_IsNamedSo()
    {
        var ex = Assert.Throws<InvalidCaseTransitionException>(() => In(CaseStatus.Submitted).MoveTo(CaseStatus.Rejected, Hour(10), Clerk, "Spam"));

        Assert.Equal("Case unregistered case cannot move from Submitted to Rejected; from Submitted it can move only to Registered.", ex.Message);
    }

    [Fact]
    public void MoveTo_Registered_MustUseRegister()
    {
        var ex = Assert.Throws<ArgumentException>(() => In(CaseStatus.Submitted).MoveTo(CaseStatus.Registered, Hour(10), Clerk));

        Assert.StartsWith("Case unregistered case is registered with Register, which assigns its signature.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AllowedFrom_FinalStatuses_AreEmpty()
    {
        Assert.Empty(CaseTransitions.AllowedFrom(CaseStatus.Resolved));
        Assert.Empty(CaseTransitions.AllowedFrom(CaseStatus.Rejected));
        Assert.Empty(CaseTransitions.AllowedFrom((CaseStatus)42));
        Assert.True(CaseTransitions.IsFinal(CaseStatus.Rejected));
        Assert.False(CaseTransitions.IsFinal(CaseStatus.WaitingForCustomer));
    }

    [Fact]
    public void AllowedFrom_CannotBeChangedByCallers()
    {
        var targets = CaseTransitions.AllowedFrom(CaseStatus.Submitted);

        Assert.False(targets is CaseStatus[]);
        Assert.Equal([CaseStatus.Registered], targets);
    }
}
