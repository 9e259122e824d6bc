using System.Collections;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Model.Billing;
using IBok.GraphQL.Persistence.Model.Customers;
using IBok.GraphQL.Persistence.Model.Metering;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace IBok.GraphQL.Tests.Persistence.Model;

public sealed class EntityRoundTripTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task EveryCoreEntity_SavedAndReadBack_HasExactlyTheSameValues(string provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        List<object> saved;
        await using (var write = database.CreateContext())
        {
            var notice = await CoreRows.AddSharedAsync(write);
            await CoreRows.AddCustomerAsync(write, 1, notice.Id);
            saved = write.ChangeTracker.Entries().Select(entry => entry.Entity).ToList();
        }

        await using var read = database.CreateContext();
        var differences = new List<string>();
        foreach (var row in saved)
        {
            var entityType = read.Model.FindEntityType(row.GetType())!;
            var key = entityType.FindPrimaryKey()!.Properties.Select(property => property.PropertyInfo!.GetValue(row)).ToArray();
            var stored = await read.FindAsync(row.GetType(), key);
            if (stored is null)
            {
                differences.Add($"{row.GetType().Name} {key[0]}: not found");
                continue;
            }

            differences.AddRange(Differences(entityType, row, stored));
        }

        Assert.Empty(differences);
        var coveredTypes = saved.Select(row => row.GetType()).ToHashSet();
        var coreTypes = read.Model.GetEntityTypes()
            .Select(type => type.ClrType)
            .Where(type => type.Namespace!.StartsWith("IBok.GraphQL.Persistence.Model", StringComparison.Ordinal));
        Assert.Empty(coreTypes.Where(type => !coveredTypes.Contains(type)).Select(type => type.Name));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task MoneyDatesQuantitiesAndPolishText_ReadBack_AsWritten(string provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using (var write = database.CreateContext())
        {
            var notice = await CoreRows.AddSharedAsync(write);
            await CoreRows.AddCustomerAsync(write, 1, notice.Id);
        }

        await using var read = database.CreateContext();
        var customer = await read.Set<CustomerRow>().SingleAsync();
        var invoice = await read.Set<InvoiceRow>().Include(row => row.Lines).SingleAsync();
        var reading = await read.Set<MeterReadingRow>().SingleAsync();

        Assert.Equal("Łucja Żółć-Gęślą 1 Sp. z o.o.", customer.Name);
        Assert.Equal((98_765_432_101L, 7_901_234_568L, 106_666_666_669L), (invoice.NetGrosz, invoice.VatGrosz, invoice.GrossGrosz));
        Assert.Equal(new DateOnly(2026, 1, 31), invoice.SaleDate);
        Assert.Equal(12345.678m, reading.Value);
        Assert.Equal(1234.5678m, invoice.Lines.Single().Quantity);
        Assert.Equal(new DateTime(2026, 3, 5, 10, 15, 30, 123, 456, DateTimeKind.Utc), reading.CreatedAt);
        Assert.Equal(DateTimeKind.Utc, reading.CreatedAt.Kind);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task InvoiceBillingKey_SecondInvoiceForTheSamePeriod_IsRefused(string provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using (var write = database.CreateContext())
        {
            var notice = await CoreRows.AddSharedAsync(write);
            await CoreRows.AddCustomerAsync(write, 1, notice.Id);
        }

        await using var again = database.CreateContext();
        var first = await again.Set<InvoiceRow>().AsNoTracking().SingleAsync();
        first.Id = 0;
        first.Number = "FV/2026/02/000099";
        again.Add(first);

        await Assert.ThrowsAsync<DbUpdateException>(() => again.SaveChangesAsync());
    }

    /// <summary>Every mapped column of two rows of one entity type that differ, as "Type.Property: expected ≠ actual".</summary>
    internal static IEnumerable<string> Differences(IEntityType entityType, object expected, object actual)
    {
        // A column the database maintains (customers.data_version, renewed by triggers) is never written by EF Core.
        foreach (var property in entityType.GetProperties().Where(property =>
            property.PropertyInfo is not null && !(property.GetBeforeSaveBehavior() == PropertySaveBehavior.Ignore && !property.IsPrimaryKey())))
        {
            var left = property.PropertyInfo!.GetValue(expected);
            var right = property.PropertyInfo.GetValue(actual);
            if (!SameValue(left, right))
            {
                yield return $"{entityType.ClrType.Name}.{property.Name}: {Show(left)} ≠ {Show(right)}";
            }
        }
    }

    private static bool SameValue(object? left, object? right) => (left, right) switch
    {
        (null, null) => true,
        (DateTime a, DateTime b) => a == b && b.Kind == DateTimeKind.Utc,
        (string a, string b) => a == b,
        (IEnumerable a, IEnumerable b) => a.Cast<object>().SequenceEqual(b.Cast<object>()),
        _ => Equals(left, right),
    };

    private static string Show(object? value) => value switch
    {
        null => "null",
        DateTime time => time.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        string text => text,
        IEnumerable items => "[" + string.Join(",", items.Cast<object>()) + "]",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };
}
