using IBok.Domain.Metering;

namespace IBok.Domain.Tests.Metering;

public sealed class ReadingHistoryRestoreTests
{
    private static readonly Meter Meter = MeteringFixtures.Water();

    [Fact]
    public void Restore_StoredReadings_GiveTheSameHistory()
    {
        var original = MeteringFixtures.Estimate(
            MeteringFixtures.History(Meter, (new(2025, 1, 1), 99990m), (new(2025, 2, 1), 5m)),
            new(2025, 2, 28));

        var restored = MeterReadingHistory.Restore(Meter, original.Readings);

        Assert.Equal(original.Readings, restored.Readings);
        Assert.Equal(original.ConsumptionIntervals(), restored.ConsumptionIntervals());
        Assert.Equal([ReadingReviewReason.CounterRollover], restored.Readings[1].ReviewReasons);
    }

    [Theory]
    [InlineData("WM-999", 2025, 2, 1, 10, ReadingKind.Customer, "Stored reading WM-999 2025-02-01 10 (Customer) of meter WM-001 belongs to meter WM-999.")]
    [InlineData("WM-001", 2024, 12, 1, 10, ReadingKind.Customer, "Stored reading WM-001 2024-12-01 10 (Customer) of meter WM-001 is dated outside the days the meter was installed.")]
    [InlineData("WM-001", 2025, 1, 1, 10, ReadingKind.Customer, "Stored reading WM-001 2025-01-01 10 (Customer) of meter WM-001 is not dated after the reading before it (2025-01-01).")]
    [InlineData("WM-001", 2025, 2, 1, 100000, ReadingKind.Customer, "Stored reading WM-001 2025-02-01 100000 (Customer) of meter WM-001 does not fit a counter of capacity 100000 with 0 decimal places.")]
    [InlineData("WM-001", 2025, 2, 1, 4, ReadingKind.Customer, "Stored reading WM-001 2025-02-01 4 (Customer) of meter WM-001 is lower than the previous real reading (5 on 2025-01-01) and is not a roll-over.")]
    public void Restore_InconsistentReading_Throws(string serial, int year, int month, int day, int value, ReadingKind kind, string message)
    {
        MeterReading[] stored = [new("WM-001", new(2025, 1, 1), 5m, ReadingKind.Installation), new(serial, new(year, month, day), value, kind)];

        var ex = Assert.Throws<ArgumentException>(() => MeterReadingHistory.Restore(Meter, stored));

        Assert.StartsWith(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Restore_EstimateFirst_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => MeterReadingHistory.Restore(Meter, [new MeterReading("WM-001", new(2025, 1, 1), 5m, ReadingKind.Estimated)]));

        Assert.StartsWith("Stored reading WM-001 2025-01-01 5 (Estimated) of meter WM-001 is an estimate with no real reading before it.", ex.Message, StringComparison.Ordinal);
    }
}
