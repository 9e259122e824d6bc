namespace IBok.Domain.Tests;

public sealed class VatBreakdownTests
{
    [Fact]
    public void PerRateTotals_ComputesVatOnceOnTheNetTotalPerRate()
    {
        // Three lines of 0.06 net at 8%: per line VAT is 0.00 each (0.0048), per rate total 0.18 → 0.01 (0.0144).
        var lines = Enumerable.Repeat((VatRate.Reduced8, Money.Pln(0.06m)), 3);

        var perRate = VatBreakdown.Compute(lines);
        var perLine = VatBreakdown.Compute(lines, VatCalculationMethod.PerLine);

        Assert.Equal(Money.Pln(0.01m), perRate.Vat);
        Assert.Equal(Money.Zero, perLine.Vat);
    }

    [Fact]
    public void Compute_GroupsByRateInAscendingOrder()
    {
        var breakdown = VatBreakdown.Compute([
            (VatRate.Standard23, Money.Pln(100m)),
            (VatRate.Reduced8, Money.Pln(50m)),
            (VatRate.Reduced8, Money.Pln(25.55m)),
        ]);

        Assert.Collection(
            breakdown.Rows,
            row => Assert.Equal(new VatSummaryRow(VatRate.Reduced8, Money.Pln(75.55m), Money.Pln(6.04m)), row),
            row => Assert.Equal(new VatSummaryRow(VatRate.Standard23, Money.Pln(100m), Money.Pln(23m)), row));
        Assert.Equal(Money.Pln(175.55m), breakdown.Net);
        Assert.Equal(Money.Pln(29.04m), breakdown.Vat);
        Assert.Equal(Money.Pln(204.59m), breakdown.Gross);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void VatRate_OutOfRange_Throws(int percent)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => VatRate.FromPercent(percent));
    }

    [Fact]
    public void VatRate_PrintsAsPercent()
    {
        Assert.Equal("8%", VatRate.Reduced8.ToString());
        Assert.Equal("5.5%", VatRate.FromPercent(5.5m).ToString());
    }
}
