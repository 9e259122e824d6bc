using System.Net;
using IBok.GraphQL.Persistence.Model.Notices;
using Microsoft.EntityFrameworkCore;

namespace IBok.Web.Tests.Portal.Service;

public sealed class NoticesPageTests(PortalHost host) : IClassFixture<PortalHost>
{
    // Later than any demo notice, so the test's notice is the newest in the inbox.
    private static readonly DateTime Delivered = new(2026, 11, 21, 8, 30, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Get_NewNotice_IsFirstAndUnreadWithItsTexts()
    {
        var customerId = await ServicePages.CustomerIdAsync(host, PortalHost.Logins.Household.CustomerNumber);
        var deliveryId = await ServicePages.DeliverNoticeAsync(host, customerId, "Zmiana godzin pracy BOK", "W piątek BOK czynne do 13:00.", Delivered);
        using var browser = await host.SignInAsCustomerAsync();

        var page = await PortalHost.GetPageAsync(browser, "/notices");

        Assert.Equal("Komunikaty", page.QuerySelector("h1")?.TextContent);
        var first = page.QuerySelector("#notice-list > li");
        Assert.Equal($"notice-{deliveryId}", first?.Id);
        Assert.Equal("Zmiana godzin pracy BOK", first?.QuerySelector("h2")?.TextContent);
        Assert.Equal("W piątek BOK czynne do 13:00.", first?.QuerySelector(".notice-body")?.TextContent);
        Assert.Equal("Nieprzeczytany", first?.QuerySelector(".notice-state")?.TextContent);
        Assert.Equal("Komunikat", first?.QuerySelector(".notice-kind")?.TextContent);
        Assert.Equal("21.11.2026 09:30", first?.QuerySelector("time")?.TextContent);
        Assert.Equal("polite", page.QuerySelector("#notice-live")?.GetAttribute("aria-live"));
        Assert.Equal("/js/notices.js", page.QuerySelector("script[src]")?.GetAttribute("src"));
        Assert.Empty(page.QuerySelectorAll("script:not([src]), [style]"));
    }

    [Fact]
    public async Task MarkRead_OwnNotice_StoresReadTimeAndShowsRead()
    {
        var customerId = await ServicePages.CustomerIdAsync(host, PortalHost.Logins.Household.CustomerNumber);
        var deliveryId = await ServicePages.DeliverNoticeAsync(host, customerId, "Do przeczytania", "Treść.", Delivered);
        using var browser = await host.SignInAsCustomerAsync();

        using var response = await PortalHost.PostFormAsync(
            browser, "/notices?handler=MarkRead", new Dictionary<string, string> { ["id"] = deliveryId.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "/notices");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/notices?done=read#notice-{deliveryId}", response.Headers.Location?.OriginalString);
        Assert.NotNull(await host.WithDatabaseAsync(db => db.Set<NoticeDeliveryRow>().Where(row => row.Id == deliveryId).Select(row => row.ReadAt).SingleAsync()));
        var page = await PortalHost.GetPageAsync(browser, "/notices?done=read");
        Assert.Equal("Komunikat oznaczono jako przeczytany.", page.QuerySelector("[role=status]")?.TextContent);
        Assert.Equal("Przeczytany", page.QuerySelector($"#notice-{deliveryId} .notice-state")?.TextContent);
        Assert.Null(page.QuerySelector($"#notice-{deliveryId} form"));
    }

    [Fact]
    public async Task MarkRead_AnotherCustomersNotice_IsNotFoundAndStaysUnread()
    {
        var businessId = await ServicePages.CustomerIdAsync(host, PortalHost.Logins.Business.CustomerNumber);
        var deliveryId = await ServicePages.DeliverNoticeAsync(host, businessId, "Tylko dla firmy", "Treść.", Delivered);
        using var browser = await host.SignInAsCustomerAsync();

        using var response = await PortalHost.PostFormAsync(
            browser, "/notices?handler=MarkRead", new Dictionary<string, string> { ["id"] = deliveryId.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "/notices");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(await host.WithDatabaseAsync(db => db.Set<NoticeDeliveryRow>().Where(row => row.Id == deliveryId).Select(row => row.ReadAt).SingleAsync()));
        var page = await PortalHost.GetPageAsync(browser, "/notices");
        Assert.Null(page.QuerySelector($"#notice-{deliveryId}"));
    }

    [Fact]
    public async Task MarkAllRead_LeavesNoUnreadNotice()
    {
        var customerId = await ServicePages.CustomerIdAsync(host, PortalHost.Logins.Business.CustomerNumber);
        await ServicePages.DeliverNoticeAsync(host, customerId, "Pierwszy", "Treść.", Delivered);
        await ServicePages.DeliverNoticeAsync(host, customerId, "Drugi", "Treść.", Delivered.AddMinutes(1));
        using var browser = await host.SignInAsCustomerAsync(PortalHost.Logins.Business);

        using var response = await PortalHost.PostFormAsync(browser, "/notices?handler=MarkAllRead", [], "/notices");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/notices?done=all-read", response.Headers.Location?.OriginalString);
        Assert.Equal(0, await host.WithDatabaseAsync(db => db.Set<NoticeDeliveryRow>().CountAsync(row => row.CustomerId == customerId && row.ReadAt == null)));
        var page = await PortalHost.GetPageAsync(browser, "/notices?done=all-read");
        Assert.Equal("0", page.QuerySelector("#notice-unread-count")?.TextContent);
        Assert.Equal("Wszystkie komunikaty oznaczono jako przeczytane.", page.QuerySelector("[role=status]")?.TextContent);
    }

    [Fact]
    public async Task Get_English_ShowsEnglishTexts()
    {
        using var browser = await host.SignInAsCustomerAsync();
        using var switched = await PortalHost.PostFormAsync(browser, "/language", new Dictionary<string, string> { ["lang"] = "en", ["returnUrl"] = "/notices" }, "/notices");

        var page = await PortalHost.GetPageAsync(browser, "/notices");

        Assert.Equal("Notices", page.QuerySelector("h1")?.TextContent);
        Assert.Equal("New notice:", page.QuerySelector("#notice-live")?.GetAttribute("data-text-new"));
    }
}
