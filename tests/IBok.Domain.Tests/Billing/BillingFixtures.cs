using IBok.Domain.Billing;
using IBok.Domain.Customers;
using IBok.Domain.Metering;
using IBok.Domain.Tariffs;

namespace IBok.Domain.Tests.Billing;

/// <summary>The tariffs, parties and inputs the billing tests share. Prices are made up but shaped like a real tariff.</summary>
internal static class BillingFixtures
{
    public const string ValidBankAccount = "82 1020 1026 0000 0212 3456 7800";

    /// <summary>8% on water, sewage and subscription, 23% on heat, since 2023.</summary>
    public static readonly VatRates Vat2023 = new(new DateOnly(2023, 1, 1), VatRate.Reduced8, VatRate.Reduced8, VatRate.Reduced8, VatRate.Standard23, VatRate.Standard23);

    public static readonly VatRateTable VatTable = new([Vat2023]);

    /// <summary>G1 households, first half of 2026: water 5.23, sewage 7.11, subscription by reading method (standard / e-invoice).</summary>
    public static readonly PriceList G1FirstHalf2026 = new(
        "G1",
        new DateOnly(2026, 1, 1),
        new DateOnly(2026, 6, 30),
        waterPerCubicMetre: 5.23m,
        sewagePerCubicMetre: 7.11m,
        [
            new(ReadingMethod.Collector, new SubscriptionFeeRate(4.50m, 3.50m)),
            new(ReadingMethod.Remote, new SubscriptionFeeRate(3.00m, 2.50m)),
            new(ReadingMethod.SelfReading, new SubscriptionFeeRate(2.00m, 1.50m)),
        ]);

    /// <summary>G1 from 1 July 2026 (the tariff's second yearly step): water 5.61, sewage 7.46, subscription raised.</summary>
    public static readonly PriceList G1FromJuly2026 = new(
        "G1",
        new DateOnly(2026, 7, 1),
        null,
        waterPerCubicMetre: 5.61m,
        sewagePerCubicMetre: 7.46m,
        [
            new(ReadingMethod.Collector, new SubscriptionFeeRate(4.80m, 3.80m)),
            new(ReadingMethod.Remote, new SubscriptionFeeRate(3.20m, 2.70m)),
            new(ReadingMethod.SelfReading, new SubscriptionFeeRate(2.20m, 1.70m)),
        ]);

    /// <summary>C1 district heat for businesses, 2026: 4,210.5500 per MW per month, 62.3500 per GJ; water for the same site.</summary>
    public static readonly PriceList C1Heat2026 = new(
        "C1",
        new DateOnly(2026, 1, 1),
        new DateOnly(2026, 12, 31),
        waterPerCubicMetre: 6.05m,
        sewagePerCubicMetre: 8.12m,
        [new(ReadingMethod.Remote, new SubscriptionFeeRate(9.90m, 9.90m))],
        new HeatPrices(4210.55m, 62.35m));

    public static readonly TariffBook Tariffs = new([G1FirstHalf2026, G1FromJuly2026, C1Heat2026], VatTable);

    public static readonly InvoiceCalculator Calculator = new(Tariffs);

    public static readonly Seller Utility = new(
        "Wodociągi i Kanalizacja Strzelce Sp. z o.o.",
        new PostalAddress("Mickiewicza", "10", null, "47-100", "Strzelce Opolskie"),
        Nip.Parse("774-000-14-54"),
        ValidBankAccount);

    public static readonly Buyer Household = new("Jan Kowalski", new PostalAddress("Ogrodowa", "5", "2", "47-100", "Strzelce Opolskie"));

    public static readonly Buyer Bakery = new(
        "Piekarnia Nowak Sp. z o.o.",
        new PostalAddress("Przemysłowa", "12A", null, "47-100", "Strzelce Opolskie"),
        Nip.Parse("5250001210"));

    public static readonly IReadOnlySet<UtilityService> WaterAndSewage = new HashSet<UtilityService> { UtilityService.WaterSupply, UtilityService.SewageDisposal };

    public static DatePeriod Period(int fromMonth, int fromDay, int toMonth, int toDay) =>
        new(new DateOnly(2026, fromMonth, fromDay), new DateOnly(2026, toMonth, toDay));

    public static ConsumptionInterval MainMeter(DatePeriod period, decimal m3) => new("W-001", MeterKind.MainWater, period, m3, false);

    public static ConsumptionInterval Garden(DatePeriod period, decimal m3) => new("P-001", MeterKind.Submeter, period, m3, false);

    /// <summary>A G1 household on water and sewage, read by the collector, one billing point, paper invoices.</summary>
    public static BillingInput HouseholdInput(DatePeriod period, params ConsumptionInterval[] consumption) => new()
    {
        Seller = Utility,
        Buyer = Household,
        ContractNumber = "UM/2019/0042",
        TariffGroup = "G1",
        Services = WaterAndSewage,
        ReadingMethod = ReadingMethod.Collector,
        BillingPoints = 1,
        BillingPeriod = period,
        Consumption = consumption,
        IssueDate = period.End.AddDays(3),
        InvoiceNumber = "FV/2026/01/000001",
    };
}
