using IBok.GraphQL.Application.Accounts;
using IBok.GraphQL.Application.CustomerReads.Loaders;
using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Persistence.Model.Customers;
using IBok.GraphQL.Relay;
using IBok.GraphQL.Tests.Api.CustomerReads;
using IBok.GraphQL.Tests.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IBok.GraphQL.Tests.Application.CustomerReads;

/// <summary>
/// A signed-in customer's request takes its own customer's data version from the session check's statement
/// (<see cref="CustomerVersionByIdLoader.UseSessionVersion"/>): a write between two requests still shows on the second,
/// the version is used only for the viewer's own customer, and staff and API-key requests read the version as before.
/// </summary>
public sealed class SessionDataVersionTests
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task FindActive_CustomerAndStaffSessions_CustomerCarriesItsCurrentDataVersion(string provider)
    {
        await using var host = await CachingApiHost.CreateAsync(provider);
        var seeded = await DashboardCacheFreshnessTests.SeedAsync(host);
        var customerSecret = await host.StartSessionAsync(seeded.Customer.Id);
        var staffSecret = await host.StartSessionAsync(null, ViewerRole.Operator);
        await using var db = host.SystemContext();
        var current = await db.Set<CustomerRow>().Where(row => row.Id == seeded.Customer.Id).Select(row => row.DataVersion).SingleAsync();
        var now = host.Clock.GetUtcNow().UtcDateTime;

        var customer = await AccountSessionService.FindActiveAsync(db, customerSecret, now);
        var staff = await AccountSessionService.FindActiveAsync(db, staffSecret, now);

        Assert.Equal((seeded.Customer.Id, (long?)current), (customer?.CustomerId, customer?.CustomerDataVersion));
        Assert.Equal((ViewerRole.Operator, (long?)null, (long?)null), (staff?.Role, staff?.CustomerId, staff?.CustomerDataVersion));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SignedInDashboard_CustomerRowChangedThroughAnotherContext_NextRequestShowsIt(string provider)
    {
        await using var host = await CachingApiHost.CreateAsync(provider);
        var seeded = await DashboardCacheFreshnessTests.SeedAsync(host);
        var secret = await host.StartSessionAsync(seeded.Customer.Id);
        await host.ExecuteSignedInAsync(secret, CachingApiHost.CustomerDashboard);
        var warm = await host.ExecuteSignedInAsync(secret, CachingApiHost.CustomerDashboard);
        var warmStatements = host.LastStatements;

        await using (var other = host.SystemContext())
        {
            var row = await other.Set<CustomerRow>().SingleAsync(row => row.Id == seeded.Customer.Id);
            row.Name = "Anna Nowak";
            await other.SaveChangesAsync();
        }

        var after = await host.ExecuteSignedInAsync(secret, CachingApiHost.CustomerDashboard);
        // The session's version no longer matches the cached row: the row and every child kind are read again.
        var afterStatements = host.LastStatements;
        var cold = await ApiHarness.RunAsync(host.Database, ApiHarness.CustomerViewer(seeded.Customer.Id), CachingApiHost.CustomerDashboard);

        Assert.Contains("\"name\":\"Jan Kowalski\"", warm, StringComparison.Ordinal);
        Assert.Contains("\"name\":\"Anna Nowak\"", after, StringComparison.Ordinal);
        Assert.Equal(cold, after);
        Assert.Equal((0, 7), (warmStatements, afterStatements));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SignedInDashboard_ChildRowChangedByRawSql_NextRequestShowsIt(string provider)
    {
        await using var host = await CachingApiHost.CreateAsync(provider);
        var seeded = await DashboardCacheFreshnessTests.SeedAsync(host);
        var secret = await host.StartSessionAsync(seeded.Customer.Id);
        await host.ExecuteSignedInAsync(secret, CachingApiHost.CustomerDashboard);
        var warm = await host.ExecuteSignedInAsync(secret, CachingApiHost.CustomerDashboard);

        await using (var other = host.SystemContext())
        {
            await other.Database.ExecuteSqlAsync($"UPDATE invoices SET gross_grosz = 99999 WHERE number = {"FV/100001/002"}");
        }

        var after = await host.ExecuteSignedInAsync(secret, CachingApiHost.CustomerDashboard);
        var cold = await ApiHarness.RunAsync(host.Database, ApiHarness.CustomerViewer(seeded.Customer.Id), CachingApiHost.CustomerDashboard);

        Assert.DoesNotContain("\"amount\":\"999.99\"", warm, StringComparison.Ordinal);
        Assert.Contains("\"number\":\"FV/100001/002\",\"issueDate\":\"2026-02-03\",\"gross\":{\"amount\":\"999.99\"}", after, StringComparison.Ordinal);
        Assert.Equal(cold, after);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SessionVersion_OfAnotherCustomer_NeverServesThatCustomersCachedRow(string provider)
    {
        await using var host = await CachingApiHost.CreateAsync(provider);
        var victim = await DashboardCacheFreshnessTests.SeedAsync(host, "100001");
        var other = await DashboardCacheFreshnessTests.SeedAsync(host, "100002");
        await DashboardCacheFreshnessTests.WarmAsync(host, victim.Viewer);
        var staleVersion = host.Cache.TryGetAnyVersion(typeof(CustomerRow), victim.Customer.Id, out long cachedVersion, out CustomerRow _)
            ? cachedVersion
            : throw new InvalidOperationException("The victim's row is not cached.");
        await using (var db = host.SystemContext())
        {
            await db.Database.ExecuteSqlAsync($"UPDATE customers SET name = {"Anna Nowak"} WHERE id = {victim.Customer.Id}");
        }

        // The cached row's version handed over as if a session had read it: only the viewer's own customer may use it.
        void PrimeVictim(IServiceProvider services) =>
            services.GetRequiredService<CustomerVersionByIdLoader>().UseSessionVersion(victim.Customer.Id, staleVersion);
        var variables = new { id = GlobalId.Serialize("Customer", victim.Customer.Id) };
        var asOtherCustomer = await host.ExecuteAsync(other.Viewer, CachingApiHost.DashboardById, variables, PrimeVictim);
        var asOperator = await host.ExecuteAsync(ApiHarness.Operator, CachingApiHost.DashboardById, variables, PrimeVictim);

        Assert.Equal("{\"data\":{\"customerById\":null}}", asOtherCustomer);
        Assert.Contains("\"name\":\"Anna Nowak\"", asOperator, StringComparison.Ordinal);
        Assert.DoesNotContain("Jan Kowalski", asOperator, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task WarmDashboardById_StaffSessionAndApiKey_StillReadTheVersionInOneStatement(string provider)
    {
        await using var host = await CachingApiHost.CreateAsync(provider);
        var seeded = await DashboardCacheFreshnessTests.SeedAsync(host);
        var staffSecret = await host.StartSessionAsync(null, ViewerRole.Operator);
        var apiKey = Viewer.ForStaff(ViewerRole.Integration, 7, "API key: księgowość");
        var variables = new { id = GlobalId.Serialize("Customer", seeded.Customer.Id) };

        var cold = await host.ExecuteSignedInAsync(staffSecret, CachingApiHost.DashboardById, variables);
        var coldStatements = host.LastStatements;
        var staffWarm = await host.ExecuteSignedInAsync(staffSecret, CachingApiHost.DashboardById, variables);
        var staffWarmStatements = host.LastStatements;
        var apiKeyWarm = await host.ExecuteAsync(apiKey, CachingApiHost.DashboardById, variables);
        var apiKeyWarmStatements = host.LastStatements;

        Assert.Contains("\"number\":\"100001\"", cold, StringComparison.Ordinal);
        Assert.Equal(cold, staffWarm);
        Assert.Equal(cold, apiKeyWarm);
        Assert.Equal((7, 1, 1), (coldStatements, staffWarmStatements, apiKeyWarmStatements));
    }
}
