using System.Net.WebSockets;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Server;
using Microsoft.Extensions.Options;
using static IBok.Web.GraphQL.WebSockets.GraphQLTransportWs;

namespace IBok.Web.GraphQL.WebSockets;

/// <summary>
/// Takes the WebSocket upgrade requests of one path and speaks graphql-transport-ws on them; every other request
/// goes on to the next middleware (GraphQL over HTTP on the same path).
/// </summary>
internal sealed partial class GraphQLWebSocketMiddleware(
    RequestDelegate next,
    PathString path,
    IOptions<GraphQLWebSocketOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<GraphQLWebSocketMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest || !context.Request.Path.Equals(path, StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        if (!context.WebSockets.WebSocketRequestedProtocols.Contains(SubProtocol, StringComparer.Ordinal))
        {
            // As graphql-ws does: the handshake succeeds without a sub-protocol, then the close code says why.
            using var refused = await context.WebSockets.AcceptWebSocketAsync();
            await CloseQuietlyAsync(refused, CloseCodes.SubprotocolNotAcceptable, "Subprotocol not acceptable", context.RequestAborted);
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync(SubProtocol);
        // The socket's scope lives as long as the socket; its operations run in scopes of their own, so it needs no
        // SQLite connection kept open in between.
        context.RequestServices.GetService<IBokDbContext>()?.CloseKeptOpenConnection();
        GraphQLRequestExecutor executor;
        IGraphQLWebSocketAuthenticator authenticator;
        try
        {
            executor = context.RequestServices.GetRequiredService<GraphQLRequestExecutor>();
            authenticator = context.RequestServices.GetRequiredService<IGraphQLWebSocketAuthenticator>();
        }
        catch (InvalidOperationException exception)
        {
            LogMisconfigured(logger, exception);
            await CloseQuietlyAsync(socket, CloseCodes.InternalServerError, "Internal server error", context.RequestAborted);
            return;
        }

        await using var connection = new GraphQLWebSocketConnection(socket, context, executor, authenticator, options.Value, logger);
        await connection.RunAsync(lifetime.ApplicationStopping);
    }

    /// <summary>Closes a socket that never ran the protocol, waiting for the client's answer at most the close timeout.</summary>
    private async Task CloseQuietlyAsync(WebSocket socket, int code, string reason, CancellationToken requestAborted)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        timeout.CancelAfter(options.Value.CloseTimeout);
        try
        {
            await socket.CloseAsync((WebSocketCloseStatus)code, reason, timeout.Token);
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            // The client left first, or never answered: the socket is dropped either way.
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "GraphQL over WebSocket needs a GraphQLRequestExecutor (or a GraphQLSchema) and an authenticator in the services.")]
    private static partial void LogMisconfigured(ILogger logger, Exception exception);
}
