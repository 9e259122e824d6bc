using System.Text.Json;
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
/// its <c>Origin</c> must be this host. Clients without an <c>Origin</c> (not browsers) are not at risk. The viewer
/// is fixed for the connection: signing out ends the cookie, and the page's socket with the page.
/// </remarks>
public sealed class SessionWebSocketAuthenticator : IGraphQLWebSocketAuthenticator
{
    /// <summary>The close reason of a cookie handshake from another site.</summary>
    public const string ForeignOriginReason = "Cross-origin WebSocket with a session cookie";

    /// <inheritdoc />
    public ValueTask<GraphQLWebSocketAuthentication> AuthenticateAsync(HttpContext httpContext, JsonElement? payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var viewer = httpContext.RequestServices.GetRequiredService<ViewerAccessor>().Viewer;
        if (viewer.Role != ViewerRole.Anonymous && AuthSchemes.Select(httpContext) == AuthSchemes.Cookie && !IsSameOrigin(httpContext.Request))
        {
            return ValueTask.FromResult(GraphQLWebSocketAuthentication.Reject(ForeignOriginReason));
        }

        return ValueTask.FromResult(GraphQLWebSocketAuthentication.Accept(services => services.GetRequiredService<ViewerAccessor>().Viewer = viewer));
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
