using IBok.GraphQL.Application.Accounts;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace IBok.Web.Auth;

/// <summary>
/// Issues the sessions the sign-in mutations ask for: a cookie on the current response, or a bearer token made
/// with the bearer handler's own protector (so the handler accepts it), returned in the mutation's payload rather
/// than written to the response body as <c>SignInAsync</c> on that scheme would.
/// </summary>
public sealed class HttpSignInSession(
    IHttpContextAccessor httpContextAccessor,
    IOptionsMonitor<BearerTokenOptions> bearerOptions,
    IOptionsMonitor<CookieAuthenticationOptions> cookieOptions,
    IAntiforgery antiforgery,
    TimeProvider timeProvider) : ISignInSession
{
    private HttpContext Context => httpContextAccessor.HttpContext
        ?? throw new InvalidOperationException("Signing in needs an HTTP request.");

    /// <inheritdoc />
    public async Task<IssuedSession> SignInAsync(SignedInAccount account, bool bearerToken, CancellationToken cancellationToken = default)
    {
        if (bearerToken)
        {
            var options = bearerOptions.Get(AuthSchemes.Bearer);
            var expiresAt = timeProvider.GetUtcNow() + options.BearerTokenExpiration;
            var ticket = new AuthenticationTicket(
                SessionPrincipal.Create(account, AuthSchemes.Bearer),
                new AuthenticationProperties { IssuedUtc = timeProvider.GetUtcNow(), ExpiresUtc = expiresAt },
                AuthSchemes.Bearer);
            return new IssuedSession(options.BearerTokenProtector.Protect(ticket), expiresAt, null);
        }

        var principal = SessionPrincipal.Create(account, AuthSchemes.Cookie);
        await Context.SignInAsync(AuthSchemes.Cookie, principal, new AuthenticationProperties { IsPersistent = false });
        // The antiforgery token is bound to the user: make it for the principal just signed in.
        Context.User = principal;
        var tokens = antiforgery.GetAndStoreTokens(Context);
        var cookieExpiry = timeProvider.GetUtcNow() + cookieOptions.Get(AuthSchemes.Cookie).ExpireTimeSpan;
        return new IssuedSession(null, cookieExpiry, tokens.RequestToken);
    }

    /// <inheritdoc />
    public async Task<IssuedSession?> RenewAsync(SignedInAccount account, CancellationToken cancellationToken = default)
    {
        var scheme = AuthSchemes.Select(Context);
        return scheme switch
        {
            AuthSchemes.Bearer => await SignInAsync(account, bearerToken: true, cancellationToken),
            AuthSchemes.Cookie when SessionPrincipal.ReadAccount(Context.User) is not null => await SignInAsync(account, bearerToken: false, cancellationToken),
            _ => null,
        };
    }

    /// <inheritdoc />
    public Task SignOutAsync(CancellationToken cancellationToken = default) => Context.SignOutAsync(AuthSchemes.Cookie);
}
