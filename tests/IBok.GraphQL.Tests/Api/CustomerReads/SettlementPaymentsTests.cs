using IBok.Domain;
using IBok.Domain.Settlements;
using IBok.GraphQL.Application;
using IBok.GraphQL.Application.CustomerReads;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Persistence.Model.Settlements;
using IBok.GraphQL.Tests.Persistence;
using IBok.GraphQL.Tests.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace IBok.GraphQL.Tests.Api.CustomerReads;

/// <summary>Payments with the documents the ledger applied them to (<see cref="SettlementPayments"/>), as the portal lists them.</summary>
public sealed class SettlementPaymentsTests
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Payments_EachPayingTheDocumentItNames_NewestFirstWithTheirDocuments(string provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var s = await Scenario.SeedAsync(database);

        var payments = await PaymentsAsync(database, s.A.Id);

        Assert.Equal(["PAY-A-2", "PAY-A-1"], payments.Select(payment => payment.Reference));
        var second = payments[0];
        Assert.Equal(new DateOnly(2026, 2, 20), second.ValueDate);
        Assert.Equal(Money.Pln(50.00m), second.Amount);
        Assert.Equal(PaymentChannel.BankTransfer, second.Channel);
        Assert.Equal("zapłata FV/A/002", second.Title);
        Assert.Equal("FV/A/002", second.NamedDocumentNumber);
        Assert.Equal([new PaymentAllocation("FV/A/002", DebitKind.Invoice, new DateOnly(2026, 2, 20), Money.Pln(50.00m))], second.AllocatedTo);
        Assert.Equal(Money.Zero, second.Unallocated);
        Assert.Equal([new PaymentAllocation("FV/A/001", DebitKind.Invoice, new DateOnly(2026, 1, 15), Money.Pln(108.00m))], payments[1].AllocatedTo);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Payments_OneNamingNoDocument_PaysTheOpenDocumentsAndLeavesTheRestOverpaid(string provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var s = await Scenario.SeedAsync(database);
        await using (var db = database.CreateContext())
        {
            await new CustomerSeed(db).PaymentAsync(s.A, "PAY-A-3", new DateOnly(2026, 3, 10), 20_000);
        }

        var payment = (await PaymentsAsync(database, s.A.Id))[0];

        Assert.Equal("PAY-A-3", payment.Reference);
        Assert.Null(payment.NamedDocumentNumber);
        Assert.Equal(
            [
                new PaymentAllocation("FV/A/002", DebitKind.Invoice, new DateOnly(2026, 3, 10), Money.Pln(79.60m)),
                new PaymentAllocation("FV/A/003", DebitKind.Invoice, new DateOnly(2026, 3, 10), Money.Pln(97.20m)),
            ],
            payment.AllocatedTo);
        Assert.Equal(Money.Pln(23.20m), payment.Unallocated);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Payments_AnotherCustomersViewer_SeesNone(string provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var s = await Scenario.SeedAsync(database);

        var payments = await PaymentsAsync(database, s.A.Id, ApiHarness.CustomerViewer(s.B.Id));

        Assert.Empty(payments);
    }

    private static async Task<IReadOnlyList<ReceivedPayment>> PaymentsAsync(TestDatabase database, long customerId, Viewer? viewer = null)
    {
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(new TestClock(ApiHarness.Now))
            .AddScoped<ViewerAccessor>()
            .AddDbContext<IBokDbContext>(database.Options.Configure)
            .AddIBokApplication()
            .BuildServiceProvider();
        await using var _ = services;
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ViewerAccessor>().Viewer = viewer ?? ApiHarness.CustomerViewer(customerId);
        var settlement = await scope.ServiceProvider.GetRequiredService<CustomerSettlements>().OfAsync(customerId, CancellationToken.None);
        return settlement.Payments();
    }
}
