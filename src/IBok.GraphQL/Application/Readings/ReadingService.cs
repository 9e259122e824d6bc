using System.Globalization;
using IBok.GraphQL.Application.Common;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Persistence.Model.Metering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IBok.GraphQL.Application.Readings;

/// <summary>A signed-in customer (or staff, or an integration) submits a meter reading (e-odczyt).</summary>
public sealed class ReadingService(IBokDbContext db, TimeProvider time)
{
    /// <summary>
    /// Submits a reading of <paramref name="meterId"/>: IBok.Domain's rules decide (lower than the previous reading,
    /// before installation, after removal, same day, ...), plus the legalization date; a suspicious but valid reading
    /// is stored flagged for review. Another customer's meter is "not found". Nothing is stored on failure.
    /// </summary>
    public Task<Outcome<RecordedReading>> SubmitAsync(long meterId, DateOnly date, decimal value, CancellationToken cancellationToken) =>
        SubmitAsync(meterId, date, value.ToString(CultureInfo.InvariantCulture), cancellationToken);

    /// <summary>
    /// Submits a reading typed as text (the portal's form), by the same rules as the numeric overload; IBok.Domain
    /// parses the text (<c>.</c> or <c>,</c> as the decimal separator) and rejects anything else as
    /// <see cref="Domain.Metering.ReadingRejectionReason.NotANumber"/>.
    /// </summary>
    public async Task<Outcome<RecordedReading>> SubmitAsync(long meterId, DateOnly date, string valueText, CancellationToken cancellationToken)
    {
        return await SameDayReadingConflict.CheckAgainOnceAsync(db, () => SubmitOnceAsync(meterId, date, valueText, cancellationToken));
    }

    private async Task<Outcome<RecordedReading>> SubmitOnceAsync(long meterId, DateOnly date, string valueText, CancellationToken cancellationToken)
    {
        var viewer = db.Viewer;
        var source = viewer.Role switch
        {
            ViewerRole.Customer => ReadingSource.Portal,
            ViewerRole.Operator or ViewerRole.Admin => ReadingSource.Staff,
            ViewerRole.Integration => ReadingSource.Integration,
            _ => (ReadingSource?)null,
        };
        if (source is null || (viewer.Role != ViewerRole.Customer && !viewer.SeesAllCustomers))
        {
            return NotSignedInError.Instance;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var meter = await db.Set<MeterRow>().FirstOrDefaultAsync(row => row.Id == meterId, cancellationToken);
        if (meter is null)
        {
            return new NotFoundError("Meter", "licznik");
        }

        var now = CustomerClock.UtcNow(time);
        var outcome = await ReadingRecorder.RecordAsync(
            db, meter, date, valueText, new ReadingSubmitter(source.Value, viewer.AccountId, viewer.DisplayName), CustomerClock.Today(time), now, revealDetails: true, cancellationToken);
        if (outcome.Value is not { } recorded)
        {
            return outcome;
        }

        await db.SaveChangesAsync(cancellationToken);
        AuditTrail.RecordIfStaff(db, now, "reading.submit", "MeterReading", recorded.Row.Id, new { meterId, date, value = recorded.Row.Value });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return outcome;
    }
}

/// <summary>Registers the reading use cases.</summary>
public static class ReadingServiceCollectionExtensions
{
    /// <summary>Adds <see cref="ReadingService"/> (scoped, like the database context it uses).</summary>
    public static IServiceCollection AddIBokReadings(this IServiceCollection services)
    {
        services.AddScoped<ReadingService>();
        return services;
    }
}
