using IBok.Domain.Billing;
using IBok.Domain.Metering;
using IBok.Domain.Tariffs;
using static IBok.Domain.Tests.Billing.BillingFixtures;

namespace IBok.Domain.Tests.Billing;

/// <summary>
/// A year a person can check with a pencil. Jan Kowalski's house on ul. Ogrodowa, tariff group G1, read by the
/// collector, one billing point, e-invoices accepted (so the lower subscription fee applies), water and sewage, and a
/// garden submeter read only in the watering season.
/// <para>The street's bi-monthly reading round closes at the end of January, March, May, July, September and November.
/// The contract started on 1 January 2026 and, being a fixed-term contract (umowa terminowa), ends on 31 December 2026,
/// so the first and last periods are one month each: seven invoices cover the year.</para>
/// <para>Tariff G1 (net, VAT 8% on everything): until 30 June water 5.23 zł/m³, sewage 7.11 zł/m³, subscription 3.50 zł
/// a month with e-invoice; from 1 July water 5.61, sewage 7.46, subscription 3.80. So 1 July falls inside the
/// June–July period.</para>
/// <para>Main meter readings (whole m³): 31.12.2025 1000, 31.01 1012, 31.03 1035, 31.05 1060, 31.07 1125, 30.09 1174,
/// 30.11 1196, 31.12 1207: 207 m³ in the year. Garden submeter: 31.05 50, 31.07 78, 30.09 90: 40 m³.</para>
/// </summary>
public sealed class WorkedExample2026Tests
{
    private static readonly DatePeriod January = Period(1, 1, 1, 31);
    private static readonly DatePeriod FebruaryMarch = Period(2, 1, 3, 31);
    private static readonly DatePeriod AprilMay = Period(4, 1, 5, 31);
    private static readonly DatePeriod JuneJuly = Period(6, 1, 7, 31);
    private static readonly DatePeriod AugustSeptember = Period(8, 1, 9, 30);
    private static readonly DatePeriod OctoberNovember = Period(10, 1, 11, 30);
    private static readonly DatePeriod December = Period(12, 1, 12, 31);

    [Fact]
    public void JuneJuly_TariffChangeOnFirstJuly_SplitsEveryQuantityByDays()
    {
        var invoice = Bill(JuneJuly, MainMeter(JuneJuly, 65m), Garden(JuneJuly, 28m));

        // 1 June–31 July is 61 days: 30 in June at the old tariff, 31 in July at the new one.
        // Water 65 m³: June 65 × 30/61 = 31.967213… → 31.967 m³ (3 decimals); July gets the rest, 65 − 31.967 = 33.033 m³.
        // Garden 28 m³: June 28 × 30/61 = 13.770491… → 13.770 m³; July 28 − 13.770 = 14.230 m³.
        // Sewage = water − garden: June 31.967 − 13.770 = 18.197 m³; July 33.033 − 14.230 = 18.803 m³ (together 37 = 65 − 28).
        var june = Period(6, 1, 6, 30);
        var july = Period(7, 1, 7, 31);
        Assert.Equal(
            [
                // 31.967 × 5.23 = 167.18741 → 167.19
                Line(TariffComponent.Water, "Dostawa wody", june, 31.967m, "m³", 5.23m, 167.19m),
                // 33.033 × 5.61 = 185.31513 → 185.32
                Line(TariffComponent.Water, "Dostawa wody", july, 33.033m, "m³", 5.61m, 185.32m),
                // 18.197 × 7.11 = 129.38067 → 129.38
                Line(TariffComponent.Sewage, "Odprowadzanie ścieków", june, 18.197m, "m³", 7.11m, 129.38m),
                // 18.803 × 7.46 = 140.27038 → 140.27
                Line(TariffComponent.Sewage, "Odprowadzanie ścieków", july, 18.803m, "m³", 7.46m, 140.27m),
                // one billing point × one whole month at the e-invoice fee of each tariff
                Line(TariffComponent.Subscription, "Opłata abonamentowa", june, 1m, "mies.", 3.50m, 3.50m),
                Line(TariffComponent.Subscription, "Opłata abonamentowa", july, 1m, "mies.", 3.80m, 3.80m),
            ],
            invoice.Lines);

        // Net at 8%: 167.19 + 185.32 + 129.38 + 140.27 + 3.50 + 3.80 = 629.46; VAT 8% of 629.46 = 50.3568 → 50.36;
        // gross 629.46 + 50.36 = 679.82.
        Assert.Equal([new VatSummaryRow(VatRate.Reduced8, Money.Pln(629.46m), Money.Pln(50.36m))], invoice.Vat.Rows);
        Assert.Equal(Money.Pln(629.46m), invoice.Net);
        Assert.Equal(Money.Pln(50.36m), invoice.VatTotal);
        Assert.Equal(Money.Pln(679.82m), invoice.AmountDue);

        // Issued three days after the period, payable 14 days later.
        Assert.Equal(new DateOnly(2026, 8, 3), invoice.IssueDate);
        Assert.Equal(new DateOnly(2026, 8, 17), invoice.DueDate);
        Assert.Equal(JuneJuly, invoice.SalePeriod);
    }

