using System.Globalization;
using IBok.Domain.Metering;

namespace IBok.Domain.Tests.Metering;

/// <summary>Metering messages and texts read the same whatever the current culture is, even one with another calendar or minus sign.</summary>
public sealed class MeteringInvariantMessageTests
{
    [Theory]
    [InlineData("th-TH")]
    [InlineData("ar-SA")]
    [InlineData("sv-SE")]
    public void MeterAndReadingTexts_UseTheInvariantCulture(string culture)
    {
        var original = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            var removal = Assert.Throws<ArgumentException>(() => MeteringFixtures.Water(installedOn: new(2025, 3, 1), removedOn: new(2025, 2, 28)));
            var precision = Assert.Throws<ArgumentOutOfRangeException>(() => MeteringFixtures.Water(precision: -1));
            var years = Assert.Throws<ArgumentOutOfRangeException>(() => LegalizationPolicy.Default.WithValidityYears(MeterKind.Heat, -2));
            var reading = new MeterReading("WM-001", new DateOnly(2025, 2, 1), 10m, ReadingKind.Customer);

            Assert.StartsWith("Meter WM-001 cannot be removed (2025-02-28) before it was installed (2025-03-01).", removal.Message, StringComparison.Ordinal);
            Assert.StartsWith("The reading precision of meter WM-001 must be 0 to 6 decimal places; got -1.", precision.Message, StringComparison.Ordinal);
            Assert.StartsWith("A legalization validity must be 1 to 50 years; got -2 for Heat.", years.Message, StringComparison.Ordinal);
            Assert.Equal("WM-001 2025-02-01 10 (Customer)", reading.ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }
}
