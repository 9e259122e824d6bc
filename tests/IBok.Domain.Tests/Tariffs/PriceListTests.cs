using IBok.Domain.Customers;
using IBok.Domain.Tariffs;

namespace IBok.Domain.Tests.Tariffs;

public sealed class PriceListTests
{
    private static readonly KeyValuePair<ReadingMethod, SubscriptionFeeRate>[] CollectorFee = [new(ReadingMethod.Collector, new SubscriptionFeeRate(4.50m, 3.50m))];

    [Fact]
    public void Constructor_OpenEnd_IsValidUntilMaxValue()
    {
        var list = new PriceList(" G1 ", new DateOnly(2026, 7, 1), null, 5.6123m, 7.46m, CollectorFee);

        Assert.Equal("G1", list.TariffGroup);
        Assert.Equal(new DatePeriod(new DateOnly(2026, 7, 1), DateOnly.MaxValue), list.Validity);
        Assert.Equal(5.6123m, list.WaterPerCubicMetre);
        Assert.Equal("G1 2026-07-01..", list.ToString());
    }

    [Theory]
    [InlineData(-0.01, "cannot be negative; waterPerCubicMetre is -0.01")]
    [InlineData(5.12345, "at most 4 decimals; waterPerCubicMetre is 5.12345")]
    public void Constructor_InvalidPrice_Throws(double price, string reason)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new PriceList("G1", new DateOnly(2026, 1, 1), null, (decimal)price, 7m, CollectorFee));

        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_BlankGroup_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new PriceList(" ", new DateOnly(2026, 1, 1), null, 5m, 7m, CollectorFee));

        Assert.Contains("needs a tariff group code", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_EndBeforeStart_Throws()
    {
        Assert.Throws<ArgumentException>(() => new PriceList("G1", new DateOnly(2026, 7, 1), new DateOnly(2026, 6, 30), 5m, 7m, CollectorFee));
    }

    [Fact]
    public void Constructor_ReadingMethodTwice_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new PriceList("G1", new DateOnly(2026, 1, 1), null, 5m, 7m, [CollectorFee[0], CollectorFee[0]]));

        Assert.Contains("Tariff group G1 lists the subscription fee for Collector twice", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MonthlySubscriptionFee_DependsOnReadingMethodAndEInvoice()
    {
        var list = new PriceList("G1", new DateOnly(2026, 1, 1), null, 5m, 7m, [CollectorFee[0], new(ReadingMethod.Remote, new SubscriptionFeeRate(3m, 2.5m))]);

        Assert.Equal(4.50m, list.MonthlySubscriptionFee(ReadingMethod.Collector, eInvoiceConsent: false));
        Assert.Equal(3.50m, list.MonthlySubscriptionFee(ReadingMethod.Collector, eInvoiceConsent: true));
        Assert.Equal(3.00m, list.MonthlySubscriptionFee(ReadingMethod.Remote, eInvoiceConsent: false));
        Assert.Equal(2.50m, list.MonthlySubscriptionFee(ReadingMethod.Remote, eInvoiceConsent: true));
    }

    [Fact]
    public void MonthlySubscriptionFee_MethodNotPriced_Throws()
    {
        var list = new PriceList("G1", new DateOnly(2026, 1, 1), null, 5m, 7m, CollectorFee);

        var ex = Assert.Throws<TariffComponentMissingException>(() => list.MonthlySubscriptionFee(ReadingMethod.Norm, false));

        Assert.Equal("The price list of tariff group 'G1' effective from 2026-01-01 has no subscription fee for reading method Norm.", ex.Message);
        Assert.Equal("G1", ex.TariffGroup);
    }

    [Fact]
    public void RequireHeat_NoHeatPrices_Throws()
    {
        var list = new PriceList("G1", new DateOnly(2026, 1, 1), null, 5m, 7m, CollectorFee);

        var ex = Assert.Throws<TariffComponentMissingException>(list.RequireHeat);

        Assert.Equal("The price list of tariff group 'G1' effective from 2026-01-01 has no heat prices.", ex.Message);
        Assert.Equal("heat prices", ex.Missing);
    }

    [Fact]
    public void SubscriptionFeeRate_EInvoiceAboveStandard_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new SubscriptionFeeRate(3m, 3.01m));

        Assert.Contains("The e-invoice subscription fee (3.01) cannot exceed the standard fee (3)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SubscriptionFeeRate_EqualFees_Allowed()
    {
        Assert.Equal(3m, new SubscriptionFeeRate(3m, 3m).For(eInvoiceConsent: true));
    }

    [Fact]
    public void HeatPrices_MoreThanFourDecimals_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new HeatPrices(4210.55m, 62.12345m));

        Assert.Contains("variablePerGigajoule is 62.12345", ex.Message, StringComparison.Ordinal);
    }
}
