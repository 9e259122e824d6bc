using IBok.Domain;
using IBok.Domain.Customers;
using IBok.Domain.Tariffs;

namespace IBok.GraphQL.Application.Demo;

/// <summary>The demo utility's tariffs: households (G1) and other customers (G2) for water and sewage, and district heat
/// (C1), each with a new yearly step on 1 July as Wody Polskie approve them, and the VAT rates of the years covered.</summary>
/// <remarks>Prices are net, in the range Polish utilities published for 2024–2026, and rise about 5% a year.</remarks>
internal static class DemoTariffs
{
    /// <summary>Households: water and sewage.</summary>
    public const string Households = "G1";

    /// <summary>Businesses and institutions: water and sewage.</summary>
    public const string Businesses = "G2";

    /// <summary>District heat.</summary>
    public const string Heat = "C1";

    private const int BaseYear = 2024;

    /// <summary>The price lists from 1 July of <paramref name="firstYear"/>, one step a year, the last open-ended.</summary>
    public static IReadOnlyList<PriceList> PriceLists(int firstYear, int lastYear)
    {
        var lists = new List<PriceList>();
        foreach (var group in new[] { Households, Businesses, Heat })
        {
            for (var year = firstYear; year <= lastYear; year++)
            {
                var from = new DateOnly(year, 7, 1);
                DateOnly? until = year == lastYear ? null : new DateOnly(year + 1, 6, 30);
                lists.Add(PriceList(group, year, from, until));
            }
        }

        return lists;
    }

    /// <summary>The VAT rates: 8% on water, sewage and the subscription fee; 23% on heat, except 5% in 2022 (the
    /// anti-inflation shield).</summary>
    public static VatRateTable VatRates() => new(
    [
        new VatRates(new DateOnly(2016, 1, 1), VatRate.Reduced8, VatRate.Reduced8, VatRate.Reduced8, VatRate.Standard23, VatRate.Standard23),
        new VatRates(new DateOnly(2022, 1, 1), VatRate.Reduced8, VatRate.Reduced8, VatRate.Reduced8, VatRate.FromPercent(5m), VatRate.FromPercent(5m)),
        new VatRates(new DateOnly(2023, 1, 1), VatRate.Reduced8, VatRate.Reduced8, VatRate.Reduced8, VatRate.Standard23, VatRate.Standard23),
    ]);

    private static PriceList PriceList(string group, int year, DateOnly from, DateOnly? until)
    {
        var growth = Math.Pow(1.05, year - BaseYear);
        decimal Price(decimal atBaseYear) => Math.Round(atBaseYear * (decimal)growth, 2, MidpointRounding.AwayFromZero);
        SubscriptionFeeRate Fee(decimal standard, decimal discount) => new(Price(standard), Price(standard) - discount);

        return group switch
        {
            Households => new PriceList(group, from, until, Price(5.62m), Price(8.74m), Fees(Fee(6.40m, 1.00m), Fee(4.20m, 1.00m), Fee(5.10m, 1.00m), Fee(3.60m, 0.80m))),
            Businesses => new PriceList(group, from, until, Price(6.15m), Price(10.38m), Fees(Fee(14.80m, 2.00m), Fee(11.90m, 2.00m), Fee(12.60m, 2.00m), Fee(9.50m, 1.50m))),
            _ => new PriceList(group, from, until, 0m, 0m, [], new HeatPrices(Price(9_640.00m), Price(66.85m))),
        };
    }

    private static KeyValuePair<ReadingMethod, SubscriptionFeeRate>[] Fees(
        SubscriptionFeeRate collector, SubscriptionFeeRate selfReading, SubscriptionFeeRate remote, SubscriptionFeeRate norm) =>
    [
        new(ReadingMethod.Collector, collector),
        new(ReadingMethod.SelfReading, selfReading),
        new(ReadingMethod.Remote, remote),
        new(ReadingMethod.Norm, norm),
    ];
}
