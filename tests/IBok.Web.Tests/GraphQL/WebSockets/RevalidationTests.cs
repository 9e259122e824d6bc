namespace IBok.Web.Tests.GraphQL.WebSockets;

/// <summary>
/// A connection accepted with <c>WithRevalidation</c> is re-checked before every subscribe and, while it has
/// operations running, at <c>RevalidationInterval</c>; once the check fails it is closed with 4403.
/// </summary>
public sealed class RevalidationTests
{
    [Fact]
    public async Task Subscribe_AfterRevocation_Closes4403WithTheReason()
    {
        await using var server = await GraphQLWebSocketServer.StartAsync(options => options.RevalidationInterval = TimeSpan.FromHours(1));
        await using var client = await RawGraphQLWebSocket.ConnectAsync(server.Uri);
        await client.SendAsync("""{"type":"connection_init","payload":{"token":"revocable-subscribe"}}""");
        Assert.Equal("""{"type":"connection_ack"}""", (await client.ReceiveAsync()).Text);
        await client.SendAsync("""{"id":"1","type":"subscribe","payload":{"query":"subscription { countdown(from: 1) }"}}""");
        Assert.Equal("""{"id":"1","type":"next","payload":{"data":{"countdown":1}}}""", (await client.ReceiveAsync()).Text);
        Assert.Equal("""{"id":"1","type":"complete"}""", (await client.ReceiveAsync()).Text);

        TestAuthenticator.Revoked["subscribe"] = true;
        await client.SendAsync("""{"id":"2","type":"subscribe","payload":{"query":"subscription { countdown(from: 1) }"}}""");

        Assert.Equal((4403, "Revoked"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task OpenSubscription_RevokedMeanwhile_IsClosed4403AtTheNextCheck()
    {
        await using var server = await GraphQLWebSocketServer.StartAsync(options => options.RevalidationInterval = TimeSpan.FromMilliseconds(50));
        await using var client = await RawGraphQLWebSocket.ConnectAsync(server.Uri);
        await client.SendAsync("""{"type":"connection_init","payload":{"token":"revocable-open"}}""");
        Assert.Equal("""{"type":"connection_ack"}""", (await client.ReceiveAsync()).Text);
        await client.SendAsync("""{"id":"1","type":"subscribe","payload":{"query":"subscription { messagePosted(room: \"revalidation\") { text } }"}}""");
        await server.WaitForSubscribersAsync("revalidation", 1);

        TestAuthenticator.Revoked["open"] = true;

        Assert.Equal((4403, "Revoked"), await client.ReceiveCloseAsync());
        await server.WaitForSubscribersAsync("revalidation", 0);
    }
}
