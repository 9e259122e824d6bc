using IBok.GraphQL.Api.Events;

namespace IBok.Web.Tests.GraphQL.WebSockets;

/// <summary>The message flows of graphql-transport-ws (PROTOCOL.md "Message types" and "Examples"), with a raw client.</summary>
public sealed class ProtocolMessageTests(GraphQLWebSocketServerFixture fixture) : IClassFixture<GraphQLWebSocketServerFixture>
{
    private GraphQLWebSocketServer Server => fixture.Server;

    private static string Subscribe(string id, string query) =>
        $$$"""{"id":"{{{id}}}","type":"subscribe","payload":{"query":"{{{query.Replace("\"", "\\\"", StringComparison.Ordinal)}}}"}}""";

    [Fact]
    public async Task ConnectionInit_Accepted_AcknowledgesWithTheAuthenticatorsPayload()
    {
        await using var client = await RawGraphQLWebSocket.ConnectAsync(Server.Uri);

        await client.SendAsync("""{"type":"connection_init","payload":{"token":"alice-token"}}""");

        Assert.Equal("""{"type":"connection_ack","payload":{"user":"alice"}}""", (await client.ReceiveAsync()).Text);
    }

    [Fact]
    public async Task Ping_BeforeInit_IsAnsweredWithPong()
    {
        await using var client = await RawGraphQLWebSocket.ConnectAsync(Server.Uri);

        await client.SendAsync("""{"type":"ping"}""");

        Assert.Equal("""{"type":"pong"}""", (await client.ReceiveAsync()).Text);
    }

    [Fact]
    public async Task Ping_WithPayload_EchoesItInThePong()
    {
        await using var client = await RawGraphQLWebSocket.ConnectAndInitAsync(Server.Uri);

        await client.SendAsync("""{"type":"ping","payload":{"sent":"12:00"}}""");

        Assert.Equal("""{"type":"pong","payload":{"sent":"12:00"}}""", (await client.ReceiveAsync()).Text);
    }

    [Fact]
    public async Task Pong_Unsolicited_IsIgnored()
    {
        await using var client = await RawGraphQLWebSocket.ConnectAndInitAsync(Server.Uri);

        await client.SendAsync("""{"type":"pong","payload":{"heartbeat":true}}""");
        await client.SendAsync("""{"type":"ping"}""");

        Assert.Equal("""{"type":"pong"}""", (await client.ReceiveAsync()).Text);
    }

    [Fact]
    public async Task Query_SendsOneNextThenComplete()
    {
        await using var client = await RawGraphQLWebSocket.ConnectAndInitAsync(Server.Uri);

        await client.SendAsync(Subscribe("q1", "{ hello }"));

        Assert.Equal("""{"id":"q1","type":"next","payload":{"data":{"hello":"world"}}}""", (await client.ReceiveAsync()).Text);
        Assert.Equal("""{"id":"q1","type":"complete"}""", (await client.ReceiveAsync()).Text);
    }

    [Fact]
    public async Task Query_WithVariablesAndOperationName_RunsTheNamedOperation()
    {
        await using var client = await RawGraphQLWebSocket.ConnectAndInitAsync(Server.Uri);

        await client.SendAsync("""{"id":"q2","type":"subscribe","payload":{"query":"query A { hello } query B($show: Boolean!) { hello @include(if: $show) whoAmI }","operationName":"B","variables":{"show":false},"extensions":{"trace":true}}}""");

        Assert.Equal("""{"id":"q2","type":"next","payload":{"data":{"whoAmI":null}}}""", (await client.ReceiveAsync()).Text);
        Assert.Equal("""{"id":"q2","type":"complete"}""", (await client.ReceiveAsync()).Text);
    }

