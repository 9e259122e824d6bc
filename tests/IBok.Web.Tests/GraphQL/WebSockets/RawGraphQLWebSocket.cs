using System.Net.WebSockets;
using System.Text;

namespace IBok.Web.Tests.GraphQL.WebSockets;

/// <summary>What the server sent: a text message, or its close frame.</summary>
public sealed record Received(string? Text, int? CloseCode, string? CloseReason)
{
    public override string ToString() => Text ?? $"close {CloseCode}: {CloseReason}";
}

/// <summary>A bare <see cref="ClientWebSocket"/> that sends exactly what a test says, for protocol violations a real client never commits.</summary>
public sealed class RawGraphQLWebSocket : IAsyncDisposable
{
    private static readonly TimeSpan ReceiveLimit = TimeSpan.FromSeconds(30);
    private readonly ClientWebSocket _socket = new();

    private RawGraphQLWebSocket()
    {
    }

    /// <summary>The sub-protocol the server chose (null when none).</summary>
    public string? SubProtocol => _socket.SubProtocol;

    public static async Task<RawGraphQLWebSocket> ConnectAsync(Uri uri, params string[] subProtocols)
    {
        var client = new RawGraphQLWebSocket();
        foreach (var subProtocol in subProtocols.Length == 0 ? ["graphql-transport-ws"] : subProtocols)
        {
            client._socket.Options.AddSubProtocol(subProtocol);
        }

        await client._socket.ConnectAsync(uri, CancellationToken.None);
        return client;
    }

    /// <summary>Connects and completes connection_init / connection_ack.</summary>
    public static async Task<RawGraphQLWebSocket> ConnectAndInitAsync(Uri uri)
    {
        var client = await ConnectAsync(uri);
        await client.SendAsync("""{"type":"connection_init"}""");
        Assert.Equal("""{"type":"connection_ack"}""", (await client.ReceiveAsync()).Text);
        return client;
    }

    public Task SendAsync(string text) => SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text);

    public async Task SendAsync(byte[] bytes, WebSocketMessageType type)
    {
        using var timeout = new CancellationTokenSource(ReceiveLimit);
        await _socket.SendAsync(bytes, type, endOfMessage: true, timeout.Token);
    }

    /// <summary>The next message, or the close frame (answered, so the handshake completes).</summary>
    public async Task<Received> ReceiveAsync()
    {
        using var timeout = new CancellationTokenSource(ReceiveLimit);
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
                return new Received(null, (int?)result.CloseStatus, result.CloseStatusDescription);
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return new Received(Encoding.UTF8.GetString(message.ToArray()), null, null);
            }
        }
    }

    /// <summary>Receives until the close frame, failing on any other message.</summary>
    public async Task<(int? Code, string? Reason)> ReceiveCloseAsync()
    {
        var received = await ReceiveAsync();
        Assert.True(received.Text is null, $"Expected the socket to close, but received {received.Text}");
        return (received.CloseCode, received.CloseReason);
    }

    /// <summary>Closes normally (1000), as a client ending the connection does.</summary>
    public async Task CloseAsync()
    {
        using var timeout = new CancellationTokenSource(ReceiveLimit);
        await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
    }

    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        return ValueTask.CompletedTask;
    }
}
