using System.Net.WebSockets;
using System.Text;

namespace IBok.Web.Tests.GraphQL.WebSockets;

/// <summary>Every close code of graphql-transport-ws (PROTOCOL.md) for the violation that earns it, with a raw client.</summary>
public sealed class CloseCodeTests(GraphQLWebSocketServerFixture fixture) : IClassFixture<GraphQLWebSocketServerFixture>
{
    private Uri Uri => fixture.Server.Uri;

    [Fact]
    public async Task Handshake_WithoutTheSubProtocol_Closes4406()
    {
        await using var client = await RawGraphQLWebSocket.ConnectAsync(Uri, "graphql-ws");

        Assert.Null(client.SubProtocol);
        Assert.Equal((4406, "Subprotocol not acceptable"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Handshake_WithTheSubProtocolAmongOthers_ChoosesIt()
    {
        await using var client = await RawGraphQLWebSocket.ConnectAsync(Uri, "graphql-ws", "graphql-transport-ws");

        Assert.Equal("graphql-transport-ws", client.SubProtocol);
    }

    [Theory]
    [InlineData("{not json", "Invalid message received: not JSON.")]
    [InlineData("[]", "Invalid message received: a message must be a JSON object.")]
    [InlineData("{}", "Invalid message received: the 'type' property must be a string.")]
    [InlineData("""{"type":42}""", "Invalid message received: the 'type' property must be a string.")]
    [InlineData("""{"type":"hello"}""", "Invalid message received: unknown message type 'hello'.")]
    [InlineData("""{"type":"next","id":"1","payload":{}}""", "Invalid message received: 'next' is sent by servers, not clients.")]
    [InlineData("""{"type":"connection_ack"}""", "Invalid message received: 'connection_ack' is sent by servers, not clients.")]
    [InlineData("""{"type":"connection_init","payload":"token"}""", "Invalid message received: the 'connection_init' payload must be an object or null.")]
    [InlineData("""{"type":"ping","payload":[1]}""", "Invalid message received: the 'ping' payload must be an object or null.")]
    public async Task InvalidMessage_BeforeInit_Closes4400(string message, string reason)
    {
        await using var client = await RawGraphQLWebSocket.ConnectAsync(Uri);

        await client.SendAsync(message);

        Assert.Equal((4400, reason), await client.ReceiveCloseAsync());
    }

    [Theory]
    [InlineData("""{"type":"subscribe","payload":{"query":"{ hello }"}}""", "Invalid message received: 'subscribe' needs a non-empty string 'id'.")]
    [InlineData("""{"type":"subscribe","id":"","payload":{"query":"{ hello }"}}""", "Invalid message received: 'subscribe' needs a non-empty string 'id'.")]
    [InlineData("""{"type":"subscribe","id":7,"payload":{"query":"{ hello }"}}""", "Invalid message received: 'subscribe' needs a non-empty string 'id'.")]
    [InlineData("""{"type":"subscribe","id":"1"}""", "Invalid message received: the 'subscribe' payload must be an object.")]
    [InlineData("""{"type":"subscribe","id":"1","payload":{}}""", "Invalid message received: the 'subscribe' payload's 'query' must be a string.")]
    [InlineData("""{"type":"subscribe","id":"1","payload":{"query":"{ hello }","variables":[]}}""", "Invalid message received: the 'subscribe' payload's 'variables' must be an object or null.")]
    [InlineData("""{"type":"subscribe","id":"1","payload":{"query":"{ hello }","operationName":1}}""", "Invalid message received: the 'subscribe' payload's 'operationName' must be a string or null.")]
    [InlineData("""{"type":"subscribe","id":"1","payload":{"query":"{ hello }","extensions":"x"}}""", "Invalid message received: the 'subscribe' payload's 'extensions' must be an object or null.")]
    [InlineData("""{"type":"complete"}""", "Invalid message received: 'complete' needs a non-empty string 'id'.")]
    public async Task InvalidMessage_AfterAck_Closes4400(string message, string reason)
    {
        await using var client = await RawGraphQLWebSocket.ConnectAndInitAsync(Uri);

        await client.SendAsync(message);

        Assert.Equal((4400, reason), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task BinaryMessage_Closes4400()
    {
        await using var client = await RawGraphQLWebSocket.ConnectAndInitAsync(Uri);

        await client.SendAsync(Encoding.UTF8.GetBytes("""{"type":"ping"}"""), WebSocketMessageType.Binary);

        Assert.Equal((4400, "Invalid message received: binary messages are not supported."), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Subscribe_BeforeInit_Closes4401()
    {
        await using var client = await RawGraphQLWebSocket.ConnectAsync(Uri);

        await client.SendAsync("""{"id":"1","type":"subscribe","payload":{"query":"{ hello }"}}""");

        Assert.Equal((4401, "Unauthorized"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task ConnectionInit_RejectedByTheAuthenticator_Closes4403WithItsReason()
    {
        await using var client = await RawGraphQLWebSocket.ConnectAsync(Uri);

        await client.SendAsync("""{"type":"connection_init","payload":{"token":"stolen"}}""");

        Assert.Equal((4403, "Invalid token"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task ConnectionInit_AuthenticatorThrows_Closes4500WithoutDetails()
    {
        await using var client = await RawGraphQLWebSocket.ConnectAsync(Uri);

        await client.SendAsync("""{"type":"connection_init","payload":{"token":"throw"}}""");

        Assert.Equal((4500, "Internal server error"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Subscribe_WithTheIdOfARunningOperation_Closes4409()
    {
        await using var client = await RawGraphQLWebSocket.ConnectAndInitAsync(Uri);
        await client.SendAsync("""{"id":"dup","type":"subscribe","payload":{"query":"subscription { messagePosted(room: \"close-4409\") { text } }"}}""");
        await fixture.Server.WaitForSubscribersAsync("close-4409", 1);

        await client.SendAsync("""{"id":"dup","type":"subscribe","payload":{"query":"{ hello }"}}""");

        Assert.Equal((4409, "Subscriber for dup already exists"), await client.ReceiveCloseAsync());
        await fixture.Server.WaitForSubscribersAsync("close-4409", 0);
    }

    [Fact]
    public async Task Subscribe_WithAVeryLongDuplicateId_KeepsTheCloseReasonWithin123Bytes()
    {
        var id = new string('ż', 100);
        await using var client = await RawGraphQLWebSocket.ConnectAndInitAsync(Uri);
        await client.SendAsync($$$"""{"id":"{{{id}}}","type":"subscribe","payload":{"query":"subscription { messagePosted(room: \"close-long-id\") { text } }"}}""");
        await fixture.Server.WaitForSubscribersAsync("close-long-id", 1);

        await client.SendAsync($$$"""{"id":"{{{id}}}","type":"subscribe","payload":{"query":"{ hello }"}}""");

        var (code, reason) = await client.ReceiveCloseAsync();
        Assert.Equal(4409, code);
        Assert.Equal("Subscriber for " + new string('ż', 52) + "…", reason);
        Assert.Equal(122, Encoding.UTF8.GetByteCount(reason!));
    }

    [Fact]
    public async Task ConnectionInit_Twice_Closes4429()
    {
        await using var client = await RawGraphQLWebSocket.ConnectAndInitAsync(Uri);

        await client.SendAsync("""{"type":"connection_init"}""");

        Assert.Equal((4429, "Too many initialisation requests"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task ConnectionInit_Twice_WithoutWaitingForTheAck_Closes4429AfterTheAck()
    {
        await using var client = await RawGraphQLWebSocket.ConnectAsync(Uri);

        await client.SendAsync("""{"type":"connection_init"}""");
        await client.SendAsync("""{"type":"connection_init"}""");

        Assert.Equal("""{"type":"connection_ack"}""", (await client.ReceiveAsync()).Text);
        Assert.Equal((4429, "Too many initialisation requests"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Message_OverTheSizeLimit_Closes1009()
    {
        await using var client = await RawGraphQLWebSocket.ConnectAndInitAsync(Uri);
        var query = "{ hello " + new string(' ', 16 * 1024) + "}";

        await client.SendAsync($$$"""{"id":"big","type":"subscribe","payload":{"query":"{{{query}}}"}}""");

        Assert.Equal((1009, "Message too big: the limit is 16384 bytes."), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Message_ExactlyAtTheSizeLimit_IsServed()
    {
        await using var client = await RawGraphQLWebSocket.ConnectAndInitAsync(Uri);
        var envelope = """{"id":"fits","type":"subscribe","payload":{"query":"{ hello }"}}""";
        var query = "{ hello " + new string(' ', 16 * 1024 - envelope.Length) + "}";

        await client.SendAsync($$$"""{"id":"fits","type":"subscribe","payload":{"query":"{{{query}}}"}}""");

        Assert.Equal("""{"id":"fits","type":"next","payload":{"data":{"hello":"world"}}}""", (await client.ReceiveAsync()).Text);
    }
}

/// <summary>The connection initialisation timeout, on a server of its own with a short wait.</summary>
public sealed class ConnectionInitTimeoutTests
{
    [Fact]
    public async Task NoConnectionInit_WithinTheWait_Closes4408()
    {
        await using var server = await GraphQLWebSocketServer.StartAsync(options => options.ConnectionInitWaitTimeout = TimeSpan.FromMilliseconds(200));
        await using var client = await RawGraphQLWebSocket.ConnectAsync(server.Uri);

        Assert.Equal((4408, "Connection initialisation timeout"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task ConnectionInit_InTime_IsNotClosedLater()
    {
        await using var server = await GraphQLWebSocketServer.StartAsync(options => options.ConnectionInitWaitTimeout = TimeSpan.FromSeconds(1));
        await using var client = await RawGraphQLWebSocket.ConnectAndInitAsync(server.Uri);
        await Task.Delay(TimeSpan.FromSeconds(1.5)); // Past the wait: the connection must stay open.

        await client.SendAsync("""{"type":"ping"}""");

        Assert.Equal("""{"type":"pong"}""", (await client.ReceiveAsync()).Text);
    }
}

/// <summary>What the middleware leaves to the rest of the pipeline, and the options it refuses.</summary>
public sealed class MiddlewareScopeTests(GraphQLWebSocketServerFixture fixture) : IClassFixture<GraphQLWebSocketServerFixture>
{
    [Fact]
    public async Task PlainHttpRequest_ToThePath_GoesOnToTheNextMiddleware()
    {
        using var http = new HttpClient();
        var uri = new UriBuilder(fixture.Server.Uri) { Scheme = "http" }.Uri;

        using var response = await http.GetAsync(uri);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task WebSocketRequest_ToAnotherPath_IsNotAccepted()
    {
        var other = new UriBuilder(fixture.Server.Uri) { Path = "/other" }.Uri;

        var refused = await Assert.ThrowsAsync<WebSocketException>(() => RawGraphQLWebSocket.ConnectAsync(other));

        Assert.Equal("The server returned status code '404' when status code '101' was expected.", refused.Message);
    }

    [Fact]
    public async Task Options_WithANonPositiveSizeLimit_StopTheServerFromStarting()
    {
        var refused = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(
            () => GraphQLWebSocketServer.StartAsync(options => options.MaxMessageBytes = 0));

        Assert.Equal("GraphQL:WebSockets:MaxMessageBytes must be positive.", refused.Message);
    }
}

/// <summary>A message that never ends, sent frame by frame.</summary>
public sealed class EndlessMessageTests(GraphQLWebSocketServerFixture fixture) : IClassFixture<GraphQLWebSocketServerFixture>
{
    [Fact]
    public async Task Fragments_PastTheSizeLimit_Close1009BeforeTheMessageEnds()
    {
        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        await socket.ConnectAsync(fixture.Server.Uri, CancellationToken.None);
        var fragment = Encoding.UTF8.GetBytes(new string(' ', 4096));

        for (var i = 0; i < 5; i++)
        {
            await socket.SendAsync(fragment, WebSocketMessageType.Text, endOfMessage: false, CancellationToken.None);
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var received = await socket.ReceiveAsync(new byte[1024], timeout.Token);
        Assert.Equal(WebSocketMessageType.Close, received.MessageType);
        Assert.Equal((WebSocketCloseStatus)1009, socket.CloseStatus);
        Assert.Equal("Message too big: the limit is 16384 bytes.", socket.CloseStatusDescription);
    }
}