    [Fact]
    public async Task Query_RunsWithTheConnectionContextOfTheAuthenticator()
    {
        await using var client = await RawGraphQLWebSocket.ConnectAsync(Server.Uri);
        await client.SendAsync("""{"type":"connection_init","payload":{"token":"alice-token"}}""");
        await client.ReceiveAsync();

        await client.SendAsync(Subscribe("me", "{ whoAmI }"));

        Assert.Equal("""{"id":"me","type":"next","payload":{"data":{"whoAmI":"alice"}}}""", (await client.ReceiveAsync()).Text);
    }

    [Fact]
    public async Task Mutation_IsAllowedAndPublishes()
    {
        await using var subscriber = await RawGraphQLWebSocket.ConnectAndInitAsync(Server.Uri);
        await subscriber.SendAsync(Subscribe("s", "subscription { messagePosted(room: \"mutation\") { room text } }"));
        await Server.WaitForSubscribersAsync("mutation", 1);
        await using var poster = await RawGraphQLWebSocket.ConnectAndInitAsync(Server.Uri);

        await poster.SendAsync(Subscribe("m", "mutation { postMessage(room: \"mutation\", text: \"Awaria na ul. Długiej\") }"));

        Assert.Equal("""{"id":"m","type":"next","payload":{"data":{"postMessage":true}}}""", (await poster.ReceiveAsync()).Text);
        Assert.Equal("""{"id":"m","type":"complete"}""", (await poster.ReceiveAsync()).Text);
        Assert.Equal("""{"id":"s","type":"next","payload":{"data":{"messagePosted":{"room":"mutation","text":"Awaria na ul. Długiej"}}}}""", (await subscriber.ReceiveAsync()).Text);
    }

    [Fact]
    public async Task Query_FailingValidation_SendsErrorWithTheErrorsArrayAndNoComplete()
    {
        await using var client = await RawGraphQLWebSocket.ConnectAndInitAsync(Server.Uri);

        await client.SendAsync(Subscribe("bad", "{ nope }"));

        Assert.Equal(
            """{"id":"bad","type":"error","payload":[{"message":"Cannot query field \"nope\" on type \"Query\".","locations":[{"line":1,"column":3}],"extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}]}""",
            (await client.ReceiveAsync()).Text);
        await client.SendAsync("""{"type":"ping"}""");
        Assert.Equal("""{"type":"pong"}""", (await client.ReceiveAsync()).Text);
    }

    [Fact]
    public async Task Query_WithASyntaxError_SendsError()
    {
        await using var client = await RawGraphQLWebSocket.ConnectAndInitAsync(Server.Uri);

        await client.SendAsync(Subscribe("syntax", "{ hello"));

        Assert.Equal(
            """{"id":"syntax","type":"error","payload":[{"message":"Syntax Error: Expected Name, found <EOF>.","locations":[{"line":1,"column":8}],"extensions":{"code":"GRAPHQL_PARSE_FAILED"}}]}""",
            (await client.ReceiveAsync()).Text);
    }

    [Fact]
    public async Task Query_WhoseResolverThrows_SendsNextWithAFieldErrorWithoutDetails()
    {
        await using var client = await RawGraphQLWebSocket.ConnectAndInitAsync(Server.Uri);

        await client.SendAsync(Subscribe("broken", "{ broken }"));

        Assert.Equal(
            """{"id":"broken","type":"next","payload":{"errors":[{"message":"Unexpected error.","locations":[{"line":1,"column":3}],"path":["broken"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":null}}""",
            (await client.ReceiveAsync()).Text);
        Assert.Equal("""{"id":"broken","type":"complete"}""", (await client.ReceiveAsync()).Text);
    }

    [Fact]
    public async Task Subscription_WhoseSourceStreamCannotBeCreated_SendsError()
    {
        await using var client = await RawGraphQLWebSocket.ConnectAndInitAsync(Server.Uri);

        await client.SendAsync(Subscribe("empty", "subscription { messagePosted(room: \"\") { text } }"));

        Assert.Equal(
            """{"id":"empty","type":"error","payload":[{"message":"The room name is empty.","locations":[{"line":1,"column":16}],"path":["messagePosted"]}]}""",
            (await client.ReceiveAsync()).Text);
    }

