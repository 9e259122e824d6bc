using Microsoft.AspNetCore.Authentication.BearerToken;

namespace IBok.Web.Auth;

/// <summary>The authentication schemes and claim types of iBOK's host.</summary>
public static class AuthSchemes
{
    /// <summary>The default scheme: picks one of the three below by what the request carries.</summary>
    public const string Policy = "IBok";

    /// <summary>Browsers: the session cookie.</summary>
    public const string Cookie = "IBok.Cookie";

    /// <summary>API clients: <c>Authorization: Bearer …</c> with a token from the signIn mutation.</summary>
    public const string Bearer = BearerTokenDefaults.AuthenticationScheme;

    /// <summary>Integrations: the <c>X-Api-Key</c> header.</summary>
    public const string ApiKey = "IBok.ApiKey";

    /// <summary>The header integrations send their API key in.</summary>
    public const string ApiKeyHeader = "X-Api-Key";

    /// <summary>The header cookie-authenticated mutations must send the antiforgery token in.</summary>
    public const string CsrfHeader = "X-CSRF-Token";

    /// <summary>
    /// The session cookie's name after its <c>__Host-</c> prefix, which makes browsers insist on Secure, path / and
    /// no Domain (the prefix is left out only when <c>Auth:RequireHttps</c> is false, for plain http on localhost).
    /// </summary>
    public const string CookieName = "ibok-session";

    /// <summary>Claim: the signed-in account's id.</summary>
    public const string AccountIdClaim = "ibok:account";

    /// <summary>Claim: the secret of the account's sign-in session (an <c>account_sessions</c> row stores only its hash).</summary>
    public const string SessionClaim = "ibok:session";

    /// <summary>Claim: the API key's id.</summary>
    public const string ApiKeyIdClaim = "ibok:api_key";

    /// <summary>Claim: one scope of an API key.</summary>
    public const string ScopeClaim = "scope";

    /// <summary>The scheme the policy scheme forwards a request to.</summary>
    public static string Select(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Request.Headers.ContainsKey(ApiKeyHeader))
        {
            return ApiKey;
        }

        var authorization = context.Request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? Bearer : Cookie;
    }
}
