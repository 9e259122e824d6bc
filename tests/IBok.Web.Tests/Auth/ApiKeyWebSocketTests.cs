using System.Text.Json;
using IBok.GraphQL.Api.Events;
using IBok.Web.Auth;
using IBok.Web.GraphQL.WebSockets;
using IBok.Web.Tests.GraphQL.WebSockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IBok.Web.Tests.Auth;

/// <summary>
/// A graphql-transport-ws connection authenticated by an API key (the real npm graphql-ws client, X-Api-Key on the
/// handshake, the real host on Kestrel and SQLite) stops once an admin revokes the key: at the next subscribe, and
/// while subscriptions run at the next periodic re-check (reached by moving the host's clock, not by waiting).
/// </summary>
public sealed class ApiKeyWebSocketTests
{
    private const string StaffNotices = "subscription { noticePublished { title } }";
    private const string WhoAmI = "{ viewer { role displayName } }";

    [Fact]
    public async Task OpenSubscription_KeyRevoked_IsClosed4403AtTheNextPeriodicCheck()
    {
        var clock = new SteerableTimeProvider();
        using var host = await AuthHost.StartOnLoopbackAsync(clock);
        var (adminToken, key, keyId) = await CreateApiKeyAsync(host);
        await using var client = GraphQLWsNodeClient.StartSteps(GraphQLUri(host), new Dictionary<string, string> { ["X-Api-Key"] = key });
        Assert.Equal("""{"event":"connected"}""", (await client.NextAsync()).GetRawText());
        await client.SendOperationAsync("notices", StaffNotices);
        await WaitForSubscribersAsync(host, 1);

        await RevokeAsync(host, adminToken, keyId);
        clock.Advance(host.Services.GetRequiredService<IOptions<GraphQLWebSocketOptions>>().Value.RevalidationInterval);

        Assert.Equal(
            [
                $$"""{"event":"closed","code":4403,"reason":"{{SessionWebSocketAuthenticator.ApiKeyRevokedReason}}"}""",
                $$"""{"operation":"notices","event":"error","code":4403,"reason":"{{SessionWebSocketAuthenticator.ApiKeyRevokedReason}}"}""",
            ],
            (await NextTwoAsync(client)).Order(StringComparer.Ordinal));
        await WaitForSubscribersAsync(host, 0);
    }

    [Fact]
    public async Task Subscribe_AfterTheKeyIsRevoked_IsRefusedWith4403()
    {
        using var host = await AuthHost.StartOnLoopbackAsync(new SteerableTimeProvider());
        var (adminToken, key, keyId) = await CreateApiKeyAsync(host);
        await using var client = GraphQLWsNodeClient.StartSteps(GraphQLUri(host), new Dictionary<string, string> { ["X-Api-Key"] = key });
        Assert.Equal("""{"event":"connected"}""", (await client.NextAsync()).GetRawText());
        await client.SendOperationAsync("before", WhoAmI);
        Assert.Equal(
            """{"operation":"before","event":"next","payload":{"data":{"viewer":{"role":"INTEGRATION","displayName":"API key: Odczyty SCADA"}}}}""",
            (await client.NextAsync()).GetRawText());
        Assert.Equal("""{"operation":"before","event":"complete"}""", (await client.NextAsync()).GetRawText());

        await RevokeAsync(host, adminToken, keyId);
        await client.SendOperationAsync("after", WhoAmI);

        Assert.Equal(
            [
                $$"""{"event":"closed","code":4403,"reason":"{{SessionWebSocketAuthenticator.ApiKeyRevokedReason}}"}""",
                $$"""{"operation":"after","event":"error","code":4403,"reason":"{{SessionWebSocketAuthenticator.ApiKeyRevokedReason}}"}""",
            ],
            (await NextTwoAsync(client)).Order(StringComparer.Ordinal));
        client.EndOperations();
        Assert.Empty(await client.ToEndAsync());
    }

