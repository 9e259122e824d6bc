using IBok.GraphQL.Persistence.Model.Customers;
using IBok.GraphQL.Relay;
using IBok.GraphQL.Tests.Application.CustomerReads;
using IBok.GraphQL.Tests.Persistence;

namespace IBok.GraphQL.Tests.Api.CustomerReads;

/// <summary>
/// The dashboard query (profile, premises, meters with last reading, last 12 invoices, balance, unread notices) costs
/// a fixed number of SQL statements whatever the number of rows or customers: the DataLoaders batch every child
/// collection per request.
/// </summary>
public sealed class DashboardStatementCountTests
{
    private const string DashboardFields = """
        id number name address { street city }
        premises { code meters { serialNumber legalizationExpiresSoon lastReading { date value } } }
        invoices(first: 12) { totalCount nodes { number issueDate gross { amount } status } }
        balance { toPay { amount } overpaid { amount } nextDuePayment { documentNumber dueDate amount { amount } } }
        unreadNoticeCount
        notices(unreadOnly: true) { title }
        """;

    private const string CustomerDashboard = "{ customer { " + DashboardFields + " } }";

    private const string StaffDashboard = "query($ids: [ID!]!) { customersById(ids: $ids) { " + DashboardFields + " } }";

    /// <summary>customer, premises, meters, last readings, invoices, ledger entries, notices.</summary>
    private const int DashboardStatements = 7;

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Dashboard_SmallAndLargeCustomerAndStaffOverTwentyCustomers_SameStatementCount(string provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        CustomerRow small;
        CustomerRow large;
        var many = new List<CustomerRow>();
        await using (var db = database.CreateContext())
        {
            var seed = new CustomerSeed(db);
            small = await seed.CustomerAsync("K-SMALL");
            var smallPremises = await seed.PremisesAsync(small, "P-S1");
            var smallMeter = await seed.MeterAsync(smallPremises, "WM-S1", new DateOnly(2021, 6, 15));
            await seed.ReadingsAsync(smallMeter, new DateOnly(2026, 1, 1), 1, 100m, 0m);

            large = await seed.CustomerAsync("K-LARGE");
            for (var p = 1; p <= 5; p++)
            {
                var premises = await seed.PremisesAsync(large, $"P-L{p}");
                for (var m = 1; m <= 3; m++)
                {
                    var meter = await seed.MeterAsync(premises, $"WM-L{p}{m}", new DateOnly(2021, 6, 15));
                    await seed.ReadingsAsync(meter, new DateOnly(2024, 3, 1), 24, 100m, 7m);
                }
            }

            await seed.InvoicesAsync(large, new DateOnly(2022, 12, 3), 40, 10_000);
            await seed.PaymentAsync(large, "PAY-1", new DateOnly(2025, 1, 10), 500_000);
            await seed.NoticeAsync(large, "Przerwa 1", new DateTime(2026, 3, 1, 8, 0, 0, DateTimeKind.Utc), null);
            await seed.NoticeAsync(large, "Przerwa 2", new DateTime(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc), new DateTime(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc));

            for (var c = 1; c <= 20; c++)
            {
                var customer = await seed.CustomerAsync($"K-{c:00}");
                many.Add(customer);
                var premises = await seed.PremisesAsync(customer, $"P-{c:00}");
                var meter = await seed.MeterAsync(premises, $"WM-{c:00}", new DateOnly(2021, 6, 15));
                await seed.ReadingsAsync(meter, new DateOnly(2025, 10, 1), 3, 10m, 4m);
                await seed.InvoicesAsync(customer, new DateOnly(2025, 11, 3), 3, 5_000);
                await seed.NoticeAsync(customer, $"Komunikat {c}", new DateTime(2026, 3, 3, 8, 0, 0, DateTimeKind.Utc), null);
            }
        }

        var counter = new StatementCounter();
        var smallResult = await ApiHarness.RunAsync(database, ApiHarness.CustomerViewer(small.Id), CustomerDashboard, counter: counter);
        var smallCount = counter.Count;
        counter.Reset();
        var largeResult = await ApiHarness.RunAsync(database, ApiHarness.CustomerViewer(large.Id), CustomerDashboard, counter: counter);
        var largeCount = counter.Count;
        counter.Reset();
        var ids = string.Join(',', many.Select(customer => $"\"{GlobalId.Serialize("Customer", customer.Id)}\""));
        var staffResult = await ApiHarness.RunAsync(database, ApiHarness.Operator, StaffDashboard, $$"""{"ids":[{{ids}}]}""", counter);
        var staffCount = counter.Count;

        Assert.DoesNotContain("\"errors\"", smallResult, StringComparison.Ordinal);
        Assert.DoesNotContain("\"errors\"", largeResult, StringComparison.Ordinal);
        Assert.DoesNotContain("\"errors\"", staffResult, StringComparison.Ordinal);
        Assert.Contains("\"serialNumber\":\"WM-L53\"", largeResult, StringComparison.Ordinal);
        Assert.Contains("\"totalCount\":40", largeResult, StringComparison.Ordinal);
        Assert.Contains("\"number\":\"K-20\"", staffResult, StringComparison.Ordinal);
        Assert.Equal(20, staffResult.Split("\"unreadNoticeCount\":1", StringSplitOptions.None).Length - 1);
        Assert.Equal((DashboardStatements, DashboardStatements, DashboardStatements), (smallCount, largeCount, staffCount));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Dashboard_ColdThenWarmForACustomerAndForStaffOverTwentyCustomers_SevenThenOneStatement(string provider)
    {
        await using var host = await CachingApiHost.CreateAsync(provider);
        var many = new List<CustomerRow>();
        CustomerRow large;
        await using (var db = host.SystemContext())
        {
            var seed = new CustomerSeed(db);
            large = await seed.CustomerAsync("K-LARGE");
            for (var p = 1; p <= 3; p++)
            {
                var premises = await seed.PremisesAsync(large, $"P-L{p}");
                var meter = await seed.MeterAsync(premises, $"WM-L{p}", new DateOnly(2021, 6, 15));
                await seed.ReadingsAsync(meter, new DateOnly(2024, 3, 1), 24, 100m, 7m);
            }

            await seed.InvoicesAsync(large, new DateOnly(2022, 12, 3), 40, 10_000);
            await seed.PaymentAsync(large, "PAY-1", new DateOnly(2025, 1, 10), 500_000);
            await seed.NoticeAsync(large, "Przerwa 1", new DateTime(2026, 3, 1, 8, 0, 0, DateTimeKind.Utc), null);
            for (var c = 1; c <= 20; c++)
            {
                var customer = await seed.CustomerAsync($"K-{c:00}");
                many.Add(customer);
                var premises = await seed.PremisesAsync(customer, $"P-{c:00}");
                var meter = await seed.MeterAsync(premises, $"WM-{c:00}", new DateOnly(2021, 6, 15));
                await seed.ReadingsAsync(meter, new DateOnly(2025, 10, 1), 3, 10m, 4m);
                await seed.InvoicesAsync(customer, new DateOnly(2025, 11, 3), 3, 5_000);
                await seed.NoticeAsync(customer, $"Komunikat {c}", new DateTime(2026, 3, 3, 8, 0, 0, DateTimeKind.Utc), null);
            }
        }

        var viewer = ApiHarness.CustomerViewer(large.Id);
        var ids = new { ids = many.Select(customer => GlobalId.Serialize("Customer", customer.Id)).ToArray() };
        var cold = await host.DashboardAsync(viewer);
        var coldCount = host.LastStatements;
        var warm = await host.DashboardAsync(viewer);
        var warmCount = host.LastStatements;
        var staffCold = await host.ExecuteAsync(ApiHarness.Operator, StaffDashboard, ids);
        var staffColdCount = host.LastStatements;
        var staffWarm = await host.ExecuteAsync(ApiHarness.Operator, StaffDashboard, ids);
        var staffWarmCount = host.LastStatements;

        Assert.Equal((DashboardStatements, 1, DashboardStatements, 1), (coldCount, warmCount, staffColdCount, staffWarmCount));
        Assert.Equal(cold, warm);
        Assert.Equal(staffCold, staffWarm);
        Assert.Contains("\"totalCount\":40", warm, StringComparison.Ordinal);
        Assert.DoesNotContain("\"errors\"", staffWarm, StringComparison.Ordinal);
        Assert.Equal(20, staffWarm.Split("\"unreadNoticeCount\":1", StringSplitOptions.None).Length - 1);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Dashboard_WarmForASignedInCustomer_RunsNoStatementAfterTheSessionCheck(string provider)
    {
        await using var host = await CachingApiHost.CreateAsync(provider);
        CustomerRow customer;
        await using (var db = host.SystemContext())
        {
            var seed = new CustomerSeed(db);
            customer = await seed.CustomerAsync("K-SIGNED-IN");
            var premises = await seed.PremisesAsync(customer, "P-1");
            var meter = await seed.MeterAsync(premises, "WM-1", new DateOnly(2021, 6, 15));
            await seed.ReadingsAsync(meter, new DateOnly(2025, 10, 1), 3, 100m, 4m);
            await seed.InvoicesAsync(customer, new DateOnly(2025, 11, 3), 3, 5_000);
            await seed.NoticeAsync(customer, "Przerwa 1", new DateTime(2026, 3, 1, 8, 0, 0, DateTimeKind.Utc), null);
        }

        var secret = await host.StartSessionAsync(customer.Id);
        var cold = await host.ExecuteSignedInAsync(secret, CustomerDashboard);
        var coldCount = host.LastStatements;
        var warm = await host.ExecuteSignedInAsync(secret, CustomerDashboard);
        var warmCount = host.LastStatements;

        // The session check's one statement read the customer's data version: nothing else runs while the rows are cached.
        Assert.Equal((DashboardStatements, 0), (coldCount, warmCount));
        Assert.Equal(cold, warm);
        Assert.Contains("\"number\":\"K-SIGNED-IN\"", warm, StringComparison.Ordinal);
        Assert.Contains("\"unreadNoticeCount\":1", warm, StringComparison.Ordinal);
    }
}
