using IBok.Domain.Metering;
using IBok.GraphQL.Api.Common;
using IBok.GraphQL.Application.Common;
using IBok.GraphQL.Application.Readings;
using IBok.GraphQL.CodeFirst;
using IBok.GraphQL.Persistence.Model.Metering;

namespace IBok.GraphQL.Api.Readings;

/// <summary>A reading as stored after submission.</summary>
/// <param name="Id">The reading's global id.</param>
/// <param name="MeterId">The meter's global id.</param>
/// <param name="Date">The day read.</param>
/// <param name="Value">The counter value.</param>
/// <param name="Status">Accepted, or flagged for review by staff (roll-over, unusually high consumption).</param>
/// <param name="ReviewReasons">Why it was flagged; empty when accepted as is.</param>
public sealed record SubmittedReading(
    [property: ID] string Id,
    [property: ID] string MeterId,
    DateOnly Date,
    decimal Value,
    ReadingStatus Status,
    IReadOnlyList<ReadingReviewReason> ReviewReasons);

/// <summary>A reading the new one was compared with.</summary>
/// <param name="Date">The day read.</param>
/// <param name="Value">The counter value.</param>
public sealed record PreviousReading(DateOnly Date, decimal Value);

/// <summary>The result of <c>submitReading</c>: the stored reading, or errors and nothing stored.</summary>
/// <param name="Reading">The stored reading; null on failure.</param>
/// <param name="PreviousReading">The previous real reading of the meter, if any.</param>
/// <param name="Consumption">The consumption since the previous reading (m³ or GJ), if there was one.</param>
/// <param name="Errors">Why nothing was stored; empty on success.</param>
public sealed record SubmitReadingPayload(
    SubmittedReading? Reading,
    PreviousReading? PreviousReading,
    decimal? Consumption,
    IReadOnlyList<UserError> Errors);

/// <summary>Meter readings (e-odczyt).</summary>
[MutationType]
public sealed class ReadingMutations
{
    /// <summary>
    /// Submits a reading of one of the caller's meters. Rejections come back in <c>errors</c> as
    /// <c>ReadingRejectedError</c> (with the domain's reason), <c>MeterLegalizationExpiredError</c>, <c>NotFoundError</c>
    /// (also for another customer's meter) or <c>NotSignedInError</c>; an unusually high consumption is accepted and
    /// flagged for review.
    /// </summary>
    /// <param name="meterId">The meter's global id.</param>
    /// <param name="date">The day the value was read.</param>
    /// <param name="value">The counter value (m³ or GJ).</param>
    public async Task<SubmitReadingPayload> SubmitReading(
        [ID] string meterId, DateOnly date, decimal value, [Service] ReadingService readings, CancellationToken cancellationToken)
    {
        var outcome = await readings.SubmitAsync(TypedIds.KeyOf(meterId, nameof(Metering.Meter)), date, value, cancellationToken);
        return outcome.Value is not { } recorded
            ? new SubmitReadingPayload(null, null, null, outcome.Errors)
            : new SubmitReadingPayload(
                ToSubmitted(recorded.Row),
                recorded.Previous is { } previous ? new PreviousReading(previous.Date, Normalize(previous.Value)) : null,
                recorded.Consumption is { } consumption ? Normalize(consumption) : null,
                []);
    }

    internal static SubmittedReading ToSubmitted(MeterReadingRow row) =>
        new(TypedIds.Of(nameof(Metering.Reading), row.Id), TypedIds.Of(nameof(Metering.Meter), row.MeterId), row.ReadingDate, Normalize(row.Value), row.Status, row.ReviewReasons);

    // NUMERIC(14,3) comes back from PostgreSQL as 150.000 and from SQLite as 150: the answer must not depend on the database.
    private static decimal Normalize(decimal quantity) => quantity / 1.000000000000000000000000000000000m;
}
