namespace IBok.Domain.Metering;

/// <summary>Why a submitted reading was not accepted; the web UI maps each value to a Polish message.</summary>
public enum ReadingRejectionReason
{
    /// <summary>The value is not a number (digits with an optional decimal point or comma).</summary>
    NotANumber,

    /// <summary>The value is below zero.</summary>
    Negative,

    /// <summary>The value has more decimal places than the meter's <see cref="Meter.ReadingPrecision"/>.</summary>
    TooManyDecimals,

    /// <summary>The value is at or above the counter capacity, which the counter can never show.</summary>
    AboveCounterCapacity,

    /// <summary>The reading is dated before the meter was installed.</summary>
    BeforeInstallation,

    /// <summary>The reading is dated after the meter was removed.</summary>
    AfterRemoval,

    /// <summary>The reading is dated after today.</summary>
    InFuture,

    /// <summary>The meter already has a reading on that day.</summary>
    SameDay,

    /// <summary>The reading is dated before the meter's latest reading; history is only appended to.</summary>
    BeforeLatestReading,

    /// <summary>The value is lower than the previous real reading and is not a counter roll-over.</summary>
    LowerThanPrevious,
}
