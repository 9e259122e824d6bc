using System.Net;
using IBok.Domain.Customers;
using IBok.GraphQL.Application.Delivery;
using IBok.GraphQL.Persistence.Model.Customers;
using Microsoft.EntityFrameworkCore;

namespace IBok.Web.Tests.Portal.Service;

public sealed class UnsubscribeTests(PortalHost host) : IClassFixture<PortalHost>
{
    [Fact]
    public async Task Get_Anonymous_RedirectsToSignInWithTheLinkAsReturnUrl()
    {
        using var browser = host.CreateBrowser();

        using var response = await browser.GetAsync(new Uri(LinkPath(NotificationKind.PaymentReminder, NotificationChannel.Sms), UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/sign-in?returnUrl=%2Fzgody%2Fwypisz%3Frodzaj%3Dpayment-reminder%26kanal%3Dsms", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Get_LinkFromNoticeTemplates_LeadsAfterSignInToThePage()
    {
        await SetConsentsAsync(PortalHost.Logins.Business, "Email:Outage", "Sms:Outage");
        using var browser = host.CreateBrowser();
        using var challenged = await browser.GetAsync(new Uri(LinkPath(NotificationKind.Outage, NotificationChannel.Sms), UriKind.Relative));
        var signIn = challenged.Headers.Location!.OriginalString;

        using var signedIn = await PortalHost.PostFormAsync(
            browser, signIn, new Dictionary<string, string> { ["Login"] = PortalHost.Logins.Business.CustomerNumber, ["Password"] = PortalHost.Logins.Business.Password });

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/zgody/wypisz?rodzaj=outage&kanal=sms", signedIn.Headers.Location?.OriginalString);
        var page = await PortalHost.GetPageAsync(browser, signedIn.Headers.Location!.OriginalString);
        Assert.Equal("Wypisanie z powiadomień", page.QuerySelector("h1")?.TextContent);
        Assert.Equal("Awarie i wyłączenia", page.QuerySelector("#unsubscribe-kind")?.TextContent);
        Assert.Equal("SMS", page.QuerySelector("#unsubscribe-channel")?.TextContent);
        Assert.Equal("Wypisz mnie", page.QuerySelector("#unsubscribe-form button[type=submit]")?.TextContent);
    }

    [Fact]
    public async Task Get_InEnglish_NamesTheKindAndChannelInEnglish()
    {
        using var browser = await host.SignInAsCustomerAsync(PortalHost.Logins.Business);
        using var switched = await PortalHost.PostFormAsync(browser, "/language", new Dictionary<string, string> { ["lang"] = "en", ["returnUrl"] = "/" }, formPageUrl: "/");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);

        var page = await PortalHost.GetPageAsync(browser, LinkPath(NotificationKind.LegalizationExpiring, NotificationChannel.Sms));

        Assert.Equal("Unsubscribe from notifications", page.QuerySelector("h1")?.TextContent);
        Assert.Equal("Meter legalization expiring", page.QuerySelector("#unsubscribe-kind")?.TextContent);
        Assert.Equal("Text message (SMS)", page.QuerySelector("#unsubscribe-channel")?.TextContent);
    }

    [Fact]
    public async Task Post_GrantedConsent_WithdrawsOnlyThatKindAndChannel()
    {
        var login = PortalHost.Logins.Household;
        var customerId = await ServicePages.CustomerIdAsync(host, login.CustomerNumber);
        await SetConsentsAsync(login, "Email:InvoiceIssued", "Email:PaymentReminder", "Sms:InvoiceIssued");
        Assert.Equal(["Email:InvoiceIssued", "Email:PaymentReminder", "Sms:InvoiceIssued"], await GrantedAsync(customerId));
        var changesBefore = await ChangeCountAsync(customerId);
        using var browser = await host.SignInAsCustomerAsync(login);
        var link = LinkPath(NotificationKind.InvoiceIssued, NotificationChannel.Email);
        var before = await PortalHost.GetPageAsync(browser, link);
        Assert.Equal("Wystawienie faktury", before.QuerySelector("#unsubscribe-kind")?.TextContent);
        Assert.Equal("E-mail", before.QuerySelector("#unsubscribe-channel")?.TextContent);

        using var response = await PortalHost.PostFormAsync(browser, link, new Dictionary<string, string> { ["rodzaj"] = "invoice-issued", ["kanal"] = "email" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/zgody/wypisz?rodzaj=invoice-issued&kanal=email&wypisano=tak", response.Headers.Location?.OriginalString);
        Assert.Equal(["Email:PaymentReminder", "Sms:InvoiceIssued"], await GrantedAsync(customerId));
        Assert.Equal(changesBefore + 1, await ChangeCountAsync(customerId));
        var recorded = await host.WithDatabaseAsync(db => db.Set<ConsentChangeRow>()
            .Where(row => row.CustomerId == customerId && row.Topic == ConsentTopic.Notification)
            .OrderByDescending(row => row.Id).FirstAsync());
        Assert.Equal(
            (NotificationChannel.Email, NotificationKind.InvoiceIssued, false, ConsentSource.UnsubscribeLink, PortalHost.Today),
            (recorded.Channel!.Value, recorded.Kind!.Value, recorded.Granted, recorded.Source, DateOnly.FromDateTime(recorded.ChangedAt)));
        var after = await PortalHost.GetPageAsync(browser, response.Headers.Location!.OriginalString);
        Assert.Equal("Wypisano Cię z tych powiadomień. Zgoda została wycofana.", after.QuerySelector("#unsubscribe-result")?.TextContent);
        Assert.Null(after.QuerySelector("#unsubscribe-form"));
    }

    [Fact]
    public async Task History_AfterUnsubscribeLink_ShowsTheLinkAsTheSourceApartFromTheSettings()
    {
        var login = PortalHost.Logins.Business;
        var customerId = await ServicePages.CustomerIdAsync(host, login.CustomerNumber);
        await SetConsentsAsync(login);
        await SetConsentsAsync(login, "Email:Outage");
        using var browser = await host.SignInAsCustomerAsync(login);
        var link = LinkPath(NotificationKind.Outage, NotificationChannel.Email);
        using var response = await PortalHost.PostFormAsync(browser, link, new Dictionary<string, string> { ["rodzaj"] = "outage", ["kanal"] = "email" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var page = await PortalHost.GetPageAsync(browser, "/zgody/historia");

        var recorded = await host.WithDatabaseAsync(db => db.Set<ConsentChangeRow>()
            .Where(row => row.CustomerId == customerId).OrderByDescending(row => row.ChangedAt).ThenByDescending(row => row.Id).ToListAsync());
        Assert.Equal((ConsentSource.UnsubscribeLink, false), (recorded[0].Source, recorded[0].Granted));
        Assert.Equal((ConsentSource.Portal, true), (recorded[1].Source, recorded[1].Granted));
        var rows = page.QuerySelectorAll("#consent-history tbody tr")
            .Select(row => row.QuerySelectorAll("td").Select(cell => cell.TextContent).ToArray()).ToList();
        Assert.Equal(recorded.Count, rows.Count);
        Assert.Equal(
            [IBok.Web.Portal.PortalFormat.Polish.DateTime(recorded[0].ChangedAt), "Awarie i wyłączenia", "E-mail", "wycofana", "Link „wypisz się” w e-mailu"],
            rows[0]);
        Assert.Equal(
            [IBok.Web.Portal.PortalFormat.Polish.DateTime(recorded[1].ChangedAt), "Awarie i wyłączenia", "E-mail", "udzielona", "W iBOK (ustawienia)"],
            rows[1]);
        Assert.Equal("/zgody/historia", (await PortalHost.GetPageAsync(browser, response.Headers.Location!.OriginalString)).QuerySelector("#unsubscribe-history")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Post_AlreadyWithdrawn_SaysSoAndRecordsNothing()
    {
        var login = PortalHost.Logins.Business;
        var customerId = await ServicePages.CustomerIdAsync(host, login.CustomerNumber);
        await SetConsentsAsync(login, "Email:PaymentDemand");
        var changesBefore = await ChangeCountAsync(customerId);
        using var browser = await host.SignInAsCustomerAsync(login);
        var link = LinkPath(NotificationKind.PaymentDemand, NotificationChannel.Sms);

        var page = await PortalHost.GetPageAsync(browser, link);
        using var response = await PortalHost.PostFormAsync(browser, link, []);

        Assert.Equal(
            "Zgoda na te powiadomienia tym kanałem jest już wycofana. Nic nie zostało zmienione.",
            page.QuerySelector("#unsubscribe-result")?.TextContent);
        Assert.Null(page.QuerySelector("#unsubscribe-form"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/zgody/wypisz?rodzaj=payment-demand&kanal=sms", response.Headers.Location?.OriginalString);
        Assert.Equal(changesBefore, await ChangeCountAsync(customerId));
        Assert.Equal(["Email:PaymentDemand"], await GrantedAsync(customerId));
    }

    [Theory]
    [InlineData("rodzaj=water-bill&kanal=email", "Nieznany rodzaj powiadomień w linku: „water-bill”.")]
    [InlineData("rodzaj=Invoice-Issued&kanal=email", "Nieznany rodzaj powiadomień w linku: „Invoice-Issued”.")]
    [InlineData("rodzaj=invoice-issued&kanal=fax", "Nieznany kanał w linku: „fax” (dozwolone: email, sms).")]
    [InlineData("kanal=email", "Link nie podaje rodzaju powiadomień.")]
    [InlineData("rodzaj=outages&kanal=pigeon", "Nieznany rodzaj powiadomień w linku: „outages”.|Nieznany kanał w linku: „pigeon” (dozwolone: email, sms).")]
    public async Task UnknownSlug_Is400AndChangesNothing(string query, string messages)
    {
        var login = PortalHost.Logins.Household;
        var customerId = await ServicePages.CustomerIdAsync(host, login.CustomerNumber);
        using var browser = await host.SignInAsCustomerAsync(login);
        var grantedBefore = await GrantedAsync(customerId);
        var changesBefore = await ChangeCountAsync(customerId);
        var url = "/zgody/wypisz?" + query;

        using var get = await browser.GetAsync(new Uri(url, UriKind.Relative));
        using var post = await PortalHost.PostFormAsync(browser, url, [], formPageUrl: "/settings");

        Assert.Equal(HttpStatusCode.BadRequest, get.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        foreach (var response in new[] { get, post })
        {
            var page = await PortalHost.ParseAsync(response);
            Assert.Equal("Link jest nieprawidłowy", page.QuerySelector(".error-summary h2")?.TextContent);
            Assert.Equal(messages.Split('|'), ServicePages.ErrorSummary(page));
            Assert.Null(page.QuerySelector("#unsubscribe-form"));
        }

        Assert.Equal(grantedBefore, await GrantedAsync(customerId));
        Assert.Equal(changesBefore, await ChangeCountAsync(customerId));
    }

    [Fact]
    public void TryParseSlugs_EveryKindAndChannel_RoundTrips()
    {
        var kinds = Enum.GetValues<NotificationKind>()
            .Select(kind => NoticeTemplates.TryParseKindSlug(NoticeTemplates.KindSlug(kind), out var parsed) ? parsed : (NotificationKind?)null);
        var channels = Enum.GetValues<NotificationChannel>()
            .Select(channel => NoticeTemplates.TryParseChannelSlug(NoticeTemplates.ChannelSlug(channel), out var parsed) ? parsed : (NotificationChannel?)null);

        Assert.Equal(Enum.GetValues<NotificationKind>().Cast<NotificationKind?>(), kinds);
        Assert.Equal(Enum.GetValues<NotificationChannel>().Cast<NotificationChannel?>(), channels);
        Assert.False(NoticeTemplates.TryParseKindSlug("InvoiceIssued", out _));
        Assert.False(NoticeTemplates.TryParseChannelSlug("EMAIL", out _));
        Assert.False(NoticeTemplates.TryParseKindSlug(null, out _));
    }

    private static string LinkPath(NotificationKind kind, NotificationChannel channel)
    {
        var link = new Uri(NoticeTemplates.UnsubscribeUrl("https://ibok.example.pl/", kind, channel));
        Assert.Equal("ibok.example.pl", link.Host);
        return link.PathAndQuery;
    }

    private async Task SetConsentsAsync(IBok.GraphQL.Application.Demo.DemoCustomerLogin login, params string[] granted)
    {
        using var browser = await host.SignInAsCustomerAsync(login);
        using var response = await PortalHost.PostFormAsync(
            browser, "/settings?handler=Consents", [.. granted.Select(value => new KeyValuePair<string, string>("Consent", value))], "/settings");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private Task<List<string>> GrantedAsync(long customerId) => host.WithDatabaseAsync(async db =>
        (await db.Set<ConsentRow>().Where(row => row.CustomerId == customerId && row.Topic == ConsentTopic.Notification && row.Granted)
            .Select(row => new { row.Channel, row.Kind }).ToListAsync())
        .Select(row => row.Channel + ":" + row.Kind).Order(StringComparer.Ordinal).ToList());

    private Task<int> ChangeCountAsync(long customerId) =>
        host.WithDatabaseAsync(db => db.Set<ConsentChangeRow>().CountAsync(row => row.CustomerId == customerId));
}
