using System.Globalization;

namespace IBok.Domain.Metering;

/// <summary>One accepted reading of one meter: the counter's state at the end of <see cref="Date"/>.</summary>
/// <remarks>Readings are created by <see cref="MeterReadingHistory"/>, which checks them against the meter and the
/// earlier readings; equality compares every field, including the review reasons in order.</remarks>
public sealed record MeterReading
{
    /// <summary>Creates a reading; the value checks (precision, capacity, order) belong to <see cref="MeterReadingHistory"/>.</summary>
    /// <exception cref="ArgumentException">The serial number is empty, or the value is negative.</exception>
    public MeterReading(string meterSerialNumber, DateOnly date, decimal value, ReadingKind kind, IReadOnlyList<ReadingReviewReason>? reviewReasons = null)
    {
        if (string.IsNullOrWhiteSpace(meterSerialNumber))
        {
            throw new ArgumentException("A reading must name its meter's serial number.", nameof(meterSerialNumber));
        }

        if (value < 0m)
        {
            throw new ArgumentException($"A reading cannot be negative; got {value.ToString(CultureInfo.InvariantCulture)}.", nameof(value));
        }

        MeterSerialNumber = meterSerialNumber;
        Date = date;
        Value = value;
        Kind = kind;
        ReviewReasons = reviewReasons is null || reviewReasons.Count == 0 ? [] : reviewReasons.ToArray();
    }

    /// <summary>The meter's serial number (numer fabryczny).</summary>
    public string MeterSerialNumber { get; }

    /// <summary>The day read; the value is the counter's state at the end of that day.</summary>
    public DateOnly Date { get; }

    /// <summary>The counter's value in the meter's unit.</summary>
    public decimal Value { get; }

    /// <summary>Where the reading came from.</summary>
    public ReadingKind Kind { get; }

    /// <summary>True for every kind except <see cref="ReadingKind.Estimated"/>.</summary>
    public bool IsReal => Kind != ReadingKind.Estimated;

    /// <summary>Why staff should review the reading; empty when nothing is unusual.</summary>
    public IReadOnlyList<ReadingReviewReason> ReviewReasons { get; }

    /// <summary>True when <see cref="ReviewReasons"/> is not empty.</summary>
    public bool IsFlaggedForReview => ReviewReasons.Count > 0;

    /// <inheritdoc />
    public bool Equals(MeterReading? other) =>
        other is not null
        && MeterSerialNumber == other.MeterSerialNumber
        && Date == other.Date
        && Value == other.Value
        && Kind == other.Kind
        && ReviewReasons.SequenceEqual(other.ReviewReasons);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(MeterSerialNumber, Date, Value, Kind, ReviewReasons.Count);

    /// <summary><c>12345678 2026-01-31 123 (Customer)</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{MeterSerialNumber} {Date:yyyy-MM-dd} {Value} ({Kind})");
}
