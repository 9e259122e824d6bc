using IBok.Domain.Metering;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Model.Metering;
using IBok.GraphQL.Tests.Api.Staff.Billing;
using Microsoft.EntityFrameworkCore;

namespace IBok.GraphQL.Tests.Persistence.Model;

/// <summary>Migration 0008 (one reading per meter and day) on a database with readings from before it.</summary>
public sealed class OneReadingPerDayUpgradeTests
{
    private const int OneReadingPerDayVersion = 8;

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task MigrateAsync_TwoReadingsOfOneMeterOnOneDay_KeepsTheBetterAndMarksTheOtherRejectedWithoutDeletingAny(string provider)
    {
        var previous = SchemaMigrator.ScriptsFor(provider).Select(script => script.Version).Where(version => version < OneReadingPerDayVersion).Max();
        await using var database = await TestDatabase.CreateMigratedAsync(provider, previous);
        long twiceFirst, twiceSecond, estimate, realAfterEstimate, rejected, alone;
        await using (var old = database.CreateContext())
        {
            await BillingSeed.TariffsAsync(old);
            await BillingSeed.MeteredContractAsync(old, "100001", "UM/1");
            var meter = await old.Set<MeterRow>().SingleAsync();
            MeterReadingRow Add(DateOnly day, decimal value, ReadingKind kind, ReadingStatus status = ReadingStatus.Accepted)
            {
                var row = BillingSeed.Reading(meter, day, value, kind, status);
                old.Add(row);
                return row;
            }

            var rows = new[]
            {
                Add(new DateOnly(2026, 3, 5), 120m, ReadingKind.Collector),
                Add(new DateOnly(2026, 3, 5), 121m, ReadingKind.Customer),
                Add(new DateOnly(2026, 4, 5), 130m, ReadingKind.Estimated),
                Add(new DateOnly(2026, 4, 5), 131m, ReadingKind.Remote),
                Add(new DateOnly(2026, 5, 5), 135m, ReadingKind.Customer, ReadingStatus.Rejected),
                Add(new DateOnly(2026, 5, 5), 140m, ReadingKind.Collector),
            };
            await old.SaveChangesAsync();
            (twiceFirst, twiceSecond, estimate, realAfterEstimate, rejected, alone) = (rows[0].Id, rows[1].Id, rows[2].Id, rows[3].Id, rows[4].Id, rows[5].Id);
        }

        var before = await CountAsync(database);
        await using (var upgrade = database.CreateContext())
        {
            Assert.Contains(OneReadingPerDayVersion, await SchemaMigrator.MigrateAsync(upgrade));
        }

        await using var read = database.CreateContext();
        var after = await read.Set<MeterReadingRow>().AsNoTracking().ToDictionaryAsync(row => row.Id);
        Assert.Equal(before, after.Count);
        Assert.Equal(
            [
                (twiceFirst, ReadingStatus.Accepted, (string?)null, (string?)null),
                (twiceSecond, ReadingStatus.Rejected, "iBOK schema upgrade 0008", $"A second reading of this meter on the same day; reading {twiceFirst} is kept."),
                (estimate, ReadingStatus.Rejected, "iBOK schema upgrade 0008", $"A second reading of this meter on the same day; reading {realAfterEstimate} is kept."),
                (realAfterEstimate, ReadingStatus.Accepted, null, null),
                (rejected, ReadingStatus.Rejected, null, null),
                (alone, ReadingStatus.Accepted, null, null),
            ],
            new[] { twiceFirst, twiceSecond, estimate, realAfterEstimate, rejected, alone }.Select(id => (id, after[id].Status, after[id].ReviewedBy, after[id].ReviewNote)));
        Assert.NotNull(after[twiceSecond].ReviewedAt);
        Assert.Null(after[twiceFirst].ReviewedAt);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Insert_ASecondReadingOfTheDay_IsRefusedAsTheSameDayConflictUnlessTheFirstIsRejected(string provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        MeterRow meter;
        await using (var seed = database.CreateContext())
        {
            await BillingSeed.TariffsAsync(seed);
            await BillingSeed.MeteredContractAsync(seed, "100001", "UM/1");
            meter = await seed.Set<MeterRow>().AsNoTracking().SingleAsync();
            seed.Add(BillingSeed.Reading(meter, new DateOnly(2026, 3, 5), 120m, ReadingKind.Collector, ReadingStatus.Rejected));
            seed.Add(BillingSeed.Reading(meter, new DateOnly(2026, 3, 5), 121m, ReadingKind.Collector));
            await seed.SaveChangesAsync();
        }

        await using var db = database.CreateContext();
        db.Add(BillingSeed.Reading(meter, new DateOnly(2026, 3, 5), 121m, ReadingKind.Customer));
        var refused = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        Assert.True(SameDayReadingConflict.Is(refused), refused.InnerException?.Message);
    }

    private static async Task<int> CountAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        return await db.Set<MeterReadingRow>().CountAsync();
    }
}
