using IBok.Domain.Metering;

namespace IBok.Domain.Tests.Metering;

public sealed class MeterReplacementTests
{
    private static readonly DateOnly ExchangeDay = new(2024, 9, 30);

    private static readonly MeterReadingHistory OldHistory = MeteringFixtures.History(
        MeteringFixtures.Water("WM-OLD", installedOn: new(2024, 1, 1)),
        (new(2024, 1, 1), 0m),
        (new(2024, 6, 30), 100m));

    private static readonly Meter NewMeter = MeteringFixtures.Water("WM-NEW", installedOn: ExchangeDay);

    private static ReplacementDecision.Completed Replace() =>
        Assert.IsType<ReplacementDecision.Completed>(MeterReplacement.Perform(OldHistory, NewMeter, ExchangeDay, "150", "0", MeteringFixtures.Today));

    [Fact]
    public void Perform_ClosesTheOldMeterAndStartsTheNewOne()
    {
        var completed = Replace();

        Assert.Equal(new MeterReading("WM-OLD", ExchangeDay, 150m, ReadingKind.Removal), completed.Replacement.RemovalReading);
        Assert.Equal(new MeterReading("WM-NEW", ExchangeDay, 0m, ReadingKind.Installation), completed.Replacement.InstallationReading);
        Assert.Equal(ExchangeDay, completed.Replacement.Date);
        Assert.Equal(ExchangeDay, completed.OldHistory.Meter.RemovedOn);
        Assert.Equal(
            new ConsumptionInterval("WM-OLD", MeterKind.MainWater, new(new(2024, 7, 1), ExchangeDay), 50m, false),
            completed.OldHistory.ConsumptionIntervals()[^1]);
        Assert.Equal([completed.Replacement.InstallationReading], completed.NewHistory.Readings);
    }

    [Fact]
    public void Perform_NewMeterStartsLow_NextReadingIsMeasuredFromItsInstallationReading()
    {
        var completed = Replace();

        var accepted = MeteringFixtures.Accept(completed.NewHistory, new(2024, 12, 31), 40m);

        Assert.Equal(new ConsumptionInterval("WM-NEW", MeterKind.MainWater, new(new(2024, 10, 1), new(2024, 12, 31)), 40m, false), accepted.Consumption);
    }

    [Fact]
    public void Succession_SumsBothMetersOverAPeriod()
    {
        var completed = Replace();
        var newHistory = MeteringFixtures.Accept(completed.NewHistory, new(2024, 12, 31), 40m).History;
        var succession = new MeterSuccession([completed.OldHistory, newHistory]);
        var secondHalf = new DatePeriod(new(2024, 7, 1), new(2024, 12, 31));

        Assert.Equal(90m, succession.TotalConsumption(secondHalf));
        Assert.Equal(
            [new(new(2024, 7, 1), ExchangeDay), new DatePeriod(new(2024, 10, 1), new(2024, 12, 31))],
            succession.ConsumptionIntervals(secondHalf).Select(i => i.Period));
        Assert.Same(newHistory, succession.Current);
    }

    [Fact]
    public void Succession_ConsumptionByMonth_SpreadsBothMetersWithoutLoss()
    {
        var completed = Replace();
        var newHistory = MeteringFixtures.Accept(completed.NewHistory, new(2024, 12, 31), 40m).History;
        var succession = new MeterSuccession([completed.OldHistory, newHistory]);

        var months = succession.ConsumptionByMonth(new DatePeriod(new(2024, 7, 1), new(2024, 12, 31)));

        // Old meter: 50 m³ over 31/31/30 days; new meter: 40 m³ over 31/30/31 days; leftovers by largest remainder.
        Assert.Equal(
            [
                new PeriodConsumption(DatePeriod.Month(2024, 7), 16.848m, false),
                new PeriodConsumption(DatePeriod.Month(2024, 8), 16.848m, false),
                new PeriodConsumption(DatePeriod.Month(2024, 9), 16.304m, false),
                new PeriodConsumption(DatePeriod.Month(2024, 10), 13.478m, false),
                new PeriodConsumption(DatePeriod.Month(2024, 11), 13.044m, false),
                new PeriodConsumption(DatePeriod.Month(2024, 12), 13.478m, false),
            ],
            months);
        Assert.Equal(90m, months.Sum(m => m.Quantity));
    }

    [Fact]
    public void Perform_RemovalReadingRejected_SaysItIsTheOldMeter()
    {
        var rejected = Assert.IsType<ReplacementDecision.Rejected>(MeterReplacement.Perform(OldHistory, NewMeter, ExchangeDay, "99", "0", MeteringFixtures.Today));

        Assert.Equal(ReplacementSide.OldMeter, rejected.Side);
        Assert.Equal(ReadingRejectionReason.LowerThanPrevious, rejected.Reason);
        Assert.Equal("Reading 99 m³ on 2024-09-30 is lower than the previous reading 100 m³ on 2024-06-30 of meter WM-OLD, and is not a counter roll-over.", rejected.Message);
    }

    [Fact]
    public void Perform_InstallationReadingRejected_SaysItIsTheNewMeter()
    {
        var rejected = Assert.IsType<ReplacementDecision.Rejected>(MeterReplacement.Perform(OldHistory, NewMeter, ExchangeDay, "150", "zero", MeteringFixtures.Today));

        Assert.Equal(ReplacementSide.NewMeter, rejected.Side);
        Assert.Equal(ReadingRejectionReason.NotANumber, rejected.Reason);
        Assert.Equal("Reading 'zero' for meter WM-NEW is not a number; use digits with an optional decimal point or comma.", rejected.Message);
        Assert.Null(OldHistory.Meter.RemovedOn);
    }

    [Fact]
    public void Perform_NewMeterInstalledOnAnotherDay_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            MeterReplacement.Perform(OldHistory, MeteringFixtures.Water("WM-NEW", installedOn: new(2024, 10, 1)), ExchangeDay, "150", "0", MeteringFixtures.Today));

        Assert.StartsWith("New meter WM-NEW must be installed on the exchange day 2024-09-30, not 2024-10-01.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Perform_NewMeterOfAnotherKind_Throws()
    {
        var heat = MeteringFixtures.Water("HM-1", installedOn: ExchangeDay, kind: MeterKind.Heat);

        var ex = Assert.Throws<ArgumentException>(() => MeterReplacement.Perform(OldHistory, heat, ExchangeDay, "150", "0", MeteringFixtures.Today));

        Assert.StartsWith("New meter HM-1 (Heat at premises P-17) cannot replace meter WM-OLD (MainWater at premises P-17).", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Perform_SameSerialNumber_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            MeterReplacement.Perform(OldHistory, MeteringFixtures.Water("WM-OLD", installedOn: ExchangeDay), ExchangeDay, "150", "0", MeteringFixtures.Today));

        Assert.StartsWith("A meter cannot replace itself (WM-OLD).", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Succession_MetersThatDoNotFollowOneAnother_Throws()
    {
        var unrelated = MeterReadingHistory.For(MeteringFixtures.Water("WM-X", installedOn: new(2024, 10, 1)));

        var ex = Assert.Throws<ArgumentException>(() => new MeterSuccession([OldHistory, unrelated]));

        Assert.StartsWith(
            "Meter WM-X (MainWater at premises P-17, installed 2024-10-01) does not follow meter WM-OLD (MainWater at premises P-17, removed never).",
            ex.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Succession_Empty_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new MeterSuccession([]));

        Assert.StartsWith("A meter succession needs at least one meter.", ex.Message, StringComparison.Ordinal);
    }
}
