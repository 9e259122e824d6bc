using System.Collections.Immutable;
using System.Globalization;

namespace IBok.Domain.Metering;

/// <summary>
/// The readings of one meter, oldest first: an immutable value that takes submitted readings and answers with a
/// <see cref="ReadingDecision"/>, estimates missing readings, and turns readings into <see cref="ConsumptionInterval"/>s.
/// </summary>
/// <remarks>
/// <para><b>Order.</b> Readings are appended only, at most one per day, each dated after the latest. A reading dated D
/// is the counter's state at the end of day D, so two readings dated A and B give the interval A+1..B.</para>
/// <para><b>Real and estimated readings.</b> Every kind except <see cref="ReadingKind.Estimated"/> is real. A real
/// value is checked against the last <i>real</i> reading, never against an estimate, so a real value below an earlier
/// over-estimate is accepted; the interval from the estimate to it then carries the (negative) difference and settles
/// the estimate (DOMAIN-FACTS: "estimated bill ... settled at the next real reading"). A real reading dated on the day
/// of the latest reading, when that one is an estimate, replaces the estimate, which only stood in for it.</para>
/// <para><b>Roll-over.</b> A counter rolls over to zero at <see cref="Meter.CounterCapacity"/>. A real value below the
/// previous real value is accepted as a roll-over, and flagged <see cref="ReadingReviewReason.CounterRollover"/>, when
/// the previous value lies in the top <see cref="ReadingReviewPolicy.RolloverMargin"/> of the counter range (previous ≥
/// capacity × (1 − margin)) and the new value in the bottom one (new &lt; capacity × margin); the consumption is then
/// capacity − previous + new. Any other drop is rejected as <see cref="ReadingRejectionReason.LowerThanPrevious"/>.</para>
/// <para><b>Replacement.</b> A history belongs to one meter; a new meter starts its own history with its installation
/// reading, so its low value is never compared with the old meter's. <see cref="MeterReplacement"/> and
/// <see cref="MeterSuccession"/> join the two.</para>
/// <para><b>Average daily consumption.</b> Taken over real readings only, from a baseline to the latest real reading:
/// the baseline is the latest real reading dated at least one year before the latest real reading (so the window
/// covers the last 12 months or a little more), or the first real reading when the history is shorter. It needs at
/// least two real readings.</para>
/// </remarks>
public sealed class MeterReadingHistory
{
    private readonly ImmutableList<MeterReading> readings;

    private MeterReadingHistory(Meter meter, ReadingReviewPolicy policy, ImmutableList<MeterReading> readings)
    {
        Meter = meter;
        Policy = policy;
        this.readings = readings;
    }

    /// <summary>The meter, including its removal day once a <see cref="ReadingKind.Removal"/> reading is accepted.</summary>
    public Meter Meter { get; }

    /// <summary>The review and roll-over thresholds this history applies.</summary>
    public ReadingReviewPolicy Policy { get; }

    /// <summary>The accepted readings, oldest first, dates strictly increasing.</summary>
    public IReadOnlyList<MeterReading> Readings => readings;

    /// <summary>The latest reading of any kind, or null when there is none.</summary>
    public MeterReading? LatestReading => readings.IsEmpty ? null : readings[^1];

    /// <summary>The latest real (not estimated) reading, or null when there is none.</summary>
    public MeterReading? LatestRealReading => readings.LastOrDefault(r => r.IsReal);

    /// <summary>An empty history for <paramref name="meter"/>; its first accepted reading (usually the installation
    /// reading) is the baseline the later ones are measured from.</summary>
    public static MeterReadingHistory For(Meter meter, ReadingReviewPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(meter);
        return new MeterReadingHistory(meter, policy ?? ReadingReviewPolicy.Default, []);
    }

