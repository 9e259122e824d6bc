namespace IBok.Domain.Metering;

/// <summary>What <see cref="MeterReadingHistory.Submit"/> decided about one submitted reading: accepted or rejected.</summary>
public abstract record ReadingDecision
{
    private protected ReadingDecision()
    {
    }

    /// <summary>The reading was stored.</summary>
    /// <param name="History">The history with the reading added (the submitted-to history is unchanged).</param>
    /// <param name="Reading">The stored reading, with its review reasons.</param>
    /// <param name="Consumption">The interval from the previous reading to this one, or null for the meter's first reading.</param>
    public sealed record Accepted(MeterReadingHistory History, MeterReading Reading, ConsumptionInterval? Consumption) : ReadingDecision
    {
        /// <summary>Why staff should review the reading; empty when nothing is unusual.</summary>
        public IReadOnlyList<ReadingReviewReason> ReviewReasons => Reading.ReviewReasons;
    }

    /// <summary>The reading was not stored.</summary>
    /// <param name="Reason">Why, for the UI to translate.</param>
    /// <param name="Message">An invariant English message naming the values involved.</param>
    public sealed record Rejected(ReadingRejectionReason Reason, string Message) : ReadingDecision;
}
