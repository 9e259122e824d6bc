using IBok.Domain.Metering;
using IBok.GraphQL.Application.Common;
using IBok.GraphQL.Application.Readings;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Persistence.Model.Metering;
using IBok.GraphQL.Tests.Api.Staff;
using IBok.GraphQL.Tests.Api.Staff.Billing;
using IBok.GraphQL.Tests.Persistence;
using IBok.GraphQL.Tests.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace IBok.GraphQL.Tests.Api.Readings;

/// <summary>
/// A customer's reading checked while another reading of the same meter and day is being stored. On PostgreSQL the two
/// checks can both pass (SQLite's write transaction, begun IMMEDIATE, already makes them one after the other); the
/// database's one-reading-per-day index refuses the second insert, and the submission is checked again.
/// </summary>
public sealed class SubmitReadingConflictTests
{
    private static readonly DateOnly March5 = new(2026, 3, 5);

    [Fact]
    public async Task SubmitAsync_AnotherReadingOfTheDayStoredAfterTheCheck_AnswersSameDayAndKeepsTheOtherReading()
    {
        await using var database = await TestDatabase.CreateMigratedAsync("postgresql");
        MeterRow meter;
        await using (var seed = database.CreateContext())
        {
            await BillingSeed.TariffsAsync(seed);
            await BillingSeed.MeteredContractAsync(seed, "100001", "UM/1");
            meter = await seed.Set<MeterRow>().AsNoTracking().SingleAsync();
        }

        var collector = new StoreAReadingBeforeTheFirstSave(database, meter, March5, 130m);
        var builder = new DbContextOptionsBuilder<IBokDbContext>();
        database.Options.Configure(builder);
        builder.AddInterceptors(collector);
        Outcome<RecordedReading> outcome;
        await using (var db = new IBokDbContext(builder.Options, new ViewerAccessor { Viewer = Viewer.ForCustomer(meter.CustomerId, 1, "Jan Kowalski") }))
        {
            outcome = await new ReadingService(db, new TestClock(StaffApiHost.Now)).SubmitAsync(meter.Id, March5, 125m, CancellationToken.None);
        }

        Assert.True(collector.Stored);
        Assert.Null(outcome.Value);
        Assert.Equal(["SAME_DAY"], outcome.Errors.Select(error => error.Code));
        await using var check = database.CreateContext();
        var stored = await check.Set<MeterReadingRow>().Where(row => row.ReadingDate == March5).ToListAsync();
        Assert.Equal([(130m, ReadingKind.Remote)], stored.Select(row => (row.Value, row.Kind)));
    }

    /// <summary>Stores a remote reading through another connection just before the context's first save.</summary>
    private sealed class StoreAReadingBeforeTheFirstSave(TestDatabase database, MeterRow meter, DateOnly day, decimal value) : SaveChangesInterceptor
    {
        public bool Stored { get; private set; }

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (!Stored)
            {
                Stored = true;
                await using var other = database.CreateImpatientContext();
                other.Add(BillingSeed.Reading(meter, day, value, ReadingKind.Remote));
                await other.SaveChangesAsync(cancellationToken);
            }

            return result;
        }
    }
}
