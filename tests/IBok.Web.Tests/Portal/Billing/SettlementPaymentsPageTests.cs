using System.Globalization;
using IBok.Domain;
using IBok.Domain.Settlements;
using IBok.GraphQL.Persistence.Mapping;
using IBok.GraphQL.Persistence.Model.Billing;
using IBok.GraphQL.Persistence.Model.Interest;
using IBok.GraphQL.Persistence.Model.Settlements;
using IBok.Web.Portal;
using Microsoft.EntityFrameworkCore;

namespace IBok.Web.Tests.Portal.Billing;

/// <summary>The payments on the settlements page: what each paid, and paging (each test adds payments to its own customer).</summary>
public sealed class SettlementPaymentsPageTests(PortalHost host) : IClassFixture<PortalHost>
{
    [Fact]
    public async Task Page_NewPayment_ListedFirstWithDateAmountTitleMethodAndWhatItPaid()
    {
        var customerId = await BillingData.CustomerIdAsync(host, PortalHost.Logins.Household.CustomerNumber);
        await AddPaymentAsync(customerId, "TEST-WPLATA-1", PortalHost.Today, 1_000_000, "Wpłata za wodę", PaymentChannel.Online);
        var ledger = await LedgerAsync(customerId);
        var expectedAllocations = ledger.Allocations
            .Where(allocation => allocation.SourceKind == CreditSourceKind.Payment && allocation.SourceId == "TEST-WPLATA-1" && allocation.Date <= PortalHost.Today)
            .ToList();
        Assert.NotEmpty(expectedAllocations);
        var overpaid = Money.Pln(10_000m) - Money.Sum(expectedAllocations.Select(allocation => allocation.Amount));
        using var browser = await host.SignInAsCustomerAsync();

        var page = await PortalHost.GetPageAsync(browser, "/settlements");

        var first = page.QuerySelector("table.payments tbody tr")!;
        var cells = first.QuerySelectorAll("td").ToList();
        Assert.Equal("Wpłaty", page.QuerySelector("table.payments caption").Text());
        Assert.Equal("21.11.2026", first.QuerySelector("th").Text());
        Assert.Equal("10\u00A0000,00\u00A0zł", cells[0].Text());
        Assert.Equal("Wpłata za wodę płatność online", BillingData.Squeeze(cells[1].Text()));
        var expectedItems = expectedAllocations
            .Select(allocation => $"{KindName(ledger, allocation.DocumentNumber)} {allocation.DocumentNumber}: {PortalFormat.Polish.Money(allocation.Amount)}")
            .Append($"nadpłata: {PortalFormat.Polish.Money(overpaid)}");
        Assert.Equal(expectedItems, cells[2].QuerySelectorAll("li").Select(item => BillingData.Squeeze(item.Text())));
        var noteIds = await host.WithDatabaseAsync(db => db.Set<InterestNoteRow>().Where(row => row.CustomerId == customerId).ToDictionaryAsync(row => row.Number, row => row.Id));
        Assert.Equal(
            expectedAllocations.Select(allocation => $"/files/interest-notes/{noteIds[allocation.DocumentNumber]}.pdf"),
            cells[2].QuerySelectorAll("a").Select(link => link.GetAttribute("href")));
    }

