using IBok.Domain.Billing;
using IBok.Domain.Tariffs;
using static IBok.Domain.Tests.Billing.BillingFixtures;

namespace IBok.Domain.Tests.Billing;

public sealed class CorrectionInvoiceTests
{
    private static readonly DatePeriod JuneJuly = Period(6, 1, 7, 31);
    private static readonly DatePeriod June = Period(6, 1, 6, 30);
    private static readonly DatePeriod July = Period(7, 1, 7, 31);

    // The June–July invoice of the worked example: 65 m³ read, 28 m³ in the garden; gross 679.82.
    private static readonly Invoice Original = Bill(65m, "FV/2026/08/000042");

    [Fact]
    public void Between_ReadingCorrectedDown_ShowsOnlyChangedLinesAndARefund()
    {
        // The collector misread 1125 for 1120: 60 m³ instead of 65.
        // Water 60: June 60 × 30/61 = 29.508196… → 29.508, July 30.492; sewage June 29.508 − 13.770 = 15.738, July 30.492 − 14.230 = 16.262.
        var recomputed = Bill(60m, "FV/2026/08/000042");

        var correction = CorrectionInvoice.Between(Original, recomputed, "FK/2026/09/000003", new DateOnly(2026, 9, 10), "Korekta odczytu wodomierza W-001");

        Assert.Equal(
            [
                // 29.508 × 5.23 = 154.32684 → 154.33, was 167.19: −12.86
                (TariffComponent.Water, June, -2.459m, -12.86m),
                // 30.492 × 5.61 = 171.06012 → 171.06, was 185.32: −14.26
                (TariffComponent.Water, July, -2.541m, -14.26m),
                // 15.738 × 7.11 = 111.89718 → 111.90, was 129.38: −17.48
                (TariffComponent.Sewage, June, -2.459m, -17.48m),
                // 16.262 × 7.46 = 121.31452 → 121.31, was 140.27: −18.96
                (TariffComponent.Sewage, July, -2.541m, -18.96m),
            ],
            correction.Lines.Select(line => (line.Component, line.Period, line.QuantityDifference, line.NetDifference.Amount)));

        // Net after 565.90, VAT 8% 45.272 → 45.27; before 629.46 and 50.36. Differences −63.56 and −5.09, gross −68.65.
        Assert.Equal([new VatSummaryRow(VatRate.Reduced8, Money.Pln(-63.56m), Money.Pln(-5.09m))], correction.VatDifferences);
        Assert.Equal(Money.Pln(-63.56m), correction.NetDifference);
        Assert.Equal(Money.Pln(-5.09m), correction.VatDifference);
        Assert.Equal(Money.Pln(-68.65m), correction.AmountDue);
        Assert.Equal(Original.AmountDue + correction.AmountDue, recomputed.AmountDue);
    }

    [Fact]
    public void Between_CarriesTheReferenceAndReason()
    {
        var correction = CorrectionInvoice.Between(Original, Bill(70m, "TMP"), "FK/2026/09/000003", new DateOnly(2026, 9, 10), "Korekta odczytu");

        Assert.Equal("FK/2026/09/000003", correction.Number);
        Assert.Equal(new DateOnly(2026, 9, 10), correction.IssueDate);
        Assert.Equal(new DateOnly(2026, 9, 24), correction.DueDate);
        Assert.Equal("Korekta odczytu", correction.Reason);
        Assert.Equal("FV/2026/08/000042", correction.OriginalNumber);
        Assert.Equal(new DateOnly(2026, 8, 3), correction.OriginalIssueDate);
        Assert.Equal(Original.BillingKey, correction.BillingKey);
        Assert.Same(Original.Seller, correction.Seller);
        Assert.Same(Original.Buyer, correction.Buyer);
        Assert.True(correction.AmountDue.IsPositive);
    }

    [Fact]
    public void Between_LineOnlyOnOneSide_CountsAsZeroOnTheOther()
    {
        // Originally only June had a reading; the corrected data spreads the same water over both months.
        var original = Calculator.Calculate(HouseholdInput(JuneJuly, MainMeter(June, 30m)) with { InvoiceNumber = "FV/2026/08/000001" });
        var recomputed = Calculator.Calculate(HouseholdInput(JuneJuly, MainMeter(Period(6, 16, 7, 15), 30m)) with { InvoiceNumber = "FV/2026/08/000001" });

        var correction = CorrectionInvoice.Between(original, recomputed, "FK/1", new DateOnly(2026, 9, 1), "Korekta");

        var addedWater = Assert.Single(correction.Lines, line => line.Component == TariffComponent.Water && line.Period == July);
        Assert.Null(addedWater.Before);
        Assert.Equal(15m, addedWater.QuantityDifference); // 16 June–15 July has 15 days in each month: 15.000 m³ in June, the remainder 15 in July
        Assert.Equal(Money.Pln(84.15m), addedWater.NetDifference); // 15 × 5.61
        var juneWater = Assert.Single(correction.Lines, line => line.Component == TariffComponent.Water && line.Period == June);
        Assert.Equal(-15m, juneWater.QuantityDifference);
    }

