using System.Data.Common;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace IBok.GraphQL.Tests.Persistence.Model;

/// <summary>The hand-written SQL and the EF Core model describe the same tables (both providers).</summary>
public sealed class SchemaConsistencyTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CoreColumns_Nullability_MatchesTheModel(string provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var context = database.CreateContext();
        var mismatches = new List<string>();

        foreach (var entityType in CoreEntityTypes(context))
        {
            var table = entityType.GetTableName()!;
            var columns = await ColumnNullabilityAsync(context, provider, table);
            var identifier = StoreObjectIdentifier.Table(table, null);
            foreach (var property in entityType.GetProperties().Where(property => !property.IsPrimaryKey()))
            {
                var column = property.GetColumnName(identifier)!;
                if (!columns.TryGetValue(column, out var nullable))
                {
                    mismatches.Add($"{table}.{column}: missing");
                }
                else if (nullable != property.IsNullable)
                {
                    mismatches.Add($"{table}.{column}: database {(nullable ? "NULL" : "NOT NULL")}, model {(property.IsNullable ? "nullable" : "required")}");
                }
            }

            mismatches.AddRange(columns.Keys
                .Where(column => entityType.GetProperties().All(property => property.GetColumnName(identifier) != column))
                .Select(column => $"{table}.{column}: not in the model"));
        }

        Assert.Empty(mismatches);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task LookupIndexes_ExistInTheDatabase(string provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var context = database.CreateContext();
        var ownedTables = context.Model.GetEntityTypes()
            .Where(type => typeof(ICustomerOwned).IsAssignableFrom(type.ClrType))
            .Select(type => type.GetTableName()!)
            .ToList();
        var missing = new List<string>();

        foreach (var table in ownedTables)
        {
            if (!(await IndexDefinitionsAsync(context, provider, table)).Any(definition => definition.Contains("(customer_id", StringComparison.Ordinal)))
            {
                missing.Add($"{table}: no index leading with customer_id");
            }
        }

        foreach (var (table, definition) in new[]
                 {
                     ("customers", "UNIQUE INDEX ux_customers_number ON customers (number)"),
                     ("customers", "INDEX ix_customers_search_name ON customers (search_name"),
                     ("meters", "INDEX ix_meters_serial_number ON meters (serial_number)"),
                     ("invoices", "UNIQUE INDEX ux_invoices_number ON invoices (number)"),
                     ("cases", "UNIQUE INDEX ux_cases_signature ON cases (signature)"),
                 })
        {
            var definitions = (await IndexDefinitionsAsync(context, provider, table)).Select(Normalize);
            if (!definitions.Any(found => found.Contains(Normalize(definition), StringComparison.Ordinal)))
            {
                missing.Add($"{table}: no {definition}");
            }
        }

        Assert.Empty(missing);
    }

    private static IEnumerable<IEntityType> CoreEntityTypes(DbContext context) =>
        context.Model.GetEntityTypes().Where(type => type.ClrType.Namespace!.StartsWith("IBok.GraphQL.Persistence.Model", StringComparison.Ordinal));

    // PostgreSQL prints "ON public.customers USING btree (number)"; compare without those words.
    private static string Normalize(string definition) =>
        definition.Replace("public.", "", StringComparison.Ordinal).Replace(" USING btree", "", StringComparison.Ordinal);

    private static async Task<Dictionary<string, bool>> ColumnNullabilityAsync(DbContext context, string provider, string table)
    {
        var sql = provider == "sqlite"
            ? $"SELECT name, CASE WHEN \"notnull\" = 0 THEN 1 ELSE 0 END FROM pragma_table_info('{table}')"
            : $"SELECT column_name, CASE WHEN is_nullable = 'YES' THEN 1 ELSE 0 END FROM information_schema.columns WHERE table_name = '{table}'";
        var columns = new Dictionary<string, bool>(StringComparer.Ordinal);
        await foreach (var (name, nullable) in QueryAsync(context, sql))
        {
            columns[name] = nullable == "1";
        }

        return columns;
    }

    private static async Task<List<string>> IndexDefinitionsAsync(DbContext context, string provider, string table)
    {
        var sql = provider == "sqlite"
            ? $"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = '{table}' AND sql IS NOT NULL"
            : $"SELECT indexname, indexdef FROM pg_indexes WHERE tablename = '{table}'";
        var definitions = new List<string>();
        await foreach (var (_, definition) in QueryAsync(context, sql))
        {
            definitions.Add(definition);
        }

        return definitions;
    }

    private static async IAsyncEnumerable<(string First, string Second)> QueryAsync(DbContext context, string sql)
    {
        await context.Database.OpenConnectionAsync();
        await using DbCommand command = context.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            yield return (Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!,
                Convert.ToString(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture)!);
        }
    }
}
