using System.Security.Claims;
using System.Text.Json;
using IBok.GraphQL.Application.Accounts;
using IBok.GraphQL.Application.CustomerReads.Loaders;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Access;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;

namespace IBok.Web.Auth;

/// <summary>
/// Runs after authentication: turns the request's principal into its <see cref="Viewer"/> (checking an account
/// session's row in the database, so a session ended by sign-out, a password change or from another device stops
/// working at once) and
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
        if (scheme != AuthSchemes.Cookie && !AuthenticatedByMiddleware(context) && (await context.AuthenticateAsync(AuthSchemes.Policy)).Failure is not null)
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
            // A session ended (signed out, ended from another device, password changed) or expired: forget it, carry on anonymously.
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

        if (SessionPrincipal.ReadAccount(user) is not { } claims)
        {
            return null;
        }

        // Every request checks its session row, so a session ended on another device stops working at once. The check
        // is on the hot path of every request: one statement by the secret's hash (unique index) joined to the
        // account by primary key, straight on the request context's connection. It writes only when the row's
        // last-seen time is older than AccountSessionService.LastSeenResolution.
        // On SQLite the pooled context comes with its connection open (kept open across requests, IBokDbContextPool).
        var database = context.RequestServices.GetRequiredService<IBokDbContext>();
        var webSocket = context.WebSockets.IsWebSocketRequest;
        var now = context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var session = await AccountSessionService.FindActiveAsync(database, claims.SessionSecret, now, context.RequestAborted);
        if (session is null || session.AccountId != claims.AccountId)
        {
            return null;
        }

        await AccountSessionService.TouchIfStaleAsync(database, session, now, AuthExtensions.CookieLifetime, context.RequestAborted);
        context.Features.Set(new AccountSessionFeature(session.Id, claims.SessionSecret));
        var viewer = session.ToViewer();
        if (!webSocket && viewer.CustomerId is { } customerId && session.CustomerDataVersion is { } dataVersion)
        {
            // The session check read the customer's data version with the session, so the request's own customer
            // needs no statement of its own to use the read cache. Not on a WebSocket: its operations run long after
            // the handshake, each reading the version again.
            context.RequestServices.GetRequiredService<CustomerVersionByIdLoader>().UseSessionVersion(customerId, dataVersion);
        }

        return viewer;
    }

    /// <summary>
    /// Whether the authentication middleware's run of the default (policy) scheme succeeded: it leaves its result only
    /// then, and a success has no failure to answer, so the scheme need not be asked again.
    /// </summary>
    private static bool AuthenticatedByMiddleware(HttpContext context) =>
        context.Features.Get<IAuthenticateResultFeature>()?.AuthenticateResult is { Succeeded: true };

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
