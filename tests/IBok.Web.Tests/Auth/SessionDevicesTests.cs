using System.Net;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Persistence.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IBok.Web.Tests.Auth;

/// <summary>Each cookie or bearer sign-in is its own session: ended alone, all together, or by expiry.</summary>
public sealed class SessionDevicesTests
{
    private const string AndroidApp = "iBOK-Android/2.3 (Pixel 9; Android 15)";

    [Fact]
    public async Task SignOut_CookieOfOneDevice_BearerOfTheOtherStillWorks()
    {
        using var host = await AuthHost.StartAsync();
        using var laptop = host.CreateBrowser();
        using var phone = host.CreateApiClient();
        var csrf = await SignInWithCookieAsync(laptop);
        var token = await BearerTokenAsync(phone);

        var (_, signedOut) = await laptop.GraphQLAsync("mutation { signOut { succeeded } }", configure: request => request.Headers.Add("X-CSRF-Token", csrf));

        Assert.True(signedOut!["data"]!["signOut"]!["succeeded"]!.GetValue<bool>());
        Assert.Equal("Anonymous", (await laptop.ViewerAsync())["role"]!.GetValue<string>());
        Assert.Equal("Customer", (await phone.ViewerAsync(Bearer(token)))["role"]!.GetValue<string>());
    }

    [Fact]
    public async Task SignOut_BearerOfOneDevice_CookieOfTheOtherStillWorks()
    {
        using var host = await AuthHost.StartAsync();
        using var laptop = host.CreateBrowser();
        using var phone = host.CreateApiClient();
        await SignInWithCookieAsync(laptop);
        var token = await BearerTokenAsync(phone);

        await phone.GraphQLAsync("mutation { signOut { succeeded } }", configure: Bearer(token));
        using var afterSignOut = await phone.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/test/viewer") { Headers = { { "Authorization", "Bearer " + token } } });

        Assert.Equal(HttpStatusCode.Unauthorized, afterSignOut.StatusCode);
        Assert.Equal("Customer", (await laptop.ViewerAsync())["role"]!.GetValue<string>());
    }

    [Fact]
    public async Task SignOutEverywhere_FromTheBearerDevice_EndsTheCookieToo()
    {
        using var host = await AuthHost.StartAsync();
        using var laptop = host.CreateBrowser();
        using var phone = host.CreateApiClient();
        await SignInWithCookieAsync(laptop);
        var token = await BearerTokenAsync(phone);

        var (_, json) = await phone.GraphQLAsync("mutation { signOutEverywhere { succeeded errors { code } } }", configure: Bearer(token));
        using var afterwards = await phone.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/test/viewer") { Headers = { { "Authorization", "Bearer " + token } } });

        Assert.Equal("""{"succeeded":true,"errors":[]}""", json!["data"]!["signOutEverywhere"]!.ToJsonString());
        Assert.Equal(HttpStatusCode.Unauthorized, afterwards.StatusCode);
        Assert.Equal("Anonymous", (await laptop.ViewerAsync())["role"]!.GetValue<string>());
        Assert.Equal(0, await WithDatabaseAsync(host, db => db.Set<AccountSession>().CountAsync(row => row.EndedAt == null)));
    }

    [Fact]
    public async Task ExpiredSession_BearerIs401AndCookieAnonymous()
    {
        using var host = await AuthHost.StartAsync();
        using var laptop = host.CreateBrowser();
        using var phone = host.CreateApiClient();
        await SignInWithCookieAsync(laptop);
        var token = await BearerTokenAsync(phone);

        // The tickets themselves still run; only the rows say the sessions are over, as after an idle night.
        await WithDatabaseAsync(host, db => db.Set<AccountSession>()
            .ExecuteUpdateAsync(set => set.SetProperty(row => row.ExpiresAt, new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc))));
        using var bearer = await phone.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/test/viewer") { Headers = { { "Authorization", "Bearer " + token } } });

