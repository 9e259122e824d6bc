using System.Reflection;
using IBok.GraphQL.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IBok.GraphQL.Tests.Persistence.Model;

public sealed class ModelSchemaTests
{
    private static readonly MethodInfo ReadOneMethod =
        typeof(ModelSchemaTests).GetMethod(nameof(ReadOneAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task EveryEntity_MigratedDatabase_HasEveryMappedColumn(string provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var context = database.CreateContext();
        var failures = new List<string>();

        foreach (var entityType in context.Model.GetEntityTypes().Where(type => !type.IsOwned()))
        {
            try
            {
                await (Task)ReadOneMethod.MakeGenericMethod(entityType.ClrType).Invoke(null, [context])!;
            }
            catch (Exception error)
            {
                failures.Add($"{entityType.ClrType.Name} ({entityType.GetTableName()}): {error.GetBaseException().Message}");
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public void EveryEntity_TableAndColumns_AreSnakeCase()
    {
        using var context = new IBokDbContext(new DbContextOptionsBuilder<IBokDbContext>().UseSqlite("Data Source=:memory:").Options);
        var offenders = new List<string>();

        foreach (var entityType in context.Model.GetEntityTypes())
        {
            var table = entityType.GetTableName()!;
            var identifier = Microsoft.EntityFrameworkCore.Metadata.StoreObjectIdentifier.Table(table, null);
            offenders.AddRange(
                new[] { table }
                    .Concat(entityType.GetProperties().Select(property => property.GetColumnName(identifier)!))
                    .Where(name => name.Any(c => char.IsUpper(c)) || name.Contains(' ', StringComparison.Ordinal))
                    .Select(name => $"{entityType.ClrType.Name}: {name}"));
        }

        Assert.Empty(offenders);
    }

    private static async Task ReadOneAsync<TEntity>(IBokDbContext context)
        where TEntity : class =>
        await context.Set<TEntity>().IgnoreQueryFilters().AsNoTracking().Take(1).ToListAsync();
}