    [Fact]
    public async Task Subscription_WhoseStreamEnds_SendsEveryEventThenComplete()
    {
        await using var client = await RawGraphQLWebSocket.ConnectAndInitAsync(Server.Uri);

        await client.SendAsync(Subscribe("count", "subscription { countdown(from: 3) }"));

        Assert.Equal("""{"id":"count","type":"next","payload":{"data":{"countdown":3}}}""", (await client.ReceiveAsync()).Text);
        Assert.Equal("""{"id":"count","type":"next","payload":{"data":{"countdown":2}}}""", (await client.ReceiveAsync()).Text);
        Assert.Equal("""{"id":"count","type":"next","payload":{"data":{"countdown":1}}}""", (await client.ReceiveAsync()).Text);
        Assert.Equal("""{"id":"count","type":"complete"}""", (await client.ReceiveAsync()).Text);
    }

    [Fact]
    public async Task Subscription_WhoseStreamFails_SendsErrorWithoutDetails()
    {
        await using var client = await RawGraphQLWebSocket.ConnectAndInitAsync(Server.Uri);

        await client.SendAsync(Subscribe("faulty", "subscription { faulty }"));

        Assert.Equal("""{"id":"faulty","type":"next","payload":{"data":{"faulty":1}}}""", (await client.ReceiveAsync()).Text);
        Assert.Equal("""{"id":"faulty","type":"error","payload":[{"message":"Unexpected error.","extensions":{"code":"INTERNAL_SERVER_ERROR"}}]}""", (await client.ReceiveAsync()).Text);
    }

    [Fact]
    public async Task Subscription_ReceivesEventsInPublishOrder()
    {
        await using var client = await RawGraphQLWebSocket.ConnectAndInitAsync(Server.Uri);
        await client.SendAsync(Subscribe("order", "subscription { messagePosted(room: \"order\") { text } }"));
        await Server.WaitForSubscribersAsync("order", 1);

        for (var i = 1; i <= 20; i++)
        {
            await Server.EventBus.PublishAsync(TestSchema.Topic("order"), new ChatMessage("order", $"m{i}"));
        }

        for (var i = 1; i <= 20; i++)
        {
            Assert.Equal("""{"id":"order","type":"next","payload":{"data":{"messagePosted":{"text":"m""" + i + "\"}}}}", (await client.ReceiveAsync()).Text);
        }
    }

    [Fact]
    public async Task Complete_FromTheClient_StopsDeliveryAndUnsubscribes()
    {
        await using var client = await RawGraphQLWebSocket.ConnectAndInitAsync(Server.Uri);
        await client.SendAsync(Subscribe("c", "subscription { messagePosted(room: \"complete\") { text } }"));
        await Server.WaitForSubscribersAsync("complete", 1);
        await Server.EventBus.PublishAsync(TestSchema.Topic("complete"), new ChatMessage("complete", "before"));
        Assert.Equal("""{"id":"c","type":"next","payload":{"data":{"messagePosted":{"text":"before"}}}}""", (await client.ReceiveAsync()).Text);

        await client.SendAsync("""{"id":"c","type":"complete"}""");
        await Server.WaitForSubscribersAsync("complete", 0);
        await Server.EventBus.PublishAsync(TestSchema.Topic("complete"), new ChatMessage("complete", "after"));
        await client.SendAsync("""{"type":"ping"}""");

        // Nothing for "c" (neither the event nor a server complete) comes before the pong.
        Assert.Equal("""{"type":"pong"}""", (await client.ReceiveAsync()).Text);
    }

