using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using IBok.GraphQL.Api.Events;
using IBok.GraphQL.Execution;
using IBok.GraphQL.Server;
using static IBok.Web.GraphQL.WebSockets.GraphQLTransportWs;

namespace IBok.Web.GraphQL.WebSockets;

/// <summary>
/// One accepted graphql-transport-ws socket: reads the client's messages one after another, runs each operation
/// concurrently with a DI scope of its own, sends through one gate (a WebSocket allows one send at a time), and
/// when the socket ends cancels every running operation and waits until each has disposed its source stream.
/// </summary>
internal sealed partial class GraphQLWebSocketConnection : IAsyncDisposable
{
    private const int ReceiveChunkBytes = 4096;

    private readonly WebSocket _socket;
    private readonly HttpContext _httpContext;
    private readonly GraphQLRequestExecutor _executor;
    private readonly IGraphQLWebSocketAuthenticator _authenticator;
    private readonly IServiceScopeFactory _scopeFactory;
    private readonly GraphQLWebSocketOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;

    private readonly SemaphoreSlim _sendGate = new(1, 1);
    private readonly CancellationTokenSource _operationsEnd = new();      // cancelled as soon as the connection is closing
    private readonly CancellationTokenSource _receiveEnd;                 // the peer vanished, or it never answered our close
    private readonly ConcurrentDictionary<string, Operation> _operations = new(StringComparer.Ordinal);
    private readonly List<Task> _runningTasks = [];

    private volatile bool _initReceived;
    private volatile bool _acknowledged;
    private object? _connectionContext;
    private Action<IServiceProvider>? _prepareOperationServices;
    private GraphQLWebSocketAuthentication? _authentication;
    private int _closing;

    public GraphQLWebSocketConnection(
        WebSocket socket,
        HttpContext httpContext,
        GraphQLRequestExecutor executor,
        IGraphQLWebSocketAuthenticator authenticator,
        GraphQLWebSocketOptions options,
        ILogger logger)
    {
        _socket = socket;
        _httpContext = httpContext;
        _executor = executor;
        _authenticator = authenticator;
        _scopeFactory = httpContext.RequestServices.GetRequiredService<IServiceScopeFactory>();
        _options = options;
        // The host's clock (a test's steerable one), so the timeouts, keep-alive and re-checks can be driven.
        _timeProvider = httpContext.RequestServices.GetService<TimeProvider>() ?? TimeProvider.System;
        _logger = logger;
        _receiveEnd = CancellationTokenSource.CreateLinkedTokenSource(httpContext.RequestAborted);
    }

    /// <summary>Runs the protocol until the socket closes; returns when every operation has been cleaned up.</summary>
    public async Task RunAsync(CancellationToken serverStopping)
    {
        var stopping = serverStopping.Register(() => Track(CloseAsync(CloseCodes.GoingAway, "Server shutting down")));
        Track(CloseIfNotInitialisedAsync());

        try
        {
            await ReceiveLoopAsync().ConfigureAwait(false);
        }
        finally
        {
            // Unregistering waits for a callback in progress, so a close it started is among the tasks awaited below.
            await stopping.DisposeAsync().ConfigureAwait(false);
            await _operationsEnd.CancelAsync().ConfigureAwait(false);
            Task[] running;
            lock (_runningTasks)
            {
                running = [.. _runningTasks];
            }

            await Task.WhenAll(running).ConfigureAwait(false);
        }
    }

