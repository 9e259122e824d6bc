using System.Globalization;
using System.Net;
using IBok.GraphQL.Persistence.Mapping;
using IBok.GraphQL.Persistence.Model.Billing;
using IBok.GraphQL.Persistence.Model.Settlements;
using IBok.Web.Portal;
using Microsoft.EntityFrameworkCore;

namespace IBok.Web.Tests.Portal.Billing;

public sealed class InvoicePagesTests(PortalHost host) : IClassFixture<PortalHost>
{
    [Fact]
    public async Task List_NoFilter_ShowsTenNewestAndPagesTheRest()
    {
        var invoices = await InvoicesAsync(PortalHost.Logins.Household.CustomerNumber);
        using var browser = await host.SignInAsCustomerAsync();

        var first = await PortalHost.GetPageAsync(browser, "/invoices");
        var pages = (invoices.Count + 9) / 10;
        var last = await PortalHost.GetPageAsync(browser, $"/invoices?pageNumber={pages}");

        Assert.True(invoices.Count > 10);
        Assert.Equal($"Znalezione faktury: {invoices.Count}", first.QuerySelector("#invoice-count").Text());
        Assert.Equal($"Faktury, strona 1 z {pages}", first.QuerySelector("table.invoices caption").Text());
        Assert.Equal(invoices.Take(10).Select(row => row.Number), first.QuerySelectorAll("table.invoices tbody th a").Select(link => link.Text()));
        Assert.Equal(invoices.Skip((pages - 1) * 10).Select(row => row.Number), last.QuerySelectorAll("table.invoices tbody th a").Select(link => link.Text()));
        Assert.Equal($"/invoices?pageNumber=2", first.QuerySelector(".pagination a[rel=next]")?.GetAttribute("href"));
        Assert.Equal("page", last.QuerySelector($".pagination a[href='/invoices?pageNumber={pages}']")?.GetAttribute("aria-current"));
    }

    [Theory]
    [InlineData("unpaid")]
    [InlineData("paid")]
    public async Task List_ByPaidState_ShowsExactlyThoseInvoices(string status)
    {
        var invoices = await InvoicesAsync(PortalHost.Logins.Household.CustomerNumber);
        var ledger = await LedgerAsync(PortalHost.Logins.Household.CustomerNumber);
        var expected = invoices.Where(row => IsUnpaid(ledger, row) == (status == "unpaid")).Take(10).Select(row => row.Number).ToList();
        using var browser = await host.SignInAsCustomerAsync();

        var page = await PortalHost.GetPageAsync(browser, $"/invoices?status={status}");

        Assert.Equal(expected, page.QuerySelectorAll("table.invoices tbody th a").Select(link => link.Text()));
        Assert.Equal(
            expected.Count == 0 ? "Brak faktur spełniających warunki." : $"Znalezione faktury: {invoices.Count(row => IsUnpaid(ledger, row) == (status == "unpaid"))}",
            page.QuerySelector("#invoice-count").Text());
        Assert.All(page.QuerySelectorAll("table.invoices tbody tr td:last-child"), cell => Assert.Equal(status == "unpaid" ? "nieopłacona" : "opłacona", cell.Text()));
        Assert.Equal("selected", page.QuerySelector($"#status option[value={status}]")?.GetAttribute("selected"));
    }

    [Fact]
    public async Task List_ByIssuePeriod_ShowsTheInvoicesIssuedInIt()
    {
        var invoices = await InvoicesAsync(PortalHost.Logins.Household.CustomerNumber);
        var from = new DateOnly(2026, 1, 1);
        var to = new DateOnly(2026, 6, 30);
        var expected = invoices.Where(row => row.IssueDate >= from && row.IssueDate <= to).Select(row => row.Number).ToList();
        using var browser = await host.SignInAsCustomerAsync();

        var page = await PortalHost.GetPageAsync(browser, "/invoices?from=2026-01-01&to=2026-06-30");

        Assert.NotEmpty(expected);
        Assert.Equal(expected, page.QuerySelectorAll("table.invoices tbody th a").Select(link => link.Text()));
        Assert.Equal($"Znalezione faktury: {expected.Count}", page.QuerySelector("#invoice-count").Text());
    }

    [Fact]
    public async Task List_FromAfterTo_ShowsASpecificError()
    {
        using var browser = await host.SignInAsCustomerAsync();

        var page = await PortalHost.GetPageAsync(browser, "/invoices?from=2026-06-30&to=2026-01-01");

        Assert.Equal("Data „od” nie może być późniejsza niż data „do”.", page.QuerySelector("#from-error").Text());
        Assert.Null(page.QuerySelector("table.invoices"));
    }

