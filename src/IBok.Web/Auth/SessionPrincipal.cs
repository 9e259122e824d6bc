using System.Globalization;
using System.Security.Claims;
using IBok.GraphQL.Application.Accounts;

namespace IBok.Web.Auth;

/// <summary>The claims a signed-in account's cookie or bearer token carries, and reading them back.</summary>
public static class SessionPrincipal
{
    /// <summary>A principal for an account's session (the secret from <see cref="AccountSessionService.StartAsync"/>), for the given scheme.</summary>
    public static ClaimsPrincipal Create(SignedInAccount account, string sessionSecret, string scheme)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentException.ThrowIfNullOrEmpty(sessionSecret);
        var accountId = account.AccountId.ToString(CultureInfo.InvariantCulture);
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, "account:" + accountId),
                new Claim(AuthSchemes.AccountIdClaim, accountId),
                new Claim(AuthSchemes.SessionClaim, sessionSecret),
                new Claim(ClaimTypes.Name, account.DisplayName),
                new Claim(ClaimTypes.Role, account.Role.ToString()),
            ],
            scheme);
        return new ClaimsPrincipal(identity);
    }

    /// <summary>The account id and session secret of an account principal; null for anything else.</summary>
    public static (long AccountId, string SessionSecret)? ReadAccount(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return long.TryParse(principal.FindFirst(AuthSchemes.AccountIdClaim)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var accountId)
            && principal.FindFirst(AuthSchemes.SessionClaim)?.Value is { Length: > 0 } secret
                ? (accountId, secret)
                : null;
    }
}
