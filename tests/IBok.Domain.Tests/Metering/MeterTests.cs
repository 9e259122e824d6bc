using IBok.Domain.Metering;

namespace IBok.Domain.Tests.Metering;

public sealed class MeterTests
{
    [Theory]
    [InlineData(MeterKind.MainWater, MeterUnit.CubicMetre, "m³", 0)]
    [InlineData(MeterKind.HotWater, MeterUnit.CubicMetre, "m³", 0)]
    [InlineData(MeterKind.Submeter, MeterUnit.CubicMetre, "m³", 0)]
    [InlineData(MeterKind.Heat, MeterUnit.Gigajoule, "GJ", 3)]
    public void Constructor_DerivesUnitAndDefaultPrecisionFromKind(MeterKind kind, MeterUnit unit, string symbol, int precision)
    {
        var meter = new Meter("X1", kind, "P-1", new(2025, 1, 1), new(2024, 12, 1), 100000m);

        Assert.Equal(unit, meter.Unit);
        Assert.Equal(symbol, meter.UnitSymbol);
        Assert.Equal(precision, meter.ReadingPrecision);
    }

    [Fact]
    public void Constructor_ExplicitPrecision_OverridesTheDefault()
    {
        var meter = MeteringFixtures.Water(precision: 2);

        Assert.Equal(2, meter.ReadingPrecision);
    }

    [Fact]
    public void Constructor_TrimsSerialNumberAndPremisesId()
    {
        var meter = new Meter("  WM-9 ", MeterKind.MainWater, " P-3 ", new(2025, 1, 1), new(2024, 12, 1), 100000m);

        Assert.Equal("WM-9", meter.SerialNumber);
        Assert.Equal("P-3", meter.PremisesId);
        Assert.Equal("MainWater WM-9 (m³)", meter.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Constructor_EmptySerialNumber_Throws(string serial)
    {
        var ex = Assert.Throws<ArgumentException>(() => new Meter(serial, MeterKind.MainWater, "P-1", new(2025, 1, 1), new(2024, 12, 1), 100000m));

        Assert.StartsWith("A meter's serial number (numer fabryczny) must not be empty.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_EmptyPremisesId_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Meter("WM-1", MeterKind.MainWater, " ", new(2025, 1, 1), new(2024, 12, 1), 100000m));

        Assert.StartsWith("Meter WM-1 must belong to a premises; the premises id is empty.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_UndefinedKind_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Meter("WM-1", (MeterKind)42, "P-1", new(2025, 1, 1), new(2024, 12, 1), 100000m));

        Assert.StartsWith("Meter kind 42 is not defined.", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Constructor_NonPositiveCapacity_Throws(int capacity)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => MeteringFixtures.Water(capacity: capacity));

        Assert.StartsWith($"The counter capacity of meter WM-001 must be positive; got {capacity}.", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(7)]
    public void Constructor_PrecisionOutOfRange_Throws(int precision)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => MeteringFixtures.Water(precision: precision));

        Assert.StartsWith($"The reading precision of meter WM-001 must be 0 to 6 decimal places; got {precision}.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_RemovedBeforeInstallation_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => MeteringFixtures.Water(installedOn: new(2025, 3, 1), removedOn: new(2025, 2, 28)));

        Assert.StartsWith("Meter WM-001 cannot be removed (2025-02-28) before it was installed (2025-03-01).", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_RemovedOnInstallationDay_IsAllowed()
    {
        var meter = MeteringFixtures.Water(installedOn: new(2025, 3, 1), removedOn: new(2025, 3, 1));

        Assert.True(meter.IsInstalledOn(new(2025, 3, 1)));
        Assert.False(meter.IsInstalledOn(new(2025, 3, 2)));
    }

    [Fact]
    public void IsInstalledOn_IncludesBothEnds()
    {
        var meter = MeteringFixtures.Water(installedOn: new(2025, 1, 1), removedOn: new(2025, 6, 30));

        Assert.False(meter.IsInstalledOn(new(2024, 12, 31)));
        Assert.True(meter.IsInstalledOn(new(2025, 1, 1)));
        Assert.True(meter.IsInstalledOn(new(2025, 6, 30)));
        Assert.False(meter.IsInstalledOn(new(2025, 7, 1)));
    }

    [Fact]
    public void WithRemovedOn_ReturnsARemovedCopy()
    {
        var meter = MeteringFixtures.Water();

        var removed = meter.WithRemovedOn(new(2025, 9, 30));

        Assert.Null(meter.RemovedOn);
        Assert.Equal(new DateOnly(2025, 9, 30), removed.RemovedOn);
        Assert.Equal(removed, meter.WithRemovedOn(new(2025, 9, 30)));
        Assert.NotEqual(meter, removed);
    }
}
