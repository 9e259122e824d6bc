using IBok.Domain.Metering;

namespace IBok.Domain.Tests.Metering;

public sealed class EstimationTests
{
    private static readonly Meter Meter = MeteringFixtures.Water();

    // 30 m³ over the 30 days 2025-01-02..2025-01-31: 1 m³ a day.
    private static readonly MeterReadingHistory OneMonth =
        MeteringFixtures.History(Meter, (new(2025, 1, 1), 100m), (new(2025, 1, 31), 130m));

    [Fact]
    public void EstimateAt_AddsTheAverageDailyConsumptionSinceTheLastRealReading()
    {
        var result = Assert.IsType<EstimationResult.Estimated>(OneMonth.EstimateAt(new(2025, 2, 28)));

        Assert.Equal(new MeterReading("WM-001", new(2025, 2, 28), 158m, ReadingKind.Estimated), result.Reading);
        Assert.Equal(new ConsumptionInterval("WM-001", MeterKind.MainWater, new(new(2025, 2, 1), new(2025, 2, 28)), 28m, true), result.Consumption);
        Assert.Equal(3, result.History.Readings.Count);
        Assert.Equal(2, OneMonth.Readings.Count);
    }

    [Fact]
    public void EstimateAt_RoundsToTheMeterPrecisionHalfAwayFromZero()
    {
        // 5 m³ over 10 days = 0.5 m³/day; one day later the estimate is 0.5, rounded up to 1.
        var history = MeteringFixtures.History(Meter, (new(2025, 1, 1), 0m), (new(2025, 1, 11), 5m));

        var result = Assert.IsType<EstimationResult.Estimated>(history.EstimateAt(new(2025, 1, 12)));

        Assert.Equal(6m, result.Reading.Value);
    }

    [Fact]
    public void EstimateAt_HeatMeter_KeepsThreeDecimals()
    {
        // 10 GJ over 30 days; 28 days later 9.3333… GJ, rounded to 9.333.
        var heat = MeteringFixtures.History(MeteringFixtures.Water("HM-7", kind: MeterKind.Heat), (new(2025, 1, 1), 0m), (new(2025, 1, 31), 10m));

        var result = Assert.IsType<EstimationResult.Estimated>(heat.EstimateAt(new(2025, 2, 28)));

        Assert.Equal(19.333m, result.Reading.Value);
    }

    [Fact]
    public void EstimateAt_SecondEstimateInARow_CountsFromTheLastRealReading()
    {
        // 10 m³ over 30 days: the first estimate rounds 9.33 to 9; the second counts 59 days × 1/3 = 19.67 → 20 from the
        // real reading, not 9 + 10.33 → 10 from the first estimate.
        var history = MeteringFixtures.History(Meter, (new(2025, 1, 1), 0m), (new(2025, 1, 31), 10m));
        var once = MeteringFixtures.Estimate(history, new(2025, 2, 28));

        var twice = Assert.IsType<EstimationResult.Estimated>(once.EstimateAt(new(2025, 3, 31)));

        Assert.Equal(19m, once.LatestReading!.Value);
        Assert.Equal(30m, twice.Reading.Value);
        Assert.Equal(11m, twice.Consumption.Quantity);
    }

    [Fact]
    public void EstimateAt_PastTheCounterCapacity_WrapsThroughZero()
    {
        var history = MeteringFixtures.History(Meter, (new(2025, 1, 1), 99900m), (new(2025, 1, 31), 99930m));

        var result = Assert.IsType<EstimationResult.Estimated>(history.EstimateAt(new(2025, 4, 21)));

        Assert.Equal(10m, result.Reading.Value);
        Assert.Equal(80m, result.Consumption.Quantity);
    }

    [Fact]
    public void EstimateAt_WithoutTwoRealReadings_Fails()
    {
        var installed = MeteringFixtures.History(Meter, (new(2025, 1, 1), 100m));

        var failed = Assert.IsType<EstimationResult.Failed>(installed.EstimateAt(new(2025, 1, 31)));

        Assert.Equal(EstimationFailureReason.NoConsumptionHistory, failed.Reason);
        Assert.Equal("Cannot estimate meter WM-001 on 2025-01-31: it needs two real readings on different days to average, and has 1.", failed.Message);
    }

    [Fact]
    public void EstimateAt_EmptyHistory_Fails()
    {
        var failed = Assert.IsType<EstimationResult.Failed>(MeterReadingHistory.For(Meter).EstimateAt(new(2025, 1, 31)));

        Assert.Equal(EstimationFailureReason.NoConsumptionHistory, failed.Reason);
        Assert.Equal("Cannot estimate meter WM-001 on 2025-01-31: it needs two real readings on different days to average, and has 0.", failed.Message);
    }

    [Fact]
    public void EstimateAt_NotAfterTheLatestReading_Fails()
    {
        var failed = Assert.IsType<EstimationResult.Failed>(OneMonth.EstimateAt(new(2025, 1, 31)));

        Assert.Equal(EstimationFailureReason.NotAfterLatestReading, failed.Reason);
        Assert.Equal("Cannot estimate meter WM-001 on 2025-01-31: its latest reading is dated 2025-01-31.", failed.Message);
    }

    [Fact]
    public void EstimateAt_BeforeInstallation_Fails()
    {
        var failed = Assert.IsType<EstimationResult.Failed>(OneMonth.EstimateAt(new(2024, 12, 31)));

        Assert.Equal(EstimationFailureReason.MeterNotInstalled, failed.Reason);
        Assert.Equal("Cannot estimate meter WM-001 on 2024-12-31: it is installed from 2025-01-01 only.", failed.Message);
    }