    [Fact]
    public async Task Detail_ShowsDatesLinesVatSummaryTotalsAndStatus()
    {
        var invoice = (await InvoicesAsync(PortalHost.Logins.Household.CustomerNumber))[0];
        var lines = await host.WithDatabaseAsync(db => db.Set<InvoiceLineRow>().Where(row => row.InvoiceId == invoice.Id).ToListAsync());
        var vat = await host.WithDatabaseAsync(db => db.Set<InvoiceVatSummaryRow>().Where(row => row.InvoiceId == invoice.Id).ToListAsync());
        var ledger = await LedgerAsync(PortalHost.Logins.Household.CustomerNumber);
        var status = ledger.StatusOf(invoice.Number, PortalHost.Today);
        using var browser = await host.SignInAsCustomerAsync();

        var page = await PortalHost.GetPageAsync(browser, $"/invoices/{invoice.Id}");

        Assert.Equal($"Faktura {invoice.Number}", page.QuerySelector("h1").Text());
        Assert.Equal(Date(invoice.IssueDate), page.QuerySelector("#invoice-issue-date").Text());
        Assert.Equal(Date(invoice.SaleDate), page.QuerySelector("#invoice-sale-date").Text());
        Assert.Equal(Date(invoice.DueDate), page.QuerySelector("#invoice-due-date").Text());
        Assert.Equal(lines.Count, page.QuerySelectorAll("table.invoice-lines tbody tr").Length);
        var vatRows = page.QuerySelectorAll("table.invoice-vat tbody tr").ToList();
        Assert.Equal(vat.Count, vatRows.Count);
        var highest = vat.OrderByDescending(row => row.VatPercent).First();
        Assert.Equal($"{highest.VatPercent:0}%", vatRows[0].QuerySelector("th").Text());
        Assert.Equal(Money(highest.NetGrosz), vatRows[0].QuerySelectorAll("td")[0].Text());
        Assert.Equal(Money(highest.VatGrosz), vatRows[0].QuerySelectorAll("td")[1].Text());
        Assert.Equal(Money(highest.GrossGrosz), vatRows[0].QuerySelectorAll("td")[2].Text());
        Assert.Equal(Money(invoice.NetGrosz), page.QuerySelector("#invoice-net").Text());
        Assert.Equal(Money(invoice.VatGrosz), page.QuerySelector("#invoice-vat").Text());
        Assert.Equal(Money(invoice.GrossGrosz), page.QuerySelector("#invoice-gross").Text());
        Assert.Equal(PortalFormat.Polish.Money(status.Outstanding), page.QuerySelector("#invoice-outstanding").Text());
        Assert.Equal($"/files/invoices/{invoice.Id}.pdf", page.QuerySelector("a[type='application/pdf']")?.GetAttribute("href"));
        Assert.Equal($"/invoices/{invoice.Id}/print", page.QuerySelector($"a[href='/invoices/{invoice.Id}/print']")?.GetAttribute("href"));
    }

    [Fact]
    public void Money_IsFormattedThePolishWay()
    {
        Assert.Equal("1\u00A0234,56\u00A0zł", PortalFormat.Polish.Money(IBok.Domain.Money.FromGrosze(123456)));
    }

    [Fact]
    public async Task Print_ShowsTheWholeInvoiceWithPrintStyles()
    {
        var invoice = (await InvoicesAsync(PortalHost.Logins.Household.CustomerNumber))[0];
        using var browser = await host.SignInAsCustomerAsync();

        var page = await PortalHost.GetPageAsync(browser, $"/invoices/{invoice.Id}/print");
        using var css = await browser.GetAsync(new Uri("/css/billing.css", UriKind.Relative));

        Assert.Equal($"Faktura VAT {invoice.Number}", page.QuerySelector("h1").Text());
        Assert.Equal(invoice.BuyerName, page.QuerySelector("section[aria-labelledby=buyer-heading] p")?.ChildNodes[0].TextContent.Trim());
        Assert.Equal(Money(invoice.GrossGrosz), page.QuerySelector("#invoice-gross").Text());
        Assert.NotNull(page.QuerySelector("link[rel=stylesheet][href='/css/billing.css']"));
        Assert.Contains("@media print", await css.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/print")]
    public async Task Detail_AnotherCustomersInvoice_IsNotFound(string suffix)
    {
        var theirs = (await InvoicesAsync(PortalHost.Logins.Business.CustomerNumber))[0];
        using var browser = await host.SignInAsCustomerAsync();

        using var response = await browser.GetAsync(new Uri($"/invoices/{theirs.Id}{suffix}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static string Money(long grosze) => PortalFormat.Polish.Money(IBok.Domain.Money.FromGrosze(grosze));

    private static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    private static bool IsUnpaid(IBok.Domain.Settlements.Ledger ledger, InvoiceRow row) =>
        ledger.Documents.Any(document => document.Number == row.Number)
            ? ledger.StatusOf(row.Number, PortalHost.Today).Outstanding.IsPositive
            : row.GrossGrosz > 0;

    /// <summary>The customer's invoices, newest first (issue date, then number).</summary>
    private async Task<List<InvoiceRow>> InvoicesAsync(string customerNumber)
    {
        var customerId = await BillingData.CustomerIdAsync(host, customerNumber);
        var rows = await host.WithDatabaseAsync(db => db.Set<InvoiceRow>().Where(row => row.CustomerId == customerId).ToListAsync());
        return [.. rows.OrderByDescending(row => row.IssueDate).ThenByDescending(row => row.Number, StringComparer.Ordinal)];
    }

    private async Task<IBok.Domain.Settlements.Ledger> LedgerAsync(string customerNumber)
    {
        var customerId = await BillingData.CustomerIdAsync(host, customerNumber);
        var entries = await host.WithDatabaseAsync(db => db.Set<LedgerEntryRow>().Where(row => row.CustomerId == customerId).OrderBy(row => row.Id).ToListAsync());
        return LedgerMapping.ToLedger(customerNumber, entries);
    }
}
