using IBok.GraphQL.Tests.Persistence;

namespace IBok.GraphQL.Tests.Api.CustomerReads;

/// <summary>Balance and ledger: what is to pay, overdue, overpaid, and each document's payment.</summary>
public sealed class SettlementTests
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task BalanceAndLedger_PartlyPaidAndOverdue_ToPayAndNextDue(string provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var s = await Scenario.SeedAsync(database);

        var result = await ApiHarness.RunAsync(database, ApiHarness.CustomerViewer(s.A.Id), """
            { customer {
                balance { asOf amount { amount } toPay { amount } overdue { amount } overpaid { amount } nextDuePayment { documentNumber dueDate amount { amount } isOverdue } }
                ledger {
                  documents { number kind issueDate dueDate amount { amount } paid { amount } outstanding { amount } state paidOn isOverdue }
                  payments { reference valueDate amount { amount } documentNumber channel title }
                  refunds { reference } }
                interestNotes { number } } }
            """);

        Assert.Equal(ApiHarness.Compact("""
            {"data":{"customer":{
            "balance":{"asOf":"2026-03-15","amount":{"amount":"176.80"},"toPay":{"amount":"176.80"},"overdue":{"amount":"79.60"},"overpaid":{"amount":"0.00"},
            "nextDuePayment":{"documentNumber":"FV/A/002","dueDate":"2026-02-17","amount":{"amount":"79.60"},"isOverdue":true}},
            "ledger":{"documents":[
            {"number":"FV/A/003","kind":"INVOICE","issueDate":"2026-03-03","dueDate":"2026-03-17","amount":{"amount":"97.20"},"paid":{"amount":"0.00"},"outstanding":{"amount":"97.20"},"state":"UNPAID","paidOn":null,"isOverdue":false},
            {"number":"FV/A/002","kind":"INVOICE","issueDate":"2026-02-03","dueDate":"2026-02-17","amount":{"amount":"129.60"},"paid":{"amount":"50.00"},"outstanding":{"amount":"79.60"},"state":"PARTIALLY_PAID","paidOn":null,"isOverdue":true},
            {"number":"FV/A/001","kind":"INVOICE","issueDate":"2026-01-03","dueDate":"2026-01-17","amount":{"amount":"108.00"},"paid":{"amount":"108.00"},"outstanding":{"amount":"0.00"},"state":"PAID","paidOn":"2026-01-15","isOverdue":false}],
            "payments":[
            {"reference":"PAY-A-2","valueDate":"2026-02-20","amount":{"amount":"50.00"},"documentNumber":"FV/A/002","channel":"BANK_TRANSFER","title":"zapłata FV/A/002"},
            {"reference":"PAY-A-1","valueDate":"2026-01-15","amount":{"amount":"108.00"},"documentNumber":"FV/A/001","channel":"BANK_TRANSFER","title":"zapłata FV/A/001"}],
            "refunds":[]},
            "interestNotes":[]}}}
            """), result);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Balance_PaidMoreThanInvoiced_Overpaid(string provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var s = await Scenario.SeedAsync(database);
        await using (var db = database.CreateContext())
        {
            await new CustomerSeed(db).PaymentAsync(s.B, "PAY-B-1", new DateOnly(2026, 2, 10), 25_000);
        }

        var result = await ApiHarness.RunAsync(database, ApiHarness.CustomerViewer(s.B.Id), """
            { customer { balance { amount { amount } toPay { amount } overpaid { amount } nextDuePayment { documentNumber } }
                         invoices { nodes { number status } } } }
            """);

        Assert.Equal(
            """{"data":{"customer":{"balance":{"amount":{"amount":"-34.00"},"toPay":{"amount":"0.00"},"overpaid":{"amount":"34.00"},"nextDuePayment":null},"invoices":{"nodes":[{"number":"FV/B/001","status":"PAID"}]}}}}""",
            result);
    }
}
