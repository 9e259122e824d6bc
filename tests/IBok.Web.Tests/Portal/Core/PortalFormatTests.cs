using IBok.Domain;
using IBok.Web.Portal;

namespace IBok.Web.Tests.Portal.Core;

public sealed class PortalFormatTests
{
    [Theory]
    [InlineData("1234.56", "1\u00A0234,56\u00A0zł")]
    [InlineData("0", "0,00\u00A0zł")]
    [InlineData("1234567.5", "1\u00A0234\u00A0567,50\u00A0zł")]
    [InlineData("-104.4", "-104,40\u00A0zł")]
    public void Money_Polish_GroupsWithNoBreakSpaceAndEndsWithZl(string amount, string expected) =>
        Assert.Equal(expected, PortalFormat.Polish.Money(Money.Pln(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture))));

    [Theory]
    [InlineData("1234.56", "PLN\u00A01,234.56")]
    [InlineData("-0.05", "-PLN\u00A00.05")]
    public void Money_English_StartsWithPln(string amount, string expected) =>
        Assert.Equal(expected, PortalFormat.English.Money(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Date_Polish_IsDayMonthYearWithDots() => Assert.Equal("01.11.2026", PortalFormat.Polish.Date(new DateOnly(2026, 11, 1)));

    [Fact]
    public void Date_English_IsDayShortMonthYear() => Assert.Equal("21 Nov 2026", PortalFormat.English.Date(new DateOnly(2026, 11, 21)));

    [Fact]
    public void DateTime_ShowsPolishWallClock() =>
        Assert.Equal("21.07.2026 14:05", PortalFormat.Polish.DateTime(new DateTime(2026, 7, 21, 12, 5, 0, DateTimeKind.Utc)));

    [Fact]
    public void CubicMetres_HasThreeDecimals() => Assert.Equal("1\u00A0234,500\u00A0m³", PortalFormat.Polish.CubicMetres(1234.5m));
}
