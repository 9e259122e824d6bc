using System.Net;
using System.Text.Json.Nodes;

namespace IBok.Web.Tests.Auth;

public sealed class CookieSessionTests
{
    [Fact]
    public async Task SignIn_Cookie_SetsASecureHttpOnlyLaxHostOnlySessionCookie()
    {
        using var host = await AuthHost.StartAsync();
        using var browser = host.CreateBrowser();

        var (response, json) = await browser.GraphQLAsync(AuthHostClient.SignIn, new { login = "100200", password = AuthHost.CustomerPassword, bearer = false });

        var session = json!["data"]!["signIn"]!["session"]!;
        Assert.Equal(("CUSTOMER", null), (session["role"]!.GetValue<string>(), session["accessToken"]?.GetValue<string>()));
        Assert.False(string.IsNullOrEmpty(session["csrfToken"]!.GetValue<string>()));
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), header => header.StartsWith("__Host-ibok-session=", StringComparison.Ordinal));
        var attributes = cookie.Split(';').Skip(1).Select(attribute => attribute.Trim().ToLowerInvariant()).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["httponly", "path=/", "samesite=lax", "secure"], attributes);
    }

    [Fact]
    public async Task CookieSession_ReachesTheViewer()
    {
        using var host = await AuthHost.StartAsync();
        using var browser = host.CreateBrowser();
        await browser.GraphQLAsync(AuthHostClient.SignIn, new { login = "jan.kowalski@example.pl", password = AuthHost.CustomerPassword, bearer = false });

        var viewer = await browser.ViewerAsync();

        Assert.Equal(("Customer", 1L, "Jan Kowalski"), (viewer["role"]!.GetValue<string>(), viewer["customerId"]!.GetValue<long>(), viewer["displayName"]!.GetValue<string>()));
    }

    [Fact]
    public async Task CookieMutation_WithoutTheCsrfHeader_IsRefusedWith403()
    {
        using var host = await AuthHost.StartAsync();
        using var browser = host.CreateBrowser();
        await browser.GraphQLAsync(AuthHostClient.SignIn, new { login = "100200", password = AuthHost.CustomerPassword, bearer = false });

        var (response, json) = await browser.GraphQLAsync("mutation { signOut { succeeded } }");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(
            "This request is signed in with the session cookie, so it must carry the X-CSRF-Token header with the token from the signIn payload or GET /auth/csrf.",
            json!["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Equal("Customer", (await browser.ViewerAsync())["role"]!.GetValue<string>());
    }

    [Fact]
    public async Task CookieMutation_WithAWrongCsrfToken_IsRefusedWith403()
    {
        using var host = await AuthHost.StartAsync();
        using var browser = host.CreateBrowser();
        await browser.GraphQLAsync(AuthHostClient.SignIn, new { login = "100200", password = AuthHost.CustomerPassword, bearer = false });

        var (response, _) = await browser.GraphQLAsync("mutation { signOut { succeeded } }", configure: request => request.Headers.Add("X-CSRF-Token", "forged"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task SignOut_WithTheCsrfToken_EndsTheSession()
    {
        using var host = await AuthHost.StartAsync();
        using var browser = host.CreateBrowser();
        var (_, signIn) = await browser.GraphQLAsync(AuthHostClient.SignIn, new { login = "100200", password = AuthHost.CustomerPassword, bearer = false });
        var csrf = signIn!["data"]!["signIn"]!["session"]!["csrfToken"]!.GetValue<string>();

        var (response, json) = await browser.GraphQLAsync("mutation { signOut { succeeded } }", configure: request => request.Headers.Add("X-CSRF-Token", csrf));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(json!["data"]!["signOut"]!["succeeded"]!.GetValue<bool>());
        Assert.Equal("Anonymous", (await browser.ViewerAsync())["role"]!.GetValue<string>());
    }

    [Fact]
    public async Task StolenCookie_AfterSignOut_NoLongerWorks()
    {
        using var host = await AuthHost.StartAsync();
        using var browser = host.CreateBrowser();
        var (signInResponse, signIn) = await browser.GraphQLAsync(AuthHostClient.SignIn, new { login = "100200", password = AuthHost.CustomerPassword, bearer = false });
        var cookie = signInResponse.Headers.GetValues("Set-Cookie").Single(header => header.StartsWith("__Host-ibok-session=", StringComparison.Ordinal)).Split(';')[0];
        var csrf = signIn!["data"]!["signIn"]!["session"]!["csrfToken"]!.GetValue<string>();
        await browser.GraphQLAsync("mutation { signOut { succeeded } }", configure: request => request.Headers.Add("X-CSRF-Token", csrf));
        using var thief = host.CreateApiClient();

        var viewer = await thief.ViewerAsync(request => request.Headers.Add("Cookie", cookie));

        Assert.Equal("Anonymous", viewer["role"]!.GetValue<string>());
    }

    [Fact]
    public async Task CsrfEndpoint_GivesATokenThatPassesTheCheck()
    {
        using var host = await AuthHost.StartAsync();
        using var browser = host.CreateBrowser();
        await browser.GraphQLAsync(AuthHostClient.SignIn, new { login = "100200", password = AuthHost.CustomerPassword, bearer = false });
        var token = JsonNode.Parse(await browser.GetStringAsync(new Uri("/auth/csrf", UriKind.Relative)))!["token"]!.GetValue<string>();

        var request = new HttpRequestMessage(HttpMethod.Post, "/test/viewer");
        request.Headers.Add("X-CSRF-Token", token);
        using var response = await browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Customer", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["role"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnonymousPost_NeedsNoCsrfToken()
    {
        using var host = await AuthHost.StartAsync();
        using var browser = host.CreateBrowser();

        using var response = await browser.PostAsync(new Uri("/test/viewer", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ChangePassword_OverCookie_RenewsThisSessionAndEndsBearerTokens()
    {
        using var host = await AuthHost.StartAsync();
        using var browser = host.CreateBrowser();
        using var api = host.CreateApiClient();
        var (_, bearerSignIn) = await api.GraphQLAsync(AuthHostClient.SignIn, new { login = "100200", password = AuthHost.CustomerPassword, bearer = true });
        var token = bearerSignIn!["data"]!["signIn"]!["session"]!["accessToken"]!.GetValue<string>();
        var (_, signIn) = await browser.GraphQLAsync(AuthHostClient.SignIn, new { login = "100200", password = AuthHost.CustomerPassword, bearer = false });
        var csrf = signIn!["data"]!["signIn"]!["session"]!["csrfToken"]!.GetValue<string>();

        var (_, changed) = await browser.GraphQLAsync(
            """mutation { changePassword(input: { currentPassword: "Zielona-Woda-2026", newPassword: "Nowe-Haslo-2026" }) { session { role } errors { code } } }""",
            configure: request => request.Headers.Add("X-CSRF-Token", csrf));
        using var staleToken = await api.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/test/viewer") { Headers = { { "Authorization", "Bearer " + token } } });

        Assert.Equal("CUSTOMER", changed!["data"]!["changePassword"]!["session"]!["role"]!.GetValue<string>());
        Assert.Equal("Customer", (await browser.ViewerAsync())["role"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Unauthorized, staleToken.StatusCode);
    }
}
