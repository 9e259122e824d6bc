using IBok.GraphQL.Application.Accounts;
using IBok.GraphQL.Persistence.Accounts;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace IBok.Web.Auth;

/// <summary>
/// Issues the sessions the sign-in mutations ask for: starts an account session row
/// (<see cref="AccountSessionService"/>) and puts its secret into a cookie on the current response, or into a bearer
/// token made with the bearer handler's own protector (so the handler accepts it), returned in the mutation's
/// payload rather than written to the response body as <c>SignInAsync</c> on that scheme would.
/// </summary>
public sealed class HttpSignInSession(
    IHttpContextAccessor httpContextAccessor,
    IOptionsMonitor<BearerTokenOptions> bearerOptions,
    IOptionsMonitor<CookieAuthenticationOptions> cookieOptions,
    IAntiforgery antiforgery,
    AccountSessionService sessions,
    TimeProvider timeProvider) : ISignInSession
{
    private HttpContext Context => httpContextAccessor.HttpContext
        ?? throw new InvalidOperationException("Signing in needs an HTTP request.");

    /// <inheritdoc />
    public long? CurrentSessionId => httpContextAccessor.HttpContext?.Features.Get<AccountSessionFeature>()?.SessionId;

    /// <inheritdoc />
    public async Task<IssuedSession> SignInAsync(SignedInAccount account, bool bearerToken, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        var userAgent = Context.Request.Headers.UserAgent.ToString();
        if (bearerToken)
        {
            var expiresAt = timeProvider.GetUtcNow() + bearerOptions.Get(AuthSchemes.Bearer).BearerTokenExpiration;
            var started = await sessions.StartAsync(account, AccountSessionKind.Bearer, userAgent, expiresAt.UtcDateTime, cancellationToken);
            return new IssuedSession(BearerToken(account, started.Secret, expiresAt), expiresAt, null);
        }

        // The row outlives the cookie by one last-seen step: a request refreshes the row only that often.
        var cookieLifetime = cookieOptions.Get(AuthSchemes.Cookie).ExpireTimeSpan;
        var rowExpiry = timeProvider.GetUtcNow() + cookieLifetime + AccountSessionService.LastSeenResolution;
        var cookieSession = await sessions.StartAsync(account, AccountSessionKind.Cookie, userAgent, rowExpiry.UtcDateTime, cancellationToken);
        return await IssueCookieAsync(account, cookieSession.Secret);
    }

    /// <inheritdoc />
    public async Task<IssuedSession?> RenewAsync(SignedInAccount account, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (Context.Features.Get<AccountSessionFeature>() is not { } current)
        {
            return null;
        }

        switch (AuthSchemes.Select(Context))
        {
            case AuthSchemes.Bearer:
                var expiresAt = timeProvider.GetUtcNow() + bearerOptions.Get(AuthSchemes.Bearer).BearerTokenExpiration;
                await sessions.ExtendAsync(current.SessionId, expiresAt.UtcDateTime, cancellationToken);
                return new IssuedSession(BearerToken(account, current.SessionSecret, expiresAt), expiresAt, null);
            case AuthSchemes.Cookie:
                return await IssueCookieAsync(account, current.SessionSecret);
            default:
                return null;
        }
    }

    /// <inheritdoc />
    public Task SignOutAsync(CancellationToken cancellationToken = default) => Context.SignOutAsync(AuthSchemes.Cookie);

    private string BearerToken(SignedInAccount account, string sessionSecret, DateTimeOffset expiresAt)
    {
        var ticket = new AuthenticationTicket(
            SessionPrincipal.Create(account, sessionSecret, AuthSchemes.Bearer),
            new AuthenticationProperties { IssuedUtc = timeProvider.GetUtcNow(), ExpiresUtc = expiresAt },
            AuthSchemes.Bearer);
        return bearerOptions.Get(AuthSchemes.Bearer).BearerTokenProtector.Protect(ticket);
    }

    private async Task<IssuedSession> IssueCookieAsync(SignedInAccount account, string sessionSecret)
    {
        var principal = SessionPrincipal.Create(account, sessionSecret, AuthSchemes.Cookie);
        await Context.SignInAsync(AuthSchemes.Cookie, principal, new AuthenticationProperties { IsPersistent = false });
        // The antiforgery token is bound to the user: make it for the principal just signed in.
        Context.User = principal;
        var tokens = antiforgery.GetAndStoreTokens(Context);
        var cookieExpiry = timeProvider.GetUtcNow() + cookieOptions.Get(AuthSchemes.Cookie).ExpireTimeSpan;
        return new IssuedSession(null, cookieExpiry, tokens.RequestToken);
    }
}
