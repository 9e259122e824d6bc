using System.Data;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Persistence.Model.Customers;
using IBok.GraphQL.Persistence.Model.Metering;
using IBok.GraphQL.Tests.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IBok.GraphQL.Tests.Persistence;

/// <summary>
/// Requests rent their <see cref="IBokDbContext"/> from a pool: with a pool of one context every request below gets
/// the same instance, so whatever one request leaves in it (viewer, tracked entities, transaction, open connection)
/// would reach the next.
/// </summary>
public sealed class ContextPoolTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Rent_CustomerAThenCustomerB_BSeesOnlyItsRowsAndNothingTrackedByA(string provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var (first, second) = await SeedTwoCustomersAsync(database);
        await using var services = PooledServices(database);

        IBokDbContext rentedByA;
        await using (var requestA = services.CreateAsyncScope())
        {
            rentedByA = Rent(requestA, Viewer.ForCustomer(first, 501, "Łucja 1"));
            var customers = await rentedByA.Set<CustomerRow>().ToListAsync();
            Assert.Equal([first], customers.Select(row => row.Id));
            customers[0].Name = "Zmienione przez A";
            rentedByA.Add(new CustomerRow { Number = "A-NIEZAPISANY", Name = "Nowy od A" });
            Assert.Equal(2, rentedByA.ChangeTracker.Entries().Count());
        }

        Assert.Equal(Viewer.Anonymous, rentedByA.Viewer);
        await using var requestB = services.CreateAsyncScope();
        // The transport resolves the context before it knows the viewer (the session check uses it), then sets it.
        var rentedByB = requestB.ServiceProvider.GetRequiredService<IBokDbContext>();
        requestB.ServiceProvider.GetRequiredService<ViewerAccessor>().Viewer = Viewer.ForCustomer(second, 502, "Łucja 2");

        Assert.Same(rentedByA, rentedByB);
        Assert.Empty(rentedByB.ChangeTracker.Entries());
        Assert.Equal([second], await rentedByB.Set<CustomerRow>().Select(row => row.Id).ToListAsync());
        Assert.Equal([second], await rentedByB.Set<MeterRow>().Select(row => row.CustomerId).Distinct().ToListAsync());
        Assert.Null(await rentedByB.Set<CustomerRow>().FindAsync(first));
        await using var system = database.CreateContext();
        Assert.Equal(
            ["Łucja Żółć-Gęślą 1 Sp. z o.o.", "Łucja Żółć-Gęślą 2 Sp. z o.o."],
            await system.Set<CustomerRow>().OrderBy(row => row.Id).Select(row => row.Name).ToListAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Return_InTheMiddleOfAFailedRequest_NextRequestGetsACleanContext(string provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var (first, _) = await SeedTwoCustomersAsync(database);
        await using var services = PooledServices(database);

        var requestFailed = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await using var request = services.CreateAsyncScope();
            var failed = Rent(request, Viewer.System);
            await failed.Database.OpenConnectionAsync();
            await failed.Database.BeginTransactionAsync();
            var customer = await failed.Set<CustomerRow>().SingleAsync(row => row.Id == first);
            customer.Name = "Zapisane w transakcji";
            await failed.SaveChangesAsync();
            customer.Name = "Niezapisane";
            throw new InvalidOperationException("The request failed half way.");
        });
        Assert.Equal("The request failed half way.", requestFailed.Message);

        await using var next = services.CreateAsyncScope();
        var context = Rent(next, Viewer.System);
        // SQLite keeps the pooled context's connection open across rents (KeptOpenConnectionTests); PostgreSQL's is
        // Npgsql's to pool.
        Assert.Equal(provider == "sqlite" ? ConnectionState.Open : ConnectionState.Closed, context.Database.GetDbConnection().State);
        Assert.Null(context.Database.CurrentTransaction);
        Assert.Empty(context.ChangeTracker.Entries());
        Assert.Equal(QueryTrackingBehavior.TrackAll, context.ChangeTracker.QueryTrackingBehavior);
        Assert.Equal("Łucja Żółć-Gęślą 1 Sp. z o.o.", await context.Set<CustomerRow>().Where(row => row.Id == first).Select(row => row.Name).SingleAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Rent_StaffAndAnonymousAfterACustomer_EachSeesItsOwnRows(string provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var (first, second) = await SeedTwoCustomersAsync(database);
        await using var services = PooledServices(database);
        var viewers = new (Viewer? Viewer, long[] Expected)[]
        {
            (Viewer.ForCustomer(first, 501, "Łucja 1"), [first]),
            (Viewer.ForStaff(ViewerRole.Operator, 900, "Anna Operatorka"), [first, second]),
            (Viewer.ForCustomer(second, 502, "Łucja 2"), [second]),
            (Viewer.Anonymous, []),
            (Viewer.ForStaff(ViewerRole.Integration, 77, "API key: ksiegowosc"), [first, second]),
            // A request whose transport never sets a viewer is anonymous, not the previous request's viewer.
            (null, []),
        };

        var seen = new List<long[]>();
        IBokDbContext? previous = null;
        foreach (var (viewer, _) in viewers)
        {
            await using var request = services.CreateAsyncScope();
            var context = request.ServiceProvider.GetRequiredService<IBokDbContext>();
            if (viewer is not null)
            {
                request.ServiceProvider.GetRequiredService<ViewerAccessor>().Viewer = viewer;
            }

            Assert.Same(previous ?? context, context);
            previous = context;
            seen.Add([.. await context.Set<MeterRow>().Select(row => row.CustomerId).Distinct().OrderBy(id => id).ToListAsync()]);
        }

        Assert.Equal(viewers.Select(entry => entry.Expected), seen);
    }

    [Fact]
    public void AddIBokPersistence_PoolSizeZero_IsRefused()
    {
        var options = new DatabaseOptions { ContextPoolSize = 0 };

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new ServiceCollection().AddIBokPersistence(options));

        Assert.StartsWith("Database:ContextPoolSize must be at least 1.", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider PooledServices(TestDatabase database) =>
        new ServiceCollection()
            .AddIBokPersistence(database.Options with { ContextPoolSize = 1 })
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });

    private static IBokDbContext Rent(AsyncServiceScope request, Viewer viewer)
    {
        request.ServiceProvider.GetRequiredService<ViewerAccessor>().Viewer = viewer;
        return request.ServiceProvider.GetRequiredService<IBokDbContext>();
    }

    private static async Task<(long First, long Second)> SeedTwoCustomersAsync(TestDatabase database)
    {
        await using var seed = database.CreateContext();
        var notice = await CoreRows.AddSharedAsync(seed);
        await CoreRows.AddCustomerAsync(seed, 1, notice.Id);
        await CoreRows.AddCustomerAsync(seed, 2, notice.Id);
        var ids = await seed.Set<CustomerRow>().OrderBy(row => row.Number).Select(row => row.Id).ToListAsync();
        return (ids[0], ids[1]);
    }
}
