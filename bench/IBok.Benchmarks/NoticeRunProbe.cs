using System.Diagnostics;
using System.Globalization;
using IBok.GraphQL.Application.Delivery;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace IBok.Benchmarks;

/// <summary>Times the daily notice run over a demo database (built with <c>demo-seed</c>), twice: the first run enqueues, the second finds everything queued.</summary>
/// <remarks>
/// <c>dotnet bin/Release/net10.0/IBok.Benchmarks.dll notice-run --database /tmp/noticebench/d100k.db [--day 2026-11-21] [--page 1000]</c>
/// (or <c>--postgres "Host=…"</c>). Migrates the database first (adds the outbox tables to an older demo file; not
/// timed). The day defaults to the demo's "today", so the demo's recent invoices, due dates and overdue documents
/// make notices due.
/// </remarks>
public static class NoticeRunProbe
{
    public static async Task RunAsync(string[] args)
    {
        string? Option(string name) => args.SkipWhile(arg => arg != name).Skip(1).FirstOrDefault();
        var day = DateOnly.ParseExact(Option("--day") ?? "2026-11-21", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var page = int.Parse(Option("--page") ?? "1000", CultureInfo.InvariantCulture);
        var postgres = Option("--postgres");
        var database = postgres is not null
            ? new DatabaseOptions { Provider = "postgresql", ConnectionString = postgres }
            : new DatabaseOptions { Provider = "sqlite", ConnectionString = "Data Source=" + (Option("--database") ?? "data/demo-bench.db") };
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
            var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var allocatedBefore = GC.GetTotalAllocatedBytes();
            var watch = Stopwatch.StartNew();
            var summary = await new DailyNoticeRun(db, new NoticeOutbox(db, TimeProvider.System, options), TimeProvider.System, options, NullLogger<DailyNoticeRun>.Instance)
                .RunAsync(day, CancellationToken.None);
            watch.Stop();
            process.Refresh();
            var counts = summary.Counts;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{database.Provider} {pass} run for {day:yyyy-MM-dd}: {counts.Customers:N0} customers, {counts.Planned:N0} due, {counts.Enqueued:N0} enqueued, {counts.AlreadyQueued:N0} already queued, {counts.Failed:N0} unreadable; " +
                $"{watch.Elapsed.TotalSeconds:F1} s wall, {(process.TotalProcessorTime - cpuBefore).TotalSeconds:F1} s CPU, {(GC.GetTotalAllocatedBytes() - allocatedBefore) / 1_048_576:N0} MB allocated, working set {process.WorkingSet64 / 1_048_576:N0} MB"));
        }
    }
}
