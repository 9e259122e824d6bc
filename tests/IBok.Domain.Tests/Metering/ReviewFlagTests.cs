using IBok.Domain.Metering;

namespace IBok.Domain.Tests.Metering;

public sealed class ReviewFlagTests
{
    private static readonly Meter Meter = MeteringFixtures.Water();

    // 60 m³ over the 60 days 2025-01-02..2025-03-02: an average of exactly 1 m³ a day, just enough history.
    private static readonly MeterReadingHistory SixtyDays =
        MeteringFixtures.History(Meter, (new(2025, 1, 1), 0m), (new(2025, 3, 2), 60m));

    [Fact]
    public void Submit_ExactlyFiveTimesTheAverage_IsNotFlagged()
    {
        var accepted = MeteringFixtures.Accept(SixtyDays, new(2025, 3, 12), 110m);

        Assert.Empty(accepted.ReviewReasons);
    }

    [Fact]
    public void Submit_JustAboveFiveTimesTheAverage_IsFlagged()
    {
        var accepted = MeteringFixtures.Accept(SixtyDays, new(2025, 3, 12), 111m);

        Assert.Equal([ReadingReviewReason.UnusuallyHighConsumption], accepted.ReviewReasons);
        Assert.Equal(51m, accepted.Consumption!.Quantity);
    }

    [Fact]
    public void Submit_ConfiguredFactor_MovesTheThreshold()
    {
        var history = MeteringFixtures.History(Meter, new ReadingReviewPolicy(highConsumptionFactor: 2m), (new(2025, 1, 1), 0m), (new(2025, 3, 2), 60m));

        Assert.Empty(MeteringFixtures.Accept(history, new(2025, 3, 12), 80m).ReviewReasons);
        Assert.Equal([ReadingReviewReason.UnusuallyHighConsumption], MeteringFixtures.Accept(history, new(2025, 3, 12), 81m).ReviewReasons);
    }

    [Fact]
    public void Submit_LessHistoryThanTheMinimum_IsNeverFlagged()
    {
        // 59 days of history, one short of the default 60.
        var history = MeteringFixtures.History(Meter, (new(2025, 1, 1), 0m), (new(2025, 3, 1), 59m));

        var accepted = MeteringFixtures.Accept(history, new(2025, 3, 2), 5000m);

        Assert.Empty(accepted.ReviewReasons);
    }

    [Fact]
    public void Submit_AfterZeroAverageConsumption_AnyConsumptionIsFlagged()
    {
        var history = MeteringFixtures.History(Meter, (new(2025, 1, 1), 7m), (new(2025, 3, 2), 7m));

        Assert.Empty(MeteringFixtures.Accept(history, new(2025, 4, 1), 7m).ReviewReasons);
        Assert.Equal([ReadingReviewReason.UnusuallyHighConsumption], MeteringFixtures.Accept(history, new(2025, 4, 1), 8m).ReviewReasons);
    }

    [Fact]
    public void Submit_BelowPreviousFromTheTopToTheBottomOfTheCounter_IsAFlaggedRollover()
    {
        var history = MeteringFixtures.History(Meter, (new(2025, 1, 1), 99990m));

        var accepted = MeteringFixtures.Accept(history, new(2025, 2, 1), 5m);

        Assert.Equal([ReadingReviewReason.CounterRollover], accepted.ReviewReasons);
        Assert.Equal(new ConsumptionInterval("WM-001", MeterKind.MainWater, new(new(2025, 1, 2), new(2025, 2, 1)), 15m, false), accepted.Consumption);
    }

    [Theory]
    [InlineData(90000, 9999, true)]
    [InlineData(89999, 9999, false)]
    [InlineData(90000, 10000, false)]
    [InlineData(99999, 0, true)]
    [InlineData(50000, 5, false)]
    public void Submit_RolloverWindow_IsTheTopAndBottomTenthOfTheCounter(int previous, int value, bool isRollover)
    {
        var history = MeteringFixtures.History(Meter, (new(2025, 1, 1), previous));

        var decision = history.Submit(ReadingSubmission.Of(new(2025, 2, 1), value, ReadingKind.Collector), MeteringFixtures.Today);

        if (isRollover)
        {
            var accepted = Assert.IsType<ReadingDecision.Accepted>(decision);
            Assert.Equal(100000m - previous + value, accepted.Consumption!.Quantity);
            Assert.Contains(ReadingReviewReason.CounterRollover, accepted.ReviewReasons);
        }
        else
        {
            Assert.Equal(ReadingRejectionReason.LowerThanPrevious, Assert.IsType<ReadingDecision.Rejected>(decision).Reason);
        }
    }

    [Fact]
    public void Submit_RolloverWithAConfiguredMargin_UsesThatMargin()
    {
        var history = MeteringFixtures.History(Meter, new ReadingReviewPolicy(rolloverMargin: 0.2m), (new(2025, 1, 1), 80000m));

        var accepted = MeteringFixtures.Accept(history, new(2025, 2, 1), 19999m);

        Assert.Equal(39999m, accepted.Consumption!.Quantity);
    }

    [Fact]
    public void Submit_AfterARollover_ComparesWithTheRolledOverValue()
    {
        var history = MeteringFixtures.History(Meter, (new(2025, 1, 1), 99990m), (new(2025, 2, 1), 5m));

        var accepted = MeteringFixtures.Accept(history, new(2025, 3, 1), 30m);

        Assert.Empty(accepted.ReviewReasons);
        Assert.Equal([15m, 25m], accepted.History.ConsumptionIntervals().Select(i => i.Quantity));
    }

    [Fact]
    public void Submit_RolloverAndHighConsumption_CarriesBothFlags()
    {
        // 60 days at 1 m³/day up to 99990, then 40 m³ in 5 days through zero: 8 m³/day > 5 × 1.
        var history = MeteringFixtures.History(Meter, (new(2025, 1, 1), 99930m), (new(2025, 3, 2), 99990m));

        var accepted = MeteringFixtures.Accept(history, new(2025, 3, 7), 30m);

        Assert.Equal([ReadingReviewReason.CounterRollover, ReadingReviewReason.UnusuallyHighConsumption], accepted.ReviewReasons);
    }

    [Theory]
    [InlineData(1, 60, 0.1)]
    [InlineData(5, 0, 0.1)]
    [InlineData(5, 60, 0)]
    [InlineData(5, 60, 0.6)]
    public void ReadingReviewPolicy_OutOfRange_Throws(decimal factor, int days, decimal margin)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReadingReviewPolicy(factor, days, margin));
    }
}