    [Fact]
    public void Year2026_EveryInvoiceAndTheYearTotal()
    {
        var invoices = new[]
        {
            // 12 m³: water 12 × 5.23 = 62.76, sewage 12 × 7.11 = 85.32, subscription 3.50; net 151.58, VAT 12.1264 → 12.13.
            Bill(January, MainMeter(January, 12m)),
            // 23 m³: water 120.29, sewage 163.53, subscription 2 × 3.50 = 7.00; net 290.82, VAT 23.2656 → 23.27.
            Bill(FebruaryMarch, MainMeter(FebruaryMarch, 23m)),
            // 25 m³: water 130.75, sewage 177.75, subscription 7.00; net 315.50, VAT 25.24.
            Bill(AprilMay, MainMeter(AprilMay, 25m)),
            // See the test above: net 629.46, VAT 50.36.
            Bill(JuneJuly, MainMeter(JuneJuly, 65m), Garden(JuneJuly, 28m)),
            // 49 m³ water, 12 m³ garden: water 49 × 5.61 = 274.89, sewage 37 × 7.46 = 276.02, subscription 2 × 3.80 = 7.60;
            // net 558.51, VAT 44.6808 → 44.68.
            Bill(AugustSeptember, MainMeter(AugustSeptember, 49m), Garden(AugustSeptember, 12m)),
            // 22 m³: water 123.42, sewage 164.12, subscription 7.60; net 295.14, VAT 23.6112 → 23.61.
            Bill(OctoberNovember, MainMeter(OctoberNovember, 22m)),
            // 11 m³: water 61.71, sewage 82.06, subscription 3.80; net 147.57, VAT 11.8056 → 11.81.
            Bill(December, MainMeter(December, 11m)),
        };

        Assert.Equal(
            [163.71m, 314.09m, 340.74m, 679.82m, 603.19m, 318.75m, 159.38m],
            invoices.Select(invoice => invoice.AmountDue.Amount));

        // 163.71 + 314.09 + 340.74 + 679.82 + 603.19 + 318.75 + 159.38 = 2579.68 for the year.
        Assert.Equal(Money.Pln(2579.68m), Money.Sum(invoices.Select(invoice => invoice.AmountDue)));

        // No m³ lost to splitting or rounding: 207 m³ of water (1207 − 1000), 207 − 40 = 167 m³ of sewage, 12 months.
        Assert.Equal(207m, SumQuantity(invoices, TariffComponent.Water));
        Assert.Equal(167m, SumQuantity(invoices, TariffComponent.Sewage));
        Assert.Equal(12m, SumQuantity(invoices, TariffComponent.Subscription));
    }

    private static Invoice Bill(DatePeriod period, params ConsumptionInterval[] consumption) =>
        Calculator.Calculate(HouseholdInput(period, consumption) with
        {
            EInvoiceConsent = true,
            InvoiceNumber = "FV/2026/" + period.End.AddDays(3).Month.ToString("D2", System.Globalization.CultureInfo.InvariantCulture) + "/000042",
        });

    private static decimal SumQuantity(IEnumerable<Invoice> invoices, TariffComponent component) =>
        invoices.SelectMany(invoice => invoice.Lines).Where(line => line.Component == component).Sum(line => line.Quantity);

    private static InvoiceLine Line(TariffComponent component, string name, DatePeriod period, decimal quantity, string unit, decimal price, decimal net) =>
        new(component, name, period, quantity, unit, price, Money.Pln(net), VatRate.Reduced8);
}
