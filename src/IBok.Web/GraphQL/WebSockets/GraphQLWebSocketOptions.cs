namespace IBok.Web.GraphQL.WebSockets;

/// <summary>Settings of the graphql-transport-ws endpoint (configuration section <c>GraphQL:WebSockets</c>).</summary>
public sealed class GraphQLWebSocketOptions
{
    /// <summary>
    /// How long a client has, from the accepted handshake, to send <c>connection_init</c> before the socket is
    /// closed with 4408 (the protocol's <c>connectionInitWaitTimeout</c>). Default 3 seconds, as graphql-ws.
    /// </summary>
    public TimeSpan ConnectionInitWaitTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// How often the server sends a protocol <c>ping</c> once the connection is acknowledged (the client answers
    /// <c>pong</c>), so proxies see traffic on quiet subscriptions; null (the default) sends none. Dead peers are found by the WebSocket layer's own
    /// keep-alive either way.
    /// </summary>
    public TimeSpan? KeepAliveInterval { get; set; }

    /// <summary>
    /// The largest message the server reads, in bytes (all frames of one message together); a larger one
    /// closes the socket with 1009 (Message Too Big). Default 64 KiB.
    /// </summary>
    public int MaxMessageBytes { get; set; } = 64 * 1024;

    /// <summary>
    /// How many operations one connection may run at once; a subscribe beyond that gets an error message (code
    /// <c>TOO_MANY_OPERATIONS</c>) and the connection stays open. Default 100.
    /// </summary>
    public int MaxOperationsPerConnection { get; set; } = 100;

    /// <summary>
    /// How long the server waits for the client's close frame after it closed the socket itself (or for a
    /// pending send to finish before it can), before it drops the connection. Default 5 seconds.
    /// </summary>
    public TimeSpan CloseTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How often a connection whose authenticator asked for it
    /// (<see cref="GraphQLWebSocketAuthentication.WithRevalidation"/>) is re-checked while it has operations running
    /// (it is also re-checked before every subscribe). Default 1 minute.
    /// </summary>
    public TimeSpan RevalidationInterval { get; set; } = TimeSpan.FromMinutes(1);
}
