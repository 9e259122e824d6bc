using System.Globalization;

namespace IBok.Domain.Billing;

/// <summary>Splits a metered quantity across consecutive periods (tariff sub-periods) pro rata by days, without losing any of it.</summary>
/// <remarks>
/// <para>Consumption between two readings is assumed even over its days, so the share of each period is
/// quantity × days in the period ÷ days of the interval (the common practice at a mid-period tariff change; no legal
/// rule prescribes it, DOMAIN-FACTS.md "Mid-period tariff change").</para>
/// <para>Rounding: every share but the last is rounded to <see cref="QuantityDecimals"/> decimals (0.001 m³ or GJ),
/// half away from zero; the last period the interval touches receives the remainder, so the shares always add up to
/// exactly the metered quantity and no m³ is lost or invented.</para>
/// </remarks>
public static class ConsumptionSplit
{
    /// <summary>The decimals a split share is rounded to: 3, a litre of water.</summary>
    public const int QuantityDecimals = 3;

    /// <summary>The share of <paramref name="quantity"/>, measured over <paramref name="interval"/>, falling in each of <paramref name="periods"/>.</summary>
    /// <param name="quantity">The metered quantity; may be negative (an over-estimate settled).</param>
    /// <param name="interval">The days the quantity was measured over.</param>
    /// <param name="periods">Consecutive, non-overlapping periods in ascending order that together cover every day of the interval.</param>
    /// <returns>One share per period, in the same order; zero for a period the interval does not touch.</returns>
    /// <exception cref="ArgumentException">The periods are out of order or overlap, or leave a day of the interval uncovered.</exception>
    public static decimal[] ByDays(decimal quantity, DatePeriod interval, IReadOnlyList<DatePeriod> periods)
    {
        ArgumentNullException.ThrowIfNull(periods);
        var covered = 0;
        for (var i = 0; i < periods.Count; i++)
        {
            if (i > 0 && periods[i].Start <= periods[i - 1].End)
            {
                throw new ArgumentException($"Periods must be in ascending order without overlaps; {periods[i]} follows {periods[i - 1]}.", nameof(periods));
            }

            covered += periods[i].Intersect(interval)?.Days ?? 0;
        }

        if (covered != interval.Days)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The periods cover {covered} of the {interval.Days} days of {interval}."), nameof(periods));
        }

        var shares = new decimal[periods.Count];
        var remaining = quantity;
        var last = -1;
        for (var i = 0; i < periods.Count; i++)
        {
            if (periods[i].Overlaps(interval))
            {
                last = i;
            }
        }

        for (var i = 0; i < periods.Count; i++)
        {
            if (!periods[i].Overlaps(interval))
            {
                continue;
            }

            var share = i == last ? remaining : Share(quantity, interval, periods[i]);
            shares[i] = share;
            remaining -= share;
        }

        return shares;
    }

    /// <summary>The rounded pro-rata share of one period, for all periods but the last one touched.</summary>
    internal static decimal Share(decimal quantity, DatePeriod interval, DatePeriod period)
    {
        var start = interval.Start > period.Start ? interval.Start : period.Start;
        var end = interval.End < period.End ? interval.End : period.End;
        var days = end.DayNumber - start.DayNumber + 1;
        return days <= 0 ? 0m : Math.Round(quantity * days / interval.Days, QuantityDecimals, MidpointRounding.AwayFromZero);
    }
}