    /// <summary>
    /// Rebuilds a history from readings stored earlier (accepted by <see cref="Submit"/> or made by <see cref="EstimateAt"/>),
    /// keeping their kinds and review reasons as stored.
    /// </summary>
    /// <remarks>Checks only what keeps the history consistent: every reading names the meter, dates strictly increase
    /// inside the meter's installed days, values are below the capacity within the precision, the first reading is real,
    /// and each real value is not below the previous real one except by a roll-over. It does not re-run the review
    /// flags or the check against today: those belonged to the moment each reading was submitted.</remarks>
    /// <exception cref="ArgumentException">A stored reading breaks one of these rules; the message names it.</exception>
    public static MeterReadingHistory Restore(Meter meter, IEnumerable<MeterReading> storedReadings, ReadingReviewPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(storedReadings);
        var history = For(meter, policy);
        var list = storedReadings.ToImmutableList();
        MeterReading? previous = null;
        MeterReading? previousReal = null;
        foreach (var reading in list)
        {
            string? problem = null;
            if (reading.MeterSerialNumber != meter.SerialNumber)
            {
                problem = $"belongs to meter {reading.MeterSerialNumber}";
            }
            else if (!meter.IsInstalledOn(reading.Date))
            {
                problem = "is dated outside the days the meter was installed";
            }
            else if (previous is not null && reading.Date <= previous.Date)
            {
                problem = $"is not dated after the reading before it ({previous.Date.ToIsoDate()})";
            }
            else if (reading.Value >= meter.CounterCapacity || DecimalPlaces(reading.Value) > meter.ReadingPrecision)
            {
                problem = $"does not fit a counter of capacity {Format(meter.CounterCapacity)} with {meter.ReadingPrecision} decimal places";
            }
            else if (previousReal is null && !reading.IsReal)
            {
                problem = "is an estimate with no real reading before it";
            }
            else if (reading.IsReal && previousReal is not null && reading.Value < previousReal.Value && !history.IsRollover(previousReal.Value, reading.Value))
            {
                problem = $"is lower than the previous real reading ({Format(previousReal.Value)} on {previousReal.Date.ToIsoDate()}) and is not a roll-over";
            }

            if (problem is not null)
            {
                throw new ArgumentException($"Stored reading {reading} of meter {meter.SerialNumber} {problem}.", nameof(storedReadings));
            }

            previous = reading;
            previousReal = reading.IsReal ? reading : previousReal;
        }

        return new MeterReadingHistory(meter, history.Policy, list);
    }