    [Fact]
    public void Between_LineDropped_HasNoAfter()
    {
        var original = Calculator.Calculate(HouseholdInput(JuneJuly, MainMeter(JuneJuly, 61m)) with { InvoiceNumber = "FV/1" });
        var recomputed = Calculator.Calculate(HouseholdInput(JuneJuly, MainMeter(June, 61m)) with { InvoiceNumber = "FV/1" });

        var correction = CorrectionInvoice.Between(original, recomputed, "FK/1", new DateOnly(2026, 9, 1), "Korekta");

        var dropped = Assert.Single(correction.Lines, line => line.Component == TariffComponent.Sewage && line.Period == July);
        Assert.Null(dropped.After);
        Assert.Equal(-31m, dropped.QuantityDifference);
        Assert.Equal(Money.Pln(-231.26m), dropped.NetDifference); // 31 × 7.46
    }

    [Fact]
    public void Between_NothingChanged_Throws()
    {
        var ex = Assert.Throws<NothingToCorrectException>(() => CorrectionInvoice.Between(Original, Bill(65m, "FV/2026/08/000042"), "FK/1", new DateOnly(2026, 9, 1), "Korekta"));

        Assert.Equal("The recomputed invoice does not differ from invoice FV/2026/08/000042; there is nothing to correct.", ex.Message);
    }

    [Fact]
    public void Between_DifferentBilling_Throws()
    {
        var other = Calculator.Calculate(HouseholdInput(Period(8, 1, 9, 30), MainMeter(Period(8, 1, 9, 30), 5m)));

        var ex = Assert.Throws<InvalidBillingInputException>(() => CorrectionInvoice.Between(Original, other, "FK/1", new DateOnly(2026, 10, 5), "Korekta"));

        Assert.StartsWith("A correction compares two billings of the same contract and period; got UM/2019/0042:2026-06-01..2026-07-31 and UM/2019/0042:2026-08-01..2026-09-30.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Between_IssuedBeforeTheOriginal_Throws()
    {
        var ex = Assert.Throws<InvalidBillingInputException>(() => CorrectionInvoice.Between(Original, Bill(60m, "X"), "FK/1", new DateOnly(2026, 8, 2), "Korekta"));

        Assert.StartsWith("The correction cannot be issued (2026-08-02) before the invoice it corrects (2026-08-03).", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Between_BlankReasonOrNumber_Throws()
    {
        Assert.Equal("Reason", Assert.Throws<InvalidBillingInputException>(() => CorrectionInvoice.Between(Original, Bill(60m, "X"), "FK/1", new DateOnly(2026, 9, 1), " ")).Field);
        Assert.Equal("Number", Assert.Throws<InvalidBillingInputException>(() => CorrectionInvoice.Between(Original, Bill(60m, "X"), "", new DateOnly(2026, 9, 1), "Korekta")).Field);
    }

    [Fact]
    public void Between_VatRateChangedOnALine_DifferencesPerRateSumToTheRecomputedInvoice()
    {
        // The same consumption recomputed after the utility learns water should have been taxed at 5%.
        var fivePercentWater = new TariffBook([G1FirstHalf2026, G1FromJuly2026], new VatRateTable([Vat2023 with { Water = VatRate.FromPercent(5m) }]));
        var recomputed = new InvoiceCalculator(fivePercentWater).Calculate(HouseholdInput(JuneJuly, MainMeter(JuneJuly, 65m), Garden(JuneJuly, 28m)) with { EInvoiceConsent = true, InvoiceNumber = "FV/2026/08/000042" });

        var correction = CorrectionInvoice.Between(Original, recomputed, "FK/2", new DateOnly(2026, 9, 1), "Zmiana stawki VAT");

        // Water 167.19 + 185.32 = 352.51 moves from 8% to 5%: 5% VAT 17.6255 → 17.63; 8% net 629.46 − 352.51 = 276.95, VAT 22.156 → 22.16 (was 50.36).
        Assert.Equal(
            [
                new VatSummaryRow(VatRate.FromPercent(5m), Money.Pln(352.51m), Money.Pln(17.63m)),
                new VatSummaryRow(VatRate.Reduced8, Money.Pln(-352.51m), Money.Pln(-28.20m)),
            ],
            correction.VatDifferences);
        Assert.Equal(Money.Zero, correction.NetDifference);
        Assert.Equal(Original.AmountDue + correction.AmountDue, recomputed.AmountDue);
        Assert.Equal(2, correction.Lines.Count);
    }

    private static Invoice Bill(decimal mainMeterCubicMetres, string number) =>
        Calculator.Calculate(HouseholdInput(JuneJuly, MainMeter(JuneJuly, mainMeterCubicMetres), Garden(JuneJuly, 28m)) with { EInvoiceConsent = true, InvoiceNumber = number });
}
