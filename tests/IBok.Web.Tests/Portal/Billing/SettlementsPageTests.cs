using System.Net;
using IBok.Domain;
using IBok.Domain.Settlements;
using IBok.GraphQL.Persistence.Mapping;
using IBok.GraphQL.Persistence.Model.Billing;
using IBok.GraphQL.Persistence.Model.Settlements;
using IBok.Web.Portal;
using Microsoft.EntityFrameworkCore;

namespace IBok.Web.Tests.Portal.Billing;

/// <summary>The settlements page and the refund request; the tests run in order on one database (the overpayment is added by one of them).</summary>
public sealed class SettlementsPageTests(PortalHost host) : IClassFixture<PortalHost>
{
    [Fact]
    public async Task Page_ShowsTheLedgersFiguresAndEveryDocument()
    {
        var ledger = await LedgerAsync(PortalHost.Logins.Business.CustomerNumber);
        var balance = ledger.BalanceOn(PortalHost.Today);
        using var browser = await host.SignInAsCustomerAsync(PortalHost.Logins.Business);

        var page = await PortalHost.GetPageAsync(browser, "/settlements");

        var expectedBalance = PortalFormat.Polish.Money(Money.Pln(Math.Abs(balance.Amount)))
            + (balance.IsPositive ? " do zapłaty" : balance.IsNegative ? " nadpłaty" : "");
        Assert.Equal(expectedBalance, BillingData.Squeeze(page.QuerySelector("#balance").Text()));
        Assert.Equal(PortalFormat.Polish.Money(ledger.OpenCreditOn(PortalHost.Today)), page.QuerySelector("#overpaid").Text());
        var rows = page.QuerySelectorAll("table.documents tbody tr").ToList();
        Assert.Equal(ledger.Documents.Count, rows.Count);
        var newest = ledger.Documents.OrderByDescending(document => document.IssueDate).ThenByDescending(document => document.Number, StringComparer.Ordinal).First();
        var status = ledger.StatusOf(newest.Number, PortalHost.Today);
        var cells = rows[0].QuerySelectorAll("td").ToList();
        Assert.EndsWith(newest.Number, rows[0].QuerySelector("th").Text(), StringComparison.Ordinal);
        Assert.Equal(newest.DueDate.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture), cells[1].Text());
        Assert.Equal(PortalFormat.Polish.Money(newest.Amount), cells[2].Text());
        Assert.Equal(PortalFormat.Polish.Money(status.Outstanding), cells[4].Text());
        Assert.Equal(PortalFormat.Polish.Date(status.PaidOn), cells[6].Text());
    }

    [Fact]
    public async Task Refund_WithoutOverpayment_IsRefusedAndStoresNothing()
    {
        var ledger = await LedgerAsync(PortalHost.Logins.Business.CustomerNumber);
        Assert.False(ledger.OpenCreditOn(PortalHost.Today).IsPositive);
        using var browser = await host.SignInAsCustomerAsync(PortalHost.Logins.Business);
        var account = await ValidAccountAsync();
        var before = await RefundCountAsync();

        using var response = await PortalHost.PostFormAsync(browser, "/settlements", [new("Amount", "10,00"), new("BankAccountNumber", account)]);

        var page = await PortalHost.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Na koncie nie ma nadpłaty do zwrotu.", page.QuerySelector("#amount-error").Text());
        Assert.Equal("10,00", page.QuerySelector("#amount")?.GetAttribute("value"));
        Assert.Equal(before, await RefundCountAsync());
    }

    [Fact]
    public async Task Refund_WithOverpayment_ChecksTheAmountAndAccountThenFilesTheRequest()
    {
        var customerId = await BillingData.CustomerIdAsync(host, PortalHost.Logins.Household.CustomerNumber);
        var ledger = await LedgerAsync(PortalHost.Logins.Household.CustomerNumber);
        var toPay = Money.Sum(ledger.Documents.Select(document => ledger.StatusOf(document.Number, PortalHost.Today).Outstanding).Where(amount => amount.IsPositive));
        await host.WithDatabaseAsync(async db =>
        {
            db.Add(LedgerMapping.ToRow(
                new Payment("TEST-OVERPAYMENT-1", PortalHost.Today.AddDays(-1), toPay + Money.Pln(150.25m), null),
                customerId, new DateTime(2026, 11, 20, 9, 0, 0, DateTimeKind.Utc), PaymentChannel.BankTransfer));
            return await db.SaveChangesAsync();
        });
        var overpaid = (await LedgerAsync(PortalHost.Logins.Household.CustomerNumber)).OpenCreditOn(PortalHost.Today);
        var account = await ValidAccountAsync();
        using var browser = await host.SignInAsCustomerAsync();

        var form = await PortalHost.GetPageAsync(browser, "/settlements");
        Assert.Equal(PortalFormat.Polish.Money(overpaid), form.QuerySelector("#refundable").Text());
        Assert.Equal(overpaid.Amount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture).Replace('.', ','), form.QuerySelector("#amount")?.GetAttribute("value"));

        using var tooMuch = await PortalHost.PostFormAsync(browser, "/settlements", [new("Amount", "99999"), new("BankAccountNumber", account)]);
        Assert.Equal(
            $"Kwota zwrotu przekracza nadpłatę możliwą do zwrotu ({overpaid.Amount.ToString("N2", System.Globalization.CultureInfo.GetCultureInfo("pl-PL"))} zł).",
            (await PortalHost.ParseAsync(tooMuch)).QuerySelector("#amount-error").Text());

        using var badAccount = await PortalHost.PostFormAsync(browser, "/settlements", [new("Amount", "100,00"), new("BankAccountNumber", "12 3456")]);
        var badPage = await PortalHost.ParseAsync(badAccount);
        Assert.Equal(
            "Numer rachunku jest niepoprawny: podaj 26 cyfr numeru NRB (suma kontrolna się nie zgadza lub brakuje cyfr).",
            badPage.QuerySelector("#bankAccountNumber-error").Text());
        Assert.Equal("12 3456", badPage.QuerySelector("#bankAccountNumber")?.GetAttribute("value"));
        Assert.Equal(0, await RefundCountAsync(customerId));

        using var filed = await PortalHost.PostFormAsync(browser, "/settlements", [new("Amount", "100,00"), new("BankAccountNumber", account)]);
        Assert.Equal(HttpStatusCode.Redirect, filed.StatusCode);
        Assert.Equal("/settlements?done=refund-requested", filed.Headers.Location?.OriginalString);
        var request = await host.WithDatabaseAsync(db => db.Set<RefundRequestRow>().Where(row => row.CustomerId == customerId).SingleAsync());
        Assert.Equal(10000, request.AmountGrosz);
        Assert.Equal(RefundRequestStatus.Pending, request.Status);

        var after = await PortalHost.GetPageAsync(browser, "/settlements?done=refund-requested");
        Assert.Equal("Wniosek o zwrot nadpłaty został złożony. Poinformujemy Cię o decyzji.", after.QuerySelector("[role=status]").Text());
        Assert.Equal(PortalFormat.Polish.Money(overpaid - Money.Pln(100m)), after.QuerySelector("#refundable").Text());
        Assert.Equal("oczekuje na decyzję", after.QuerySelector("table.refund-requests tbody td:last-child").Text());
    }

    private Task<int> RefundCountAsync(long? customerId = null) =>
        host.WithDatabaseAsync(db => db.Set<RefundRequestRow>().CountAsync(row => customerId == null || row.CustomerId == customerId));

    /// <summary>A valid NRB: the utility's own account printed on every invoice.</summary>
    private Task<string> ValidAccountAsync() =>
        host.WithDatabaseAsync(db => db.Set<InvoiceRow>().Select(row => row.SellerBankAccount).FirstAsync());

    private async Task<Ledger> LedgerAsync(string customerNumber)
    {
        var customerId = await BillingData.CustomerIdAsync(host, customerNumber);
        var entries = await host.WithDatabaseAsync(db => db.Set<LedgerEntryRow>().Where(row => row.CustomerId == customerId).OrderBy(row => row.Id).ToListAsync());
        return LedgerMapping.ToLedger(customerNumber, entries);
    }
}
