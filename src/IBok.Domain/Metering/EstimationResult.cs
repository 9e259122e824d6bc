namespace IBok.Domain.Metering;

/// <summary>Why <see cref="MeterReadingHistory.EstimateAt"/> could not estimate a reading.</summary>
public enum EstimationFailureReason
{
    /// <summary>There are fewer than two real readings on different days, so there is no average daily consumption.</summary>
    NoConsumptionHistory,

    /// <summary>The date is not after the meter's latest reading.</summary>
    NotAfterLatestReading,

    /// <summary>The date is outside the days the meter was installed.</summary>
    MeterNotInstalled,
}

/// <summary>What <see cref="MeterReadingHistory.EstimateAt"/> produced: an estimated reading, or why there is none.</summary>
public abstract record EstimationResult
{
    private protected EstimationResult()
    {
    }

    /// <summary>An estimated reading was added.</summary>
    /// <param name="History">The history with the estimate added.</param>
    /// <param name="Reading">The estimated reading.</param>
    /// <param name="Consumption">The interval from the previous reading to the estimate.</param>
    public sealed record Estimated(MeterReadingHistory History, MeterReading Reading, ConsumptionInterval Consumption) : EstimationResult;

    /// <summary>No estimate could be made.</summary>
    /// <param name="Reason">Why.</param>
    /// <param name="Message">An invariant English message naming the values involved.</param>
    public sealed record Failed(EstimationFailureReason Reason, string Message) : EstimationResult;
}
