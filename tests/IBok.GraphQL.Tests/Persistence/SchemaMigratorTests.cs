using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Auditing;
using Microsoft.EntityFrameworkCore;

namespace IBok.GraphQL.Tests.Persistence;

public sealed class SchemaMigratorTests
{
    [Fact]
    public void ScriptsFor_BothProviders_HaveTheSameVersionsAndNames()
    {
        var sqlite = SchemaMigrator.ScriptsFor("sqlite").Select(script => (script.Version, script.Name)).ToList();
        var postgresql = SchemaMigrator.ScriptsFor("postgresql").Select(script => (script.Version, script.Name)).ToList();

        Assert.NotEmpty(sqlite);
        Assert.Equal(sqlite, postgresql);
        // Numbers are handed out per area (0003 belongs to accounts), so a branch may lack one: ascending from 1 is the rule.
        Assert.Equal(1, sqlite[0].Version);
        Assert.Equal(sqlite.Select(script => script.Version).Distinct().Order(), sqlite.Select(script => script.Version));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task MigrateAsync_EmptyDatabase_AppliesEveryScriptOnceInOrder(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var context = database.CreateContext();
        var expected = SchemaMigrator.ScriptsFor(provider).Select(script => script.Version).ToList();

        var first = await SchemaMigrator.MigrateAsync(context);
        var second = await SchemaMigrator.MigrateAsync(context);

        Assert.Equal(expected, first);
        Assert.Empty(second);
        Assert.Equal(expected, await SchemaMigrator.AppliedVersionsAsync(context));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task MigrateAsync_TargetVersion_StopsThereAndLaterRunCarriesOn(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var context = database.CreateContext();
        var afterFirst = SchemaMigrator.ScriptsFor(provider).Select(script => script.Version).Where(version => version > 1).ToList();

        var upToFirst = await SchemaMigrator.MigrateAsync(context, targetVersion: 1);
        var rest = await SchemaMigrator.MigrateAsync(context);

        Assert.Equal([1], upToFirst);
        Assert.Equal(afterFirst, rest);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task MigratedDatabase_AuditEntry_RoundTripsThroughTheModel(string provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var occurredAt = new DateTime(2026, 3, 5, 10, 15, 30, DateTimeKind.Utc);
        await using (var write = database.CreateContext())
        {
            write.Set<AuditEntry>().Add(new AuditEntry
            {
                OccurredAt = occurredAt,
                ActorAccountId = 7,
                ActorName = "Anna Operatorka",
                ActorRole = "Operator",
                Action = "payment.register",
                SubjectType = "Payment",
                SubjectId = "42",
                DetailsJson = """{"amount":"123.45"}""",
            });
            await write.SaveChangesAsync();
        }

        await using var read = database.CreateContext();
        var entry = await read.Set<AuditEntry>().SingleAsync();
        Assert.Equal(occurredAt, entry.OccurredAt.ToUniversalTime());
        Assert.Equal(("Anna Operatorka", "payment.register", "42"), (entry.ActorName, entry.Action, entry.SubjectId));
    }

    [Fact]
    public async Task MigrateAsync_Sqlite_SwitchesTheFileToWriteAheadLogging()
    {
        await using var database = await TestDatabase.CreateMigratedAsync("sqlite");
        await using var context = database.CreateContext();
        await context.Database.OpenConnectionAsync();
        await using var command = context.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";

        Assert.Equal("wal", await command.ExecuteScalarAsync());
    }
}
