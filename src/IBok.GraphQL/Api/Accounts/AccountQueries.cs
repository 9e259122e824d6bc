using IBok.GraphQL.Api.Common;
using IBok.GraphQL.Application.Accounts;
using IBok.GraphQL.CodeFirst;
using IBok.GraphQL.Persistence.Accounts;

namespace IBok.GraphQL.Api.Accounts;

/// <summary>One working sign-in session of the signed-in account: a browser or an application, on some device.</summary>
/// <param name="Id">The session's global id (for <c>endSession</c>).</param>
/// <param name="Kind">COOKIE (a browser) or BEARER (an application with a bearer token).</param>
/// <param name="UserAgent">The User-Agent it signed in with, if any, to recognise the device by.</param>
/// <param name="CreatedAt">When it began.</param>
/// <param name="LastSeenAt">When it was last used (recorded every few minutes).</param>
/// <param name="ExpiresAt">When it stops working unless used (a cookie's expiry slides with use).</param>
/// <param name="IsCurrent">Whether it is the session of this request.</param>
public sealed record SignedInSession(
    [property: ID] string Id, AccountSessionKind Kind, string? UserAgent, DateTimeOffset CreatedAt, DateTimeOffset LastSeenAt, DateTimeOffset ExpiresAt, bool IsCurrent)
{
    internal static SignedInSession From(SessionSummary summary) => new(
        TypedIds.Of(nameof(SignedInSession), summary.Id),
        summary.Kind,
        summary.UserAgent,
        new DateTimeOffset(summary.CreatedAt, TimeSpan.Zero),
        new DateTimeOffset(summary.LastSeenAt, TimeSpan.Zero),
        new DateTimeOffset(summary.ExpiresAt, TimeSpan.Zero),
        summary.IsCurrent);
}

/// <summary>Root fields about the signed-in account.</summary>
[QueryType]
public sealed class AccountQueries
{
    /// <summary>
    /// The signed-in account's working sessions (its signed-in devices), most recently used first; empty when the
    /// caller is anonymous or an integration (API keys have no sessions).
    /// </summary>
    public async Task<IReadOnlyList<SignedInSession>> Sessions(
        [Service] AccountSessionService sessions, [Service] ISignInSession session, CancellationToken cancellationToken)
    {
        var outcome = await sessions.ListAsync(session.CurrentSessionId, cancellationToken).ConfigureAwait(false);
        return outcome.Succeeded ? [.. outcome.Value!.Select(SignedInSession.From)] : [];
    }
}
