using IBok.Domain.Billing;
using IBok.Domain.Metering;
using IBok.Domain.Tariffs;
using static IBok.Domain.Tests.Billing.BillingFixtures;

namespace IBok.Domain.Tests.Billing;

public sealed class InvoiceTests
{
    private static readonly DatePeriod March = Period(3, 1, 3, 31);

    private static readonly InvoiceLine[] Lines =
    [
        InvoiceLine.Priced(TariffComponent.Water, "Dostawa wody", March, 3.333m, "m³", 5.2345m, VatRate.Reduced8),
        InvoiceLine.Priced(TariffComponent.HeatVariable, "Opłata zmienna za ciepło", March, 2m, "GJ", 62.35m, VatRate.Standard23),
    ];

    [Fact]
    public void Priced_RoundsQuantityTimesPriceOnce()
    {
        // 3.333 × 5.2345 = 17.4465885 → 17.45
        Assert.Equal(Money.Pln(17.45m), Lines[0].NetValue);
        Assert.Equal("Dostawa wody 01.03.2026–31.03.2026", Lines[0].Description);
    }

    [Fact]
    public void Constructor_ComputesVatPerRateAndDueDate()
    {
        var invoice = new Invoice("FV/1", new DateOnly(2026, 4, 2), March, 7, Utility, Bakery, "UM/1", "C1", Lines, VatCalculationMethod.PerRateTotals);

        Assert.Equal(
            [
                new VatSummaryRow(VatRate.Reduced8, Money.Pln(17.45m), Money.Pln(1.40m)), // 17.45 × 8% = 1.396 → 1.40
                new VatSummaryRow(VatRate.Standard23, Money.Pln(124.70m), Money.Pln(28.68m)), // 124.70 × 23% = 28.681 → 28.68
            ],
            invoice.Vat.Rows);
        Assert.Equal(Money.Pln(172.23m), invoice.AmountDue);
        Assert.Equal(new DateOnly(2026, 4, 9), invoice.DueDate);
    }

    [Fact]
    public void Constructor_CopiesTheLines()
    {
        var lines = new List<InvoiceLine>(Lines);
        var invoice = new Invoice("FV/1", new DateOnly(2026, 4, 2), March, 7, Utility, Bakery, "UM/1", "C1", lines, VatCalculationMethod.PerRateTotals);

        lines.Clear();

        Assert.Equal(2, invoice.Lines.Count);
    }

    [Fact]
    public void Constructor_NegativeTerm_Throws()
    {
        var ex = Assert.Throws<InvalidBillingInputException>(() => new Invoice("FV/1", new DateOnly(2026, 4, 2), March, -1, Utility, Bakery, "UM/1", "C1", Lines, VatCalculationMethod.PerRateTotals));

        Assert.Equal("PaymentTermDays", ex.Field);
    }

    [Fact]
    public void Constructor_BlankNumber_Throws()
    {
        var ex = Assert.Throws<InvalidBillingInputException>(() => new Invoice(" ", new DateOnly(2026, 4, 2), March, 14, Utility, Bakery, "UM/1", "C1", Lines, VatCalculationMethod.PerRateTotals));

        Assert.Equal("Number", ex.Field);
    }

    [Fact]
    public void Calculate_UnknownMeterKind_Throws()
    {
        var input = HouseholdInput(March, new ConsumptionInterval("X-1", (MeterKind)99, March, 1m, false));

        var ex = Assert.Throws<InvalidBillingInputException>(() => Calculator.Calculate(input));

        Assert.StartsWith("Meter X-1 has an unknown kind 99.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void VatRatesFor_UnknownComponent_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Vat2023.For((TariffComponent)99));
    }
}
