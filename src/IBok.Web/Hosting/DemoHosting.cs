using IBok.GraphQL.Application.Demo;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Accounts;
using Microsoft.AspNetCore.Identity;

namespace IBok.Web.Hosting;

/// <summary>The demo data the server writes on its first run (configuration section <c>Demo</c>).</summary>
public sealed record DemoHostingOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Demo";

    /// <summary>Whether an empty database gets the demo utility at start-up; true by default.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>How many customers; 200 by default.</summary>
    public int CustomerCount { get; init; } = 200;

    /// <summary>The generator's seed; the same seed gives the same utility and the same passwords.</summary>
    public int Seed { get; init; } = DemoOptions.DefaultSeed;

    /// <summary>The day the history ends on; today's date (from <see cref="TimeProvider"/>, local time) when not set.</summary>
    public DateOnly? Today { get; init; }
}

/// <summary>Seeds the demo utility at start-up when the database has no customers, and prints its logins.</summary>
public static class DemoHosting
{
    /// <summary>Seeds if enabled and the database is empty; prints the logins through the logger and on the console.</summary>
    public static async Task SeedIBokDemoDataAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        var options = app.Configuration.GetSection(DemoHostingOptions.SectionName).Get<DemoHostingOptions>() ?? new DemoHostingOptions();
        if (!options.Enabled)
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var time = services.GetRequiredService<TimeProvider>();
        var demo = new DemoOptions
        {
            Today = options.Today ?? DateOnly.FromDateTime(time.GetLocalNow().DateTime),
            CustomerCount = options.CustomerCount,
            Seed = options.Seed,
        };
        var logger = app.Logger;
        var result = await DemoSeeding.SeedIfEmptyAsync(
            services.GetRequiredService<IBokDbContext>(),
            demo,
            services.GetRequiredService<IPasswordHasher<Account>>(),
            time,
            progress => logger.LogInformation("Demo data: {Written} of {Count} customers written ({Seconds:F1} s).", progress.CustomersWritten, progress.CustomerCount, progress.Elapsed.TotalSeconds),
            cancellationToken);
        switch (result.Outcome)
        {
            case DemoSeedingOutcome.Seeded or DemoSeedingOutcome.Reseeded when result.Logins is { } logins:
                if (result.Outcome == DemoSeedingOutcome.Reseeded)
                {
                    logger.LogWarning("Demo data: an earlier demo seeding had been interrupted; its rows were deleted and the demo written again.");
                }

                var lines = logins.ToConsoleLines();
                logger.LogInformation("Demo data written ({Count} customers, seed {Seed}, today {Today}).\n{Logins}", demo.CustomerCount, demo.Seed, demo.Today, string.Join('\n', lines));
                await Console.Out.WriteLineAsync(string.Join(Environment.NewLine, ["", "==========", .. lines, "==========", ""]));
                await Console.Out.FlushAsync(cancellationToken);
                break;
            case DemoSeedingOutcome.NotEmpty:
                logger.LogInformation("Demo data: the database already holds customers that are not demo data; no demo data written.");
                break;
            default:
                logger.LogInformation("Demo data: already in the database (its logins were printed on the first run).");
                break;
        }
    }
}
