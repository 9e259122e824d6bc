// Consumes IBok.Domain from the nuget/ folder as a package, as an outside developer would, bills one household for
// January 2026 and checks the invoice's total. Run by test.sh after `dotnet pack`; exits non-zero when a figure is wrong.
using IBok.Domain;
using IBok.Domain.Billing;
using IBok.Domain.Customers;
using IBok.Domain.Metering;
using IBok.Domain.Tariffs;

var vat = new VatRateTable([
    new VatRates(new DateOnly(2023, 1, 1), VatRate.Reduced8, VatRate.Reduced8, VatRate.Reduced8, VatRate.Standard23, VatRate.Standard23),
]);
var g1 = new PriceList("G1", new DateOnly(2026, 1, 1), null, waterPerCubicMetre: 5.23m, sewagePerCubicMetre: 7.11m,
    [new(ReadingMethod.Collector, new SubscriptionFeeRate(4.50m, 3.50m))]);
var calculator = new InvoiceCalculator(new TariffBook([g1], vat));

var january = new DatePeriod(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31));
var invoice = calculator.Calculate(new BillingInput
{
    Seller = new Seller("Wodociągi Przykładowe Sp. z o.o.", new PostalAddress("Mickiewicza", "10", null, "47-100", "Strzelce Opolskie"),
        Nip.Parse("774-000-14-54"), "82 1020 1026 0000 0212 3456 7800"),
    Buyer = new Buyer("Jan Kowalski", new PostalAddress("Ogrodowa", "5", "2", "47-100", "Strzelce Opolskie")),
    ContractNumber = "UM/2019/0042",
    TariffGroup = "G1",
    Services = new HashSet<UtilityService> { UtilityService.WaterSupply, UtilityService.SewageDisposal },
    ReadingMethod = ReadingMethod.Collector,
    BillingPoints = 1,
    BillingPeriod = january,
    Consumption = [new ConsumptionInterval("WM-1", MeterKind.MainWater, january, 12m, IsEstimated: false)],
    IssueDate = new DateOnly(2026, 2, 3),
    InvoiceNumber = "FV/2026/02/000001",
    EInvoiceConsent = true,
});

// 12 m³: water 12 × 5.23 = 62.76, sewage 12 × 7.11 = 85.32, subscription 3.50 (e-invoice); net 151.58,
// VAT 8% = 12.1264 → 12.13; gross 163.71.
var expected = Money.Pln(163.71m);
Console.WriteLine($"IBok.Domain package consumer: {invoice.Number} gross {invoice.AmountDue} (expected {expected}), {invoice.Lines.Count} lines");
return invoice.AmountDue == expected && invoice.Lines.Count == 3 ? 0 : 1;
