using System.Diagnostics;
using System.Globalization;
using IBok.GraphQL.Application.Delivery;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Access;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace IBok.Benchmarks;

/// <summary>Times the daily notice run over a demo database (built with <c>demo-seed</c>), twice: the first run enqueues, the second finds everything queued.</summary>
/// <remarks>
/// <c>dotnet bin/Release/net10.0/IBok.Benchmarks.dll notice-run --database /tmp/noticebench/d100k.db [--day 2026-11-21] [--page 1000]</c>
/// (or <c>--postgres "Host=…"</c>). Migrates the database first (adds the outbox tables to an older demo file; not
/// timed). The day defaults to the demo's "today", so the demo's recent invoices, due dates and overdue documents
/// make notices due. On SQLite a second connection meanwhile takes the write lock every 100 ms (<c>BEGIN IMMEDIATE</c>
/// and rollback, as a sign-in's write would, with the provider's default busy handling) and the probe reports how long
/// those writers waited and how many gave up (the provider's 30 s default).
/// </remarks>
public static class NoticeRunProbe
{
    public static async Task RunAsync(string[] args)
    {
        var day = DateOnly.ParseExact(args.Option("--day") ?? "2026-11-21", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var page = int.Parse(args.Option("--page") ?? "1000", CultureInfo.InvariantCulture);
        var postgres = args.Option("--postgres");
        var sqliteFile = args.Option("--database") ?? "data/demo-bench.db";
        var database = postgres is not null
            ? new DatabaseOptions { Provider = "postgresql", ConnectionString = postgres }
            : new DatabaseOptions { Provider = "sqlite", ConnectionString = "Data Source=" + sqliteFile };
        var builder = new DbContextOptionsBuilder<IBokDbContext>();
        database.Configure(builder);
        await using (var migrate = new IBokDbContext(builder.Options, new ViewerAccessor { Viewer = Viewer.System }))
        {
            await SchemaMigrator.MigrateAsync(migrate);
        }

        var options = new DeliveryOptions { RunPageSize = page };
        foreach (var pass in new[] { "first", "second" })
        {
            await using var db = new IBokDbContext(builder.Options, new ViewerAccessor { Viewer = Viewer.System });
            using var stopWriter = new CancellationTokenSource();
            var writer = postgres is null ? Task.Run(() => WriteMeanwhileAsync("Data Source=" + sqliteFile, stopWriter.Token)) : Task.FromResult(new List<double>());
            var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var allocatedBefore = GC.GetTotalAllocatedBytes();
            var watch = Stopwatch.StartNew();
            var summary = await new DailyNoticeRun(db, new NoticeOutbox(db, TimeProvider.System, options), TimeProvider.System, options, NullLogger<DailyNoticeRun>.Instance)
                .RunAsync(day, CancellationToken.None);
            watch.Stop();
            await stopWriter.CancelAsync();
            var waits = await writer;
            process.Refresh();
            var counts = summary.Counts;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{database.Provider} {pass} run for {day:yyyy-MM-dd}: {counts.Customers:N0} customers, {counts.Planned:N0} due, {counts.Enqueued:N0} enqueued, {counts.AlreadyQueued:N0} already queued, {counts.Failed:N0} unreadable; " +
                $"{watch.Elapsed.TotalSeconds:F1} s wall, {(process.TotalProcessorTime - cpuBefore).TotalSeconds:F1} s CPU, {(GC.GetTotalAllocatedBytes() - allocatedBefore) / 1_048_576:N0} MB allocated, working set {process.WorkingSet64 / 1_048_576:N0} MB"));
            if (waits.Count > 0)
            {
                var failed = waits.Count(wait => wait < 0);
                waits = [.. waits.Select(Math.Abs).Order()];
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  concurrent writer: {waits.Count} attempts to take the write lock, {failed} gave up (database is locked), wait p50 {waits[waits.Count / 2]:F0} ms, p99 {waits[Math.Min(waits.Count - 1, waits.Count * 99 / 100)]:F0} ms, max {waits[^1]:F0} ms"));
            }
        }
    }

    /// <summary>Takes and releases the write lock every 100 ms until stopped; returns each acquisition's wait in milliseconds.</summary>
    private static async Task<List<double>> WriteMeanwhileAsync(string connectionString, CancellationToken stop)
    {
        var waits = new List<double>();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(CancellationToken.None);
        while (!stop.IsCancellationRequested)
        {
            var watch = Stopwatch.StartNew();
            try
            {
                await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(CancellationToken.None);
                waits.Add(watch.Elapsed.TotalMilliseconds);
                await transaction.RollbackAsync(CancellationToken.None);
            }
            catch (SqliteException busy) when (busy.SqliteErrorCode == 5)
            {
                // The provider gave up (30 s by default): a request would have failed; counted as a negative wait.
                waits.Add(-watch.Elapsed.TotalMilliseconds);
            }

            try
            {
                await Task.Delay(100, stop);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        return waits;
    }
}
