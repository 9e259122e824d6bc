using IBok.Domain;
using IBok.GraphQL.Application.Demo;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Model.Customers;
using IBok.GraphQL.Persistence.Model.Metering;
using IBok.GraphQL.Persistence.Model.Notices;
using IBok.Web.Portal;
using Microsoft.EntityFrameworkCore;

namespace IBok.Web.Tests.Portal.Core;

/// <summary>Dashboard, premises and meters of the demo household (100001), checked against the generator and the database.</summary>
public sealed class CustomerPagesTests(PortalHost host) : IClassFixture<PortalHost>
{
    private static readonly PortalFormat Pl = PortalFormat.Polish;

    [Fact]
    public async Task Dashboard_Household_ShowsTheLedgersBalanceAndNextPayment()
    {
        var ledger = DemoUtilityGenerator.Generate(new DemoOptions { Today = PortalHost.Today, CustomerCount = PortalHost.CustomerCount }).Customers.First().Ledger;
        var open = ledger.Documents.Select(document => ledger.StatusOf(document.Number, PortalHost.Today)).Where(status => status.Outstanding.IsPositive).ToList();
        var toPay = Money.Sum(open.Select(status => status.Outstanding));
        var next = open.OrderBy(status => status.Document.DueDate).ThenBy(status => status.Document.IssueDate).ThenBy(status => status.Document.Number, StringComparer.Ordinal).FirstOrDefault();
        using var browser = await host.SignInAsCustomerAsync();

        var page = await PortalHost.GetPageAsync(browser, "/");

        Assert.Equal(toPay.IsPositive ? Pl.Money(toPay) : "Nic do zapłaty.", page.QuerySelector("#to-pay")?.TextContent.Trim());
        var overpaid = ledger.OpenCreditOn(PortalHost.Today);
        Assert.Equal(overpaid.IsPositive ? Pl.Money(overpaid) : null, page.QuerySelector("#overpaid")?.TextContent.Trim());
        Assert.Equal(
            next is null ? "Brak zaległych i nadchodzących płatności." : $"{Pl.Money(next.Outstanding)} do {Pl.Date(next.Document.DueDate)}",
            page.QuerySelector("#next-payment")?.TextContent.Trim());
    }