    [Fact]
    public async Task Complete_ThenTheSameId_StartsANewOperation()
    {
        await using var client = await RawGraphQLWebSocket.ConnectAndInitAsync(Server.Uri);
        await client.SendAsync(Subscribe("again", "subscription { messagePosted(room: \"reuse\") { text } }"));
        await Server.WaitForSubscribersAsync("reuse", 1);

        await client.SendAsync("""{"id":"again","type":"complete"}""");
        await client.SendAsync(Subscribe("again", "{ hello }"));

        Assert.Equal("""{"id":"again","type":"next","payload":{"data":{"hello":"world"}}}""", (await client.ReceiveAsync()).Text);
        Assert.Equal("""{"id":"again","type":"complete"}""", (await client.ReceiveAsync()).Text);
        await Server.WaitForSubscribersAsync("reuse", 0);
    }

    [Fact]
    public async Task Complete_ForAnUnknownId_IsIgnored()
    {
        await using var client = await RawGraphQLWebSocket.ConnectAndInitAsync(Server.Uri);

        await client.SendAsync("""{"id":"never-started","type":"complete"}""");
        await client.SendAsync("""{"type":"ping"}""");

        Assert.Equal("""{"type":"pong"}""", (await client.ReceiveAsync()).Text);
    }

    [Fact]
    public async Task ManyOperations_OnOneConnection_EachGetsItsOwnEvents()
    {
        await using var client = await RawGraphQLWebSocket.ConnectAndInitAsync(Server.Uri);
        await client.SendAsync(Subscribe("north", "subscription { messagePosted(room: \"north\") { text } }"));
        await client.SendAsync(Subscribe("south", "subscription { messagePosted(room: \"south\") { text } }"));
        await Server.WaitForSubscribersAsync("north", 1);
        await Server.WaitForSubscribersAsync("south", 1);

        await Server.EventBus.PublishAsync(TestSchema.Topic("south"), new ChatMessage("south", "s1"));
        Assert.Equal("""{"id":"south","type":"next","payload":{"data":{"messagePosted":{"text":"s1"}}}}""", (await client.ReceiveAsync()).Text);
        await Server.EventBus.PublishAsync(TestSchema.Topic("north"), new ChatMessage("north", "n1"));
        Assert.Equal("""{"id":"north","type":"next","payload":{"data":{"messagePosted":{"text":"n1"}}}}""", (await client.ReceiveAsync()).Text);
    }

    [Fact]
    public async Task SocketClosedByTheClient_CleansUpEveryOperation()
    {
        var client = await RawGraphQLWebSocket.ConnectAndInitAsync(Server.Uri);
        await client.SendAsync(Subscribe("a", "subscription { messagePosted(room: \"cleanup\") { text } }"));
        await client.SendAsync(Subscribe("b", "subscription { messagePosted(room: \"cleanup\") { text } }"));
        await Server.WaitForSubscribersAsync("cleanup", 2);

        await client.CloseAsync();
        await client.DisposeAsync();

        await Server.WaitForSubscribersAsync("cleanup", 0);
    }

    [Fact]
    public async Task SocketDroppedWithoutCloseFrame_CleansUpEveryOperation()
    {
        var client = await RawGraphQLWebSocket.ConnectAndInitAsync(Server.Uri);
        await client.SendAsync(Subscribe("a", "subscription { messagePosted(room: \"dropped\") { text } }"));
        await Server.WaitForSubscribersAsync("dropped", 1);

        await client.DisposeAsync(); // Aborts the TCP connection: no close handshake.

        await Server.WaitForSubscribersAsync("dropped", 0);
    }
}

/// <summary>Keep-alive pings and slow subscribers, on servers of their own.</summary>
public sealed class ProtocolServerOptionTests
{
    [Fact]
    public async Task KeepAlive_Configured_ServerSendsPing()
    {
        await using var server = await GraphQLWebSocketServer.StartAsync(options => options.KeepAliveInterval = TimeSpan.FromMilliseconds(50));
        await using var client = await RawGraphQLWebSocket.ConnectAndInitAsync(server.Uri);

        Assert.Equal("""{"type":"ping"}""", (await client.ReceiveAsync()).Text);
        await client.SendAsync("""{"type":"pong"}""");
    }