    public ValueTask DisposeAsync()
    {
        _operationsEnd.Dispose();
        _receiveEnd.Dispose();
        _sendGate.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task ReceiveLoopAsync()
    {
        var message = new ArrayBufferWriter<byte>(ReceiveChunkBytes);
        while (true)
        {
            ValueWebSocketReceiveResult received;
            try
            {
                received = await _socket.ReceiveAsync(message.GetMemory(ReceiveChunkBytes), _receiveEnd.Token).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException)
            {
                return; // The peer vanished, or did not answer our close in time (the socket is aborted).
            }

            if (received.MessageType == WebSocketMessageType.Close)
            {
                await AnswerCloseAsync().ConfigureAwait(false);
                return;
            }

            message.Advance(received.Count);
            if (Volatile.Read(ref _closing) != 0)
            {
                message.ResetWrittenCount(); // Draining until the client answers our close frame.
                continue;
            }

            if (message.WrittenCount > _options.MaxMessageBytes)
            {
                // At once, not at the message's end: a client must not keep the server reading an endless message.
                await CloseAsync(CloseCodes.MessageTooBig, $"Message too big: the limit is {_options.MaxMessageBytes} bytes.").ConfigureAwait(false);
                message.ResetWrittenCount();
                continue;
            }

            if (!received.EndOfMessage)
            {
                continue;
            }

            if (received.MessageType == WebSocketMessageType.Binary)
            {
                await CloseAsync(CloseCodes.BadRequest, "Invalid message received: binary messages are not supported.").ConfigureAwait(false);
            }
            else
            {
                await HandleAsync(message.WrittenMemory).ConfigureAwait(false);
            }

            message.ResetWrittenCount();
        }
    }

    private async Task HandleAsync(ReadOnlyMemory<byte> text)
    {
        var message = ClientMessage.Parse(text, out var error);
        if (message is null)
        {
            await CloseAsync(CloseCodes.BadRequest, error!).ConfigureAwait(false);
            return;
        }

        switch (message.Kind)
        {
            case ClientMessageKind.ConnectionInit:
                await InitialiseAsync(message).ConfigureAwait(false);
                break;
            case ClientMessageKind.Ping:
                await SendAsync(ServerMessages.Pong(message.Payload), operation: null).ConfigureAwait(false);
                break;
            case ClientMessageKind.Pong:
                break; // The answer to our keep-alive ping, or a client's heartbeat: nothing to do.
            case ClientMessageKind.Subscribe:
                await SubscribeAsync(message.Id!, message.Request!).ConfigureAwait(false);
                break;
            case ClientMessageKind.Complete:
                if (_operations.TryRemove(message.Id!, out var operation))
                {
                    operation.Cancel(); // Ids of finished or unknown operations are ignored, as the protocol allows.
                }

                break;
        }
    }

    private async Task InitialiseAsync(ClientMessage message)
    {
        if (_initReceived)
        {
            await CloseAsync(CloseCodes.TooManyInitialisationRequests, "Too many initialisation requests").ConfigureAwait(false);
            return;
        }

        _initReceived = true;
        GraphQLWebSocketAuthentication authentication;
        try
        {
            authentication = await _authenticator.AuthenticateAsync(_httpContext, message.Payload, _operationsEnd.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_operationsEnd.IsCancellationRequested)
        {
            return;
        }
        catch (Exception exception)
        {
            LogAuthenticatorFailed(_logger, exception);
            await CloseAsync(CloseCodes.InternalServerError, "Internal server error").ConfigureAwait(false);
            return;
        }

        if (!authentication.IsAccepted)
        {
            await CloseAsync(CloseCodes.Forbidden, authentication.RejectionReason ?? "Forbidden").ConfigureAwait(false);
            return;
        }

        _connectionContext = authentication.ConnectionContext;
        _prepareOperationServices = authentication.PrepareOperationServices;
        _authentication = authentication;
        _acknowledged = true;
        await SendAsync(ServerMessages.ConnectionAck(authentication.AcknowledgementPayload), operation: null).ConfigureAwait(false);
        if (_options.KeepAliveInterval is { } interval)
        {
            // Only an acknowledged connection is kept alive; before that the initialisation timeout rules.
            Track(KeepAliveAsync(interval));
        }

        if (authentication.StillAuthorized is not null)
        {
            Track(RevalidateAsync(_options.RevalidationInterval));
        }
    }

    private async Task SubscribeAsync(string id, GraphQLRequest request)
    {
        if (!_acknowledged)
        {
            await CloseAsync(CloseCodes.Unauthorized, "Unauthorized").ConfigureAwait(false);
            return;
        }

        if (!await IsStillAuthorizedAsync().ConfigureAwait(false))
        {
            return;
        }

        if (_operations.ContainsKey(id))
        {
            await CloseAsync(CloseCodes.SubscriberAlreadyExists, $"Subscriber for {id} already exists").ConfigureAwait(false);
            return;
        }

        if (_operations.Count >= _options.MaxOperationsPerConnection)
        {
            // Only this receive loop adds operations, so the count cannot grow between the check and the add.
            await SendAsync(ServerMessages.Error(id, [new GraphQLError(
                $"Too many operations on this connection: at most {_options.MaxOperationsPerConnection} may run at once.",
                extensions: new Dictionary<string, object?> { ["code"] = "TOO_MANY_OPERATIONS" })]), operation: null).ConfigureAwait(false);
            return;
        }

        var operation = new Operation(id, _operationsEnd.Token);
        _operations[id] = operation;

        Track(RunOperationAsync(operation, request));
    }

    /// <summary>
    /// Runs one operation: the first response without data is a request error (the error message); otherwise one
    /// next message per response, then complete. Never throws.
    /// </summary>
    private async Task RunOperationAsync(Operation operation, GraphQLRequest request)
    {
        await Task.Yield(); // The receive loop goes on reading while this operation runs.
        var token = operation.Token;
        try
        {
            await using var scope = _scopeFactory.CreateAsyncScope();
            _prepareOperationServices?.Invoke(scope.ServiceProvider);
            var first = true;
            await foreach (var result in _executor.SubscribeAsync(request, scope.ServiceProvider, _connectionContext, token).ConfigureAwait(false))
            {
                if (first && !result.HasData)
                {
                    await FinishAsync(operation, ServerMessages.Error(operation.Id, result.Errors)).ConfigureAwait(false);
                    return;
                }

                first = false;
                await SendAsync(ServerMessages.Next(operation.Id, result), operation).ConfigureAwait(false);
            }

            await FinishAsync(operation, ServerMessages.Complete(operation.Id)).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // Completed by the client, or the connection is closing: no more messages for this id.
        }
        catch (EventSubscriberOverflowException overflow)
        {
            LogSubscriberOverflow(_logger, operation.Id, overflow.Topic);
            await FinishAsync(operation, ServerMessages.Error(operation.Id, [new GraphQLError(
                "The subscription fell too far behind its events and was ended; subscribe again.",
                extensions: new Dictionary<string, object?> { ["code"] = "SUBSCRIPTION_OVERFLOW" })])).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            LogOperationFailed(_logger, operation.Id, exception);
            await FinishAsync(operation, ServerMessages.Error(operation.Id, [new GraphQLError(
                "Unexpected error.",
                extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.InternalServerError })])).ConfigureAwait(false);
        }
        finally
        {
            _operations.TryRemove(new KeyValuePair<string, Operation>(operation.Id, operation));
            operation.Dispose();
        }
    }

    /// <summary>
    /// Sends the operation's last message unless the client completed it first. The id is released before the
    /// message goes out, so a client that reuses it on receipt is never refused with 4409.
    /// </summary>
    private async Task FinishAsync(Operation operation, ReadOnlyMemory<byte> lastMessage)
    {
        if (_operations.TryRemove(new KeyValuePair<string, Operation>(operation.Id, operation)))
        {
            await SendAsync(lastMessage, operation).ConfigureAwait(false);
        }
    }

    /// <summary>Sends one message through the gate; skipped once the operation is cancelled or the socket closing.</summary>
    private async Task SendAsync(ReadOnlyMemory<byte> message, Operation? operation)
    {
        var token = operation?.Token ?? _operationsEnd.Token;
        try
        {
            await _sendGate.WaitAsync(token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        try
        {
            if (token.IsCancellationRequested || Volatile.Read(ref _closing) != 0)
            {
                return;
            }

            // Not the operation's token: cancelling a send aborts the whole socket, and a client's complete must not.
            await _socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, _receiveEnd.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException or InvalidOperationException)
        {
            // The socket is gone; the receive loop notices and ends the connection.
        }
        finally
        {
            _sendGate.Release();
        }
    }

    /// <summary>Closes the socket from the server's side (once), stopping every operation first.</summary>
    private async Task CloseAsync(int code, string reason)
    {
        if (Interlocked.Exchange(ref _closing, 1) != 0)
        {
            return;
        }

        await _operationsEnd.CancelAsync().ConfigureAwait(false);
        LogClosing(_logger, code, reason);
        if (!await _sendGate.WaitAsync(_options.CloseTimeout).ConfigureAwait(false))
        {
            _socket.Abort(); // A send is stuck on a client that stopped reading.
            return;
        }

        try
        {
            await _socket.CloseOutputAsync((WebSocketCloseStatus)code, LimitCloseReason(reason), _receiveEnd.Token).ConfigureAwait(false);
            _receiveEnd.CancelAfter(_options.CloseTimeout); // The client answers our close frame, or is dropped.
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException or InvalidOperationException)
        {
        }
        finally
        {
            _sendGate.Release();
        }
    }

    /// <summary>The client closed the socket: answer its close frame (RFC 6455 5.5.1) unless we closed first.</summary>
    private async Task AnswerCloseAsync()
    {
        if (Interlocked.Exchange(ref _closing, 1) != 0)
        {
            return;
        }

        await _operationsEnd.CancelAsync().ConfigureAwait(false);
        if (!await _sendGate.WaitAsync(_options.CloseTimeout).ConfigureAwait(false))
        {
            _socket.Abort();
            return;
        }

        try
        {
            if (_socket.State == WebSocketState.CloseReceived)
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, _receiveEnd.Token).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException or InvalidOperationException)
        {
        }
        finally
        {
            _sendGate.Release();
        }
    }

    private async Task CloseIfNotInitialisedAsync()
    {
        try
        {
            await Task.Delay(_options.ConnectionInitWaitTimeout, _timeProvider, _operationsEnd.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (!_initReceived)
        {
            await CloseAsync(CloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout").ConfigureAwait(false);
        }
    }

    private async Task KeepAliveAsync(TimeSpan interval)
    {
        using var timer = new PeriodicTimer(interval, _timeProvider);
        try
        {
            while (await timer.WaitForNextTickAsync(_operationsEnd.Token).ConfigureAwait(false))
            {
                await SendAsync(ServerMessages.Ping, operation: null).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>
    /// Asks the authenticator's re-check (if any) whether the connection may still run operations; when not, closes
    /// the socket with 4403 and returns false.
    /// </summary>
    private async Task<bool> IsStillAuthorizedAsync()
    {
        if (_authentication?.StillAuthorized is not { } stillAuthorized)
        {
            return true;
        }

        bool authorized;
        try
        {
            authorized = await stillAuthorized(_operationsEnd.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_operationsEnd.IsCancellationRequested)
        {
            return false;
        }
        catch (Exception exception)
        {
            LogAuthenticatorFailed(_logger, exception);
            await CloseAsync(CloseCodes.InternalServerError, "Internal server error").ConfigureAwait(false);
            return false;
        }

        if (!authorized)
        {
            await CloseAsync(CloseCodes.Forbidden, _authentication.RevalidationFailureReason ?? "Forbidden").ConfigureAwait(false);
        }

        return authorized;
    }

    /// <summary>Re-checks the connection at <paramref name="interval"/> while it has operations running.</summary>
    private async Task RevalidateAsync(TimeSpan interval)
    {
        using var timer = new PeriodicTimer(interval, _timeProvider);
        try
        {
            while (await timer.WaitForNextTickAsync(_operationsEnd.Token).ConfigureAwait(false))
            {
                if (!_operations.IsEmpty && !await IsStillAuthorizedAsync().ConfigureAwait(false))
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>Remembers a background task of this connection, so the connection ends only after it has.</summary>
    private void Track(Task task)
    {
        lock (_runningTasks)
        {
            _runningTasks.RemoveAll(running => running.IsCompleted);
            _runningTasks.Add(task);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The GraphQL WebSocket authenticator failed; the connection is closed with 4500.")]
    private static partial void LogAuthenticatorFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "GraphQL WebSocket operation {OperationId} failed unexpectedly.")]
    private static partial void LogOperationFailed(ILogger logger, string operationId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "GraphQL WebSocket operation {OperationId} fell behind the events of {Topic} and was ended.")]
    private static partial void LogSubscriberOverflow(ILogger logger, string operationId, string topic);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Closing a GraphQL WebSocket with {Code}: {Reason}")]
    private static partial void LogClosing(ILogger logger, int code, string reason);

    /// <summary>A running operation: its id and what cancels it (the client's complete, or the connection's end).</summary>
    private sealed class Operation
    {
        private readonly CancellationTokenSource _cancellation;

        public Operation(string id, CancellationToken connectionEnd)
        {
            Id = id;
            _cancellation = CancellationTokenSource.CreateLinkedTokenSource(connectionEnd);
            Token = _cancellation.Token;
        }

        public string Id { get; }

        public CancellationToken Token { get; }

        /// <summary>Cancels the operation; harmless once it has ended.</summary>
        public void Cancel()
        {
            try
            {
                _cancellation.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // It ended on its own while the client completed it.
            }
        }

        /// <summary>Releases the link to the connection's token (operations come and go on a long-lived connection).</summary>
        public void Dispose() => _cancellation.Dispose();
    }
}
