using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using IBok.GraphQL.Application.Accounts;
using IBok.GraphQL.Application.CustomerReads;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Persistence.Accounts;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;

namespace IBok.Web.Auth;

/// <summary>
/// Runs after authentication: turns the request's principal into its <see cref="Viewer"/> (checking an account
/// session's security stamp against the database, so sign-out and password changes end sessions at once) and
/// enforces CSRF protection for cookie-authenticated requests that change state.
/// </summary>
/// <remarks>
/// CSRF: a request authenticated by the session cookie with a method other than GET, HEAD, OPTIONS or TRACE must
/// carry the antiforgery token in the <c>X-CSRF-Token</c> header (from the signIn payload or
/// <c>GET /auth/csrf</c>); ASP.NET Core's antiforgery checks it against its own cookie and the signed-in user.
/// Another site can make a browser send the session cookie, but it can neither read the token nor set the header.
/// Bearer-token and API-key requests are exempt: a browser never adds those credentials by itself.
/// </remarks>
public static class ViewerMiddleware
{
    /// <summary>Sets <see cref="ViewerAccessor.Viewer"/> for the request, or answers 401 for a bad token or key.</summary>
    public static async Task SetViewerAsync(HttpContext context, RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var scheme = AuthSchemes.Select(context);
        if (scheme != AuthSchemes.Cookie && (await context.AuthenticateAsync(AuthSchemes.Policy)).Failure is not null)
        {
            await RefuseAsync(
                context,
                StatusCodes.Status401Unauthorized,
                scheme == AuthSchemes.ApiKey ? "The API key is not valid or was revoked." : "The bearer token is not valid or has expired; sign in again.");
            return;
        }

        var viewer = await ViewerOfAsync(context);
        if (viewer is null)
        {
            // A session ended by sign-out or a password change elsewhere: forget it, carry on anonymously.
            if (scheme == AuthSchemes.Bearer)
            {
                await RefuseAsync(context, StatusCodes.Status401Unauthorized, "The bearer token is not valid or has expired; sign in again.");
                return;
            }

            await context.SignOutAsync(AuthSchemes.Cookie);
            context.User = new ClaimsPrincipal(new ClaimsIdentity());
            viewer = Viewer.Anonymous;
        }

        context.RequestServices.GetRequiredService<ViewerAccessor>().Viewer = viewer;
        // A WebSocket handshake over HTTP/2 is an extended CONNECT (RFC 8441), not a GET: it changes nothing by itself,
        // and SessionWebSocketAuthenticator refuses a cookie handshake from another site by its Origin.
        if (scheme == AuthSchemes.Cookie && viewer.Role != ViewerRole.Anonymous && !IsSafe(context.Request.Method) && !IsWebSocketHandshake(context))
        {
            var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                await RefuseAsync(
                    context,
                    StatusCodes.Status403Forbidden,
                    $"This request is signed in with the session cookie, so it must carry the {AuthSchemes.CsrfHeader} header with the token from the signIn payload or GET /auth/csrf.");
                return;
            }
        }

        await next(context);
    }

    /// <summary>The viewer of the request's principal; null when its account session is no longer valid.</summary>
    public static async Task<Viewer?> ViewerOfAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var user = context.User;
        if (user.Identity?.IsAuthenticated != true)
        {
            return Viewer.Anonymous;
        }

        if (long.TryParse(user.FindFirst(AuthSchemes.ApiKeyIdClaim)?.Value, out var apiKeyId))
        {
            return Viewer.ForStaff(ViewerRole.Integration, apiKeyId, "API key: " + user.Identity.Name);
        }

        if (SessionPrincipal.ReadAccount(user) is not { } session)
        {
            return null;
        }

        // Every request checks the stamp against the database, so sign-out and password changes take effect at once.
        // The check is on the hot path of every request, so it is one precompiled query reading four columns (no
        // expression tree to translate and hash per request), with the same rule as AccountService.ValidateSessionAsync.
        var database = context.RequestServices.GetRequiredService<IBokDbContext>();
        var account = await SessionAccountById.For(database)(database, session.AccountId, context.RequestAborted);
        return account is not null && StampsEqual(account.SecurityStamp, session.SecurityStamp)
            ? new SignedInAccount(session.AccountId, account.Role, account.CustomerId, account.DisplayName, account.SecurityStamp).ToViewer()
            : null;
    }

    private static readonly ModelCompiledQuery<Func<IBokDbContext, long, CancellationToken, Task<SessionAccount?>>> SessionAccountById =
        new(() => EF.CompileAsyncQuery((IBokDbContext database, long accountId, CancellationToken cancellationToken) =>
            database.Set<Account>().AsNoTracking()
                .Where(account => account.Id == accountId)
                .Select(account => new SessionAccount(account.Role, account.CustomerId, account.DisplayName, account.SecurityStamp))
                .SingleOrDefault()));

    /// <summary>Compares the stamps' SHA-256 digests in fixed time, so the comparison's duration reveals nothing of the stored stamp.</summary>
    private static bool StampsEqual(string stored, string presented) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(stored)), SHA256.HashData(Encoding.UTF8.GetBytes(presented)));

    private sealed record SessionAccount(ViewerRole Role, long? CustomerId, string DisplayName, string SecurityStamp);

    private static bool IsWebSocketHandshake(HttpContext context) =>
        context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpExtendedConnectFeature>() is { IsExtendedConnect: true } connect
        && string.Equals(connect.Protocol, "websocket", StringComparison.OrdinalIgnoreCase);

    private static bool IsSafe(string method) =>
        HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method);

    private static async Task RefuseAsync(HttpContext context, int statusCode, string message)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(JsonSerializer.Serialize(new { errors = new[] { new { message } } }), context.RequestAborted);
    }
}