    [Fact]
    public async Task Page_PaymentsOfInvoices_LinkEachInvoice()
    {
        var customerId = await BillingData.CustomerIdAsync(host, PortalHost.Logins.Household.CustomerNumber);
        var invoiceIds = await host.WithDatabaseAsync(db => db.Set<InvoiceRow>().Where(row => row.CustomerId == customerId).ToDictionaryAsync(row => row.Number, row => row.Id));
        using var browser = await host.SignInAsCustomerAsync();

        var page = await PortalHost.GetPageAsync(browser, "/settlements");

        var invoiceItems = page.QuerySelectorAll("table.payments ul.allocations li").Where(item => item.Text().StartsWith("Faktura FV/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(invoiceItems);
        foreach (var item in invoiceItems)
        {
            var number = item.QuerySelector("a")!.Text()["Faktura ".Length..];
            Assert.Equal($"/invoices/{invoiceIds[number]}", item.QuerySelector("a")!.GetAttribute("href"));
        }

        using var invoice = await browser.GetAsync(new Uri(invoiceItems[0].QuerySelector("a")!.GetAttribute("href")!, UriKind.Relative));
        Assert.Equal(200, (int)invoice.StatusCode);
    }

    [Fact]
    public async Task Page_MoreThanAPageOfPayments_PagesThemOldestLast()
    {
        var customerId = await BillingData.CustomerIdAsync(host, PortalHost.Logins.Business.CustomerNumber);
        var existing = await host.WithDatabaseAsync(db => db.Set<LedgerEntryRow>().CountAsync(row => row.CustomerId == customerId && row.EntryType == LedgerEntryType.Payment));
        var oldest = new DateOnly(2001, 1, 1);
        var added = Math.Max(1, Pages.PageSize + 1 - existing);
        for (var number = 0; number < added; number++)
        {
            await AddPaymentAsync(customerId, $"TEST-OLD-{number}", oldest.AddDays(number), 100 + number, null, PaymentChannel.Cash);
        }

        var total = existing + added;
        var pageCount = (total + Pages.PageSize - 1) / Pages.PageSize;
        using var browser = await host.SignInAsCustomerAsync(PortalHost.Logins.Business);

        var firstPage = await PortalHost.GetPageAsync(browser, "/settlements");
        var lastPage = await PortalHost.GetPageAsync(browser, $"/settlements?payments={pageCount}");
        var beyond = await PortalHost.GetPageAsync(browser, "/settlements?payments=999");

        Assert.Equal(Pages.PageSize, firstPage.QuerySelectorAll("table.payments tbody tr").Length);
        Assert.Equal($"Wpłaty, strona 1 z {pageCount}", firstPage.QuerySelector("table.payments caption").Text());
        Assert.Equal("/settlements?payments=2#payments", firstPage.QuerySelector("nav.pagination a[rel=next]")?.GetAttribute("href"));
        Assert.Null(firstPage.QuerySelector("nav.pagination a[rel=prev]"));
        var lastRows = lastPage.QuerySelectorAll("table.payments tbody tr").ToList();
        Assert.Equal(total - ((pageCount - 1) * Pages.PageSize), lastRows.Count);
        Assert.Equal("01.01.2001", lastRows[^1].QuerySelector("th").Text());
        Assert.Equal("1,00\u00A0zł", lastRows[^1].QuerySelector("td").Text());
        Assert.Equal("wpłata gotówka w kasie", BillingData.Squeeze(lastRows[^1].QuerySelectorAll("td")[1].Text()));
        Assert.Equal($"Wpłaty, strona {pageCount} z {pageCount}", beyond.QuerySelector("table.payments caption").Text());
    }

    [Fact]
    public async Task Page_InEnglish_WritesDateAmountAndMethodInEnglish()
    {
        var customerId = await BillingData.CustomerIdAsync(host, PortalHost.Logins.Household.CustomerNumber);
        await AddPaymentAsync(customerId, "TEST-EN-1", PortalHost.Today, 500, "Payment", PaymentChannel.BankTransfer);
        using var browser = await host.SignInAsCustomerAsync();
        using var switched = await PortalHost.PostFormAsync(browser, "/language", [new("lang", "en"), new("returnUrl", "/settlements")], formPageUrl: "/settlements");

        var page = await PortalHost.GetPageAsync(browser, "/settlements");

        var first = page.QuerySelector("table.payments tbody tr")!;
        Assert.Equal("21 Nov 2026", first.QuerySelector("th").Text());
        Assert.Equal("PLN\u00A05.00", first.QuerySelector("td").Text());
        Assert.Equal("Payment bank transfer", BillingData.Squeeze(first.QuerySelectorAll("td")[1].Text()));
    }

    private static string KindName(Ledger ledger, string documentNumber) =>
        ledger.Documents.Single(document => document.Number == documentNumber).Kind switch
        {
            DebitKind.Invoice => "Faktura",
            DebitKind.CorrectionInvoice => "Faktura korygująca",
            _ => "Nota odsetkowa",
        };

    private Task<int> AddPaymentAsync(long customerId, string reference, DateOnly valueDate, long grosz, string? title, PaymentChannel channel) =>
        host.WithDatabaseAsync(db =>
        {
            db.Add(new LedgerEntryRow
            {
                CustomerId = customerId,
                EntryType = LedgerEntryType.Payment,
                Reference = reference,
                EntryDate = valueDate,
                AmountGrosz = grosz,
                PaymentChannel = channel,
                Title = title ?? "wpłata",
                CreatedAt = new DateTime(2026, 11, 21, 9, 0, 0, DateTimeKind.Utc),
            });
            return db.SaveChangesAsync();
        });

    private async Task<Ledger> LedgerAsync(long customerId)
    {
        var entries = await host.WithDatabaseAsync(db => db.Set<LedgerEntryRow>().Where(row => row.CustomerId == customerId).OrderBy(row => row.Id).ToListAsync());
        return LedgerMapping.ToLedger(customerId.ToString(CultureInfo.InvariantCulture), entries);
    }

    private static class Pages
    {
        public const int PageSize = IBok.Web.Pages.Settlements.IndexModel.PaymentsPageSize;
    }
}
