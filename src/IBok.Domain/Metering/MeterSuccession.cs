namespace IBok.Domain.Metering;

/// <summary>
/// The meters that followed one another at one metering point (e.g. the main water meter of a premises), oldest first,
/// each installed on the day the previous one was removed: consumption over a period sums all of them.
/// </summary>
/// <remarks>Since a reading is the state at the end of its day, the old meter's removal reading closes its last
/// interval on the exchange day and the new meter's intervals start the day after: no day is counted twice or missed.</remarks>
public sealed class MeterSuccession
{
    /// <summary>Creates a succession, checking that the meters follow one another.</summary>
    /// <param name="histories">The meters' histories, oldest first.</param>
    /// <exception cref="ArgumentException">No histories; or a meter is not removed on the day its successor is installed,
    /// or is at another premises, or of another kind.</exception>
    public MeterSuccession(IEnumerable<MeterReadingHistory> histories)
    {
        ArgumentNullException.ThrowIfNull(histories);
        var list = histories.ToArray();
        if (list.Length == 0)
        {
            throw new ArgumentException("A meter succession needs at least one meter.", nameof(histories));
        }

        for (var i = 1; i < list.Length; i++)
        {
            var previous = list[i - 1].Meter;
            var next = list[i].Meter;
            if (previous.RemovedOn != next.InstalledOn || previous.PremisesId != next.PremisesId || previous.Kind != next.Kind)
            {
                var removed = previous.RemovedOn?.ToIsoDate() ?? "never";
                throw new ArgumentException(
                    $"Meter {next.SerialNumber} ({next.Kind} at premises {next.PremisesId}, installed {next.InstalledOn.ToIsoDate()}) does not follow meter {previous.SerialNumber} ({previous.Kind} at premises {previous.PremisesId}, removed {removed}).",
                    nameof(histories));
            }
        }

        Histories = list;
    }

    /// <summary>The meters' histories, oldest first.</summary>
    public IReadOnlyList<MeterReadingHistory> Histories { get; }

    /// <summary>The meter installed now (or last).</summary>
    public MeterReadingHistory Current => Histories[^1];

    /// <summary>All meters' intervals whose end reading is dated inside <paramref name="period"/>, in date order.</summary>
    public IReadOnlyList<ConsumptionInterval> ConsumptionIntervals(DatePeriod period) =>
        Histories.SelectMany(history => history.ConsumptionIntervals(period)).ToArray();

    /// <summary>The total quantity of <see cref="ConsumptionIntervals(DatePeriod)"/>, across all meters.</summary>
    public decimal TotalConsumption(DatePeriod period) => ConsumptionIntervals(period).Sum(interval => interval.Quantity);

    /// <summary>All meters' intervals of <see cref="ConsumptionIntervals(DatePeriod)"/> per calendar month; see
    /// <see cref="ConsumptionDistribution.ByMonth"/>.</summary>
    public IReadOnlyList<PeriodConsumption> ConsumptionByMonth(DatePeriod period, int decimals = ConsumptionDistribution.DefaultDecimals) =>
        ConsumptionDistribution.ByMonth(ConsumptionIntervals(period), decimals);
}
