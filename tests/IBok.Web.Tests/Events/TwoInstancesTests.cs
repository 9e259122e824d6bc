using System.Text.Json;
using IBok.GraphQL.Api.Events;
using IBok.Web.Tests.GraphQL.WebSockets;

namespace IBok.Web.Tests.Events;

/// <summary>
/// Two iBOK servers on loopback sharing one PostgreSQL database: an event published on one reaches a GraphQL
/// subscription (the npm graphql-ws client) on the other, through LISTEN/NOTIFY.
/// </summary>
public sealed class TwoInstancesTests
{
    private const string BulletinQuery = "subscription($board: String!) { bulletinPosted(board: $board) { board text } }";

    [Fact]
    public async Task PublishOnInstanceA_ReachesASubscriptionOnInstanceB()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await using var instanceA = PostgresInstance.Start(database.ConnectionString);
        await using var instanceB = PostgresInstance.Start(database.ConnectionString);
        var busB = Assert.IsType<PostgresEventBus>(instanceB.EventBus);
        Assert.IsType<PostgresEventBus>(instanceA.EventBus);
        await using var client = GraphQLWsNodeClient.Start(instanceB.GraphQLWebSocketUri, new
        {
            clients = new[]
            {
                new
                {
                    name = "b",
                    connectionParams = (object?)null,
                    operations = new[] { new { name = "bulletins", query = BulletinQuery, variables = new { board = "awarie" }, take = 1 } },
                },
            },
        });
        await GraphQLWebSocketServer.WaitUntilAsync(() => busB.IsListening(BulletinSchema.Topic("awarie")), "instance B listens to the board");

        await instanceA.EventBus.PublishAsync(BulletinSchema.Topic("awarie"), new Bulletin("awarie", "Przerwa w dostawie wody: ul. Lipowa 3–15"));

        var next = await client.NextAsync();
        Assert.Equal(
            """{"client":"b","operation":"bulletins","event":"next","payload":{"data":{"bulletinPosted":{"board":"awarie","text":"Przerwa w dostawie wody: ul. Lipowa 3–15"}}}}""",
            JsonSerializer.Serialize(next, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        Assert.Equal(["""{"client":"b","operation":"bulletins","event":"taken"}"""], await client.ToEndAsync());
        await GraphQLWebSocketServer.WaitUntilAsync(() => !busB.IsListening(BulletinSchema.Topic("awarie")), "instance B unlistens once the client completed");
    }

    [Fact]
    public async Task PublishOnInstanceB_ReachesSubscribersOnBothInstances()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await using var instanceA = PostgresInstance.Start(database.ConnectionString);
        await using var instanceB = PostgresInstance.Start(database.ConnectionString);
        var topic = BulletinSchema.Topic("komunikaty");
        using var stop = new CancellationTokenSource();
        await using var onA = instanceA.EventBus.SubscribeAsync<Bulletin>(topic, stop.Token).GetAsyncEnumerator();
        await using var onB = instanceB.EventBus.SubscribeAsync<Bulletin>(topic, stop.Token).GetAsyncEnumerator();
        var nextOnA = onA.MoveNextAsync();
        var nextOnB = onB.MoveNextAsync();
        await GraphQLWebSocketServer.WaitUntilAsync(
            () => ((PostgresEventBus)instanceA.EventBus).IsListening(topic) && ((PostgresEventBus)instanceB.EventBus).IsListening(topic),
            "both instances listen");

        await instanceB.EventBus.PublishAsync(topic, new Bulletin("komunikaty", "Nowa taryfa od 1 stycznia"));

        Assert.True(await nextOnA.AsTask().WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.True(await nextOnB.AsTask().WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(new Bulletin("komunikaty", "Nowa taryfa od 1 stycznia"), onA.Current);
        Assert.Equal(new Bulletin("komunikaty", "Nowa taryfa od 1 stycznia"), onB.Current);
        await stop.CancelAsync();
    }
}
