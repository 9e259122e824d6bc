using IBok.Domain.Metering;

namespace IBok.Domain.Tests.Metering;

public sealed class ConsumptionIntervalTests
{
    private static readonly MeterReadingHistory ThreeReadings = MeteringFixtures.History(
        MeteringFixtures.Water(),
        (new(2025, 1, 10), 100m),
        (new(2025, 2, 10), 110m),
        (new(2025, 3, 10), 125m));

    [Fact]
    public void ConsumptionIntervals_CoverTheDaysAfterEachReadingUpToTheNext()
    {
        Assert.Equal(
            [
                new ConsumptionInterval("WM-001", MeterKind.MainWater, new(new(2025, 1, 11), new(2025, 2, 10)), 10m, false),
                new ConsumptionInterval("WM-001", MeterKind.MainWater, new(new(2025, 2, 11), new(2025, 3, 10)), 15m, false),
            ],
            ThreeReadings.ConsumptionIntervals());
    }

    [Fact]
    public void ConsumptionIntervals_ForAPeriod_KeepsThoseEndingInIt()
    {
        var february = ThreeReadings.ConsumptionIntervals(DatePeriod.Month(2025, 2));

        Assert.Equal([new DatePeriod(new(2025, 1, 11), new(2025, 2, 10))], february.Select(i => i.Period));
        Assert.Equal(10m, ThreeReadings.TotalConsumption(DatePeriod.Month(2025, 2)));
        Assert.Equal(25m, ThreeReadings.TotalConsumption(new DatePeriod(new(2025, 2, 10), new(2025, 3, 10))));
        Assert.Equal(0m, ThreeReadings.TotalConsumption(DatePeriod.Month(2025, 1)));
    }

    [Fact]
    public void ConsumptionIntervals_OneReadingOrNone_AreEmpty()
    {
        Assert.Empty(MeterReadingHistory.For(MeteringFixtures.Water()).ConsumptionIntervals());
        Assert.Empty(MeteringFixtures.History(MeteringFixtures.Water(), (new(2025, 1, 1), 5m)).ConsumptionIntervals());
    }

    [Fact]
    public void ConsumptionByMonth_SplitsAnIntervalProRataByDays()
    {
        // 10 m³ over 2025-01-11..2025-02-10: 21 January days (6.774…) and 10 February days (3.225…); the leftover
        // thousandth goes to February, whose discarded fraction is larger.
        var months = ThreeReadings.ConsumptionByMonth(DatePeriod.Month(2025, 2));

        Assert.Equal(
            [new PeriodConsumption(DatePeriod.Month(2025, 1), 6.774m, false), new PeriodConsumption(DatePeriod.Month(2025, 2), 3.226m, false)],
            months);
    }

    [Fact]
    public void ConsumptionByMonth_WholeUnits_StillAddsUp()
    {
        var months = ThreeReadings.ConsumptionByMonth(new DatePeriod(new(2025, 1, 1), new(2025, 3, 31)), decimals: 0);

        // 10 over 21/10 days → 7 + 3; 15 over 18 (Feb 11–28) / 10 (Mar 1–10) days → 9.64 + 5.36 → 10 + 5.
        Assert.Equal([7m, 13m, 5m], months.Select(m => m.Quantity));
        Assert.Equal(25m, months.Sum(m => m.Quantity));
    }

    [Fact]
    public void ConsumptionByMonth_NegativeSettlement_IsSpreadWithItsSign()
    {
        var history = MeteringFixtures.History(MeteringFixtures.Water(), (new(2025, 1, 1), 100m), (new(2025, 1, 31), 130m));
        var estimated = MeteringFixtures.Estimate(history, new(2025, 2, 28));
        var settled = MeteringFixtures.Accept(estimated, new(2025, 3, 31), 150m).History;

        var months = settled.ConsumptionByMonth(new DatePeriod(new(2025, 1, 1), new(2025, 3, 31)));

        Assert.Equal(
            [
                new PeriodConsumption(DatePeriod.Month(2025, 1), 30m, false),
                new PeriodConsumption(DatePeriod.Month(2025, 2), 28m, true),
                new PeriodConsumption(DatePeriod.Month(2025, 3), -8m, true),
            ],
            months);
    }

    [Fact]
    public void ConsumptionByDay_SpreadsEvenlyAndGivesLeftoversToTheEarliestDays()
    {
        var history = MeteringFixtures.History(MeteringFixtures.Water(), (new(2025, 1, 1), 100m), (new(2025, 1, 4), 101m));

        var days = history.ConsumptionByDay(DatePeriod.Month(2025, 1));

        Assert.Equal(
            [
                new PeriodConsumption(new(new(2025, 1, 2), new(2025, 1, 2)), 0.334m, false),
                new PeriodConsumption(new(new(2025, 1, 3), new(2025, 1, 3)), 0.333m, false),
                new PeriodConsumption(new(new(2025, 1, 4), new(2025, 1, 4)), 0.333m, false),
            ],
            days);
    }

    [Fact]
    public void Distribution_QuantityWithMoreDecimalsThanAsked_KeepsItsOwn()
    {
        var interval = new ConsumptionInterval("HM-7", MeterKind.Heat, new(new(2025, 1, 31), new(2025, 2, 1)), 0.125m, false);

        var months = ConsumptionDistribution.ByMonth([interval], decimals: 0);

        Assert.Equal([0.063m, 0.062m], months.Select(m => m.Quantity));
    }

    [Fact]
    public void Distribution_DecimalsOutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ConsumptionDistribution.ByMonth([], decimals: -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => ConsumptionDistribution.ByMonth([], decimals: 11));
    }
}
