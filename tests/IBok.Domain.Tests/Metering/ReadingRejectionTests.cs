using IBok.Domain.Metering;

namespace IBok.Domain.Tests.Metering;

public sealed class ReadingRejectionTests
{
    private static readonly MeterReadingHistory TwoReadings =
        MeteringFixtures.History(MeteringFixtures.Water(), (new(2025, 1, 1), 100m), (new(2025, 2, 1), 130m));

    private static ReadingDecision.Rejected Submit(string value, DateOnly? date = null, MeterReadingHistory? history = null) =>
        MeteringFixtures.Reject(history ?? TwoReadings, new ReadingSubmission(date ?? new(2025, 3, 1), value, ReadingKind.Customer));

    [Theory]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("1 234")]
    [InlineData("1,234.5")]
    [InlineData("1e3")]
    [InlineData("140 m3")]
    public void Submit_NotANumber_IsRejected(string value)
    {
        var rejected = Submit(value);

        Assert.Equal(ReadingRejectionReason.NotANumber, rejected.Reason);
        Assert.Equal($"Reading '{value}' for meter WM-001 is not a number; use digits with an optional decimal point or comma.", rejected.Message);
    }

    [Fact]
    public void Submit_Negative_IsRejected()
    {
        var rejected = Submit("-5");

        Assert.Equal(ReadingRejectionReason.Negative, rejected.Reason);
        Assert.Equal("Reading -5 m³ for meter WM-001 is negative; a counter shows 0 or more.", rejected.Message);
    }

    [Theory]
    [InlineData("140,5", "140.5", 1)]
    [InlineData("140.25", "140.25", 2)]
    public void Submit_MoreDecimalsThanThePrecision_IsRejected(string value, string shown, int decimals)
    {
        var rejected = Submit(value);

        Assert.Equal(ReadingRejectionReason.TooManyDecimals, rejected.Reason);
        Assert.Equal($"Reading {shown} m³ has more decimal places ({decimals}) than meter WM-001 accepts (0).", rejected.Message);
    }

    [Fact]
    public void Submit_MoreDecimalsThanAHeatMeterShows_NamesGigajoules()
    {
        var heat = MeteringFixtures.History(MeteringFixtures.Water("HM-7", kind: MeterKind.Heat));

        var rejected = Submit("12.3456", history: heat);

        Assert.Equal(ReadingRejectionReason.TooManyDecimals, rejected.Reason);
        Assert.Equal("Reading 12.3456 GJ has more decimal places (4) than meter HM-7 accepts (3).", rejected.Message);
    }

    [Theory]
    [InlineData("100000")]
    [InlineData("100001")]
    public void Submit_NotBelowTheCounterCapacity_IsRejected(string value)
    {
        var rejected = Submit(value);

        Assert.Equal(ReadingRejectionReason.AboveCounterCapacity, rejected.Reason);
        Assert.Equal($"Reading {value} m³ is not below the counter capacity 100000 m³ of meter WM-001; the counter rolls over to 0 at that value.", rejected.Message);
    }

    [Fact]
    public void Submit_BeforeInstallation_IsRejected()
    {
        var rejected = Submit("0", new(2024, 12, 31), MeterReadingHistory.For(MeteringFixtures.Water()));

        Assert.Equal(ReadingRejectionReason.BeforeInstallation, rejected.Reason);
        Assert.Equal("Reading date 2024-12-31 is before meter WM-001 was installed (2025-01-01).", rejected.Message);
    }

    [Fact]
    public void Submit_AfterRemoval_IsRejected()
    {
        var removedMeter = MeteringFixtures.Water(removedOn: new(2025, 6, 30));

        var rejected = Submit("10", new(2025, 7, 1), MeterReadingHistory.For(removedMeter));

        Assert.Equal(ReadingRejectionReason.AfterRemoval, rejected.Reason);
        Assert.Equal("Reading date 2025-07-01 is after meter WM-001 was removed (2025-06-30).", rejected.Message);
    }

    [Fact]
    public void Submit_AfterAnAcceptedRemovalReading_IsRejected()
    {
        var removed = MeteringFixtures.Accept(TwoReadings, new(2025, 3, 1), 150m, ReadingKind.Removal).History;

        var rejected = Submit("151", new(2025, 3, 2), removed);

        Assert.Equal(new DateOnly(2025, 3, 1), removed.Meter.RemovedOn);
        Assert.Equal(ReadingRejectionReason.AfterRemoval, rejected.Reason);
        Assert.Equal("Reading date 2025-03-02 is after meter WM-001 was removed (2025-03-01).", rejected.Message);
    }

    [Fact]
    public void Submit_InTheFuture_IsRejected()
    {
        var rejected = MeteringFixtures.Reject(TwoReadings, ReadingSubmission.Of(new(2026, 11, 22), 200m, ReadingKind.Customer), new DateOnly(2026, 11, 21));

        Assert.Equal(ReadingRejectionReason.InFuture, rejected.Reason);
        Assert.Equal("Reading date 2026-11-22 is in the future; today is 2026-11-21.", rejected.Message);
    }

    [Fact]
    public void Submit_Today_IsAccepted()
    {
        var decision = TwoReadings.Submit(ReadingSubmission.Of(new(2026, 11, 21), 200m, ReadingKind.Customer), new DateOnly(2026, 11, 21));

        Assert.IsType<ReadingDecision.Accepted>(decision);
    }

    [Fact]
    public void Submit_SecondReadingOnTheSameDay_IsRejected()
    {
        var rejected = Submit("131", new(2025, 2, 1));

        Assert.Equal(ReadingRejectionReason.SameDay, rejected.Reason);
        Assert.Equal("Meter WM-001 already has a reading on 2025-02-01 (130 m³).", rejected.Message);
    }

    [Fact]
    public void Submit_BeforeTheLatestReading_IsRejected()
    {
        var rejected = Submit("120", new(2025, 1, 15));

        Assert.Equal(ReadingRejectionReason.BeforeLatestReading, rejected.Reason);
        Assert.Equal("Reading date 2025-01-15 is before the latest reading of meter WM-001 (130 m³ on 2025-02-01).", rejected.Message);
    }

    [Fact]
    public void Submit_LowerThanThePreviousReading_IsRejected()
    {
        var rejected = Submit("129");

        Assert.Equal(ReadingRejectionReason.LowerThanPrevious, rejected.Reason);
        Assert.Equal("Reading 129 m³ on 2025-03-01 is lower than the previous reading 130 m³ on 2025-02-01 of meter WM-001, and is not a counter roll-over.", rejected.Message);
    }

    [Fact]
    public void Submit_Rejected_LeavesTheHistoryUnchanged()
    {
        Submit("129");

        Assert.Equal(2, TwoReadings.Readings.Count);
    }

    [Fact]
    public void Submit_EstimatedKind_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => TwoReadings.Submit(ReadingSubmission.Of(new(2025, 3, 1), 140m, ReadingKind.Estimated), MeteringFixtures.Today));

        Assert.StartsWith("A submitted reading must be a real one; got kind Estimated. Estimates come from EstimateAt.", ex.Message, StringComparison.Ordinal);
    }
}
