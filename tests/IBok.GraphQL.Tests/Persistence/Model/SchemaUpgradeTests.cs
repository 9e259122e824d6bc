using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Mapping;
using IBok.GraphQL.Persistence.Model.Customers;
using Microsoft.EntityFrameworkCore;

namespace IBok.GraphQL.Tests.Persistence.Model;

public sealed class SchemaUpgradeTests
{
    private const int CustomerSearchNameVersion = 4;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task MigrateAsync_DatabaseBeforeCustomerSearchName_KeepsEveryRowAndFillsSearchNames(string provider)
    {
        var previous = SchemaMigrator.ScriptsFor(provider).Select(script => script.Version).Where(version => version < CustomerSearchNameVersion).Max();
        await using var database = await TestDatabase.CreateMigratedAsync(provider, previous);
        List<object> saved;
        long firstId, secondId;
        await using (var old = database.CreateContext())
        {
            // The model already has customers.search_name, which this schema lacks: customers go in with the old SQL.
            firstId = await InsertCustomerAsync(old, "10001", "  Łucja Żółć-Gęślą  ");
            secondId = await InsertCustomerAsync(old, "10002", "ANNA ŚWIĘTOCHŁOWSKA-ĆWIEK");
            var notice = await CoreRows.AddSharedAsync(old);
            await CoreRows.AddOwnedRowsAsync(old, firstId, 1, notice.Id);
            await CoreRows.AddOwnedRowsAsync(old, secondId, 2, notice.Id);
            saved = old.ChangeTracker.Entries().Select(entry => entry.Entity).ToList();
        }

        await using (var upgrade = database.CreateContext())
        {
            var applied = await SchemaMigrator.MigrateAsync(upgrade);
            Assert.Contains(CustomerSearchNameVersion, applied);
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
        var customers = await read.Set<CustomerRow>().OrderBy(row => row.Number).ToListAsync();
        Assert.Equal(
            [(firstId, "10001", "  Łucja Żółć-Gęślą  ", "lucja zolc-gesla"), (secondId, "10002", "ANNA ŚWIĘTOCHŁOWSKA-ĆWIEK", "anna swietochlowska-cwiek")],
            customers.Select(row => (row.Id, row.Number, row.Name, row.SearchName)));
        Assert.All(customers, row => Assert.Equal(CustomerSearch.Fold(row.Name), row.SearchName));
        Assert.Equal(
            [("Źródlana", "12A", "3", "47-100", "Strzelce Opolskie", "lucja@example.pl", CoreRows.Instant)],
            customers.Take(1).Select(row => (row.Street, row.BuildingNumber, row.ApartmentNumber, row.PostalCode, row.City, row.Email, row.CreatedAt)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CustomerSearchName_AfterUpgrade_FindsByFoldedPrefix(string provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using (var write = database.CreateContext())
        {
            write.Add(CustomerMapping.ToRow(IBok.Domain.Customers.Customer.Household(
                IBok.Domain.Customers.CustomerNumber.Parse("555"),
                "Żaneta Łękawska",
                new IBok.Domain.Customers.PostalAddress("Polna", "1", null, "00-950", "Warszawa"))));
            await write.SaveChangesAsync();
        }

        await using var read = database.CreateContext();
        var query = CustomerSearch.Fold("ŻANETA Ł") + "%";

        Assert.Equal(["555"], await read.Set<CustomerRow>().Where(row => EF.Functions.Like(row.SearchName, query)).Select(row => row.Number).ToListAsync());
    }

    private static async Task<long> InsertCustomerAsync(IBokDbContext context, string number, string name)
    {
        var email = number == "10001" ? "lucja@example.pl" : null;
        await context.Database.ExecuteSqlAsync($"""
            INSERT INTO customers (number, kind, name, nip, street, building_number, apartment_number, postal_code, city,
                                   email, phone, preferred_language, individual_account_number, created_at)
            VALUES ({number}, {"Household"}, {name}, {null}, {"Źródlana"}, {"12A"}, {"3"}, {"47-100"}, {"Strzelce Opolskie"},
                    {email}, {"+48601234567"}, {"Polish"}, {null}, {CoreRows.Instant})
            """);
        return await context.Database.SqlQuery<long>($"SELECT id AS \"Value\" FROM customers WHERE number = {number}").SingleAsync();
    }
}
