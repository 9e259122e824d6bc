using IBok.Domain.Metering;
using IBok.GraphQL.Persistence.Model.Metering;

namespace IBok.GraphQL.Persistence.Mapping;

/// <summary>Meter and reading rows ↔ IBok.Domain's <see cref="Meter"/>, <see cref="MeterReading"/> and
/// <see cref="MeterReadingHistory"/>.</summary>
/// <remarks>The domain names a meter's premises by a string; iBOK uses the premises code, which is unique.</remarks>
public static class MeterMapping
{
    /// <summary>Rebuilds a meter; <paramref name="premisesCode"/> is the code of the row's premises.</summary>
    public static Meter ToDomain(MeterRow row, string premisesCode)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new Meter(row.SerialNumber, row.Kind, premisesCode, row.InstalledOn, row.LegalizedOn, row.CounterCapacity, row.ReadingPrecision, row.RemovedOn);
    }

    /// <summary>
    /// Copies a meter onto a row (a new one when <paramref name="row"/> is null), with the legalization end date the
    /// utility's <paramref name="legalization"/> policy gives.
    /// </summary>
    /// <exception cref="ArgumentException">The meter reads more decimals than the database keeps
    /// (<see cref="MeterRow.MaxStoredReadingPrecision"/>).</exception>
    public static MeterRow ToRow(Meter meter, long customerId, long premisesId, LegalizationPolicy legalization, MeterRow? row = null)
    {
        ArgumentNullException.ThrowIfNull(meter);
        ArgumentNullException.ThrowIfNull(legalization);
        if (meter.ReadingPrecision > MeterRow.MaxStoredReadingPrecision)
        {
            throw new ArgumentException(
                $"Meter {meter.SerialNumber} reads {meter.ReadingPrecision} decimal places; iBOK stores readings with at most {MeterRow.MaxStoredReadingPrecision}.",
                nameof(meter));
        }

        row ??= new MeterRow();
        row.CustomerId = customerId;
        row.PremisesId = premisesId;
        row.SerialNumber = meter.SerialNumber;
        row.Kind = meter.Kind;
        row.Unit = meter.Unit;
        row.InstalledOn = meter.InstalledOn;
        row.RemovedOn = meter.RemovedOn;
        row.LegalizedOn = meter.LegalizedOn;
        row.LegalizationValidUntil = legalization.ValidUntil(meter);
        row.CounterCapacity = meter.CounterCapacity;
        row.ReadingPrecision = meter.ReadingPrecision;
        return row;
    }

    /// <summary>A reading row as the domain reading of the meter with <paramref name="serialNumber"/>.</summary>
    public static MeterReading ToDomain(MeterReadingRow row, string serialNumber)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new MeterReading(serialNumber, row.ReadingDate, row.Value, row.Kind, row.ReviewReasons);
    }

    /// <summary>
    /// Rebuilds a meter's history from its reading rows (any order): rejected readings are left out, accepted and
    /// flagged ones are restored with their stored kinds and review reasons.
    /// </summary>
    /// <exception cref="ArgumentException">The stored readings break the history's consistency (the message names the reading).</exception>
    public static MeterReadingHistory ToHistory(MeterRow meter, string premisesCode, IEnumerable<MeterReadingRow> readings, ReadingReviewPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(meter);
        ArgumentNullException.ThrowIfNull(readings);
        var domainMeter = ToDomain(meter, premisesCode);
        return MeterReadingHistory.Restore(
            domainMeter,
            readings
                .Where(reading => reading.MeterId == meter.Id && reading.Status != ReadingStatus.Rejected)
                .OrderBy(reading => reading.ReadingDate)
                .Select(reading => ToDomain(reading, domainMeter.SerialNumber)),
            policy);
    }

    /// <summary>
    /// A new row for a reading the domain accepted: status <see cref="ReadingStatus.FlaggedForReview"/> when the
    /// domain flagged it, <see cref="ReadingStatus.Accepted"/> otherwise.
    /// </summary>
    public static MeterReadingRow ToRow(MeterReading reading, MeterRow meter, ReadingSource source, string submittedBy, long? submittedByAccountId, DateTime createdAt)
    {
        ArgumentNullException.ThrowIfNull(reading);
        ArgumentNullException.ThrowIfNull(meter);
        if (reading.MeterSerialNumber != meter.SerialNumber)
        {
            throw new ArgumentException($"Reading {reading} belongs to meter {reading.MeterSerialNumber}, not {meter.SerialNumber}.", nameof(reading));
        }

        return new MeterReadingRow
        {
            CustomerId = meter.CustomerId,
            MeterId = meter.Id,
            ReadingDate = reading.Date,
            Value = reading.Value,
            Kind = reading.Kind,
            Source = source,
            Status = reading.IsFlaggedForReview ? ReadingStatus.FlaggedForReview : ReadingStatus.Accepted,
            ReviewReasons = [.. reading.ReviewReasons],
            SubmittedBy = submittedBy,
            SubmittedByAccountId = submittedByAccountId,
            CreatedAt = createdAt,
        };
    }
}