    [Fact]
    public async Task SubscriberFallingBehind_IsEndedWithAnError()
    {
        await using var server = await GraphQLWebSocketServer.StartAsync();
        await using var client = await RawGraphQLWebSocket.ConnectAndInitAsync(server.Uri);
        await client.SendAsync("""{"id":"slow","type":"subscribe","payload":{"query":"subscription { messagePosted(room: \"flood\") { text } }"}}""");
        await server.WaitForSubscribersAsync("flood", 1);

        // The client reads nothing meanwhile; far more than the buffer, the socket and TCP hold together.
        var text = new string('x', 4000);
        for (var i = 0; i < 50_000 && server.EventBus.SubscriberCount(TestSchema.Topic("flood")) == 1; i++)
        {
            await server.EventBus.PublishAsync(TestSchema.Topic("flood"), new ChatMessage("flood", text));
        }

        Assert.Equal(0, server.EventBus.SubscriberCount(TestSchema.Topic("flood")));
        Received received;
        do
        {
            received = await client.ReceiveAsync();
        }
        while (received.Text is not null && received.Text.Contains("\"next\"", StringComparison.Ordinal));

        Assert.Equal(
            """{"id":"slow","type":"error","payload":[{"message":"The subscription fell too far behind its events and was ended; subscribe again.","extensions":{"code":"SUBSCRIPTION_OVERFLOW"}}]}""",
            received.Text);
    }
}

/// <summary>Per-connection operation limit and server shutdown, on servers of their own.</summary>
public sealed class ConnectionLimitTests
{
    [Fact]
    public async Task Subscribe_BeyondTheOperationLimit_GetsAnErrorAndTheConnectionStaysOpen()
    {
        await using var server = await GraphQLWebSocketServer.StartAsync(options => options.MaxOperationsPerConnection = 2);
        await using var client = await RawGraphQLWebSocket.ConnectAndInitAsync(server.Uri);
        await client.SendAsync("""{"id":"1","type":"subscribe","payload":{"query":"subscription { messagePosted(room: \"limit\") { text } }"}}""");
        await client.SendAsync("""{"id":"2","type":"subscribe","payload":{"query":"subscription { messagePosted(room: \"limit\") { text } }"}}""");
        await server.WaitForSubscribersAsync("limit", 2);

        await client.SendAsync("""{"id":"3","type":"subscribe","payload":{"query":"{ hello }"}}""");

        Assert.Equal(
            """{"id":"3","type":"error","payload":[{"message":"Too many operations on this connection: at most 2 may run at once.","extensions":{"code":"TOO_MANY_OPERATIONS"}}]}""",
            (await client.ReceiveAsync()).Text);
        await client.SendAsync("""{"id":"1","type":"complete"}""");
        await server.WaitForSubscribersAsync("limit", 1);
        await client.SendAsync("""{"id":"3","type":"subscribe","payload":{"query":"{ hello }"}}""");
        Assert.Equal("""{"id":"3","type":"next","payload":{"data":{"hello":"world"}}}""", (await client.ReceiveAsync()).Text);
    }

    [Fact]
    public async Task ServerStopping_ClosesOpenConnectionsWith1001AndUnsubscribes()
    {
        var server = await GraphQLWebSocketServer.StartAsync();
        var bus = server.EventBus;
        await using var client = await RawGraphQLWebSocket.ConnectAndInitAsync(server.Uri);
        await client.SendAsync("""{"id":"1","type":"subscribe","payload":{"query":"subscription { messagePosted(room: \"shutdown\") { text } }"}}""");
        await server.WaitForSubscribersAsync("shutdown", 1);

        var stopping = server.DisposeAsync().AsTask();

        Assert.Equal((1001, "Server shutting down"), await client.ReceiveCloseAsync());
        await stopping;
        Assert.Equal(0, bus.SubscriberCount(TestSchema.Topic("shutdown")));
    }
}
