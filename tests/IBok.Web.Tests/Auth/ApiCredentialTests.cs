using System.Net;
using System.Text.Json.Nodes;

namespace IBok.Web.Tests.Auth;

public sealed class ApiCredentialTests
{
    [Fact]
    public async Task SignIn_BearerToken_ReachesTheViewerWithoutACookie()
    {
        using var host = await AuthHost.StartAsync();
        using var api = host.CreateApiClient();

        var (response, json) = await api.GraphQLAsync(AuthHostClient.SignIn, new { login = "100200", password = AuthHost.CustomerPassword, bearer = true });
        var token = json!["data"]!["signIn"]!["session"]!["accessToken"]!.GetValue<string>();
        var viewer = await api.ViewerAsync(request => request.Headers.Add("Authorization", "Bearer " + token));

        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.Null(json["data"]!["signIn"]!["session"]!["csrfToken"]);
        Assert.Equal(("Customer", 1L), (viewer["role"]!.GetValue<string>(), viewer["customerId"]!.GetValue<long>()));
    }

    [Fact]
    public async Task BearerMutation_NeedsNoCsrfToken()
    {
        using var host = await AuthHost.StartAsync();
        using var api = host.CreateApiClient();
        var token = await BearerTokenAsync(api, "100200", AuthHost.CustomerPassword);

        var (response, json) = await api.GraphQLAsync(
            "mutation { signOut { succeeded } }", configure: request => request.Headers.Add("Authorization", "Bearer " + token));
        using var afterSignOut = await api.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/test/viewer") { Headers = { { "Authorization", "Bearer " + token } } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(json!["data"]!["signOut"]!["succeeded"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.Unauthorized, afterSignOut.StatusCode);
    }

    [Fact]
    public async Task ForgedBearerToken_Is401WithAClearMessage()
    {
        using var host = await AuthHost.StartAsync();
        using var api = host.CreateApiClient();

        using var response = await api.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/test/viewer") { Headers = { { "Authorization", "Bearer not-a-token" } } });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(
            "The bearer token is not valid or has expired; sign in again.",
            JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task ApiKey_CreatedByAnAdmin_ReachesTheViewerAsIntegrationUntilRevoked()
    {
        using var host = await AuthHost.StartAsync();
        using var api = host.CreateApiClient();
        var adminToken = await BearerTokenAsync(api, AuthHost.AdminEmail, AuthHost.AdminPassword);
        var (_, created) = await api.GraphQLAsync(
            """mutation { createApiKey(input: { name: "Billing", scopes: ["readings:import"] }) { apiKey { id key } errors { code } } }""",
            configure: request => request.Headers.Add("Authorization", "Bearer " + adminToken));
        var key = created!["data"]!["createApiKey"]!["apiKey"]!["key"]!.GetValue<string>();
        var globalId = created["data"]!["createApiKey"]!["apiKey"]!["id"]!.GetValue<string>();
        var id = long.Parse(IBok.GraphQL.Relay.GlobalId.Parse(globalId).Key, System.Globalization.CultureInfo.InvariantCulture);

        var viewer = await api.ViewerAsync(request => request.Headers.Add("X-Api-Key", key));
        await api.GraphQLAsync(
            $"mutation {{ revokeApiKey(id: \"{globalId}\") {{ succeeded }} }}", configure: request => request.Headers.Add("Authorization", "Bearer " + adminToken));
        using var afterRevoke = await api.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/test/viewer") { Headers = { { "X-Api-Key", key } } });

        Assert.Equal(("Integration", id, "API key: Billing"), (viewer["role"]!.GetValue<string>(), viewer["accountId"]!.GetValue<long>(), viewer["displayName"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.Unauthorized, afterRevoke.StatusCode);
        Assert.Equal(
            "The API key is not valid or was revoked.",
            JsonNode.Parse(await afterRevoke.Content.ReadAsStringAsync())!["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task ApiKeyPost_NeedsNoCsrfToken()
    {
        using var host = await AuthHost.StartAsync();
        using var api = host.CreateApiClient();
        var adminToken = await BearerTokenAsync(api, AuthHost.AdminEmail, AuthHost.AdminPassword);
        var (_, created) = await api.GraphQLAsync(
            """mutation { createApiKey(input: { name: "SCADA", scopes: ["outages:publish"] }) { apiKey { key } } }""",
            configure: request => request.Headers.Add("Authorization", "Bearer " + adminToken));
        var key = created!["data"]!["createApiKey"]!["apiKey"]!["key"]!.GetValue<string>();

        using var response = await api.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/test/viewer") { Headers = { { "X-Api-Key", key } } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task<string> BearerTokenAsync(HttpClient api, string login, string password)
    {
        var (_, json) = await api.GraphQLAsync(AuthHostClient.SignIn, new { login, password, bearer = true });
        return json!["data"]!["signIn"]!["session"]!["accessToken"]!.GetValue<string>();
    }
}