        Assert.Equal(HttpStatusCode.Unauthorized, bearer.StatusCode);
        Assert.Equal("Anonymous", (await laptop.ViewerAsync())["role"]!.GetValue<string>());
    }

    [Fact]
    public async Task SignIn_RecordsOneSessionPerDeviceWithItsKindAndUserAgent()
    {
        using var host = await AuthHost.StartAsync();
        using var laptop = host.CreateBrowser();
        using var phone = host.CreateApiClient();
        laptop.DefaultRequestHeaders.UserAgent.ParseAdd("Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0");
        phone.DefaultRequestHeaders.UserAgent.ParseAdd(AndroidApp);

        await SignInWithCookieAsync(laptop);
        var token = await BearerTokenAsync(phone);
        await phone.ViewerAsync(Bearer(token));

        var sessions = await WithDatabaseAsync(host, db => db.Set<AccountSession>().OrderBy(row => row.Id)
            .Select(row => new { row.Kind, row.UserAgent, row.EndedAt, row.CreatedAt, row.ExpiresAt }).ToListAsync());
        Assert.Equal(
            [
                (AccountSessionKind.Cookie, "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0", (DateTime?)null, TimeSpan.FromMinutes(35)),
                (AccountSessionKind.Bearer, AndroidApp, null, TimeSpan.FromHours(1)),
            ],
            sessions.Select(row => (row.Kind, row.UserAgent, row.EndedAt, TimeSpan.FromSeconds(Math.Round((row.ExpiresAt - row.CreatedAt).TotalSeconds)))));
    }

    [Fact]
    public async Task EndSession_FromTheBearerDevice_EndsTheCookieThenItsOwnTokenStopsWorking()
    {
        using var host = await AuthHost.StartAsync();
        using var laptop = host.CreateBrowser();
        using var phone = host.CreateApiClient();
        await SignInWithCookieAsync(laptop);
        var token = await BearerTokenAsync(phone);
        var (_, listed) = await phone.GraphQLAsync("{ sessions { id kind isCurrent } }", configure: Bearer(token));
        var sessions = listed!["data"]!["sessions"]!.AsArray();
        var laptopSession = sessions.Single(session => session!["kind"]!.GetValue<string>() == "COOKIE")!;
        var phoneSession = sessions.Single(session => session!["kind"]!.GetValue<string>() == "BEARER")!;

        var (_, endedLaptop) = await phone.GraphQLAsync(
            "mutation ($id: ID!) { endSession(id: $id) { succeeded errors { code } } }", new { id = laptopSession["id"]!.GetValue<string>() }, Bearer(token));
        var laptopAfter = (await laptop.ViewerAsync())["role"]!.GetValue<string>();
        var phoneBetween = (await phone.ViewerAsync(Bearer(token)))["role"]!.GetValue<string>();
        var (_, endedPhone) = await phone.GraphQLAsync(
            "mutation ($id: ID!) { endSession(id: $id) { succeeded errors { code } } }", new { id = phoneSession["id"]!.GetValue<string>() }, Bearer(token));
        using var phoneAfter = await phone.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/test/viewer") { Headers = { { "Authorization", "Bearer " + token } } });

        Assert.Equal((false, true), (laptopSession["isCurrent"]!.GetValue<bool>(), phoneSession["isCurrent"]!.GetValue<bool>()));
        Assert.Equal("""{"succeeded":true,"errors":[]}""", endedLaptop!["data"]!["endSession"]!.ToJsonString());
        Assert.Equal(("Anonymous", "Customer"), (laptopAfter, phoneBetween));
        Assert.Equal("""{"succeeded":true,"errors":[]}""", endedPhone!["data"]!["endSession"]!.ToJsonString());
        Assert.Equal(HttpStatusCode.Unauthorized, phoneAfter.StatusCode);
        Assert.Equal(0, await WithDatabaseAsync(host, db => db.Set<AccountSession>().CountAsync(row => row.EndedAt == null)));
    }

    private static async Task<string> SignInWithCookieAsync(HttpClient browser)
    {
        var (_, json) = await browser.GraphQLAsync(AuthHostClient.SignIn, new { login = "100200", password = AuthHost.CustomerPassword, bearer = false });
        return json!["data"]!["signIn"]!["session"]!["csrfToken"]!.GetValue<string>();
    }

    private static async Task<string> BearerTokenAsync(HttpClient api)
    {
        var (_, json) = await api.GraphQLAsync(AuthHostClient.SignIn, new { login = "100200", password = AuthHost.CustomerPassword, bearer = true });
        return json!["data"]!["signIn"]!["session"]!["accessToken"]!.GetValue<string>();
    }

    private static Action<HttpRequestMessage> Bearer(string token) => request => request.Headers.Add("Authorization", "Bearer " + token);

    private static async Task<T> WithDatabaseAsync<T>(AuthHost host, Func<IBokDbContext, Task<T>> work)
    {
        await using var scope = host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ViewerAccessor>().Viewer = Viewer.System;
        return await work(scope.ServiceProvider.GetRequiredService<IBokDbContext>());
    }
}