    /// <summary>
    /// Checks a submitted reading and, when it passes, returns a new history that contains it; this history is never changed.
    /// </summary>
    /// <remarks>Checks, in this order: the value parses (<c>.</c> or <c>,</c> as the decimal separator, no thousands
    /// separators), is not negative, has no more decimals than <see cref="Meter.ReadingPrecision"/>, is below
    /// <see cref="Meter.CounterCapacity"/>; the date is not before installation, not after removal, not after
    /// <paramref name="today"/>, not before the latest reading and not on the day of a real reading; the value is not
    /// below the last real reading unless it is a roll-over (see the type's remarks). An accepted reading is flagged
    /// <see cref="ReadingReviewReason.UnusuallyHighConsumption"/> when its consumption per day since the last real reading
    /// is more than <see cref="ReadingReviewPolicy.HighConsumptionFactor"/> times <see cref="AverageDailyConsumption"/>,
    /// provided the average spans at least <see cref="ReadingReviewPolicy.MinimumHistoryDays"/> (an average of zero
    /// flags any consumption). An accepted <see cref="ReadingKind.Removal"/> reading marks the meter removed on its date.</remarks>
    /// <param name="submission">The reading as submitted.</param>
    /// <param name="today">Today's date, from the caller's clock.</param>
    /// <exception cref="ArgumentException">The submission's kind is <see cref="ReadingKind.Estimated"/>; use <see cref="EstimateAt"/>.</exception>
    public ReadingDecision Submit(ReadingSubmission submission, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(submission);
        if (submission.Kind == ReadingKind.Estimated || !Enum.IsDefined(submission.Kind))
        {
            throw new ArgumentException($"A submitted reading must be a real one; got kind {submission.Kind}. Estimates come from EstimateAt.", nameof(submission));
        }

        var date = submission.Date;
        var serial = Meter.SerialNumber;
        var unit = Meter.UnitSymbol;
        if (!TryParseValue(submission.ValueText, out var value))
        {
            return Reject(ReadingRejectionReason.NotANumber, $"Reading '{submission.ValueText}' for meter {serial} is not a number; use digits with an optional decimal point or comma.");
        }

        if (value < 0m)
        {
            return Reject(ReadingRejectionReason.Negative, $"Reading {Format(value)} {unit} for meter {serial} is negative; a counter shows 0 or more.");
        }

        var decimals = DecimalPlaces(value);
        if (decimals > Meter.ReadingPrecision)
        {
            return Reject(
                ReadingRejectionReason.TooManyDecimals,
                $"Reading {Format(value)} {unit} has more decimal places ({decimals}) than meter {serial} accepts ({Meter.ReadingPrecision}).");
        }

        if (value >= Meter.CounterCapacity)
        {
            return Reject(
                ReadingRejectionReason.AboveCounterCapacity,
                $"Reading {Format(value)} {unit} is not below the counter capacity {Format(Meter.CounterCapacity)} {unit} of meter {serial}; the counter rolls over to 0 at that value.");
        }

        if (date < Meter.InstalledOn)
        {
            return Reject(
                ReadingRejectionReason.BeforeInstallation,
                $"Reading date {date.ToIsoDate()} is before meter {serial} was installed ({Meter.InstalledOn.ToIsoDate()}).");
        }

        if (Meter.RemovedOn is { } removedOn && date > removedOn)
        {
            return Reject(
                ReadingRejectionReason.AfterRemoval,
                $"Reading date {date.ToIsoDate()} is after meter {serial} was removed ({removedOn.ToIsoDate()}).");
        }

        if (date > today)
        {
            return Reject(ReadingRejectionReason.InFuture, $"Reading date {date.ToIsoDate()} is in the future; today is {today.ToIsoDate()}.");
        }

        var earlier = readings;
        if (LatestReading is { } latest)
        {
            if (latest.Date > date)
            {
                return Reject(
                    ReadingRejectionReason.BeforeLatestReading,
                    $"Reading date {date.ToIsoDate()} is before the latest reading of meter {serial} ({Format(latest.Value)} {unit} on {latest.Date.ToIsoDate()}).");
            }

            if (latest.Date == date)
            {
                if (latest.IsReal)
                {
                    return Reject(
                        ReadingRejectionReason.SameDay,
                        $"Meter {serial} already has a reading on {date.ToIsoDate()} ({Format(latest.Value)} {unit}).");
                }

                earlier = earlier.RemoveAt(earlier.Count - 1);
            }
        }

        var reasons = new List<ReadingReviewReason>(2);
        var previousReal = earlier.LastOrDefault(r => r.IsReal);
        if (previousReal is not null)
        {
            if (value < previousReal.Value)
            {
                if (!IsRollover(previousReal.Value, value))
                {
                    return Reject(
                        ReadingRejectionReason.LowerThanPrevious,
                        $"Reading {Format(value)} {unit} on {date.ToIsoDate()} is lower than the previous reading {Format(previousReal.Value)} {unit} on {previousReal.Date.ToIsoDate()} of meter {serial}, and is not a counter roll-over.");
                }

                reasons.Add(ReadingReviewReason.CounterRollover);
            }

            if (IsUnusuallyHigh(earlier, previousReal, value, date))
            {
                reasons.Add(ReadingReviewReason.UnusuallyHighConsumption);
            }
        }

        var reading = new MeterReading(serial, date, value, submission.Kind, reasons);
        var meter = submission.Kind == ReadingKind.Removal ? Meter.WithRemovedOn(date) : Meter;
        var history = new MeterReadingHistory(meter, Policy, earlier.Add(reading));
        return new ReadingDecision.Accepted(history, reading, history.LastInterval());
    }

