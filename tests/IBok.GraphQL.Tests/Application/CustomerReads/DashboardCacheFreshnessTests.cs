using IBok.GraphQL.Persistence.Model.Customers;
using IBok.GraphQL.Persistence.Model.Metering;
using IBok.GraphQL.Persistence.Model.Notices;
using IBok.GraphQL.Relay;
using IBok.GraphQL.Tests.Api.CustomerReads;
using IBok.GraphQL.Tests.Api.Staff;
using IBok.GraphQL.Tests.Api.Staff.Billing;
using IBok.GraphQL.Tests.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IBok.GraphQL.Tests.Application.CustomerReads;

/// <summary>
/// A change made through any write path shows on the very next dashboard, although the previous one was served from
/// the process-wide read cache: the database renews the customer's data version in the write's transaction. Each test
/// checks the dashboard after the write against a cold read (a new process's services) and that it did change.
/// </summary>
public sealed class DashboardCacheFreshnessTests
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SubmitReading_NextDashboard_ShowsTheNewLastReading(string provider)
    {
        await using var host = await CachingApiHost.CreateAsync(provider);
        var seeded = await SeedAsync(host);
        await WarmAsync(host, seeded.Viewer);

        await host.MutateAsync(seeded.Viewer,
            """mutation($id: ID!) { submitReading(meterId: $id, date: "2026-03-14", value: "150") { reading { id } errors { code } } }""",
            new { id = GlobalId.Serialize("Meter", seeded.Meter.Id) });

        var after = await AssertFreshAsync(host, seeded.Viewer);
        Assert.Contains("\"lastReading\":{\"date\":\"2026-03-14\"", after, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RegisterPayment_NextDashboard_ShowsTheNewBalance(string provider)
    {
        await using var host = await CachingApiHost.CreateAsync(provider);
        var seeded = await SeedAsync(host);
        var before = await WarmAsync(host, seeded.Viewer);
        Assert.Contains("\"toPay\":{\"amount\":\"216.01\"}", before, StringComparison.Ordinal);

        await host.MutateAsync(StaffApiHost.Operator,
            """mutation { registerPayment(customerNumber: "100001", amount: 100.00, valueDate: "2026-03-14", reference: "BANK-7") { errors { code } } }""");

        var after = await AssertFreshAsync(host, seeded.Viewer);
        Assert.Contains("\"toPay\":{\"amount\":\"116.01\"}", after, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task BillingRun_NextDashboard_ShowsTheIssuedInvoice(string provider)
    {
        await using var host = await CachingApiHost.CreateAsync(provider);
        long customerId;
        await using (var db = host.SystemContext())
        {
            await BillingSeed.TariffsAsync(db);
            customerId = (await BillingSeed.MeteredContractAsync(db, "100001", "UM/1")).CustomerId;
        }

        var viewer = ApiHarness.CustomerViewer(customerId);
        var before = await WarmAsync(host, viewer);
        Assert.Contains("\"totalCount\":0", before, StringComparison.Ordinal);

        await host.MutateAsync(StaffApiHost.Operator, """mutation { runBilling(month: "2026-02") { issued errors { code } } }""");

        var after = await AssertFreshAsync(host, viewer);
        Assert.Contains("\"totalCount\":1,\"nodes\":[{\"number\":\"FV/2026/03/000001\"", after, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task MarkNoticeRead_NextDashboard_CountsOneUnreadLess(string provider)
    {
        await using var host = await CachingApiHost.CreateAsync(provider);
        var seeded = await SeedAsync(host);
        var before = await WarmAsync(host, seeded.Viewer);
        Assert.Contains("\"unreadNoticeCount\":2", before, StringComparison.Ordinal);

        await host.MutateAsync(seeded.Viewer,
            """mutation($id: ID!) { markNoticeRead(noticeId: $id) { readAt errors { code } } }""",
            new { id = GlobalId.Serialize("Notice", seeded.Delivery.Id) });

        var after = await AssertFreshAsync(host, seeded.Viewer);
        Assert.Contains("\"unreadNoticeCount\":1,\"notices\":[{\"title\":\"Przerwa 2\"}]", after, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task MarkAllNoticesRead_BulkUpdate_NextDashboardCountsNone(string provider)
    {
        await using var host = await CachingApiHost.CreateAsync(provider);
        var seeded = await SeedAsync(host);
        await WarmAsync(host, seeded.Viewer);

        await host.MutateAsync(seeded.Viewer, """mutation { markAllNoticesRead { markedCount errors { code } } }""");

        var after = await AssertFreshAsync(host, seeded.Viewer);
        Assert.Contains("\"unreadNoticeCount\":0,\"notices\":[]", after, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task PremisesAndMeterChangedByAnotherProcess_NextDashboard_ShowsThem(string provider)
    {
        await using var host = await CachingApiHost.CreateAsync(provider);
        var seeded = await SeedAsync(host);
        await WarmAsync(host, seeded.Viewer);

        // Another server instance (or a staff tool) with its own context: nothing in this process hears of it.
        await using (var other = host.SystemContext())
        {
            var premises = await other.Set<PremisesRow>().SingleAsync(row => row.CustomerId == seeded.Customer.Id);
            premises.Code = "P-NEW";
            var meter = await other.Set<MeterRow>().SingleAsync(row => row.Id == seeded.Meter.Id);
            meter.SerialNumber = "WM-NEW";
            await other.SaveChangesAsync();
        }

        var after = await AssertFreshAsync(host, seeded.Viewer);
        Assert.Contains("\"premises\":[{\"code\":\"P-NEW\",\"meters\":[{\"serialNumber\":\"WM-NEW\"", after, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RawSqlUpdates_OfAnInvoiceAndOfASharedNotice_NextDashboardShowsThem(string provider)
    {
        await using var host = await CachingApiHost.CreateAsync(provider);
        var seeded = await SeedAsync(host);
        await WarmAsync(host, seeded.Viewer);

        await using (var other = host.SystemContext())
        {
            await other.Database.ExecuteSqlAsync($"UPDATE invoices SET gross_grosz = 99999 WHERE number = {"FV/100001/002"}");
        }

        var afterInvoice = await AssertFreshAsync(host, seeded.Viewer);
        Assert.Contains("\"number\":\"FV/100001/002\",\"issueDate\":\"2026-02-03\",\"gross\":{\"amount\":\"999.99\"}", afterInvoice, StringComparison.Ordinal);

        Assert.Equal(1, await WarmStatementsAsync(host, seeded.Viewer));
        await using (var other = host.SystemContext())
        {
            // A notice is not the customer's row: its change reaches every customer it was delivered to.
            await other.Database.ExecuteSqlAsync($"UPDATE notices SET title = {"Przerwa 2 (przedłużona)"} WHERE title = {"Przerwa 2"}");
        }

        var afterNotice = await AssertFreshAsync(host, seeded.Viewer);
        Assert.Contains("\"notices\":[{\"title\":\"Przerwa 2 (przedłużona)\"}", afterNotice, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CustomerRowChangedByRawSql_NextDashboard_ShowsTheNewNameThenCostsOneStatementAgain(string provider)
    {
        await using var host = await CachingApiHost.CreateAsync(provider);
        var seeded = await SeedAsync(host);
        var before = await WarmAsync(host, seeded.Viewer);

        await using (var other = host.SystemContext())
        {
            await other.Database.ExecuteSqlAsync($"UPDATE customers SET name = {"Anna Nowak-Kowalska"}, city = {"Gdańsk"} WHERE id = {seeded.Customer.Id}");
        }

        var after = await AssertFreshAsync(host, seeded.Viewer);
        // The cached row's version no longer matches: the version, the row and every child kind are read again.
        var refreshStatements = host.LastStatements;
        var warmStatements = await WarmStatementsAsync(host, seeded.Viewer);

        Assert.DoesNotContain("Anna Nowak-Kowalska", before, StringComparison.Ordinal);
        Assert.Contains("\"name\":\"Anna Nowak-Kowalska\",\"address\":{\"street\":", after, StringComparison.Ordinal);
        Assert.Contains("\"city\":\"Gdańsk\"}", after, StringComparison.Ordinal);
        Assert.Equal((8, 1), (refreshStatements, warmStatements));
    }

    /// <summary>Customer 100001: one premises with a water meter (3 readings), 2 invoices in the ledger, 2 unread notices.</summary>
    internal static async Task<Seeded> SeedAsync(CachingApiHost host, string number = "100001")
    {
        await using var db = host.SystemContext();
        var seed = new CustomerSeed(db);
        var customer = await seed.CustomerAsync(number);
        var premises = await seed.PremisesAsync(customer, "P-" + number);
        var meter = await seed.MeterAsync(premises, "WM-" + number, new DateOnly(2021, 6, 15));
        await seed.ReadingsAsync(meter, new DateOnly(2025, 10, 1), 3, 100m, 4m);
        await seed.InvoicesAsync(customer, new DateOnly(2026, 1, 3), 2, 10_000);
        var first = await seed.NoticeAsync(customer, "Przerwa 1", new DateTime(2026, 3, 1, 8, 0, 0, DateTimeKind.Utc), null);
        await seed.NoticeAsync(customer, "Przerwa 2", new DateTime(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc), null);
        return new Seeded(customer, meter, first, ApiHarness.CustomerViewer(customer.Id));
    }

    /// <summary>The dashboard read cold, then again from the cache (one statement: the customer row).</summary>
    internal static async Task<string> WarmAsync(CachingApiHost host, IBok.GraphQL.Persistence.Access.Viewer viewer)
    {
        var cold = await host.DashboardAsync(viewer);
        var warm = await host.DashboardAsync(viewer);
        Assert.Equal(1, host.LastStatements);
        Assert.Equal(cold, warm);
        return warm;
    }

    private static async Task<int> WarmStatementsAsync(CachingApiHost host, IBok.GraphQL.Persistence.Access.Viewer viewer)
    {
        await host.DashboardAsync(viewer);
        return host.LastStatements;
    }

    /// <summary>The next dashboard equals a cold read by a new process's services.</summary>
    private static async Task<string> AssertFreshAsync(CachingApiHost host, IBok.GraphQL.Persistence.Access.Viewer viewer)
    {
        var next = await host.DashboardAsync(viewer);
        var cold = await ApiHarness.RunAsync(host.Database, viewer, CachingApiHost.CustomerDashboard);
        Assert.Equal(cold, next);
        return next;
    }

    internal sealed record Seeded(CustomerRow Customer, MeterRow Meter, NoticeDeliveryRow Delivery, IBok.GraphQL.Persistence.Access.Viewer Viewer);
}
