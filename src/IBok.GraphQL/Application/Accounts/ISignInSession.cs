namespace IBok.GraphQL.Application.Accounts;

/// <summary>A session the host issued: a bearer token for API clients, or a cookie (then no token here).</summary>
/// <param name="AccessToken">The bearer token, when one was asked for; null when a cookie was set.</param>
/// <param name="ExpiresAt">When the token or cookie expires (a cookie's expiry slides with use).</param>
/// <param name="CsrfToken">
/// For a cookie session, the token later mutations must send in the <c>X-CSRF-Token</c> header; otherwise null.
/// </param>
public sealed record IssuedSession(string? AccessToken, DateTimeOffset ExpiresAt, string? CsrfToken);

/// <summary>
/// The HTTP side of signing in and out, implemented by the host (cookies and bearer tokens need the request):
/// the sign-in mutations call it after <see cref="AccountService"/> accepted the credentials.
/// </summary>
public interface ISignInSession
{
    /// <summary>
    /// The id of the request's own session (<see cref="AccountSessionService"/>), or null when the request is not
    /// signed in with a cookie or bearer token.
    /// </summary>
    long? CurrentSessionId { get; }

    /// <summary>
    /// Starts a session for the account (a row of <see cref="AccountSessionService"/>): a bearer token when
    /// <paramref name="bearerToken"/>, otherwise a cookie.
    /// </summary>
    Task<IssuedSession> SignInAsync(SignedInAccount account, bool bearerToken, CancellationToken cancellationToken = default);

    /// <summary>
    /// Renews the current session after a password change (which ended every other one): a new bearer token or
    /// cookie for the same session, of the kind the request came with; null when the request had none.
    /// </summary>
    Task<IssuedSession?> RenewAsync(SignedInAccount account, CancellationToken cancellationToken = default);

    /// <summary>Deletes the current request's session cookie (the session itself ends through <see cref="AccountService.SignOutAsync"/>).</summary>
    Task SignOutAsync(CancellationToken cancellationToken = default);
}
