using System.Globalization;
using IBok.Domain.Customers;
using IBok.Domain.Interest;
using IBok.Domain.Metering;
using IBok.Domain.Settlements;

namespace IBok.Domain.Tests;

/// <summary>An undefined enum value is named in the invariant culture, whatever the current culture's minus sign.</summary>
public sealed class UnknownEnumMessageTests
{
    [Theory]
    [InlineData("ar-SA")]
    [InlineData("sv-SE")]
    public void UndefinedEnumValues_AreNamedInTheInvariantCulture(string culture)
    {
        var original = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            var debtor = Assert.Throws<ArgumentOutOfRangeException>(() => LateInterestTables.For((CustomerKind)(-1)));
            var meter = Assert.Throws<ArgumentException>(() => new Meter("WM-001", (MeterKind)(-1), "P-1", new(2025, 1, 1), new(2025, 1, 1), 100000m));
            var document = Assert.Throws<InvalidLedgerEntryException>(() => new DebitDocument("FV/1", (DebitKind)(-1), new(2026, 1, 1), new(2026, 1, 15), Money.Pln(10m)));

            Assert.StartsWith("Unknown debtor kind -1.", debtor.Message, StringComparison.Ordinal);
            Assert.StartsWith("Meter kind -1 is not defined.", meter.Message, StringComparison.Ordinal);
            Assert.Equal("Document FV/1 has an unknown kind -1.", document.Message);
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }
}
