using IBok.Domain;
using IBok.Domain.Billing;
using IBok.Domain.Customers;
using IBok.Domain.Metering;
using IBok.Domain.Tariffs;
using IBok.GraphQL.Application.Demo;

namespace IBok.GraphQL.Tests.Application.Demo;

[Collection(DemoUtilityCollection.Name)]
public sealed class DemoBillingTests(DemoUtilityFixture fixture)
{
    [Fact]
    public void Invoices_RecomputedFromTheMetersReadingsAndTheTariffs_AreEqual()
    {
        var calculator = new InvoiceCalculator(fixture.Utility.Tariffs);
        var recomputed = 0;
        foreach (var demo in fixture.Customers.Take(60))
        {
            foreach (var invoice in demo.Invoices)
            {
                var contract = demo.Contracts.Single(c => c.Number == invoice.ContractNumber);
                var heat = contract.Supplies(UtilityService.Heat);
                var consumption = demo.Meters
                    .Where(m => m.Meter.PremisesId == contract.Premises.Value && (m.Meter.Kind == MeterKind.Heat) == heat)
                    .SelectMany(m => m.ConsumptionIntervals(invoice.SalePeriod))
                    .ToArray();
                var input = new BillingInput
                {
                    Seller = invoice.Seller,
                    Buyer = invoice.Buyer,
                    ContractNumber = contract.Number,
                    TariffGroup = contract.TariffGroup,
                    Services = contract.Services.ToHashSet(),
                    ReadingMethod = contract.ReadingMethod,
                    EInvoiceConsent = DemoUtilityGenerator.ElectronicInvoiceInForce(contract, invoice.IssueDate),
                    BillingPoints = contract.BillingPoints,
                    OrderedHeatMegawatts = contract.OrderedHeatPowerMegawatts ?? 0m,
                    BillingPeriod = invoice.SalePeriod,
                    Consumption = consumption,
                    IssueDate = invoice.IssueDate,
                    InvoiceNumber = invoice.Number,
                };

                Assert.Equal(invoice, calculator.Calculate(input));
                recomputed++;
            }
        }

        Assert.InRange(recomputed, 600, 2000);
    }

    [Fact]
    public void Invoices_CoverEveryPeriodEndedAndIssuedByToday()
    {
        var household = fixture.Customers[0];

        // Bi-monthly from the period containing 2024-11-01; the last, September-October 2026, was issued on 5 November.
        Assert.Equal(12, household.Invoices.Count);
        Assert.Equal(new DatePeriod(new DateOnly(2024, 11, 1), new DateOnly(2024, 12, 31)), household.Invoices[0].SalePeriod);
        Assert.Equal(new DateOnly(2026, 11, 5), household.Invoices[^1].IssueDate);
        Assert.Equal(new DateOnly(2026, 11, 19), household.Invoices[^1].DueDate);
    }

    [Fact]
    public void InvoiceNumbers_AreUniqueAndOfTheSeries()
    {
        var numbers = fixture.Customers.SelectMany(c => c.Invoices).Select(i => i.Number).ToArray();

        Assert.Equal(numbers.Length, numbers.Distinct(StringComparer.Ordinal).Count());
        Assert.All(numbers, n => Assert.True(fixture.Utility.InvoiceSeries.TryParse(n, out _), n));
        Assert.Contains("FV/2026/11/000001", numbers);
    }

    [Fact]
    public void Tariffs_ChangeOnFirstJulyAndChargeLessWithEInvoice()
    {
        var tariffs = fixture.Utility.Tariffs;
        var june = tariffs.PriceListInForce("G1", new DateOnly(2026, 6, 30));
        var july = tariffs.PriceListInForce("G1", new DateOnly(2026, 7, 1));

        Assert.Equal(5.90m, june.WaterPerCubicMetre);
        Assert.Equal(6.20m, july.WaterPerCubicMetre);
        Assert.Equal(9.64m, july.SewagePerCubicMetre);
        Assert.Equal(7.06m, july.MonthlySubscriptionFee(ReadingMethod.Collector, eInvoiceConsent: false));
        Assert.Equal(6.06m, july.MonthlySubscriptionFee(ReadingMethod.Collector, eInvoiceConsent: true));
        Assert.Equal(["C1", "G1", "G2"], tariffs.TariffGroups);
        Assert.Equal(VatRate.Reduced8, tariffs.VatRates.InForceOn(new DateOnly(2026, 1, 1)).Water);
        Assert.Equal(VatRate.Standard23, tariffs.VatRates.InForceOn(new DateOnly(2026, 1, 1)).HeatVariable);
    }

    [Fact]
    public void HouseholdWaterUse_IsAboutThreeCubicMetresPerPersonAMonth()
    {
        // Households have one to five people, so the average main-meter use lies between about 3 and 15 m³ a month.
        var households = fixture.Customers.Where(c => c.Customer.Kind == CustomerKind.Household).ToArray();
        var perMonth = households
            .SelectMany(c => c.Meters.Where(m => m.Meter.Kind == MeterKind.MainWater))
            .Select(m => m.AverageDailyConsumption() ?? 0m)
            .Average() * 30.44m;

        Assert.InRange(perMonth, 6m, 12m);
    }

    [Fact]
    public void HouseholdDemoCustomer_AcceptedEInvoicesDuringTheHistory_SoTheSubscriptionFeeDrops()
    {
        var household = fixture.Customers[0];
        var contract = household.Contracts[0];

        var withEInvoice = household.Invoices.Count(i => DemoUtilityGenerator.ElectronicInvoiceInForce(contract, i.IssueDate));

        Assert.InRange(withEInvoice, 1, household.Invoices.Count - 1);
        Assert.Equal(ReadingMethod.SelfReading, contract.ReadingMethod);
        Assert.Equal(3.63m, household.Invoices[^1].Lines.First(l => l.Component == TariffComponent.Subscription).NetUnitPrice);
    }

    [Fact]
    public void SomeInvoices_RestOnEstimatesOrStartWithANewConnection()
    {
        var invoices = fixture.Customers.SelectMany(c => c.Invoices).ToArray();

        Assert.Contains(invoices, i => i.Lines.Any(l => l.IsEstimated));
        Assert.Contains(invoices, i => i.SalePeriod.Start.Day != 1);
    }
}
