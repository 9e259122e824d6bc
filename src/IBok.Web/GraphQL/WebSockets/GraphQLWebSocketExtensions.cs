using IBok.GraphQL.Api.Events;
using IBok.GraphQL.Server;
using IBok.GraphQL.Types;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IBok.Web.GraphQL.WebSockets;

/// <summary>Registration and pipeline wiring of GraphQL subscriptions over WebSocket (graphql-transport-ws).</summary>
public static class GraphQLWebSocketExtensions
{
    /// <summary>
    /// Registers what the WebSocket transport needs, each only when not registered already (so the HTTP
    /// transport's registrations and the host's own win): <see cref="GraphQLWebSocketOptions"/> from the
    /// configuration section <c>GraphQL:WebSockets</c> then <paramref name="configure"/>, the anonymous
    /// <see cref="IGraphQLWebSocketAuthenticator"/>, the in-process <see cref="IEventBus"/>, and a
    /// <see cref="GraphQLRequestExecutor"/> over the registered <see cref="GraphQLSchema"/> (with the registered
    /// <see cref="GraphQLRequestExecutorOptions"/>, if any).
    /// </summary>
    public static IServiceCollection AddIBokGraphQLWebSockets(this IServiceCollection services, Action<GraphQLWebSocketOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<GraphQLWebSocketOptions>().BindConfiguration("GraphQL:WebSockets");
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options
            .Validate(o => o.ConnectionInitWaitTimeout > TimeSpan.Zero, "GraphQL:WebSockets:ConnectionInitWaitTimeout must be positive.")
            .Validate(o => o.KeepAliveInterval is null || o.KeepAliveInterval > TimeSpan.Zero, "GraphQL:WebSockets:KeepAliveInterval must be positive (or absent for none).")
            .Validate(o => o.MaxMessageBytes > 0, "GraphQL:WebSockets:MaxMessageBytes must be positive.")
            .Validate(o => o.MaxOperationsPerConnection > 0, "GraphQL:WebSockets:MaxOperationsPerConnection must be positive.")
            .Validate(o => o.CloseTimeout > TimeSpan.Zero, "GraphQL:WebSockets:CloseTimeout must be positive.")
            .Validate(o => o.RevalidationInterval > TimeSpan.Zero, "GraphQL:WebSockets:RevalidationInterval must be positive.")
            .ValidateOnStart();

        services.AddIBokEventBus();
        services.TryAddSingleton<IGraphQLWebSocketAuthenticator, AnonymousGraphQLWebSocketAuthenticator>();
        services.TryAddSingleton(provider => new GraphQLRequestExecutor(
            provider.GetRequiredService<GraphQLSchema>(),
            provider.GetService<GraphQLRequestExecutorOptions>()));
        return services;
    }

    /// <summary>
    /// Serves graphql-transport-ws on WebSocket upgrade requests to <paramref name="path"/> (adding ASP.NET Core's
    /// WebSocket middleware if the pipeline has none yet); other requests pass through.
    /// </summary>
    public static IApplicationBuilder UseIBokGraphQLWebSockets(this IApplicationBuilder app, PathString path)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!path.HasValue)
        {
            throw new ArgumentException("The GraphQL WebSocket path must not be empty.", nameof(path));
        }

        // Only a request that can become a WebSocket enters the branch: every other request (all of the API's POSTs)
        // would pay for the WebSocket middleware's handshake feature and one more async step for nothing.
        return app.UseWhen(MayBeWebSocketRequest, webSockets =>
        {
            webSockets.UseWebSockets();
            webSockets.UseMiddleware<GraphQLWebSocketMiddleware>(path);
        });
    }

    /// <summary>
    /// Whether the request could be a WebSocket handshake: an HTTP/1.1 upgrade, an HTTP/2 extended CONNECT (RFC 8441),
    /// or one a server (such as the test host) already offers as a WebSocket. A superset of the requests ASP.NET
    /// Core's WebSocket middleware accepts.
    /// </summary>
    internal static bool MayBeWebSocketRequest(HttpContext context) =>
        context.Features.Get<IHttpUpgradeFeature>() is { IsUpgradableRequest: true }
        || context.Features.Get<IHttpExtendedConnectFeature>() is { IsExtendedConnect: true }
        || context.Features.Get<IHttpWebSocketFeature>() is { IsWebSocketRequest: true };
}
