using IBok.Domain.Metering;

namespace IBok.Domain.Tests.Metering;

public sealed class ReadingAcceptanceTests
{
    private static readonly Meter Meter = MeteringFixtures.Water();

    [Fact]
    public void Submit_FirstReading_IsTheBaselineWithoutConsumption()
    {
        var accepted = MeteringFixtures.Accept(MeterReadingHistory.For(Meter), new(2025, 1, 1), 100m, ReadingKind.Installation);

        Assert.Null(accepted.Consumption);
        Assert.Equal(new MeterReading("WM-001", new(2025, 1, 1), 100m, ReadingKind.Installation), accepted.Reading);
        Assert.Empty(accepted.ReviewReasons);
        Assert.Equal([accepted.Reading], accepted.History.Readings);
    }

    [Fact]
    public void Submit_NextReading_ReturnsTheIntervalSinceThePreviousReading()
    {
        var history = MeteringFixtures.History(Meter, (new(2025, 1, 1), 100m));

        var accepted = MeteringFixtures.Accept(history, new(2025, 2, 1), 130m);

        Assert.Equal(new ConsumptionInterval("WM-001", MeterKind.MainWater, new(new(2025, 1, 2), new(2025, 2, 1)), 30m, false), accepted.Consumption);
        Assert.Single(history.Readings);
        Assert.Equal(2, accepted.History.Readings.Count);
    }

    [Fact]
    public void Submit_SameValueAsBefore_IsAcceptedWithZeroConsumption()
    {
        var history = MeteringFixtures.History(Meter, (new(2025, 1, 1), 100m));

        var accepted = MeteringFixtures.Accept(history, new(2025, 2, 1), 100m);

        Assert.Equal(0m, accepted.Consumption!.Quantity);
    }

    [Theory]
    [InlineData("140", 140)]
    [InlineData(" 140 ", 140)]
    [InlineData("140,0", 140)]
    [InlineData("140.00", 140)]
    [InlineData("+140", 140)]
    public void Submit_Text_ParsesWithEitherDecimalSeparator(string text, int expected)
    {
        var history = MeteringFixtures.History(Meter, (new(2025, 1, 1), 100m));

        var decision = history.Submit(new ReadingSubmission(new(2025, 2, 1), text, ReadingKind.Customer), MeteringFixtures.Today);

        Assert.Equal((decimal)expected, Assert.IsType<ReadingDecision.Accepted>(decision).Reading.Value);
    }

    [Theory]
    [InlineData("12,345", "12.345")]
    [InlineData("12.345", "12.345")]
    [InlineData("12,3", "12.3")]
    public void Submit_HeatMeter_AcceptsUpToThreeDecimals(string text, string expected)
    {
        var heat = MeterReadingHistory.For(MeteringFixtures.Water("HM-7", kind: MeterKind.Heat));

        var decision = heat.Submit(new ReadingSubmission(new(2025, 2, 1), text, ReadingKind.Remote), MeteringFixtures.Today);

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Assert.IsType<ReadingDecision.Accepted>(decision).Reading.Value);
    }

    [Fact]
    public void Submit_CounterCapacityMinusOne_IsAccepted()
    {
        var accepted = MeteringFixtures.Accept(MeterReadingHistory.For(Meter), new(2025, 1, 1), 99999m);

        Assert.Equal(99999m, accepted.Reading.Value);
    }

    [Fact]
    public void Submit_RemovalReading_MarksTheMeterRemoved()
    {
        var history = MeteringFixtures.History(Meter, (new(2025, 1, 1), 100m));

        var accepted = MeteringFixtures.Accept(history, new(2025, 5, 31), 150m, ReadingKind.Removal);

        Assert.Equal(new DateOnly(2025, 5, 31), accepted.History.Meter.RemovedOn);
        Assert.Null(history.Meter.RemovedOn);
    }

    [Fact]
    public void Submit_OnTheDayOfAnEstimate_ReplacesTheEstimate()
    {
        var history = MeteringFixtures.History(Meter, (new(2025, 1, 1), 100m), (new(2025, 1, 31), 130m));
        var estimated = MeteringFixtures.Estimate(history, new(2025, 2, 28));

        var accepted = MeteringFixtures.Accept(estimated, new(2025, 2, 28), 150m);

        Assert.Equal(
            [new(2025, 1, 1), new(2025, 1, 31), new DateOnly(2025, 2, 28)],
            accepted.History.Readings.Select(r => r.Date));
        Assert.All(accepted.History.Readings, r => Assert.True(r.IsReal));
        Assert.Equal(new ConsumptionInterval("WM-001", MeterKind.MainWater, new(new(2025, 2, 1), new(2025, 2, 28)), 20m, false), accepted.Consumption);
    }

    [Fact]
    public void MeterReading_Equality_ComparesReviewReasons()
    {
        var plain = new MeterReading("WM-1", new(2025, 1, 1), 5m, ReadingKind.Customer);
        var flagged = new MeterReading("WM-1", new(2025, 1, 1), 5m, ReadingKind.Customer, [ReadingReviewReason.CounterRollover]);

        Assert.NotEqual(plain, flagged);
        Assert.Equal(flagged, new MeterReading("WM-1", new(2025, 1, 1), 5m, ReadingKind.Customer, [ReadingReviewReason.CounterRollover]));
        Assert.True(flagged.IsFlaggedForReview);
        Assert.False(plain.IsFlaggedForReview);
    }
}