    [Fact]
    public async Task Subscribe_KeyStillValid_IsAnsweredAfterThePeriodicCheck()
    {
        var clock = new SteerableTimeProvider();
        using var host = await AuthHost.StartOnLoopbackAsync(clock);
        var (_, key, _) = await CreateApiKeyAsync(host);
        await using var client = GraphQLWsNodeClient.StartSteps(GraphQLUri(host), new Dictionary<string, string> { ["X-Api-Key"] = key });
        Assert.Equal("""{"event":"connected"}""", (await client.NextAsync()).GetRawText());
        await client.SendOperationAsync("notices", StaffNotices);
        await WaitForSubscribersAsync(host, 1);

        clock.Advance(host.Services.GetRequiredService<IOptions<GraphQLWebSocketOptions>>().Value.RevalidationInterval);
        await client.SendOperationAsync("who", WhoAmI);

        Assert.Equal(
            """{"operation":"who","event":"next","payload":{"data":{"viewer":{"role":"INTEGRATION","displayName":"API key: Odczyty SCADA"}}}}""",
            (await client.NextAsync()).GetRawText());
        Assert.Equal("""{"operation":"who","event":"complete"}""", (await client.NextAsync()).GetRawText());
        Assert.Equal(1, ((InProcessEventBus)host.Services.GetRequiredService<IEventBus>()).SubscriberCount("noticePublished:staff"));
    }

    private static Uri GraphQLUri(AuthHost host) => new(host.LoopbackAddress.ToString().Replace("http://", "ws://", StringComparison.Ordinal).TrimEnd('/') + "/graphql");

    /// <summary>An admin's bearer token, and a new API key (its text and id) made with it.</summary>
    private static async Task<(string AdminToken, string Key, string KeyId)> CreateApiKeyAsync(AuthHost host)
    {
        using var api = new HttpClient { BaseAddress = host.LoopbackAddress };
        var (_, signedIn) = await api.GraphQLAsync(AuthHostClient.SignIn, new { login = AuthHost.AdminEmail, password = AuthHost.AdminPassword, bearer = true });
        var adminToken = signedIn!["data"]!["signIn"]!["session"]!["accessToken"]!.GetValue<string>();
        var (_, created) = await api.GraphQLAsync(
            """mutation { createApiKey(input: { name: "Odczyty SCADA", scopes: ["readings:import"] }) { apiKey { id key } } }""",
            configure: request => request.Headers.Add("Authorization", "Bearer " + adminToken));
        var apiKey = created!["data"]!["createApiKey"]!["apiKey"]!;
        return (adminToken, apiKey["key"]!.GetValue<string>(), apiKey["id"]!.GetValue<string>());
    }

    private static async Task RevokeAsync(AuthHost host, string adminToken, string keyId)
    {
        using var api = new HttpClient { BaseAddress = host.LoopbackAddress };
        var (_, revoked) = await api.GraphQLAsync(
            "mutation ($id: ID!) { revokeApiKey(id: $id) { succeeded } }", new { id = keyId }, request => request.Headers.Add("Authorization", "Bearer " + adminToken));
        Assert.True(revoked!["data"]!["revokeApiKey"]!["succeeded"]!.GetValue<bool>());
    }

    /// <summary>Two report lines, in whichever order the client made them (the close and the operation's error).</summary>
    private static async Task<string[]> NextTwoAsync(GraphQLWsNodeClient client)
    {
        JsonElement first = await client.NextAsync(), second = await client.NextAsync();
        return [first.GetRawText(), second.GetRawText()];
    }

    /// <summary>Waits until the staff notice topic has <paramref name="count"/> subscribers (the server has subscribed or let go).</summary>
    private static async Task WaitForSubscribersAsync(AuthHost host, int count)
    {
        var bus = ((InProcessEventBus)host.Services.GetRequiredService<IEventBus>());
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (bus.SubscriberCount("noticePublished:staff") != count)
        {
            await Task.Delay(10, limit.Token);
        }
    }
}
