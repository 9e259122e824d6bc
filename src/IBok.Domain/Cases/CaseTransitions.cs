namespace IBok.Domain.Cases;

/// <summary>The moves a case may make between statuses; every other move is refused with an
/// <see cref="InvalidCaseTransitionException"/>.</summary>
/// <remarks>
/// <list type="table">
/// <listheader><term>from</term><description>allowed to</description></listheader>
/// <item><term><see cref="CaseStatus.Submitted"/></term><description><see cref="CaseStatus.Registered"/> (only through
/// <see cref="Case.Register"/>, which assigns the signature)</description></item>
/// <item><term><see cref="CaseStatus.Registered"/></term><description><see cref="CaseStatus.InProgress"/></description></item>
/// <item><term><see cref="CaseStatus.InProgress"/></term><description><see cref="CaseStatus.WaitingForCustomer"/>,
/// <see cref="CaseStatus.Resolved"/>, <see cref="CaseStatus.Rejected"/></description></item>
/// <item><term><see cref="CaseStatus.WaitingForCustomer"/></term><description><see cref="CaseStatus.InProgress"/> (the
/// customer replied, or staff resume without a reply), <see cref="CaseStatus.Resolved"/>,
/// <see cref="CaseStatus.Rejected"/> (for example when the customer never answers)</description></item>
/// <item><term><see cref="CaseStatus.Resolved"/></term><description>none: final</description></item>
/// <item><term><see cref="CaseStatus.Rejected"/></term><description>none: final</description></item>
/// </list>
/// A status never moves to itself, and nothing moves back to <see cref="CaseStatus.Submitted"/>. An unregistered
/// case cannot be closed directly: it is registered first, so every answered case has a signature to quote.
/// </remarks>
public static class CaseTransitions
{
    private static readonly Dictionary<CaseStatus, IReadOnlyList<CaseStatus>> Allowed = new()
    {
        [CaseStatus.Submitted] = [CaseStatus.Registered],
        [CaseStatus.Registered] = [CaseStatus.InProgress],
        [CaseStatus.InProgress] = [CaseStatus.WaitingForCustomer, CaseStatus.Resolved, CaseStatus.Rejected],
        [CaseStatus.WaitingForCustomer] = [CaseStatus.InProgress, CaseStatus.Resolved, CaseStatus.Rejected],
        [CaseStatus.Resolved] = [],
        [CaseStatus.Rejected] = [],
    };

    /// <summary>True when a case in <paramref name="from"/> may move to <paramref name="to"/>.</summary>
    public static bool IsAllowed(CaseStatus from, CaseStatus to) => AllowedFrom(from).Contains(to);

    /// <summary>The statuses a case in <paramref name="from"/> may move to, in declaration order; empty for final statuses
    /// and undefined values.</summary>
    public static IReadOnlyList<CaseStatus> AllowedFrom(CaseStatus from) => Allowed.TryGetValue(from, out var targets) ? targets : [];

    /// <summary>True for <see cref="CaseStatus.Resolved"/> and <see cref="CaseStatus.Rejected"/>.</summary>
    public static bool IsFinal(CaseStatus status) => status is CaseStatus.Resolved or CaseStatus.Rejected;
}
