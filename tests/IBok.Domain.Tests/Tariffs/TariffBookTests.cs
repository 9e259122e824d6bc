using IBok.Domain.Customers;
using IBok.Domain.Tariffs;

namespace IBok.Domain.Tests.Tariffs;

public sealed class TariffBookTests
{
    private static readonly KeyValuePair<ReadingMethod, SubscriptionFeeRate>[] Fees = [new(ReadingMethod.Collector, new SubscriptionFeeRate(4.50m, 3.50m))];
    private static readonly VatRates Rates2023 = new(new DateOnly(2023, 1, 1), VatRate.Reduced8, VatRate.Reduced8, VatRate.Reduced8, VatRate.Standard23, VatRate.Standard23);
    private static readonly PriceList FirstHalf = new("G1", new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30), 5.23m, 7.11m, Fees);
    private static readonly PriceList SecondHalf = new("G1", new DateOnly(2026, 7, 1), null, 5.61m, 7.46m, Fees);
    private static readonly PriceList OtherGroup = new("G2", new DateOnly(2026, 1, 1), null, 4m, 6m, Fees);
    private static readonly TariffBook Book = new([SecondHalf, OtherGroup, FirstHalf], new VatRateTable([Rates2023]));

    [Fact]
    public void PriceListInForce_FindsTheListCoveringTheDay()
    {
        Assert.Same(FirstHalf, Book.PriceListInForce("G1", new DateOnly(2026, 6, 30)));
        Assert.Same(SecondHalf, Book.PriceListInForce("G1", new DateOnly(2026, 7, 1)));
        Assert.Same(OtherGroup, Book.PriceListInForce("G2", new DateOnly(2026, 7, 1)));
        Assert.Equal(["G1", "G2"], Book.TariffGroups);
    }

    [Fact]
    public void PriceListInForce_UnknownGroup_Throws()
    {
        var ex = Assert.Throws<TariffNotInForceException>(() => Book.PriceListInForce("G9", new DateOnly(2026, 3, 1)));

        Assert.Equal("No price list of tariff group 'G9' is in force on 2026-03-01.", ex.Message);
        Assert.Equal("G9", ex.TariffGroup);
    }

    [Fact]
    public void PriceListInForce_BeforeFirstList_Throws()
    {
        var ex = Assert.Throws<TariffNotInForceException>(() => Book.PriceListInForce("G1", new DateOnly(2025, 12, 31)));

        Assert.Equal(new DateOnly(2025, 12, 31), ex.Day);
    }

    [Fact]
    public void Split_WithoutChange_IsOneSegment()
    {
        var period = new DatePeriod(new DateOnly(2026, 3, 1), new DateOnly(2026, 4, 30));

        var segment = Assert.Single(Book.Split("G1", period));

        Assert.Equal(new TariffSegment(period, FirstHalf, Rates2023), segment);
    }

    [Fact]
    public void Split_AtTariffChange_CutsOnTheFirstDayOfTheNewList()
    {
        var segments = Book.Split("G1", new DatePeriod(new DateOnly(2026, 6, 1), new DateOnly(2026, 7, 31)));

        Assert.Equal(
            [
                new TariffSegment(new DatePeriod(new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 30)), FirstHalf, Rates2023),
                new TariffSegment(new DatePeriod(new DateOnly(2026, 7, 1), new DateOnly(2026, 7, 31)), SecondHalf, Rates2023),
            ],
            segments);
    }

    [Fact]
    public void Split_SamePeriodAgain_GivesTheSameSegments()
    {
        var period = new DatePeriod(new DateOnly(2026, 5, 1), new DateOnly(2026, 8, 31));

        var first = Book.Split("G1", period);
        var second = Book.Split("G1", period);

        Assert.Same(first, second);
        Assert.Equal(2, second.Count);
        Assert.Throws<NotSupportedException>(() => ((IList<TariffSegment>)second).Add(second[0]));
    }

    [Fact]
    public void Split_AtVatChange_CutsEvenWithinOnePriceList()
    {
        var rates = Rates2023 with { EffectiveFrom = new DateOnly(2026, 8, 15), Water = VatRate.FromPercent(5m) };
        var book = new TariffBook([FirstHalf, SecondHalf], new VatRateTable([Rates2023, rates]));

        var segments = book.Split("G1", new DatePeriod(new DateOnly(2026, 6, 1), new DateOnly(2026, 9, 30)));

        Assert.Equal(
            [
                new TariffSegment(new DatePeriod(new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 30)), FirstHalf, Rates2023),
                new TariffSegment(new DatePeriod(new DateOnly(2026, 7, 1), new DateOnly(2026, 8, 14)), SecondHalf, Rates2023),
                new TariffSegment(new DatePeriod(new DateOnly(2026, 8, 15), new DateOnly(2026, 9, 30)), SecondHalf, rates),
            ],
            segments);
    }

    [Fact]
    public void Split_PeriodReachingIntoAGap_ThrowsNamingTheFirstUncoveredDay()
    {
        var book = new TariffBook([FirstHalf, new PriceList("G1", new DateOnly(2026, 7, 10), null, 5m, 7m, Fees)], new VatRateTable([Rates2023]));

        var ex = Assert.Throws<TariffNotInForceException>(() => book.Split("G1", new DatePeriod(new DateOnly(2026, 6, 1), new DateOnly(2026, 7, 31))));

        Assert.Equal("No price list of tariff group 'G1' is in force on 2026-07-01.", ex.Message);
    }

    [Fact]
    public void Split_BeforeVatConfiguration_Throws()
    {
        var book = new TariffBook([FirstHalf], new VatRateTable([Rates2023 with { EffectiveFrom = new DateOnly(2026, 2, 1) }]));

        var ex = Assert.Throws<VatRatesNotInForceException>(() => book.Split("G1", new DatePeriod(new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 28))));

        Assert.Equal(new DateOnly(2026, 1, 1), ex.Day);
    }

    [Fact]
    public void Constructor_OverlappingListsOfOneGroup_Throws()
    {
        var overlapping = new PriceList("G1", new DateOnly(2026, 6, 15), null, 5m, 7m, Fees);

        var ex = Assert.Throws<OverlappingTariffsException>(() => new TariffBook([FirstHalf, overlapping], new VatRateTable([Rates2023])));

        Assert.StartsWith("Price lists of tariff group 'G1' overlap: 2026-01-01..2026-06-30 and 2026-06-15..", ex.Message, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 6, 15), ex.Second.Start);
    }

    [Fact]
    public void Constructor_TwoOpenEndedListsOfOneGroup_Overlap()
    {
        Assert.Throws<OverlappingTariffsException>(() => new TariffBook([SecondHalf, new PriceList("G1", new DateOnly(2027, 1, 1), null, 6m, 8m, Fees)], new VatRateTable([Rates2023])));
    }

    [Fact]
    public void Constructor_SameDatesInDifferentGroups_IsNoOverlap()
    {
        var book = new TariffBook([FirstHalf, FirstHalf.WithGroup("G2")], new VatRateTable([Rates2023]));

        Assert.Equal(["G1", "G2"], book.TariffGroups);
    }
}

internal static class PriceListTestExtensions
{
    public static PriceList WithGroup(this PriceList list, string group) =>
        new(group, list.Validity.Start, list.Validity.End, list.WaterPerCubicMetre, list.SewagePerCubicMetre, [new(ReadingMethod.Collector, new SubscriptionFeeRate(4.50m, 3.50m))], list.Heat);
}
