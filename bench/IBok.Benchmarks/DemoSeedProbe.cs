using System.Diagnostics;
using System.Globalization;
using IBok.GraphQL.Application.Demo;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Persistence.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace IBok.Benchmarks;

/// <summary>Builds a demo database of any size (e.g. the 100,000-customer database the load benchmark needs) and times it.</summary>
/// <remarks>
/// <c>dotnet run -c Release --project bench/IBok.Benchmarks -- demo-seed --customers 100000 --database data/bench.db</c>
/// (SQLite file, created and migrated) or <c>--postgres "Host=…;Database=…"</c> (an existing, empty database).
/// Options: <c>--batch N</c> customers per transaction (500), <c>--seed N</c>, <c>--today yyyy-MM-dd</c> (2026-11-21).
/// The same code path as the server's first run (<see cref="DemoSeeding.SeedIfEmptyAsync"/>), so a database that
/// already holds the demo is left as it is.
/// </remarks>
public static class DemoSeedProbe
{
    public static async Task RunAsync(string[] args)
    {
        var customers = int.Parse(args.Option("--customers") ?? "200", CultureInfo.InvariantCulture);
        var batch = int.Parse(args.Option("--batch") ?? "500", CultureInfo.InvariantCulture);
        var seed = int.Parse(args.Option("--seed") ?? DemoOptions.DefaultSeed.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var today = DateOnly.ParseExact(args.Option("--today") ?? "2026-11-21", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var postgres = args.Option("--postgres");
        var options = postgres is not null
            ? new DatabaseOptions { Provider = "postgresql", ConnectionString = postgres }
            : new DatabaseOptions { Provider = "sqlite", ConnectionString = "Data Source=" + (args.Option("--database") ?? "data/demo-bench.db") };
        var builder = new DbContextOptionsBuilder<IBokDbContext>();
        options.Configure(builder);
        await using var db = new IBokDbContext(builder.Options, new ViewerAccessor { Viewer = Viewer.System });
        await SchemaMigrator.MigrateAsync(db);

        var process = Process.GetCurrentProcess();
        var peak = 0L;
        var cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var watch = Stopwatch.StartNew();
        var lastReport = TimeSpan.Zero;
        var result = await DemoSeeding.SeedIfEmptyAsync(
            db,
            new DemoOptions { Today = today, CustomerCount = customers, Seed = seed },
            new PasswordHasher<Account>(),
            TimeProvider.System,
            new DemoSeederSettings { CustomersPerBatch = batch, Progress = progress =>
            {
                process.Refresh();
                peak = Math.Max(peak, process.WorkingSet64);
                if (progress.Elapsed - lastReport >= TimeSpan.FromSeconds(10) || progress.CustomersWritten == progress.CustomerCount)
                {
                    lastReport = progress.Elapsed;
                    Console.WriteLine($"{progress.CustomersWritten,9:N0} / {progress.CustomerCount:N0} customers, {progress.Elapsed.TotalSeconds,7:F1} s, working set {process.WorkingSet64 / 1_048_576:N0} MB");
                }
            } },
            CancellationToken.None);
        watch.Stop();
        process.Refresh();
        Console.WriteLine($"{options.Provider}: {result.Outcome}, {customers:N0} customers in {watch.Elapsed.TotalSeconds:F1} s wall, {(process.TotalProcessorTime - cpuBefore).TotalSeconds:F1} s CPU, " +
            $"{(GC.GetTotalAllocatedBytes() - allocatedBefore) / 1_048_576:N0} MB allocated, peak working set {Math.Max(peak, process.WorkingSet64) / 1_048_576:N0} MB");
        if (result.Report is { } report)
        {
            Console.WriteLine($"rows: {report.RowsPerTable.Values.Sum():N0} ({string.Join(", ", report.RowsPerTable.Where(pair => pair.Value > 0).Select(pair => $"{pair.Key} {pair.Value:N0}"))})");
        }

        if (result.Logins is { } logins)
        {
            foreach (var line in logins.ToConsoleLines())
            {
                Console.WriteLine(line);
            }
        }
    }
}