    /// <summary>
    /// Estimates the reading at the end of <paramref name="date"/> (typically a billing period's last day without a real
    /// reading) and returns a history that contains it.
    /// </summary>
    /// <remarks>The estimate is the last real reading plus <see cref="AverageDailyConsumption"/> times the days since it,
    /// rounded to <see cref="Meter.ReadingPrecision"/> half away from zero, wrapped through zero past the counter capacity.
    /// Counting from the last real reading (not from an earlier estimate) keeps rounding from accumulating over several
    /// estimates in a row. Practice: "estimated bill when no reading: average consumption of the previous period"
    /// (DOMAIN-FACTS). The caller chooses the date; an estimate must not be dated after the day a real reading could
    /// still arrive for, since later real readings must be dated on or after it.</remarks>
    public EstimationResult EstimateAt(DateOnly date)
    {
        var serial = Meter.SerialNumber;
        if (!Meter.IsInstalledOn(date))
        {
            var span = Meter.RemovedOn is { } removed ? $"{Meter.InstalledOn.ToIsoDate()}..{removed.ToIsoDate()}" : $"from {Meter.InstalledOn.ToIsoDate()}";
            return new EstimationResult.Failed(EstimationFailureReason.MeterNotInstalled, $"Cannot estimate meter {serial} on {date.ToIsoDate()}: it is installed {span} only.");
        }

        if (LatestReading is { } latest && latest.Date >= date)
        {
            return new EstimationResult.Failed(
                EstimationFailureReason.NotAfterLatestReading,
                $"Cannot estimate meter {serial} on {date.ToIsoDate()}: its latest reading is dated {latest.Date.ToIsoDate()}.");
        }

        var positions = Positions(readings);
        if (AverageWindow(readings, positions) is not { } window)
        {
            return new EstimationResult.Failed(
                EstimationFailureReason.NoConsumptionHistory,
                $"Cannot estimate meter {serial} on {date.ToIsoDate()}: it needs two real readings on different days to average, and has {readings.Count(r => r.IsReal)}.");
        }

        var lastReal = LatestRealReading!;
        var days = date.DayNumber - lastReal.Date.DayNumber;
        var consumption = Math.Round(window.Quantity * days / window.Days, Meter.ReadingPrecision, MidpointRounding.AwayFromZero);
        var value = (lastReal.Value + consumption) % Meter.CounterCapacity;
        var reading = new MeterReading(serial, date, value, ReadingKind.Estimated);
        var history = new MeterReadingHistory(Meter, Policy, readings.Add(reading));
        return new EstimationResult.Estimated(history, reading, history.LastInterval()!);
    }

    /// <summary>
    /// The meter's average consumption per day over its real readings (window in the type's remarks), or null with fewer
    /// than two real readings. Unrounded.
    /// </summary>
    public decimal? AverageDailyConsumption() =>
        AverageWindow(readings, Positions(readings)) is { } window ? window.Quantity / window.Days : null;

    /// <summary>The intervals between consecutive readings, oldest first, roll-over aware; see <see cref="ConsumptionInterval"/>.</summary>
    /// <remarks>Each interval's quantity is the counter's advance between its readings, counting a roll-over as
    /// capacity − previous + new. An interval next to an estimate is marked estimated; the interval from an estimate to
    /// the next real reading carries the real advance minus what the estimate assumed, which is negative after an
    /// over-estimate. So the sum of all intervals is always the real consumption between the first and the last reading.</remarks>
    public IReadOnlyList<ConsumptionInterval> ConsumptionIntervals()
    {
        var positions = Positions(readings);
        var intervals = new ConsumptionInterval[Math.Max(0, readings.Count - 1)];
        for (var i = 1; i < readings.Count; i++)
        {
            intervals[i - 1] = Interval(readings[i - 1], readings[i], positions[i] - positions[i - 1]);
        }

        return intervals;
    }

    /// <summary>The intervals whose end reading is dated inside <paramref name="period"/>: those a bill for the period contains.</summary>
    public IReadOnlyList<ConsumptionInterval> ConsumptionIntervals(DatePeriod period) =>
        ConsumptionIntervals().Where(interval => period.Contains(interval.Period.End)).ToArray();

    /// <summary>The total quantity of <see cref="ConsumptionIntervals(DatePeriod)"/>.</summary>
    public decimal TotalConsumption(DatePeriod period) => ConsumptionIntervals(period).Sum(interval => interval.Quantity);

    /// <summary>The intervals of <see cref="ConsumptionIntervals(DatePeriod)"/> spread over calendar months for charts; see
    /// <see cref="ConsumptionDistribution.ByMonth"/>.</summary>
    public IReadOnlyList<PeriodConsumption> ConsumptionByMonth(DatePeriod period, int decimals = ConsumptionDistribution.DefaultDecimals) =>
        ConsumptionDistribution.ByMonth(ConsumptionIntervals(period), decimals);

