namespace IBok.Web.Auth;

/// <summary>
/// The working account session of a request, as <see cref="ViewerMiddleware"/> found it (in
/// <c>HttpContext.Features</c>): absent for anonymous, API-key and ended sessions.
/// </summary>
/// <param name="SessionId">The session's id (<c>account_sessions.id</c>).</param>
/// <param name="SessionSecret">The secret its cookie or token carries, to look it up again (a WebSocket re-checks it).</param>
public sealed record AccountSessionFeature(long SessionId, string SessionSecret);
