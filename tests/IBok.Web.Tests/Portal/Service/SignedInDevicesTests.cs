using System.Net;
using System.Net.WebSockets;
using System.Text;
using IBok.GraphQL.Persistence.Accounts;
using IBok.GraphQL.Persistence.Model.Customers;
using IBok.Web.Auth;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;

namespace IBok.Web.Tests.Portal.Service;

/// <summary>
/// The "signed-in devices" section of /settings, sign-out of one browser, and the live socket of an ended session.
/// Its own host; every test first ends the household's sessions everywhere, so it sees only the browsers it opens.
/// </summary>
public sealed class SignedInDevicesTests(PortalHost host) : IClassFixture<PortalHost>
{
    private const string FirefoxOnLinux = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0";
    private const string ChromeOnAndroid = "Mozilla/5.0 (Linux; Android 15; Pixel 9) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Mobile Safari/537.36";

    [Fact]
    public async Task Settings_TwoBrowsers_ListsBothMarksThisOneAndEndsTheOther()
    {
        await SignOutEverywhereAsync();
        using var laptop = await SignInAsync(FirefoxOnLinux);
        using var phone = await SignInAsync(ChromeOnAndroid);

        var page = await PortalHost.GetPageAsync(laptop, "/settings");
        var rows = page.QuerySelectorAll("#session-table tbody tr");
        Assert.Equal(
            [("Chrome, Android", "Przeglądarka", "Zakończ sesję: Chrome, Android, zalogowano "), ("Firefox, Linux (to urządzenie)", "Przeglądarka", "Wyloguj to urządzenie")],
            rows.Select(row => (Squash(row.QuerySelector("th")!.TextContent), row.QuerySelectorAll("td")[0].TextContent, TrimDate(Squash(row.QuerySelector("button")!.TextContent)))));
        var phoneSessionId = rows[0].QuerySelector("input[name=sessionId]")!.GetAttribute("value")!;

        using var ended = await PortalHost.PostFormAsync(laptop, "/settings?handler=EndSession", new Dictionary<string, string> { ["sessionId"] = phoneSessionId }, "/settings");

        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.Equal("/settings?done=session-ended#devices", ended.Headers.Location?.OriginalString);
        Assert.False(await IsSignedInAsync(phone));
        var after = await PortalHost.GetPageAsync(laptop, "/settings?done=session-ended");
        Assert.Equal("Sesja na wybranym urządzeniu została zakończona.", after.QuerySelector("[role=status]")?.TextContent);
        Assert.Equal(["Firefox, Linux (to urządzenie)"], after.QuerySelectorAll("#session-table tbody th").Select(cell => Squash(cell.TextContent)));
    }

    [Fact]
    public async Task SignOutPage_OneOfTwoBrowsers_TheOtherStaysSignedIn()
    {
        await SignOutEverywhereAsync();
        using var laptop = await SignInAsync(FirefoxOnLinux);
        using var phone = await SignInAsync(ChromeOnAndroid);

        using var signedOut = await PortalHost.PostFormAsync(laptop, "/account/sign-out", new Dictionary<string, string>());

        Assert.Equal("/account/sign-in?done=signed-out", signedOut.Headers.Location?.OriginalString);
        Assert.False(await IsSignedInAsync(laptop));
        Assert.True(await IsSignedInAsync(phone));
    }

    [Fact]
    public async Task SignOutEverywhere_TwoBrowsers_SignsBothOut()
    {
        await SignOutEverywhereAsync();
        using var laptop = await SignInAsync(FirefoxOnLinux);
        using var phone = await SignInAsync(ChromeOnAndroid);

        using var response = await PortalHost.PostFormAsync(laptop, "/settings?handler=SignOutEverywhere", new Dictionary<string, string>(), "/settings");

        Assert.Equal("/account/sign-in?done=signed-out-everywhere", response.Headers.Location?.OriginalString);
        var signInPage = await PortalHost.GetPageAsync(laptop, "/account/sign-in?done=signed-out-everywhere");
        Assert.Equal("Wylogowano ze wszystkich urządzeń.", signInPage.QuerySelector("[role=status]")?.TextContent);
        Assert.False(await IsSignedInAsync(laptop));
        Assert.False(await IsSignedInAsync(phone));
    }

