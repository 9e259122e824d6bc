using System.Text.Json;

namespace IBok.Web.GraphQL.WebSockets;

/// <summary>
/// Decides whether a graphql-transport-ws connection may run operations, when its <c>connection_init</c>
/// arrives, and with which per-connection context (e.g. the signed-in user) its operations run: the context
/// is passed to the request executor as every operation's request context.
/// </summary>
public interface IGraphQLWebSocketAuthenticator
{
    /// <summary>Accepts or rejects the connection.</summary>
    /// <param name="httpContext">The handshake request (cookies, headers, the user of the authentication middleware).</param>
    /// <param name="payload">The <c>connection_init</c> payload: a JSON object, or null when the client sent none.</param>
    /// <param name="cancellationToken">Cancelled when the connection ends.</param>
    /// <returns><see cref="GraphQLWebSocketAuthentication.Accept"/>, or <see cref="GraphQLWebSocketAuthentication.Reject"/>
    /// which closes the socket with 4403 Forbidden.</returns>
    ValueTask<GraphQLWebSocketAuthentication> AuthenticateAsync(HttpContext httpContext, JsonElement? payload, CancellationToken cancellationToken);
}

/// <summary>The outcome of <see cref="IGraphQLWebSocketAuthenticator.AuthenticateAsync"/>.</summary>
public sealed class GraphQLWebSocketAuthentication
{
    private GraphQLWebSocketAuthentication(
        bool accepted, object? connectionContext, IReadOnlyDictionary<string, object?>? acknowledgementPayload, string? rejectionReason,
        Action<IServiceProvider>? prepareOperationServices)
    {
        IsAccepted = accepted;
        ConnectionContext = connectionContext;
        AcknowledgementPayload = acknowledgementPayload;
        RejectionReason = rejectionReason;
        PrepareOperationServices = prepareOperationServices;
    }

    /// <summary>Whether the connection may run operations.</summary>
    public bool IsAccepted { get; }

    /// <summary>The request context of every operation on the connection (null when none is needed).</summary>
    public object? ConnectionContext { get; }

    /// <summary>The <c>connection_ack</c> payload, or null to send the acknowledgement without one.</summary>
    public IReadOnlyDictionary<string, object?>? AcknowledgementPayload { get; }

    /// <summary>
    /// Runs on each operation's own DI scope before the operation executes, e.g. to give its scoped services the
    /// connection's user (null when nothing needs preparing).
    /// </summary>
    public Action<IServiceProvider>? PrepareOperationServices { get; }

    /// <summary>The close reason sent with 4403 (at most 123 UTF-8 bytes are sent); "Forbidden" unless given.</summary>
    public string? RejectionReason { get; }

    /// <summary>
    /// Whether the accepted connection may still run operations (e.g. its sign-in session has not ended), asked
    /// before every subscribe and every <see cref="GraphQLWebSocketOptions.RevalidationInterval"/> while operations
    /// run; false closes the socket with 4403 and <see cref="RevalidationFailureReason"/>. Null: never asked.
    /// </summary>
    public Func<CancellationToken, ValueTask<bool>>? StillAuthorized { get; private init; }

    /// <summary>The close reason sent with 4403 when <see cref="StillAuthorized"/> answers false.</summary>
    public string? RevalidationFailureReason { get; private init; }

    /// <summary>Lets the connection run operations with <paramref name="connectionContext"/> as their request context.</summary>
    public static GraphQLWebSocketAuthentication Accept(object? connectionContext = null, IReadOnlyDictionary<string, object?>? acknowledgementPayload = null) =>
        new(true, connectionContext, acknowledgementPayload, null, null);

    /// <summary>
    /// Lets the connection run operations, each in a DI scope first prepared by <paramref name="prepareOperationServices"/>
    /// (e.g. setting the scoped accessor of the signed-in user).
    /// </summary>
    public static GraphQLWebSocketAuthentication Accept(
        Action<IServiceProvider> prepareOperationServices, object? connectionContext = null, IReadOnlyDictionary<string, object?>? acknowledgementPayload = null) =>
        new(true, connectionContext, acknowledgementPayload, null, prepareOperationServices ?? throw new ArgumentNullException(nameof(prepareOperationServices)));

    /// <summary>
    /// This accepted connection, re-checked by <paramref name="stillAuthorized"/> before every subscribe and at
    /// <see cref="GraphQLWebSocketOptions.RevalidationInterval"/> while operations run; when it answers false the
    /// socket is closed with 4403 and <paramref name="failureReason"/> (never put secrets in it).
    /// </summary>
    public GraphQLWebSocketAuthentication WithRevalidation(Func<CancellationToken, ValueTask<bool>> stillAuthorized, string failureReason)
    {
        ArgumentNullException.ThrowIfNull(stillAuthorized);
        if (!IsAccepted)
        {
            throw new InvalidOperationException("Only an accepted connection is re-checked.");
        }

        return new(true, ConnectionContext, AcknowledgementPayload, null, PrepareOperationServices)
        {
            StillAuthorized = stillAuthorized,
            RevalidationFailureReason = failureReason,
        };
    }

    /// <summary>Closes the socket with 4403 Forbidden and <paramref name="reason"/> (default "Forbidden"); never put secrets in it.</summary>
    public static GraphQLWebSocketAuthentication Reject(string? reason = null) => new(false, null, null, reason, null);
}

/// <summary>The authenticator used until the host registers its own: every connection is accepted, with no context.</summary>
public sealed class AnonymousGraphQLWebSocketAuthenticator : IGraphQLWebSocketAuthenticator
{
    private static readonly ValueTask<GraphQLWebSocketAuthentication> Accepted = ValueTask.FromResult(GraphQLWebSocketAuthentication.Accept());

    /// <inheritdoc />
    public ValueTask<GraphQLWebSocketAuthentication> AuthenticateAsync(HttpContext httpContext, JsonElement? payload, CancellationToken cancellationToken) => Accepted;
}
