using System.Globalization;
using IBok.Domain;
using IBok.Domain.Metering;
using IBok.GraphQL.Execution;
using IBok.GraphQL.Persistence.Mapping;
using IBok.GraphQL.Persistence.Model.Metering;

namespace IBok.GraphQL.Application.CustomerReads;

/// <summary>The length of one bar of a consumption chart.</summary>
public enum ConsumptionGranularity
{
    /// <summary>One calendar day.</summary>
    Day,

    /// <summary>One calendar month.</summary>
    Month,

    /// <summary>One calendar year.</summary>
    Year,
}

/// <summary>One bar of a consumption chart.</summary>
/// <param name="Start">The bucket's first day (a whole day, month or year).</param>
/// <param name="End">The bucket's last day.</param>
/// <param name="Quantity">The consumption falling on the bucket (m³ or GJ, 3 decimals).</param>
/// <param name="IncludesEstimates">Whether an estimated reading contributes.</param>
public sealed record ConsumptionPoint(DateOnly Start, DateOnly End, decimal Quantity, bool IncludesEstimates);

/// <summary>
/// A meter's consumption per day, month or year for charts, by IBok.Domain's reading history and its pro-rata spread
/// (<see cref="ConsumptionDistribution"/>): the intervals between readings that overlap the period are spread over
/// days or months, and the buckets inside the period are kept. Buckets without readings are left out.
/// </summary>
public static class ConsumptionSeries
{
    /// <summary>The longest period a series may cover per granularity, so one request cannot ask for 100 years by day.</summary>
    public const int MaxDays = 366;

    /// <summary>See <see cref="MaxDays"/>.</summary>
    public const int MaxMonths = 120;

    /// <summary>See <see cref="MaxDays"/>.</summary>
    public const int MaxYears = 50;

    /// <summary>The series of one meter.</summary>
    /// <exception cref="GraphQLException">The period is empty or longer than the granularity allows (named).</exception>
    public static IReadOnlyList<ConsumptionPoint> Of(
        MeterRow meter, IEnumerable<MeterReadingRow> readings, DateOnly from, DateOnly to, ConsumptionGranularity granularity)
    {
        ArgumentNullException.ThrowIfNull(meter);
        var period = CheckedPeriod(from, to, granularity);
        // The premises code only labels the domain meter; the meter's own id keeps this independent of the premises row.
        var history = MeterMapping.ToHistory(meter, meter.PremisesId.ToString(CultureInfo.InvariantCulture), readings);
        var intervals = history.ConsumptionIntervals().Where(interval => interval.Period.Overlaps(period)).ToArray();
        var buckets = granularity == ConsumptionGranularity.Day
            ? ConsumptionDistribution.ByDay(intervals)
            : ConsumptionDistribution.ByMonth(intervals);
        var inside = buckets.Where(bucket => bucket.Period.Overlaps(period));
        if (granularity != ConsumptionGranularity.Year)
        {
            return [.. inside.Select(bucket => new ConsumptionPoint(bucket.Period.Start, bucket.Period.End, ThreeDecimals(bucket.Quantity), bucket.IncludesEstimates))];
        }

        return [.. inside
            .GroupBy(bucket => bucket.Period.Start.Year)
            .Select(year => new ConsumptionPoint(
                new DateOnly(year.Key, 1, 1), new DateOnly(year.Key, 12, 31), ThreeDecimals(year.Sum(month => month.Quantity)), year.Any(month => month.IncludesEstimates)))];
    }

    // The spread keeps 3 decimals (more only when a reading has more); written with exactly 3 whatever the database's scale.
    private static decimal ThreeDecimals(decimal quantity) => decimal.Round(quantity, 3, MidpointRounding.AwayFromZero) + 0.000m;

    private static DatePeriod CheckedPeriod(DateOnly from, DateOnly to, ConsumptionGranularity granularity)
    {
        if (from > to)
        {
            throw new GraphQLException(string.Create(CultureInfo.InvariantCulture, $"The period is empty: from {from:yyyy-MM-dd} is after to {to:yyyy-MM-dd}."));
        }

        var (count, limit, unit) = granularity switch
        {
            ConsumptionGranularity.Day => (to.DayNumber - from.DayNumber + 1, MaxDays, "days"),
            ConsumptionGranularity.Month => (((to.Year - from.Year) * 12) + to.Month - from.Month + 1, MaxMonths, "months"),
            _ => (to.Year - from.Year + 1, MaxYears, "years"),
        };
        if (count > limit)
        {
            throw new GraphQLException(string.Create(CultureInfo.InvariantCulture,
                $"A series by {granularity.ToString().ToUpperInvariant()} may cover at most {limit} {unit}; {from:yyyy-MM-dd}..{to:yyyy-MM-dd} covers {count}."));
        }

        return new DatePeriod(from, to);
    }
}
