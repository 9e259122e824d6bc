using IBok.Domain.Billing;

namespace IBok.Domain.Tests.Billing;

public sealed class ConsumptionSplitTests
{
    private static readonly DatePeriod JuneJuly = new(new DateOnly(2026, 6, 1), new DateOnly(2026, 7, 31));
    private static readonly DatePeriod[] JuneAndJuly = [new(new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 30)), new(new DateOnly(2026, 7, 1), new DateOnly(2026, 7, 31))];

    [Fact]
    public void ByDays_RoundsEarlierSharesAndGivesTheRemainderToTheLast()
    {
        // 10 × 30/61 = 4.918032… → 4.918; the last share is the remainder 10 − 4.918 = 5.082.
        Assert.Equal([4.918m, 5.082m], ConsumptionSplit.ByDays(10m, JuneJuly, JuneAndJuly));

        // 1 × 30/61 = 0.491803… → 0.492; the remainder 1 − 0.492 = 0.508.
        Assert.Equal([0.492m, 0.508m], ConsumptionSplit.ByDays(1m, JuneJuly, JuneAndJuly));
    }

    [Fact]
    public void ByDays_ThreeWaySplit_NeverLosesAThousandth()
    {
        // 1 m³ over three 1-day periods: 1/3 = 0.333… → 0.333 twice, the remainder 0.334 (rounding each would lose 0.001).
        var days = new DatePeriod[] { new(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 1)), new(new DateOnly(2026, 1, 2), new DateOnly(2026, 1, 2)), new(new DateOnly(2026, 1, 3), new DateOnly(2026, 1, 3)) };

        var shares = ConsumptionSplit.ByDays(1m, new DatePeriod(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 3)), days);

        Assert.Equal([0.333m, 0.333m, 0.334m], shares);
    }

    [Fact]
    public void ByDays_NegativeQuantity_SplitsTheSameWay()
    {
        Assert.Equal([-4.918m, -5.082m], ConsumptionSplit.ByDays(-10m, JuneJuly, JuneAndJuly));
    }

    [Fact]
    public void ByDays_IntervalInsideOnePeriod_GetsAllOfIt()
    {
        Assert.Equal([0m, 7.5m], ConsumptionSplit.ByDays(7.5m, new DatePeriod(new DateOnly(2026, 7, 3), new DateOnly(2026, 7, 9)), JuneAndJuly));
    }

    [Fact]
    public void ByDays_PeriodsLeaveDaysUncovered_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => ConsumptionSplit.ByDays(5m, new DatePeriod(new DateOnly(2026, 5, 30), new DateOnly(2026, 6, 5)), JuneAndJuly));

        Assert.StartsWith("The periods cover 5 of the 7 days of 2026-05-30..2026-06-05.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ByDays_PeriodsOutOfOrder_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => ConsumptionSplit.ByDays(5m, JuneJuly, [JuneAndJuly[1], JuneAndJuly[0]]));

        Assert.StartsWith("Periods must be in ascending order without overlaps; 2026-06-01..2026-06-30 follows 2026-07-01..2026-07-31.", ex.Message, StringComparison.Ordinal);
    }
}
