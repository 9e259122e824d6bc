using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Accounts;
using IBok.GraphQL.Persistence.Auditing;
using IBok.GraphQL.Persistence.Model.Customers;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace IBok.GraphQL.Application.Demo;

/// <summary>What <c>DemoSeeding.SeedIfEmptyAsync</c> found and did.</summary>
public enum DemoSeedingOutcome
{
    /// <summary>The database had no customers; the demo utility was written.</summary>
    Seeded,

    /// <summary>An earlier demo seeding had been cut short; its rows were deleted and the demo written again.</summary>
    Reseeded,

    /// <summary>The demo was written on an earlier run; nothing was done.</summary>
    AlreadySeeded,

    /// <summary>The database holds customers that are not the demo's; nothing was done.</summary>
    NotEmpty,
}

/// <summary>The result of <c>DemoSeeding.SeedIfEmptyAsync</c>.</summary>
/// <param name="Outcome">What happened.</param>
/// <param name="Logins">The demo logins, when the demo was written now.</param>
/// <param name="Report">What was written, when the demo was written now.</param>
public sealed record DemoSeedingResult(DemoSeedingOutcome Outcome, DemoLogins? Logins, DemoSeedReport? Report);

/// <summary>The first-run demo data: seeds the database only when it holds no customers, and recovers from a seeding
/// that was killed part-way.</summary>
/// <remarks>
/// <para>Two markers in <c>audit_log</c> tell the states apart: <see cref="DemoDatabaseSeeder.StartedAction"/> is committed
/// with the tariffs and notices before the first customer, <see cref="DemoDatabaseSeeder.CompletedAction"/> with the
/// accounts after the last. Started without completed means a seeding died part-way, and since a demo seeding only
/// starts on a database without customers, every row of its tables is the demo's: they are deleted and the demo is
/// written again from the start (the generator is deterministic, so the result is the one an uninterrupted run gives).
/// Customers without a started marker are real data: the demo never touches them.</para>
/// </remarks>
public static class DemoSeeding
{
    /// <summary>Seeds the demo utility generated with <paramref name="options"/> unless the database already has customers.</summary>
    /// <param name="db">A context for the system viewer.</param>
    /// <param name="options">What to generate.</param>
    /// <param name="passwordHasher">Hashes the demo logins' passwords.</param>
    /// <param name="time">The clock for the accounts' and markers' timestamps.</param>
    /// <param name="progress">Told after every committed batch of customers.</param>
    /// <param name="cancellationToken">Stops between statements; the next call then reseeds.</param>
    public static Task<DemoSeedingResult> SeedIfEmptyAsync(
        IBokDbContext db,
        DemoOptions options,
        IPasswordHasher<Account> passwordHasher,
        TimeProvider time,
        Action<DemoSeedProgress>? progress = null,
        CancellationToken cancellationToken = default) =>
        SeedIfEmptyAsync(db, options, passwordHasher, time, new DemoSeederSettings { Progress = progress }, cancellationToken);

    /// <summary>As the overload above, with the batch size and progress callback of <paramref name="settings"/>
    /// (its <see cref="DemoSeederSettings.Now"/> is taken from <paramref name="time"/>).</summary>
    public static async Task<DemoSeedingResult> SeedIfEmptyAsync(
        IBokDbContext db,
        DemoOptions options,
        IPasswordHasher<Account> passwordHasher,
        TimeProvider time,
        DemoSeederSettings settings,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(settings);
        options.Validate();
        var markers = await db.Set<AuditEntry>().AsNoTracking()
            .Where(entry => entry.Action == DemoDatabaseSeeder.StartedAction || entry.Action == DemoDatabaseSeeder.CompletedAction)
            .Select(entry => entry.Action)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (markers.Contains(DemoDatabaseSeeder.CompletedAction))
        {
            return new DemoSeedingResult(DemoSeedingOutcome.AlreadySeeded, null, null);
        }

        var interrupted = markers.Contains(DemoDatabaseSeeder.StartedAction);
        // The seeding runs as the system viewer, which sees every customer; IgnoreQueryFilters says so for any context.
        if (!interrupted && await db.Set<CustomerRow>().IgnoreQueryFilters().AnyAsync(cancellationToken).ConfigureAwait(false))
        {
            return new DemoSeedingResult(DemoSeedingOutcome.NotEmpty, null, null);
        }

        if (interrupted)
        {
            await DemoDatabaseSeeder.WipeAsync(db, cancellationToken).ConfigureAwait(false);
        }

        var utility = DemoUtilityGenerator.Generate(options);
        var report = await DemoDatabaseSeeder.SeedAsync(db, utility, passwordHasher, settings with { Now = time.GetUtcNow().UtcDateTime }, cancellationToken).ConfigureAwait(false);
        return new DemoSeedingResult(interrupted ? DemoSeedingOutcome.Reseeded : DemoSeedingOutcome.Seeded, report.Completed ? utility.Logins : null, report);
    }
}
