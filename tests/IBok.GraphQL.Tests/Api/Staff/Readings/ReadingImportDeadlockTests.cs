using System.Data.Common;
using IBok.Domain.Metering;
using IBok.GraphQL.Application.Staff.Readings;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Persistence.Model.Metering;
using IBok.GraphQL.Tests.Api.Staff.Billing;
using IBok.GraphQL.Tests.Persistence;
using IBok.GraphQL.Tests.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace IBok.GraphQL.Tests.Api.Staff.Readings;

/// <summary>
/// On PostgreSQL every reading also updates its customer's row (the read cache's trigger), locking it until the commit:
/// two transactions that write the same customers in opposite orders deadlock. Imports write in customer-id order, so
/// two imports sent in opposite orders queue behind each other instead.
/// </summary>
public sealed class ReadingImportDeadlockTests
{
    private static readonly DateOnly March5 = new(2026, 3, 5);

    [Fact]
    public async Task OppositeCustomerOrders_TwoPlainTransactions_PostgreSqlEndsOneAsADeadlock()
    {
        await using var database = await ReadingImportChunkTests.FiveMetersAsync("postgresql");
        await using var first = database.CreateContext();
        await using var second = database.CreateContext();
        var meters = await first.Set<MeterRow>().AsNoTracking().OrderBy(row => row.CustomerId).Take(2).ToListAsync();

        await using var firstTransaction = await first.Database.BeginTransactionAsync();
        await using var secondTransaction = await second.Database.BeginTransactionAsync();
        first.Add(BillingSeed.Reading(meters[0], March5, 121m, ReadingKind.Collector));
        await first.SaveChangesAsync();
        second.Add(BillingSeed.Reading(meters[1], March5, 122m, ReadingKind.Collector));
        await second.SaveChangesAsync();

        // Each now wants the customer row the other holds.
        first.Add(BillingSeed.Reading(meters[1], March5.AddDays(1), 123m, ReadingKind.Collector));
        var firstWaits = first.SaveChangesAsync();
        await WaitForALockWaiterAsync(database, () => firstWaits.IsCompleted);
        second.Add(BillingSeed.Reading(meters[0], March5.AddDays(1), 124m, ReadingKind.Collector));
        var secondWaits = second.SaveChangesAsync();

        var outcomes = await Task.WhenAll(OutcomeAsync(first, firstWaits), OutcomeAsync(second, secondWaits));
        Assert.Equal(["40P01", "ok"], outcomes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ImportAsync_TwoImportsInOppositeCustomerOrdersEachPausedInsideItsTransaction_BothCompleteWithoutADeadlock()
    {
        await using var database = await ReadingImportChunkTests.FiveMetersAsync("postgresql");
        var firstInserted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var secondInserted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // The first import, having written its first customer, waits until the second has written its own first
        // customer or waits for a lock; the second starts its inserts only after the first's first insert.
        var firstPause = new PauseAroundFirstReadingInsert(
            before: _ => Task.CompletedTask,
            after: async _ =>
            {
                firstInserted.SetResult();
                await WaitForALockWaiterAsync(database, () => secondInserted.Task.IsCompleted);
            });
        var secondPause = new PauseAroundFirstReadingInsert(
            before: _ => firstInserted.Task,
            after: _ =>
            {
                secondInserted.SetResult();
                return Task.CompletedTask;
            });

        async Task<IReadOnlyList<ImportRowResult>> ImportAsync(PauseAroundFirstReadingInsert pause, DateOnly day, params int[] customers)
        {
            await using var db = OneStatementPerCommandContext(database, pause);
            var readings = customers.Select(index => new ImportedReading($"WM-10000{index}", day, $"{120 + day.Day + index}")).ToList();
            return await new ReadingImport(db, new TestClock(StaffApiHost.Now)).ImportAsync(readings, CancellationToken.None);
        }

        var results = await Task.WhenAll(ImportAsync(firstPause, March5, 1, 2), ImportAsync(secondPause, March5.AddDays(1), 2, 1));

        Assert.Equal("Added Added | Added Added", string.Join(" | ", results.Select(result => string.Join(" ", result.Select(row => row.Status)))));
        Assert.Equal((2, 2), (firstPause.ReadingInserts, secondPause.ReadingInserts));
        await using var check = database.CreateContext();
        var stored = await check.Set<MeterReadingRow>().Where(row => row.ReadingDate >= March5).OrderBy(row => row.ReadingDate).ThenBy(row => row.Value).Select(row => row.Value).ToListAsync();
        Assert.Equal([126m, 127m, 127m, 128m], stored);
    }

    /// <summary>Waits until a connection of the test's database waits for a lock, or <paramref name="done"/>.</summary>
    private static async Task WaitForALockWaiterAsync(TestDatabase database, Func<bool> done)
    {
        await using var watcher = new NpgsqlConnection(database.Options.ConnectionString);
        await watcher.OpenAsync();
        await using var query = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'", watcher);

        // A guard against a hang, not a measurement: the wait ends as soon as either condition holds.
        for (var poll = 0; poll < 3000; poll++)
        {
            if (done() || (long)(await query.ExecuteScalarAsync())! > 0)
            {
                return;
            }

            await Task.Delay(10);
        }

        throw new InvalidOperationException("Neither transaction went on nor waited for a lock.");
    }

    /// <summary>"ok", or the failure's SQLSTATE; a failed transaction is rolled back at once, releasing what the other waits for.</summary>
    private static async Task<string> OutcomeAsync(IBokDbContext db, Task save)
    {
        try
        {
            await save;
            return "ok";
        }
        catch (Exception failure) when (failure.GetBaseException() is PostgresException postgres)
        {
            await db.Database.RollbackTransactionAsync();
            return postgres.SqlState;
        }
    }

    /// <summary>A context that sends every INSERT as a command of its own, so a test can pause between them.</summary>
    private static IBokDbContext OneStatementPerCommandContext(TestDatabase database, IInterceptor interceptor)
    {
        var builder = new DbContextOptionsBuilder<IBokDbContext>();
        builder.UseNpgsql(database.Options.ConnectionString, npgsql => npgsql.MaxBatchSize(1)).AddInterceptors(interceptor);
        return new IBokDbContext(builder.Options, new ViewerAccessor { Viewer = Viewer.System });
    }

    /// <summary>Runs <c>before</c> ahead of the first INSERT into meter_readings and <c>after</c> once it has run; counts those INSERTs.</summary>
    private sealed class PauseAroundFirstReadingInsert(Func<CancellationToken, Task> before, Func<CancellationToken, Task> after) : DbCommandInterceptor
    {
        private int readingInserts;

        public int ReadingInserts => Volatile.Read(ref readingInserts);

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (IsReadingInsert(command) && ReadingInserts == 0)
            {
                await before(cancellationToken);
            }

            return result;
        }

        public override async ValueTask<DbDataReader> ReaderExecutedAsync(
            DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
        {
            if (IsReadingInsert(command) && Interlocked.Increment(ref readingInserts) == 1)
            {
                await after(cancellationToken);
            }

            return result;
        }

        private static bool IsReadingInsert(DbCommand command) =>
            command.CommandText.TrimStart().StartsWith("INSERT INTO meter_readings", StringComparison.Ordinal)
            || command.CommandText.TrimStart().StartsWith("INSERT INTO \"meter_readings\"", StringComparison.Ordinal);
    }
}