    [Fact]
    public void EstimateAt_AfterRemoval_Fails()
    {
        var removed = MeteringFixtures.Accept(OneMonth, new(2025, 2, 15), 140m, ReadingKind.Removal).History;

        var failed = Assert.IsType<EstimationResult.Failed>(removed.EstimateAt(new(2025, 2, 28)));

        Assert.Equal(EstimationFailureReason.MeterNotInstalled, failed.Reason);
        Assert.Equal("Cannot estimate meter WM-001 on 2025-02-28: it is installed 2025-01-01..2025-02-15 only.", failed.Message);
    }

    [Fact]
    public void Submit_AfterAnUnderEstimate_SettlesTheDifference()
    {
        var estimated = MeteringFixtures.Estimate(OneMonth, new(2025, 2, 28));

        var accepted = MeteringFixtures.Accept(estimated, new(2025, 3, 31), 185m);

        Assert.Equal(new ConsumptionInterval("WM-001", MeterKind.MainWater, new(new(2025, 3, 1), new(2025, 3, 31)), 27m, true), accepted.Consumption);
        Assert.Equal([30m, 28m, 27m], accepted.History.ConsumptionIntervals().Select(i => i.Quantity));
    }

    [Fact]
    public void Submit_BelowAnOverEstimate_IsAcceptedWithANegativeSettlement()
    {
        // Estimated 158 on 2025-02-28; the real 150 on 2025-03-31 is above the last real reading (130), so it is valid.
        var estimated = MeteringFixtures.Estimate(OneMonth, new(2025, 2, 28));

        var accepted = MeteringFixtures.Accept(estimated, new(2025, 3, 31), 150m);

        Assert.Empty(accepted.ReviewReasons);
        Assert.Equal(new ConsumptionInterval("WM-001", MeterKind.MainWater, new(new(2025, 3, 1), new(2025, 3, 31)), -8m, true), accepted.Consumption);
        Assert.Equal(50m, accepted.History.ConsumptionIntervals().Sum(i => i.Quantity));
    }

    [Fact]
    public void Submit_AfterAnEstimate_IsStillCheckedAgainstTheLastRealReading()
    {
        var estimated = MeteringFixtures.Estimate(OneMonth, new(2025, 2, 28));

        var rejected = MeteringFixtures.Reject(estimated, ReadingSubmission.Of(new(2025, 3, 31), 129m, ReadingKind.Customer));

        Assert.Equal(ReadingRejectionReason.LowerThanPrevious, rejected.Reason);
        Assert.Equal("Reading 129 m³ on 2025-03-31 is lower than the previous reading 130 m³ on 2025-01-31 of meter WM-001, and is not a counter roll-over.", rejected.Message);
    }

    [Fact]
    public void Submit_BeforeAnEstimate_IsRejected()
    {
        var estimated = MeteringFixtures.Estimate(OneMonth, new(2025, 2, 28));

        var rejected = MeteringFixtures.Reject(estimated, ReadingSubmission.Of(new(2025, 2, 20), 150m, ReadingKind.Customer));

        Assert.Equal(ReadingRejectionReason.BeforeLatestReading, rejected.Reason);
        Assert.Equal("Reading date 2025-02-20 is before the latest reading of meter WM-001 (158 m³ on 2025-02-28).", rejected.Message);
    }

    [Fact]
    public void Submit_RolloverAfterAnEstimate_IsMeasuredFromTheLastRealReading()
    {
        // Real 99930 on 01-31 (1 m³/day); estimate 99958 on 02-28; real 20 on 03-31 rolled over: 90 m³ real in total.
        var history = MeteringFixtures.History(Meter, (new(2025, 1, 1), 99900m), (new(2025, 1, 31), 99930m));
        var estimated = MeteringFixtures.Estimate(history, new(2025, 2, 28));

        var accepted = MeteringFixtures.Accept(estimated, new(2025, 3, 31), 20m);

        Assert.Equal([ReadingReviewReason.CounterRollover], accepted.ReviewReasons);
        Assert.Equal(62m, accepted.Consumption!.Quantity);
        Assert.Equal([30m, 28m, 62m], accepted.History.ConsumptionIntervals().Select(i => i.Quantity));
    }

    [Fact]
    public void AverageDailyConsumption_UsesTheLastTwelveMonthsOfRealReadings()
    {
        // 10 m³/day in 2024, 1 m³/day in 2025: the window from 2025-01-01 (a year before the latest) gives 1.
        var history = MeteringFixtures.History(
            MeteringFixtures.Water(installedOn: new(2024, 1, 1)),
            (new(2024, 1, 1), 0m),
            (new(2024, 7, 1), 1820m),
            (new(2025, 1, 1), 3660m),
            (new(2025, 7, 1), 3841m),
            (new(2026, 1, 1), 4025m));

        Assert.Equal(1m, history.AverageDailyConsumption());
    }

    [Fact]
    public void AverageDailyConsumption_ShorterHistory_UsesAllOfIt_AndIgnoresEstimates()
    {
        var estimated = MeteringFixtures.Estimate(OneMonth, new(2025, 2, 28));

        Assert.Equal(1m, estimated.AverageDailyConsumption());
        Assert.Null(MeteringFixtures.History(Meter, (new(2025, 1, 1), 100m)).AverageDailyConsumption());
    }
}
