using IBok.Domain.Tariffs;

namespace IBok.Domain.Tests.Tariffs;

public sealed class VatRateTableTests
{
    private static readonly VatRates Rates2023 = new(new DateOnly(2023, 1, 1), VatRate.Reduced8, VatRate.Reduced8, VatRate.Reduced8, VatRate.Standard23, VatRate.Standard23);
    private static readonly VatRates Rates2027 = Rates2023 with { EffectiveFrom = new DateOnly(2027, 1, 1), Water = VatRate.FromPercent(5m) };

    [Fact]
    public void InForceOn_PicksTheLatestEntryNotAfterTheDay()
    {
        var table = new VatRateTable([Rates2027, Rates2023]);

        Assert.Same(Rates2023, table.InForceOn(new DateOnly(2026, 12, 31)));
        Assert.Same(Rates2027, table.InForceOn(new DateOnly(2027, 1, 1)));
        Assert.Equal([Rates2023, Rates2027], table.Entries);
    }

    [Fact]
    public void InForceOn_BeforeFirstEntry_Throws()
    {
        var ex = Assert.Throws<VatRatesNotInForceException>(() => new VatRateTable([Rates2023]).InForceOn(new DateOnly(2022, 12, 31)));

        Assert.Equal("No VAT rates are configured for 2022-12-31; the first entry takes effect on 2023-01-01.", ex.Message);
        Assert.Equal(new DateOnly(2022, 12, 31), ex.Day);
    }

    [Fact]
    public void NextChangeAfter_ReturnsNextEffectiveDateOrNull()
    {
        var table = new VatRateTable([Rates2023, Rates2027]);

        Assert.Equal(new DateOnly(2027, 1, 1), table.NextChangeAfter(new DateOnly(2026, 5, 1)));
        Assert.Null(table.NextChangeAfter(new DateOnly(2027, 1, 1)));
    }

    [Fact]
    public void Constructor_Empty_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new VatRateTable([]));

        Assert.Contains("at least one entry", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_SameEffectiveDateTwice_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new VatRateTable([Rates2023, Rates2023 with { Water = VatRate.Standard23 }]));

        Assert.Contains("Two VAT rate entries take effect on 2023-01-01", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TariffComponent.Water, 5)]
    [InlineData(TariffComponent.Sewage, 8)]
    [InlineData(TariffComponent.Subscription, 8)]
    [InlineData(TariffComponent.HeatFixed, 23)]
    [InlineData(TariffComponent.HeatVariable, 23)]
    public void For_ReturnsTheComponentsRate(TariffComponent component, int percent)
    {
        Assert.Equal(VatRate.FromPercent(percent), Rates2027.For(component));
    }
}
