using System.Text.Json;

namespace IBok.Web.Tests.GraphQL.WebSockets;

/// <summary>The server against the real npm graphql-ws client (over npm ws), as browsers and tools will use it.</summary>
public sealed class GraphQLWsClientTests(GraphQLWebSocketServerFixture fixture) : IClassFixture<GraphQLWebSocketServerFixture>
{
    private GraphQLWebSocketServer Server => fixture.Server;

    private static object OneClient(string query, object? connectionParams = null, int? take = null) => new
    {
        clients = new[]
        {
            new { name = "a", connectionParams, operations = new object[] { Operation("op", query, take) } },
        },
    };

    private static object Operation(string name, string query, int? take) =>
        take is { } count ? new { name, query, take = count } : new { name, query };

    private static string Json(JsonElement element) => JsonSerializer.Serialize(element);

    [Fact]
    public async Task Query_ReceivesItsResultThenComplete()
    {
        await using var node = GraphQLWsNodeClient.Start(Server.Uri, OneClient("{ hello }"));

        var lines = await node.ToEndAsync();

        Assert.Equal(
            [
                """{"client":"a","operation":"op","event":"next","payload":{"data":{"hello":"world"}}}""",
                """{"client":"a","operation":"op","event":"complete"}""",
            ],
            lines);
    }

    [Fact]
    public async Task Subscription_WhoseStreamEnds_ReceivesEveryEventThenComplete()
    {
        await using var node = GraphQLWsNodeClient.Start(Server.Uri, OneClient("subscription { countdown(from: 2) }"));

        var lines = await node.ToEndAsync();

        Assert.Equal(
            [
                """{"client":"a","operation":"op","event":"next","payload":{"data":{"countdown":2}}}""",
                """{"client":"a","operation":"op","event":"next","payload":{"data":{"countdown":1}}}""",
                """{"client":"a","operation":"op","event":"complete"}""",
            ],
            lines);
    }

    [Fact]
    public async Task Subscription_EventsReachTwoClients_AndCompletingUnsubscribesBoth()
    {
        const string room = "node-two-clients";
        var query = $$"""subscription { messagePosted(room: "{{room}}") { room text } }""";
        var scenario = new
        {
            clients = new[]
            {
                new { name = "a", operations = new object[] { Operation("s", query, take: 2) } },
                new { name = "b", operations = new object[] { Operation("s", query, take: 2) } },
            },
        };
        await using var node = GraphQLWsNodeClient.Start(Server.Uri, scenario);
        await Server.WaitForSubscribersAsync(room, 2);

        await Server.EventBus.PublishAsync(TestSchema.Topic(room), new ChatMessage(room, "Przerwa w dostawie wody"));
        await using (var poster = await RawGraphQLWebSocket.ConnectAndInitAsync(Server.Uri))
        {
            await poster.SendAsync("""{"id":"m","type":"subscribe","payload":{"query":"mutation { postMessage(room: \"ROOM\", text: \"Woda wróciła\") }"}}""".Replace("ROOM", room, StringComparison.Ordinal));
            Assert.Equal("""{"id":"m","type":"next","payload":{"data":{"postMessage":true}}}""", (await poster.ReceiveAsync()).Text);
        }

        var lines = await node.ToEndAsync();
        foreach (var client in new[] { "a", "b" })
        {
            Assert.Equal(
                new[]
                {
                    """{"client":"CLIENT","operation":"s","event":"next","payload":{"data":{"messagePosted":{"room":"ROOM","text":"Przerwa w dostawie wody"}}}}""",
                    """{"client":"CLIENT","operation":"s","event":"next","payload":{"data":{"messagePosted":{"room":"ROOM","text":"Woda wróciła"}}}}""",
                    """{"client":"CLIENT","operation":"s","event":"taken"}""",
                }.Select(line => line.Replace("CLIENT", client, StringComparison.Ordinal).Replace("ROOM", room, StringComparison.Ordinal)),
                lines.Where(line => line.StartsWith($$$"""{"client":"{{{client}}}",""", StringComparison.Ordinal)));
        }

        Assert.Equal(6, lines.Count);
        await Server.WaitForSubscribersAsync(room, 0);
    }

    [Fact]
    public async Task ConnectionParams_WithAValidToken_RunOperationsAsThatUser()
    {
        await using var node = GraphQLWsNodeClient.Start(Server.Uri, OneClient("{ whoAmI }", new { token = "alice-token" }));

        var first = await node.NextAsync();

        Assert.Equal("""{"client":"a","operation":"op","event":"next","payload":{"data":{"whoAmI":"alice"}}}""", Json(first));
    }

    [Fact]
    public async Task ConnectionParams_WithAnInvalidToken_CloseWith4403()
    {
        await using var node = GraphQLWsNodeClient.Start(Server.Uri, OneClient("{ hello }", new { token = "stolen" }));

        var lines = await node.ToEndAsync();

        Assert.Equal(["""{"client":"a","operation":"op","event":"error","code":4403,"reason":"Invalid token"}"""], lines);
    }

    [Fact]
    public async Task ValidationError_ReachesTheErrorSinkAsTheErrorsArray()
    {
        await using var node = GraphQLWsNodeClient.Start(Server.Uri, OneClient("{ nope }"));

        var lines = await node.ToEndAsync();

        Assert.Equal(
            ["""{"client":"a","operation":"op","event":"error","payload":[{"message":"Cannot query field \"nope\" on type \"Query\".","locations":[{"line":1,"column":3}],"extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}]}"""],
            lines);
    }
}
