using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Relay;
using IBok.GraphQL.Tests.Api.CustomerReads;
using IBok.GraphQL.Tests.Api.Staff;
using IBok.GraphQL.Tests.Persistence;

namespace IBok.GraphQL.Tests.Application.CustomerReads;

/// <summary>
/// Rows cached for one customer are served only to a request that has read that customer through the viewer filter:
/// never to another customer or an anonymous viewer; staff reading the customer get the same, fresh rows.
/// </summary>
public sealed class DashboardCacheIsolationTests
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task OtherCustomerAndAnonymous_AfterAWarmCache_GetNothingOfIt(string provider)
    {
        await using var host = await CachingApiHost.CreateAsync(provider);
        var a = await DashboardCacheFreshnessTests.SeedAsync(host, "100001");
        var b = await DashboardCacheFreshnessTests.SeedAsync(host, "100002");
        var dashboardOfA = await DashboardCacheFreshnessTests.WarmAsync(host, a.Viewer);
        var idOfA = new { id = GlobalId.Serialize("Customer", a.Customer.Id) };

        var dashboardOfB = await host.DashboardAsync(b.Viewer);
        var statementsOfB = host.LastStatements;
        var bAskingForA = await host.ExecuteAsync(b.Viewer, CachingApiHost.DashboardById, idOfA);
        var anonymousAskingForA = await host.ExecuteAsync(Viewer.Anonymous, CachingApiHost.DashboardById, idOfA);
        var anonymousDashboard = await host.ExecuteAsync(Viewer.Anonymous, CachingApiHost.CustomerDashboard);

        Assert.Equal(7, statementsOfB);
        Assert.Contains("\"number\":\"100002\"", dashboardOfB, StringComparison.Ordinal);
        Assert.Contains("\"code\":\"P-100002\",\"meters\":[{\"serialNumber\":\"WM-100002\"", dashboardOfB, StringComparison.Ordinal);
        Assert.DoesNotContain("100001", dashboardOfB, StringComparison.Ordinal);
        Assert.Contains("100001", dashboardOfA, StringComparison.Ordinal);
        Assert.Equal("""{"data":{"customerById":null}}""", bAskingForA);
        Assert.Equal("""{"data":{"customerById":null}}""", anonymousAskingForA);
        Assert.Equal("""{"data":{"customer":null}}""", anonymousDashboard);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Staff_ReadingACachedCustomer_SeesTheSameRowsAndAfterAWriteTheNewOnes(string provider)
    {
        await using var host = await CachingApiHost.CreateAsync(provider);
        var a = await DashboardCacheFreshnessTests.SeedAsync(host, "100001");
        var ofCustomer = await DashboardCacheFreshnessTests.WarmAsync(host, a.Viewer);
        var idOfA = new { id = GlobalId.Serialize("Customer", a.Customer.Id) };

        var ofStaff = await host.ExecuteAsync(StaffApiHost.Operator, CachingApiHost.DashboardById, idOfA);
        var staffStatements = host.LastStatements;
        await host.MutateAsync(StaffApiHost.Operator,
            """mutation { registerPayment(customerNumber: "100001", amount: 16.01, valueDate: "2026-03-14", reference: "BANK-8") { errors { code } } }""");
        var ofStaffAfterPayment = await host.ExecuteAsync(StaffApiHost.Operator, CachingApiHost.DashboardById, idOfA);
        var ofCustomerAfterPayment = await host.DashboardAsync(a.Viewer);

        Assert.Equal(1, staffStatements);
        Assert.Equal(ofCustomer.Replace("{\"data\":{\"customer\":", "{\"data\":{\"customerById\":", StringComparison.Ordinal), ofStaff);
        Assert.Contains("\"toPay\":{\"amount\":\"200.00\"}", ofStaffAfterPayment, StringComparison.Ordinal);
        Assert.Equal(ofCustomerAfterPayment.Replace("{\"data\":{\"customer\":", "{\"data\":{\"customerById\":", StringComparison.Ordinal), ofStaffAfterPayment);
        Assert.Equal(1, host.LastStatements);
    }
}