    /// <summary>The intervals of <see cref="ConsumptionIntervals(DatePeriod)"/> spread over days for charts; see
    /// <see cref="ConsumptionDistribution.ByDay"/>.</summary>
    public IReadOnlyList<PeriodConsumption> ConsumptionByDay(DatePeriod period, int decimals = ConsumptionDistribution.DefaultDecimals) =>
        ConsumptionDistribution.ByDay(ConsumptionIntervals(period), decimals);

    internal static bool TryParseValue(string? text, out decimal value)
    {
        value = 0m;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var normalized = text.Trim().Replace(',', '.');
        return decimal.TryParse(normalized, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    internal static int DecimalPlaces(decimal value)
    {
        var places = 0;
        var scaled = Math.Abs(value);
        while (scaled != decimal.Truncate(scaled))
        {
            scaled *= 10m;
            places++;
        }

        return places;
    }

    private static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static ReadingDecision.Rejected Reject(ReadingRejectionReason reason, string message) => new(reason, message);

    private bool IsRollover(decimal previous, decimal value) =>
        previous >= Meter.CounterCapacity * (1m - Policy.RolloverMargin) && value < Meter.CounterCapacity * Policy.RolloverMargin;

    private decimal Advance(decimal from, decimal to) => to >= from ? to - from : Meter.CounterCapacity - from + to;

    private bool IsUnusuallyHigh(ImmutableList<MeterReading> earlier, MeterReading previousReal, decimal value, DateOnly date)
    {
        if (AverageWindow(earlier, Positions(earlier)) is not { } window || window.Days < Policy.MinimumHistoryDays)
        {
            return false;
        }

        var consumption = Advance(previousReal.Value, value);
        var days = date.DayNumber - previousReal.Date.DayNumber;

        // consumption / days > factor × quantity / windowDays, cross-multiplied so that no division rounds.
        return consumption * window.Days > Policy.HighConsumptionFactor * window.Quantity * days;
    }

    /// <summary>Each reading's distance along the counter from the first reading, counting roll-overs: real readings
    /// advance from the previous real one, estimates from the last real one before them.</summary>
    private decimal[] Positions(IReadOnlyList<MeterReading> list)
    {
        var positions = new decimal[list.Count];
        MeterReading? lastReal = null;
        var lastRealPosition = 0m;
        for (var i = 0; i < list.Count; i++)
        {
            positions[i] = lastReal is null ? 0m : lastRealPosition + Advance(lastReal.Value, list[i].Value);
            if (list[i].IsReal)
            {
                lastReal = list[i];
                lastRealPosition = positions[i];
            }
        }

        return positions;
    }

    private static (decimal Quantity, int Days)? AverageWindow(IReadOnlyList<MeterReading> list, decimal[] positions)
    {
        var latest = -1;
        for (var i = list.Count - 1; i >= 0 && latest < 0; i--)
        {
            latest = list[i].IsReal ? i : -1;
        }

        if (latest < 0)
        {
            return null;
        }

        var yearBefore = list[latest].Date.AddYears(-1);
        var baseline = -1;
        for (var i = 0; i < latest; i++)
        {
            if (list[i].IsReal && (baseline < 0 || list[i].Date <= yearBefore))
            {
                baseline = i;
            }
        }

        return baseline < 0 ? null : (positions[latest] - positions[baseline], list[latest].Date.DayNumber - list[baseline].Date.DayNumber);
    }

    private ConsumptionInterval? LastInterval()
    {
        if (readings.Count < 2)
        {
            return null;
        }

        var positions = Positions(readings);
        return Interval(readings[^2], readings[^1], positions[^1] - positions[^2]);
    }

    private ConsumptionInterval Interval(MeterReading from, MeterReading to, decimal quantity) =>
        new(Meter.SerialNumber, Meter.Kind, new DatePeriod(from.Date.AddDays(1), to.Date), quantity, !from.IsReal || !to.IsReal);
}
