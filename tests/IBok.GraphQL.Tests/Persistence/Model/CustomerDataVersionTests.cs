using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Model.Customers;
using Microsoft.EntityFrameworkCore;

namespace IBok.GraphQL.Tests.Persistence.Model;

/// <summary>
/// Migration 0006: customers.data_version is renewed in the same transaction as every change of a row the
/// customer-scoped read loaders read (the read cache's validity rests on it), whoever writes it.
/// </summary>
public sealed class CustomerDataVersionTests
{
    private const int DataVersionMigration = 6;

    /// <summary>Every table whose rows the cached loaders read (or join), with a trigger per change.</summary>
    public static TheoryData<string, string> ProvidersAndOwnedTables()
    {
        var data = new TheoryData<string, string>();
        foreach (var provider in new[] { "sqlite", "postgresql" })
        {
            foreach (var table in OwnedTables)
            {
                data.Add(provider, table);
            }
        }

        return data;
    }

    private static readonly string[] OwnedTables =
    [
        "premises", "contracts", "customer_files", "consents", "interest_notes", "interest_note_lines", "cases", "meters",
        "meter_readings", "invoices", "ledger_entries", "notice_deliveries",
    ];

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task MigrateAsync_DatabaseBeforeDataVersion_KeepsEveryRowAndGivesEachCustomerItsOwnToken(string provider)
    {
        var previous = SchemaMigrator.ScriptsFor(provider).Select(script => script.Version).Where(version => version < DataVersionMigration).Max();
        await using var database = await TestDatabase.CreateMigratedAsync(provider, previous);
        var saved = new List<object>();
        await using (var old = database.CreateContext())
        {
            // EF Core never writes data_version, so the model's inserts fit the schema before 0006.
            var notice = await CoreRows.AddSharedAsync(old);
            saved.AddRange(await CoreRows.AddCustomerAsync(old, 1, notice.Id));
            saved.AddRange(await CoreRows.AddCustomerAsync(old, 2, notice.Id));
        }

        await using (var upgrade = database.CreateContext())
        {
            Assert.Contains(DataVersionMigration, await SchemaMigrator.MigrateAsync(upgrade));
        }

        await using var read = database.CreateContext();
        var differences = new List<string>();
        foreach (var row in saved)
        {
            var entityType = read.Model.FindEntityType(row.GetType())!;
            var key = entityType.FindPrimaryKey()!.Properties.Select(property => property.PropertyInfo!.GetValue(row)).ToArray();
            var stored = await read.FindAsync(row.GetType(), key);
            differences.AddRange(stored is null ? [$"{row.GetType().Name} {key[0]}: lost"] : EntityRoundTripTests.Differences(entityType, row, stored));
        }

        Assert.Empty(differences);
        var versions = await read.Set<CustomerRow>().Select(row => row.DataVersion).ToListAsync();
        Assert.Equal(2, versions.Count);
        Assert.Equal(2, versions.Distinct().Count());
        Assert.DoesNotContain(0L, versions);
    }

    [Theory]
    [MemberData(nameof(ProvidersAndOwnedTables))]
    public async Task UpdateOfAnOwnedRowByRawSql_RenewsOnlyItsCustomersToken(string provider, string table)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var (first, second) = await TwoCustomersAsync(database);
        var before = await VersionsAsync(database);

        int updated;
        await using (var db = database.CreateContext())
        {
            // table comes from the fixed list above, never from input.
#pragma warning disable EF1002
            updated = await db.Database.ExecuteSqlRawAsync($"UPDATE {table} SET customer_id = customer_id WHERE customer_id = {first}");
#pragma warning restore EF1002
        }

        var after = await VersionsAsync(database);
        Assert.True(updated > 0, $"no {table} row of the customer to update");
        Assert.NotEqual(before[first], after[first]);
        Assert.Equal(before[second], after[second]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RowMovedToAnotherCustomer_RenewsBothTokens(string provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var (first, second) = await TwoCustomersAsync(database);
        var before = await VersionsAsync(database);

        await using (var db = database.CreateContext())
        {
            var consent = await db.Set<ConsentRow>().FirstAsync(row => row.CustomerId == first);
            consent.CustomerId = second;
            await db.SaveChangesAsync();
        }

        var after = await VersionsAsync(database);
        Assert.Equal((true, true), (before[first] != after[first], before[second] != after[second]));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task InsertDeleteAndCustomerUpdate_EachRenewTheToken_SharedNoticeUpdateRenewsEveryRecipient(string provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var (first, second) = await TwoCustomersAsync(database);
        var tokens = new List<(long First, long Second)>();
        async Task RecordAsync()
        {
            var versions = await VersionsAsync(database);
            tokens.Add((versions[first], versions[second]));
        }

        await RecordAsync();
        await using (var db = database.CreateContext())
        {
            db.Add(new PremisesRow { CustomerId = first, Code = "P-EXTRA", Street = "Polna", BuildingNumber = "1", PostalCode = "00-950", City = "Warszawa" });
            await db.SaveChangesAsync();
            await RecordAsync();
            await db.Set<PremisesRow>().Where(row => row.Code == "P-EXTRA").ExecuteDeleteAsync();
            await RecordAsync();
            var customer = await db.Set<CustomerRow>().SingleAsync(row => row.Id == first);
            customer.Email = "nowy@example.pl";
            await db.SaveChangesAsync();
            await RecordAsync();
            await db.Database.ExecuteSqlAsync($"UPDATE notices SET title = {"Nowy tytuł"}");
            await RecordAsync();
        }

        // Each step renews the first customer's token; only the shared notice (delivered to both) renews the second's.
        Assert.Equal(5, tokens.Select(pair => pair.First).Distinct().Count());
        Assert.Equal(2, tokens.Select(pair => pair.Second).Distinct().Count());
        Assert.Equal(tokens[0].Second, tokens[3].Second);
    }

    private static async Task<(long First, long Second)> TwoCustomersAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var notice = await CoreRows.AddSharedAsync(db);
        await CoreRows.AddCustomerAsync(db, 1, notice.Id);
        await CoreRows.AddCustomerAsync(db, 2, notice.Id);
        var ids = await db.Set<CustomerRow>().OrderBy(row => row.Id).Select(row => row.Id).ToListAsync();
        return (ids[0], ids[1]);
    }

    private static async Task<Dictionary<long, long>> VersionsAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        return await db.Set<CustomerRow>().AsNoTracking().ToDictionaryAsync(row => row.Id, row => row.DataVersion);
    }
}
