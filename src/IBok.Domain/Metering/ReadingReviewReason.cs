namespace IBok.Domain.Metering;

/// <summary>Why an accepted reading should be looked at by staff before it is billed.</summary>
public enum ReadingReviewReason
{
    /// <summary>The value is below the previous real reading and was accepted as a counter roll-over through zero
    /// (see <see cref="ReadingReviewPolicy.RolloverMargin"/>).</summary>
    CounterRollover,

    /// <summary>The consumption per day since the previous real reading is more than
    /// <see cref="ReadingReviewPolicy.HighConsumptionFactor"/> times the meter's average.</summary>
    UnusuallyHighConsumption,
}
