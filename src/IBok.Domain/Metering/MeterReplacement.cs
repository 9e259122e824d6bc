namespace IBok.Domain.Metering;

/// <summary>Which meter of a replacement a rejected reading belongs to.</summary>
public enum ReplacementSide
{
    /// <summary>The meter being removed.</summary>
    OldMeter,

    /// <summary>The meter being installed.</summary>
    NewMeter,
}

/// <summary>
/// The exchange of one meter for another at the same premises on one day (wymiana wodomierza): the old meter's removal
/// reading and the new meter's installation reading, both dated that day.
/// </summary>
/// <remarks>Consumption continues across the exchange: the old meter's last interval ends at its removal reading (the
/// state at the end of the exchange day), the new meter's first interval starts the day after, from its installation
/// reading. The new meter's low value is never compared with the old meter's, since each meter has its own
/// <see cref="MeterReadingHistory"/>; <see cref="MeterSuccession"/> adds the two up.</remarks>
/// <param name="Date">The exchange day.</param>
/// <param name="RemovalReading">The old meter's final reading (<see cref="ReadingKind.Removal"/>).</param>
/// <param name="InstallationReading">The new meter's initial reading (<see cref="ReadingKind.Installation"/>).</param>
public sealed record MeterReplacement(DateOnly Date, MeterReading RemovalReading, MeterReading InstallationReading)
{
    /// <summary>
    /// Removes the old meter with its final reading and starts the new meter's history with its installation reading.
    /// </summary>
    /// <param name="oldHistory">The old meter's history; its meter must not be removed before <paramref name="date"/>.</param>
    /// <param name="newMeter">The new meter: installed on <paramref name="date"/>, at the same premises, of the same kind.</param>
    /// <param name="date">The exchange day.</param>
    /// <param name="removalValue">The old meter's value at removal, as text.</param>
    /// <param name="installationValue">The new meter's value at installation, as text.</param>
    /// <param name="today">Today's date, from the caller's clock.</param>
    /// <returns>The two new histories, or which reading was rejected and why (nothing changes then).</returns>
    /// <exception cref="ArgumentException">The new meter is not installed on the exchange day, is at another premises,
    /// is of another kind, or has the old meter's serial number.</exception>
    public static ReplacementDecision Perform(
        MeterReadingHistory oldHistory,
        Meter newMeter,
        DateOnly date,
        string removalValue,
        string installationValue,
        DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(oldHistory);
        ArgumentNullException.ThrowIfNull(newMeter);
        var oldMeter = oldHistory.Meter;
        var day = date.ToIsoDate();
        if (newMeter.InstalledOn != date)
        {
            throw new ArgumentException($"New meter {newMeter.SerialNumber} must be installed on the exchange day {day}, not {newMeter.InstalledOn.ToIsoDate()}.", nameof(newMeter));
        }

        if (newMeter.PremisesId != oldMeter.PremisesId || newMeter.Kind != oldMeter.Kind)
        {
            throw new ArgumentException(
                $"New meter {newMeter.SerialNumber} ({newMeter.Kind} at premises {newMeter.PremisesId}) cannot replace meter {oldMeter.SerialNumber} ({oldMeter.Kind} at premises {oldMeter.PremisesId}).",
                nameof(newMeter));
        }

        if (newMeter.SerialNumber == oldMeter.SerialNumber)
        {
            throw new ArgumentException($"A meter cannot replace itself ({newMeter.SerialNumber}).", nameof(newMeter));
        }

        var removal = oldHistory.Submit(new ReadingSubmission(date, removalValue, ReadingKind.Removal), today);
        if (removal is not ReadingDecision.Accepted removed)
        {
            var rejected = (ReadingDecision.Rejected)removal;
            return new ReplacementDecision.Rejected(ReplacementSide.OldMeter, rejected.Reason, rejected.Message);
        }

        var installed = MeterReadingHistory.For(newMeter, oldHistory.Policy).Submit(new ReadingSubmission(date, installationValue, ReadingKind.Installation), today);
        return installed switch
        {
            ReadingDecision.Accepted accepted => new ReplacementDecision.Completed(
                new MeterReplacement(date, removed.Reading, accepted.Reading),
                removed.History,
                accepted.History),
            ReadingDecision.Rejected rejected => new ReplacementDecision.Rejected(ReplacementSide.NewMeter, rejected.Reason, rejected.Message),
            _ => throw new InvalidOperationException("Unreachable: a reading decision is accepted or rejected."),
        };
    }
}

/// <summary>What <see cref="MeterReplacement.Perform"/> decided.</summary>
public abstract record ReplacementDecision
{
    private protected ReplacementDecision()
    {
    }

    /// <summary>Both readings were accepted.</summary>
    /// <param name="Replacement">The exchange, with both readings.</param>
    /// <param name="OldHistory">The old meter's history, ending with its removal reading; the meter is marked removed.</param>
    /// <param name="NewHistory">The new meter's history, starting with its installation reading.</param>
    public sealed record Completed(MeterReplacement Replacement, MeterReadingHistory OldHistory, MeterReadingHistory NewHistory) : ReplacementDecision;

    /// <summary>One of the readings was rejected; nothing was changed.</summary>
    /// <param name="Side">Which meter's reading was rejected.</param>
    /// <param name="Reason">Why.</param>
    /// <param name="Message">An invariant English message naming the values involved.</param>
    public sealed record Rejected(ReplacementSide Side, ReadingRejectionReason Reason, string Message) : ReplacementDecision;
}
