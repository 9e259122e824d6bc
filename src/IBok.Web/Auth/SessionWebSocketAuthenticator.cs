using System.Globalization;
using System.Text.Json;
using IBok.GraphQL.Application.Accounts;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Access;
using IBok.Web.GraphQL.WebSockets;

namespace IBok.Web.Auth;

/// <summary>
/// Gives a graphql-transport-ws connection the viewer of its handshake request, as <see cref="ViewerMiddleware"/> set it
/// from the session cookie (or a bearer token or API key): every operation of the connection runs as that viewer, so
/// the portal's page subscribes with nothing but the browser's cookie and a customer receives only their own events.
/// </summary>
/// <remarks>
/// A browser sends the cookie with a WebSocket handshake started by any page, and the handshake is not subject to
/// CORS (cross-site WebSocket hijacking), so a cookie-authenticated handshake must come from a page of this site:
/// its <c>Origin</c> must be this host. Clients without an <c>Origin</c> (not browsers) are not at risk.
/// A connection of an account session re-checks that session before every subscribe and, while subscriptions run,
/// every <see cref="GraphQLWebSocketOptions.RevalidationInterval"/>: once it has ended (signed out, ended from
/// another device, password changed) or expired, the socket is closed with 4403 <see cref="SessionEndedReason"/>.
/// A connection of an API key re-checks the key the same way: once it is revoked, 4403 <see cref="ApiKeyRevokedReason"/>.
/// </remarks>
public sealed class SessionWebSocketAuthenticator(IServiceScopeFactory scopeFactory, TimeProvider timeProvider) : IGraphQLWebSocketAuthenticator
{
    /// <summary>The close reason of a cookie handshake from another site.</summary>
    public const string ForeignOriginReason = "Cross-origin WebSocket with a session cookie";

    /// <summary>The close reason when the connection's sign-in session has ended or expired.</summary>
    public const string SessionEndedReason = "The session has ended; sign in again";

    /// <summary>The close reason when the connection's API key has been revoked.</summary>
    public const string ApiKeyRevokedReason = "The API key was revoked";

    /// <inheritdoc />
    public ValueTask<GraphQLWebSocketAuthentication> AuthenticateAsync(HttpContext httpContext, JsonElement? payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var viewer = httpContext.RequestServices.GetRequiredService<ViewerAccessor>().Viewer;
        if (viewer.Role != ViewerRole.Anonymous && AuthSchemes.Select(httpContext) == AuthSchemes.Cookie && !IsSameOrigin(httpContext.Request))
        {
            return ValueTask.FromResult(GraphQLWebSocketAuthentication.Reject(ForeignOriginReason));
        }

        var accepted = GraphQLWebSocketAuthentication.Accept(services => services.GetRequiredService<ViewerAccessor>().Viewer = viewer);
        if (httpContext.Features.Get<AccountSessionFeature>() is { } session)
        {
            return ValueTask.FromResult(accepted.WithRevalidation(cancellationToken => IsActiveAsync(session, cancellationToken), SessionEndedReason));
        }

        if (long.TryParse(httpContext.User.FindFirst(AuthSchemes.ApiKeyIdClaim)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var apiKeyId))
        {
            return ValueTask.FromResult(accepted.WithRevalidation(cancellationToken => IsApiKeyActiveAsync(apiKeyId, cancellationToken), ApiKeyRevokedReason));
        }

        return ValueTask.FromResult(accepted);
    }

    /// <summary>Whether the session is still working: the same one-statement check as every HTTP request's.</summary>
    private async ValueTask<bool> IsActiveAsync(AccountSessionFeature session, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<IBokDbContext>();
        var active = await AccountSessionService.FindActiveAsync(database, session.SessionSecret, timeProvider.GetUtcNow().UtcDateTime, cancellationToken);
        return active?.Id == session.SessionId;
    }

    /// <summary>Whether the API key still works: not revoked since the handshake.</summary>
    private async ValueTask<bool> IsApiKeyActiveAsync(long apiKeyId, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ApiKeyService>().IsActiveAsync(apiKeyId, cancellationToken);
    }

    private static bool IsSameOrigin(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            return true;
        }

        return Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)
            && string.Equals(uri.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase);
    }
}
