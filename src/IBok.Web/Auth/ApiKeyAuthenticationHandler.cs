using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using IBok.GraphQL.Application.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace IBok.Web.Auth;

/// <summary>Authenticates integrations by the <c>X-Api-Key</c> header (see <see cref="ApiKeyService"/>).</summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <inheritdoc />
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(AuthSchemes.ApiKeyHeader, out var values))
        {
            return AuthenticateResult.NoResult();
        }

        var apiKeys = Context.RequestServices.GetRequiredService<ApiKeyService>();
        var key = values.Count == 1 ? await apiKeys.AuthenticateAsync(values.ToString(), Context.RequestAborted) : null;
        if (key is null)
        {
            return AuthenticateResult.Fail("The API key is not valid or was revoked.");
        }

        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, "api-key:" + key.Id.ToString(CultureInfo.InvariantCulture)),
            new(AuthSchemes.ApiKeyIdClaim, key.Id.ToString(CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, key.Name),
            new(ClaimTypes.Role, "Integration"),
        };
        claims.AddRange(key.Scopes.Select(scope => new Claim(AuthSchemes.ScopeClaim, scope)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme.Name));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    /// <inheritdoc />
    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "ApiKey header=\"" + AuthSchemes.ApiKeyHeader + "\"";
        return Task.CompletedTask;
    }
}
