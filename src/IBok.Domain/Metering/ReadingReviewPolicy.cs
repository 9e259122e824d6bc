namespace IBok.Domain.Metering;

/// <summary>When an accepted reading is flagged for review, and how a counter roll-over is recognised: configuration.</summary>
/// <remarks>These thresholds are the utility's practice, not law; <see cref="Default"/> holds this project's defaults.</remarks>
public sealed record ReadingReviewPolicy
{
    /// <summary>Creates a policy, checking its ranges.</summary>
    /// <param name="highConsumptionFactor">A reading whose consumption per day since the previous real reading is more
    /// than this many times the meter's average daily consumption is flagged (exactly this many times is not).</param>
    /// <param name="minimumHistoryDays">The average must span at least this many days of real readings before
    /// readings are compared with it; with less history nothing is flagged as unusually high.</param>
    /// <param name="rolloverMargin">A value below the previous real reading is a roll-over when the previous value is in
    /// the top <paramref name="rolloverMargin"/> of the counter range and the new value in the bottom one.</param>
    /// <exception cref="ArgumentOutOfRangeException">The factor is not above 1, the days are not positive, or the margin is
    /// not above 0 and at most 0.5.</exception>
    public ReadingReviewPolicy(decimal highConsumptionFactor = 5m, int minimumHistoryDays = 60, decimal rolloverMargin = 0.1m)
    {
        if (highConsumptionFactor <= 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(highConsumptionFactor), highConsumptionFactor, "The high-consumption factor must be above 1.");
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(minimumHistoryDays);
        if (rolloverMargin is <= 0m or > 0.5m)
        {
            throw new ArgumentOutOfRangeException(nameof(rolloverMargin), rolloverMargin, "The roll-over margin must be above 0 and at most 0.5 of the counter range.");
        }

        HighConsumptionFactor = highConsumptionFactor;
        MinimumHistoryDays = minimumHistoryDays;
        RolloverMargin = rolloverMargin;
    }

    /// <summary>Factor 5, at least 60 days of history, roll-over margin 10% of the counter range.</summary>
    public static ReadingReviewPolicy Default { get; } = new();

    /// <summary>Consumption per day above this many times the average is flagged; default 5.</summary>
    public decimal HighConsumptionFactor { get; }

    /// <summary>Days of real-reading history the average needs before it is used for flagging; default 60.</summary>
    public int MinimumHistoryDays { get; }

    /// <summary>The fraction of the counter range at each end inside which a drop is read as a roll-over; default 0.1.</summary>
    /// <remarks>With capacity 100000 and margin 0.1: previous ≥ 90000 and new &lt; 10000, so the consumption
    /// capacity − previous + new is below 20% of the range, plausible for one reading interval; any other drop is an error.</remarks>
    public decimal RolloverMargin { get; }
}
