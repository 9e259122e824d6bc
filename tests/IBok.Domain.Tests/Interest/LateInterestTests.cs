using IBok.Domain.Customers;
using IBok.Domain.Interest;

namespace IBok.Domain.Tests.Interest;

public sealed class LateInterestTests
{
    [Fact]
    public void Calculate_AcrossARateChange_SplitsIntoSegmentsAndRoundsOnce()
    {
        // 1,000.00 due 2025-06-30, paid 2025-07-15: late 2025-07-01..2025-07-15 = 15 days. The cut to 10.50% takes
        // effect on 2025-07-03, so 2 days (1 and 2 July) at 10.75% and 13 days (3..15 July) at 10.50%:
        // 1000 × 10.75% × 2/365 = 0.58904… ; 1000 × 10.50% × 13/365 = 3.73972… ; sum 1580/365 = 4.32876… → 4.33 zł.
        var interest = LateInterest.Calculate(Money.Pln(1000m), new(2025, 6, 30), new(2025, 7, 15), StatutoryLateInterest.Table);

        Assert.Equal(15, interest.Days);
        Assert.Equal(
            [(new DatePeriod(new(2025, 7, 1), new(2025, 7, 2)), 10.75m, 2), (new DatePeriod(new(2025, 7, 3), new(2025, 7, 15)), 10.50m, 13)],
            interest.Segments.Select(s => (s.Period, s.AnnualRatePercent, s.Days)));
        Assert.Equal(0.5890410959m, decimal.Round(interest.Segments[0].ExactInterest, 10));
        Assert.Equal(3.7397260274m, decimal.Round(interest.Segments[1].ExactInterest, 10));
        Assert.Equal(Money.Pln(4.33m), interest.Total);
    }

    [Fact]
    public void Calculate_ThreeRates_SumsAllSegments()
    {
        // 2,500.00 due 2025-08-31, paid 2025-10-15: 1..3 Sep at 10.50% (3 days), 4 Sep..8 Oct at 10.25% (27 + 8 = 35 days),
        // 9..15 Oct at 10.00% (7 days): 2500 × (10.50×3 + 10.25×35 + 10.00×7) / 36500 = 2500 × 460.25 / 36500 = 31.5239… → 31.52 zł.
        var interest = LateInterest.Calculate(Money.Pln(2500m), new(2025, 8, 31), new(2025, 10, 15), StatutoryLateInterest.Table);

        Assert.Equal([3, 35, 7], interest.Segments.Select(s => s.Days));
        Assert.Equal([10.50m, 10.25m, 10.00m], interest.Segments.Select(s => s.AnnualRatePercent));
        Assert.Equal(45, interest.Days);
        Assert.Equal(Money.Pln(31.52m), interest.Total);
    }

    [Fact]
    public void Calculate_RoundsTheTotalNotEachSegment()
    {
        // 150.00 due 2025-07-01, paid 2025-07-03: 150 × 10.75%/365 = 0.04417… (2 July) + 150 × 10.50%/365 = 0.04315… (3 July)
        // = 0.08732… → 0.09 zł; rounding each segment first would give 0.04 + 0.04 = 0.08 zł.
        var interest = LateInterest.Calculate(Money.Pln(150m), new(2025, 7, 1), new(2025, 7, 3), StatutoryLateInterest.Table);

        Assert.Equal(2, interest.Segments.Count);
        Assert.Equal(Money.Pln(0.09m), interest.Total);
    }

    [Fact]
    public void Calculate_LeapYear_CountsTheLeapDayOver365()
    {
        // 10,000.00 due 2024-02-28, paid 2024-03-01: 29 Feb and 1 Mar = 2 days at 11.25%:
        // 10000 × 11.25% × 2/365 = 6.1643… → 6.16 zł (a 366-day year would give 6.15).
        var interest = LateInterest.Calculate(Money.Pln(10_000m), new(2024, 2, 28), new(2024, 3, 1), StatutoryLateInterest.Table);

        Assert.Equal(2, interest.Days);
        Assert.Equal(Money.Pln(6.16m), interest.Total);
    }

    [Fact]
    public void Calculate_PaidTheDayAfterTheDueDate_IsOneDay()
    {
        // 500.00 × 11.25% / 365 = 0.15410… → 0.15 zł.
        var interest = LateInterest.Calculate(Money.Pln(500m), new(2025, 3, 31), new(2025, 4, 1), StatutoryLateInterest.Table);

        Assert.Equal(1, interest.Days);
        Assert.Equal(Money.Pln(0.15m), interest.Total);
    }

    [Theory]
    [InlineData("2025-03-31")]
    [InlineData("2025-03-20")]
    public void Calculate_PaidOnOrBeforeTheDueDate_IsZero(string paidOn)
    {
        var interest = LateInterest.Calculate(Money.Pln(500m), new(2025, 3, 31), DateOnly.Parse(paidOn, System.Globalization.CultureInfo.InvariantCulture), StatutoryLateInterest.Table);

        Assert.Equal(Money.Zero, interest.Total);
        Assert.Empty(interest.Segments);
        Assert.Equal(0, interest.Days);
    }

    [Fact]
    public void Calculate_BusinessDebtor_UsesTheHalfYearlyCommercialRate()
    {
        // Due 2025-06-28, paid 2025-07-02: 29 and 30 June at 15.75% (2025 H1), 1 and 2 July at 15.25% (2025 H2):
        // 1000 × (15.75×2 + 15.25×2) / 36500 = 62000/36500 = 1.6986… → 1.70 zł.
        var interest = LateInterest.Calculate(Money.Pln(1000m), new(2025, 6, 28), new(2025, 7, 2), LateInterestTables.For(CustomerKind.Business));

        Assert.Equal([15.75m, 15.25m], interest.Segments.Select(s => s.AnnualRatePercent));
        Assert.Equal(Money.Pln(1.70m), interest.Total);
    }

    [Fact]
    public void Calculate_BusinessDebtor_SameExampleAsTheHousehold()
    {
        // 1,000.00 due 2025-06-30 paid 2025-07-15: all 15 days in 2025 H2 at 15.25%: 1000 × 15.25 × 15 / 36500 = 6.2671… → 6.27 zł.
        var interest = LateInterest.Calculate(Money.Pln(1000m), new(2025, 6, 30), new(2025, 7, 15), CommercialLateInterest.Table);

        Assert.Single(interest.Segments);
        Assert.Equal(Money.Pln(6.27m), interest.Total);
    }

    [Fact]
    public void Calculate_NegativePrincipal_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => LateInterest.Calculate(Money.Pln(-1m), new(2025, 3, 31), new(2025, 4, 1), StatutoryLateInterest.Table));

        Assert.StartsWith("Interest is computed on a non-negative amount; got -1.00 PLN.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_BeforeTheTablesFirstRate_Throws()
    {
        var ex = Assert.Throws<InterestRateNotDefinedException>(() => LateInterest.Calculate(Money.Pln(100m), new(2015, 12, 30), new(2016, 1, 5), StatutoryLateInterest.Table));

        Assert.Equal(new DateOnly(2015, 12, 31), ex.Day);
    }
}