    [Fact]
    public async Task EndSession_OfAnotherCustomer_IsNotFoundAndThatSessionKeepsWorking()
    {
        await SignOutEverywhereAsync();
        using var household = await SignInAsync(FirefoxOnLinux);
        using var business = await host.SignInAsCustomerAsync(PortalHost.Logins.Business);
        var businessSessionId = await NewestSessionIdAsync(PortalHost.Logins.Business.CustomerNumber);

        using var response = await PortalHost.PostFormAsync(
            household, "/settings?handler=EndSession", new Dictionary<string, string> { ["sessionId"] = businessSessionId.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "/settings");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Nie ma takiej sesji albo została już zakończona."], ServicePages.ErrorSummary(await PortalHost.ParseAsync(response)));
        Assert.True(await IsSignedInAsync(business));
        Assert.True(await IsSignedInAsync(household));
    }

    [Fact]
    public async Task Settings_InEnglish_NamesTheSectionAndThisDevice()
    {
        await SignOutEverywhereAsync();
        using var laptop = await SignInAsync(FirefoxOnLinux);
        using var english = await PortalHost.PostFormAsync(laptop, "/language", new Dictionary<string, string> { ["lang"] = "en", ["returnUrl"] = "/settings" }, "/settings");

        var page = await PortalHost.GetPageAsync(laptop, "/settings");

        Assert.Equal("Signed-in devices", page.QuerySelector("#devices")?.TextContent);
        Assert.Equal(["Firefox, Linux (this device)"], page.QuerySelectorAll("#session-table tbody th").Select(cell => Squash(cell.TextContent)));
        Assert.Equal("Sign out on every device", Squash(page.QuerySelector("form[action*=SignOutEverywhere] button")!.TextContent));
    }

    [Fact]
    public async Task LiveSocket_OfASessionEndedElsewhere_IsClosed4403AtTheNextSubscribe()
    {
        await SignOutEverywhereAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var cookies = new CookieContainerHandler();
        using var laptop = host.CreateDefaultClient(new Uri("https://localhost"), cookies);
        var login = PortalHost.Logins.Household;
        using (var signedIn = await PortalHost.PostFormAsync(laptop, "/account/sign-in", new Dictionary<string, string> { ["Login"] = login.CustomerNumber, ["Password"] = login.Password }))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        }

        var client = host.Server.CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        client.ConfigureRequest = request => request.Headers.Cookie = cookies.Container.GetCookieHeader(new Uri("https://localhost/"));
        using var socket = await client.ConnectAsync(new Uri("wss://localhost/graphql"), timeout.Token);
        await socket.SendTextAsync("""{"type":"connection_init","payload":{}}""", timeout.Token);
        Assert.Equal("""{"type":"connection_ack"}""", await ReceiveTextAsync(socket, timeout.Token));
        await socket.SendTextAsync("""{"id":"notices","type":"subscribe","payload":{"query":"subscription { noticePublished { title } }"}}""", timeout.Token);

        using var phone = await SignInAsync(ChromeOnAndroid);
        using var everywhere = await PortalHost.PostFormAsync(phone, "/settings?handler=SignOutEverywhere", new Dictionary<string, string>(), "/settings");
        await socket.SendTextAsync("""{"id":"again","type":"subscribe","payload":{"query":"subscription { noticePublished { title } }"}}""", timeout.Token);

        var buffer = new byte[1024];
        var result = await socket.ReceiveAsync(buffer, timeout.Token);
        Assert.Equal(WebSocketMessageType.Close, result.MessageType);
        Assert.Equal((4403, SessionWebSocketAuthenticator.SessionEndedReason), ((int?)result.CloseStatus, result.CloseStatusDescription));
    }

    private async Task<HttpClient> SignInAsync(string userAgent)
    {
        var browser = host.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), HandleCookies = true, AllowAutoRedirect = false });
        browser.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
        var login = PortalHost.Logins.Household;
        using var response = await PortalHost.PostFormAsync(browser, "/account/sign-in", new Dictionary<string, string> { ["Login"] = login.CustomerNumber, ["Password"] = login.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    /// <summary>Ends every session of the household (left by earlier tests of this class).</summary>
    private async Task SignOutEverywhereAsync()
    {
        using var browser = await host.SignInAsCustomerAsync();
        using var response = await PortalHost.PostFormAsync(browser, "/settings?handler=SignOutEverywhere", new Dictionary<string, string>(), "/settings");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static async Task<bool> IsSignedInAsync(HttpClient browser)
    {
        using var response = await browser.GetAsync(new Uri("/", UriKind.Relative));
        return response.StatusCode == HttpStatusCode.OK;
    }

    private Task<long> NewestSessionIdAsync(string customerNumber) =>
        host.WithDatabaseAsync(async db =>
        {
            var customerId = await db.Set<CustomerRow>().IgnoreQueryFilters().Where(row => row.Number == customerNumber).Select(row => row.Id).SingleAsync();
            var accountId = await db.Set<Account>().Where(row => row.CustomerId == customerId).Select(row => row.Id).SingleAsync();
            return await db.Set<AccountSession>().Where(row => row.AccountId == accountId).MaxAsync(row => row.Id);
        });

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The button text without its trailing date and time (the clock runs at real speed).</summary>
    private static string TrimDate(string text) =>
        text.StartsWith("Zakończ sesję", StringComparison.Ordinal) ? text[..(text.LastIndexOf("zalogowano ", StringComparison.Ordinal) + "zalogowano ".Length)] : text;

    private static async Task<string> ReceiveTextAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        var result = await socket.ReceiveAsync(buffer, cancellationToken);
        Assert.Equal(WebSocketMessageType.Text, result.MessageType);
        return Encoding.UTF8.GetString(buffer, 0, result.Count);
    }
}