    [Fact]
    public async Task Dashboard_Household_ListsTheLatestReadingsUnreadNoticesAndOpenCasesOfItsOwn()
    {
        var customerId = await CustomerIdAsync(PortalHost.Logins.Household.CustomerNumber);
        var expectedReadings = await host.WithDatabaseAsync(db => db.Set<MeterReadingRow>()
            .Where(reading => reading.CustomerId == customerId && reading.Status != ReadingStatus.Rejected)
            .Join(db.Set<MeterRow>(), reading => reading.MeterId, meter => meter.Id, (reading, meter) => new { reading.Id, reading.ReadingDate, meter.SerialNumber })
            .OrderByDescending(row => row.ReadingDate).ThenByDescending(row => row.Id).Take(5)
            .ToListAsync());
        var unread = await host.WithDatabaseAsync(db => db.Set<NoticeDeliveryRow>().CountAsync(delivery => delivery.CustomerId == customerId && delivery.ReadAt == null));
        using var browser = await host.SignInAsCustomerAsync();

        var page = await PortalHost.GetPageAsync(browser, "/");

        Assert.Equal(
            expectedReadings.Select(row => (Pl.Date(row.ReadingDate), row.SerialNumber)),
            page.QuerySelectorAll("#latest-readings tbody tr").Select(row => (row.Children[0].TextContent.Trim(), row.Children[1].TextContent.Trim())));
        Assert.Equal(unread.ToString(System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector("#unread-count")?.TextContent);
        Assert.Equal(Math.Min(unread, IBok.Web.Pages.IndexModel.ListLength), page.QuerySelectorAll("#unread-notices li").Length);
    }

    [Fact]
    public async Task Premises_Household_ShowsItsContractsAndNoOneElses()
    {
        var household = await CustomerIdAsync(PortalHost.Logins.Household.CustomerNumber);
        var contracts = await host.WithDatabaseAsync(db => db.Set<ContractRow>().Select(contract => new { contract.CustomerId, contract.Number }).ToListAsync());
        using var browser = await host.SignInAsCustomerAsync();

        var page = await PortalHost.GetPageAsync(browser, "/premises");

        var shown = page.QuerySelectorAll("table tbody th[scope=row]").Select(cell => cell.TextContent.Trim()).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(contracts.Where(contract => contract.CustomerId == household).Select(contract => contract.Number).Order(StringComparer.Ordinal), shown);
        Assert.NotEmpty(shown);
        Assert.Equal("Punkty i umowy", page.QuerySelector("h1")?.TextContent);
        Assert.Equal("page", page.QuerySelector("nav a[href='/premises']")?.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task Meters_Household_WarnsAboutLegalizationsEndingWithin90Days()
    {
        var household = await CustomerIdAsync(PortalHost.Logins.Household.CustomerNumber);
        var meters = await host.WithDatabaseAsync(db => db.Set<MeterRow>().Where(meter => meter.CustomerId == household && meter.RemovedOn == null).ToListAsync());
        using var browser = await host.SignInAsCustomerAsync();

        var page = await PortalHost.GetPageAsync(browser, "/meters");

        var expected = meters
            .Select(meter => (meter.SerialNumber, Pl.Date(meter.LegalizationValidUntil), Badge(meter.LegalizationValidUntil)))
            .OrderBy(row => row.SerialNumber, StringComparer.Ordinal)
            .ToList();
        var shown = page.QuerySelectorAll("#meters tbody tr")
            .Select(row => (row.QuerySelector("th")!.TextContent.Trim(), row.QuerySelector("td:nth-of-type(3) time")!.TextContent, row.QuerySelector(".badge-warning")?.TextContent))
            .OrderBy(row => row.Item1, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(expected, shown);
        Assert.Contains(expected, row => row.Item3 == "kończy się za 40 dni");
        Assert.NotNull(page.QuerySelector("#legalization-warning"));
    }

    [Fact]
    public async Task Meters_InEnglish_UseEnglishLabelsAndDates()
    {
        using var browser = await host.SignInAsCustomerAsync();
        using var switched = await PortalHost.PostFormAsync(browser, "/language", new Dictionary<string, string> { ["lang"] = "en", ["returnUrl"] = "/meters" }, formPageUrl: "/meters");

        var page = await PortalHost.GetPageAsync(browser, "/meters");

        Assert.Equal("Meters", page.QuerySelector("h1")?.TextContent);
        Assert.Contains(page.QuerySelectorAll(".badge-warning"), badge => badge.TextContent == "ends in 40 days");
        Assert.Contains(page.QuerySelectorAll("#meters time"), time => time.TextContent == "31 Dec 2026");
    }

    [Fact]
    public async Task Dashboard_HtmlAndStylesheet_WeighUnder100Kilobytes()
    {
        using var browser = await host.SignInAsCustomerAsync();

        var html = await browser.GetByteArrayAsync(new Uri("/", UriKind.Relative));
        var css = await browser.GetByteArrayAsync(new Uri("/css/portal.css", UriKind.Relative));

        Assert.InRange(html.Length + css.Length, 1, 100 * 1024);
    }

    private static string? Badge(DateOnly validUntil)
    {
        var days = validUntil.DayNumber - PortalHost.Today.DayNumber;
        return days < 0 ? "legalizacja wygasła" : days <= 90 ? $"kończy się za {days} dni" : null;
    }

    private Task<long> CustomerIdAsync(string number) =>
        host.WithDatabaseAsync(db => db.Set<CustomerRow>().Where(customer => customer.Number == number).Select(customer => customer.Id).SingleAsync());
}
