using IBok.GraphQL.Tests.Api.CustomerReads;
using IBok.GraphQL.Tests.Api.Staff;
using IBok.GraphQL.Tests.Persistence;

namespace IBok.GraphQL.Tests.Application.CustomerReads;

/// <summary>
/// What the dashboard derives from cached rows (settlement, invoice statuses, lists) is shared between requests only
/// while it is still true: a new day derives it anew from the same cached rows, a new payment from new rows, and one
/// customer's derived state never reaches another.
/// </summary>
public sealed class DashboardDerivedStateTests
{
    private const string Settled = """
        { customer { number
            invoices(first: 12) { totalCount nodes { number status paymentState } }
            balance { asOf toPay { amount } overdue { amount } nextDuePayment { documentNumber isOverdue } } } }
        """;

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task NextDayOnCachedRows_Dashboard_ShowsTheNewDaysStatuses(string provider)
    {
        // Invoices issued 2026-01-03 (108.00, due 01-17) and 2026-02-03 (108.01, due 02-17).
        await using var host = await CachingApiHost.CreateAsync(provider, new DateTimeOffset(2026, 2, 2, 12, 0, 0, TimeSpan.Zero));
        var seeded = await DashboardCacheFreshnessTests.SeedAsync(host);
        await host.ExecuteAsync(seeded.Viewer, Settled);
        var beforeIssue = await host.ExecuteAsync(seeded.Viewer, Settled);
        var beforeIssueStatements = host.LastStatements;

        host.Clock.Now = new DateTimeOffset(2026, 2, 20, 12, 0, 0, TimeSpan.Zero);
        var afterDue = await host.ExecuteAsync(seeded.Viewer, Settled);
        var afterDueStatements = host.LastStatements;

        Assert.Equal((1, 1), (beforeIssueStatements, afterDueStatements));
        Assert.Equal(
            """{"data":{"customer":{"number":"100001","invoices":{"totalCount":2,"nodes":[{"number":"FV/100001/002","status":"PAID","paymentState":"NOT_YET_ISSUED"},{"number":"FV/100001/001","status":"UNPAID","paymentState":"UNPAID"}]},"balance":{"asOf":"2026-02-02","toPay":{"amount":"108.00"},"overdue":{"amount":"108.00"},"nextDuePayment":{"documentNumber":"FV/100001/001","isOverdue":true}}}}}""",
            beforeIssue);
        Assert.Equal(
            """{"data":{"customer":{"number":"100001","invoices":{"totalCount":2,"nodes":[{"number":"FV/100001/002","status":"UNPAID","paymentState":"UNPAID"},{"number":"FV/100001/001","status":"UNPAID","paymentState":"UNPAID"}]},"balance":{"asOf":"2026-02-20","toPay":{"amount":"216.01"},"overdue":{"amount":"216.01"},"nextDuePayment":{"documentNumber":"FV/100001/001","isOverdue":true}}}}}""",
            afterDue);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task NewPayment_NextDashboard_ShowsThePaidInvoiceAsPaid(string provider)
    {
        await using var host = await CachingApiHost.CreateAsync(provider);
        var seeded = await DashboardCacheFreshnessTests.SeedAsync(host);
        await host.ExecuteAsync(seeded.Viewer, Settled);
        var before = await host.ExecuteAsync(seeded.Viewer, Settled);

        await host.MutateAsync(StaffApiHost.Operator,
            """mutation { registerPayment(customerNumber: "100001", amount: 108.00, valueDate: "2026-03-14", reference: "BANK-9") { errors { code } } }""");
        var after = await host.ExecuteAsync(seeded.Viewer, Settled);
        var cold = await ApiHarness.RunAsync(host.Database, seeded.Viewer, Settled);

        Assert.Contains("""{"number":"FV/100001/001","status":"UNPAID","paymentState":"UNPAID"}""", before, StringComparison.Ordinal);
        Assert.Contains("""{"number":"FV/100001/001","status":"PAID","paymentState":"PAID"}""", after, StringComparison.Ordinal);
        Assert.Contains("\"toPay\":{\"amount\":\"108.01\"}", after, StringComparison.Ordinal);
        Assert.Equal(cold, after);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TwoCustomersWarm_OnePays_EachDashboardShowsOnlyItsOwnDerivedState(string provider)
    {
        await using var host = await CachingApiHost.CreateAsync(provider);
        var a = await DashboardCacheFreshnessTests.SeedAsync(host, "100001");
        var b = await DashboardCacheFreshnessTests.SeedAsync(host, "100002");
        long withoutInvoicesId;
        await using (var db = host.SystemContext())
        {
            withoutInvoicesId = (await new CustomerSeed(db).CustomerAsync("100003")).Id;
        }

        var withoutInvoices = ApiHarness.CustomerViewer(withoutInvoicesId);
        foreach (var viewer in new[] { a.Viewer, withoutInvoices, b.Viewer, a.Viewer, withoutInvoices, b.Viewer })
        {
            await host.ExecuteAsync(viewer, Settled);
        }

        await host.MutateAsync(StaffApiHost.Operator,
            """mutation { registerPayment(customerNumber: "100002", amount: 216.01, valueDate: "2026-03-14", reference: "BANK-10") { errors { code } } }""");
        var ofA = await host.ExecuteAsync(a.Viewer, Settled);
        var ofEmpty = await host.ExecuteAsync(withoutInvoices, Settled);
        var ofB = await host.ExecuteAsync(b.Viewer, Settled);

        Assert.Equal(await ApiHarness.RunAsync(host.Database, a.Viewer, Settled), ofA);
        Assert.Equal(await ApiHarness.RunAsync(host.Database, b.Viewer, Settled), ofB);
        Assert.Contains("{\"number\":\"FV/100001/002\",\"status\":\"UNPAID\"", ofA, StringComparison.Ordinal);
        Assert.Contains("\"toPay\":{\"amount\":\"216.01\"}", ofA, StringComparison.Ordinal);
        Assert.Contains("{\"number\":\"FV/100002/002\",\"status\":\"PAID\"", ofB, StringComparison.Ordinal);
        Assert.Contains("\"toPay\":{\"amount\":\"0.00\"}", ofB, StringComparison.Ordinal);
        Assert.Equal(
            """{"data":{"customer":{"number":"100003","invoices":{"totalCount":0,"nodes":[]},"balance":{"asOf":"2026-03-15","toPay":{"amount":"0.00"},"overdue":{"amount":"0.00"},"nextDuePayment":null}}}}""",
            ofEmpty);
    }
}
