namespace IBok.Domain.Metering;

/// <summary>Consumption falling on one calendar month or one day, for charts and their tables.</summary>
/// <param name="Period">The whole calendar month, or the single day.</param>
/// <param name="Quantity">The share of the intervals' quantities that falls on the period.</param>
/// <param name="IncludesEstimates">True when any contributing interval is estimated.</param>
public sealed record PeriodConsumption(DatePeriod Period, decimal Quantity, bool IncludesEstimates);

/// <summary>Spreads <see cref="ConsumptionInterval"/>s over calendar months or days, pro rata by days, losing nothing to rounding.</summary>
/// <remarks>
/// Each interval's quantity is split over the days it covers in proportion to the number of its days in each month (or
/// one share per day), rounded to <c>decimals</c> places by the largest-remainder method: every share is first
/// truncated, then the leftover smallest units go one at a time to the shares with the largest discarded fractions,
/// ties to the earlier share. So the shares of an interval add up exactly to its quantity, and the total of all months
/// exactly equals the total of all intervals. A negative quantity (an over-estimate settled) is split the same way with
/// every share negative. Spreading evenly over days is a charting convention, not a measurement.
/// </remarks>
public static class ConsumptionDistribution
{
    /// <summary>Three decimal places (litres of m³, MJ of GJ) unless an interval's quantity itself has more.</summary>
    public const int DefaultDecimals = 3;

    /// <summary>The intervals' quantities per calendar month, oldest first; each month appears once, as the whole month,
    /// even if the intervals cover only part of it. Months may precede the first interval's end month.</summary>
    /// <param name="intervals">Intervals of any meters; their quantities are summed per month.</param>
    /// <param name="decimals">Decimal places of the shares (0 to 10); a quantity with more places keeps its own.</param>
    public static IReadOnlyList<PeriodConsumption> ByMonth(IEnumerable<ConsumptionInterval> intervals, int decimals = DefaultDecimals) =>
        Distribute(intervals, decimals, period => period.SplitByMonth(), part => DatePeriod.MonthOf(part.Start));

    /// <summary>The intervals' quantities per day, oldest first; see <see cref="ByMonth"/>.</summary>
    public static IReadOnlyList<PeriodConsumption> ByDay(IEnumerable<ConsumptionInterval> intervals, int decimals = DefaultDecimals) =>
        Distribute(intervals, decimals, EachDay, part => part);

    private static IEnumerable<DatePeriod> EachDay(DatePeriod period)
    {
        for (var day = period.Start; day <= period.End; day = day.AddDays(1))
        {
            yield return new DatePeriod(day, day);
        }
    }

    private static IReadOnlyList<PeriodConsumption> Distribute(
        IEnumerable<ConsumptionInterval> intervals,
        int decimals,
        Func<DatePeriod, IEnumerable<DatePeriod>> split,
        Func<DatePeriod, DatePeriod> bucketOf)
    {
        ArgumentNullException.ThrowIfNull(intervals);
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, 10);

        var totals = new SortedDictionary<DateOnly, (DatePeriod Bucket, decimal Quantity, bool Estimated)>();
        foreach (var interval in intervals)
        {
            var parts = split(interval.Period).ToArray();
            var shares = Allocate(interval.Quantity, parts.Select(part => part.Days).ToArray(), decimals);
            for (var i = 0; i < parts.Length; i++)
            {
                var bucket = bucketOf(parts[i]);
                var current = totals.TryGetValue(bucket.Start, out var found) ? found : (Bucket: bucket, Quantity: 0m, Estimated: false);
                totals[bucket.Start] = (bucket, current.Quantity + shares[i], current.Estimated || interval.IsEstimated);
            }
        }

        return totals.Values.Select(total => new PeriodConsumption(total.Bucket, total.Quantity, total.Estimated)).ToArray();
    }

    /// <summary>Largest-remainder split of <paramref name="quantity"/> by integer weights, in exact integer arithmetic.</summary>
    internal static decimal[] Allocate(decimal quantity, int[] weights, int decimals)
    {
        var places = Math.Max(decimals, MeterReadingHistory.DecimalPlaces(quantity));
        var unit = Pow10(places);
        var totalUnits = (Int128)(Math.Abs(quantity) * unit);
        Int128 totalWeight = 0;
        foreach (var weight in weights)
        {
            totalWeight += weight;
        }

        var units = new Int128[weights.Length];
        var remainders = new Int128[weights.Length];
        Int128 allocated = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            units[i] = Int128.DivRem(totalUnits * weights[i], totalWeight).Quotient;
            remainders[i] = totalUnits * weights[i] - units[i] * totalWeight;
            allocated += units[i];
        }

        for (var left = totalUnits - allocated; left > 0; left--)
        {
            var best = 0;
            for (var i = 1; i < remainders.Length; i++)
            {
                if (remainders[i] > remainders[best])
                {
                    best = i;
                }
            }

            units[best]++;
            remainders[best] = -1;
        }

        var sign = quantity < 0m ? -1m : 1m;
        return units.Select(u => sign * (decimal)u / unit).ToArray();
    }

    private static decimal Pow10(int places)
    {
        var result = 1m;
        for (var i = 0; i < places; i++)
        {
            result *= 10m;
        }

        return result;
    }
}
