using IBok.Domain.Customers;
using static IBok.Domain.Tests.Customers.ContractTests;

namespace IBok.Domain.Tests.Customers;

public sealed class BillingPeriodTests
{
    private static DatePeriod Period(int y1, int m1, int d1, int y2, int m2, int d2) => new(new(y1, m1, d1), new(y2, m2, d2));

    [Theory]
    [InlineData(BillingCycle.Monthly, "2026-05-17", "2026-05-01", "2026-05-31")]
    [InlineData(BillingCycle.Monthly, "2026-02-01", "2026-02-01", "2026-02-28")]
    [InlineData(BillingCycle.Monthly, "2028-02-29", "2028-02-01", "2028-02-29")]
    [InlineData(BillingCycle.BiMonthly, "2026-01-31", "2026-01-01", "2026-02-28")]
    [InlineData(BillingCycle.BiMonthly, "2028-02-29", "2028-01-01", "2028-02-29")]
    [InlineData(BillingCycle.BiMonthly, "2026-04-30", "2026-03-01", "2026-04-30")]
    [InlineData(BillingCycle.BiMonthly, "2026-06-01", "2026-05-01", "2026-06-30")]
    [InlineData(BillingCycle.BiMonthly, "2026-12-31", "2026-11-01", "2026-12-31")]
    [InlineData(BillingCycle.Quarterly, "2026-01-01", "2026-01-01", "2026-03-31")]
    [InlineData(BillingCycle.Quarterly, "2028-02-29", "2028-01-01", "2028-03-31")]
    [InlineData(BillingCycle.Quarterly, "2026-05-15", "2026-04-01", "2026-06-30")]
    [InlineData(BillingCycle.Quarterly, "2026-09-30", "2026-07-01", "2026-09-30")]
    [InlineData(BillingCycle.Quarterly, "2026-10-01", "2026-10-01", "2026-12-31")]
    public void PeriodContaining_IsCalendarAligned(BillingCycle cycle, string day, string start, string end)
    {
        var expected = new DatePeriod(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, cycle.PeriodContaining(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void PeriodContaining_UndefinedCycle_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ((BillingCycle)3).PeriodContaining(new(2026, 1, 1)));

        Assert.StartsWith("Unknown billing cycle 3.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BillingPeriodContaining_CutAtContractStartAndEnd()
    {
        var contract = Water(new(2026, 2, 10), new DateOnly(2026, 8, 20), BillingCycle.Quarterly);

        Assert.Equal(Period(2026, 2, 10, 2026, 3, 31), contract.BillingPeriodContaining(new(2026, 2, 10)));
        Assert.Equal(Period(2026, 2, 10, 2026, 3, 31), contract.BillingPeriodContaining(new(2026, 3, 31)));
        Assert.Equal(Period(2026, 4, 1, 2026, 6, 30), contract.BillingPeriodContaining(new(2026, 5, 5)));
        Assert.Equal(Period(2026, 7, 1, 2026, 8, 20), contract.BillingPeriodContaining(new(2026, 8, 20)));
    }

    [Fact]
    public void BillingPeriodContaining_OutsideTheContract_IsNull()
    {
        var contract = Water(new(2026, 2, 10), new DateOnly(2026, 8, 20));

        Assert.Null(contract.BillingPeriodContaining(new(2026, 2, 9)));
        Assert.Null(contract.BillingPeriodContaining(new(2026, 8, 21)));
    }

    [Fact]
    public void BillingPeriodContaining_ContractStartingOnTheLastDayOfAPeriod_IsOneDay()
    {
        var contract = Water(new(2026, 4, 30), cycle: BillingCycle.BiMonthly);

        Assert.Equal(Period(2026, 4, 30, 2026, 4, 30), contract.BillingPeriodContaining(new(2026, 4, 30)));
        Assert.Equal(Period(2026, 5, 1, 2026, 6, 30), contract.BillingPeriodContaining(new(2026, 5, 1)));
    }

    [Fact]
    public void BillingPeriodsBetween_Monthly_LeapFebruary()
    {
        var contract = Water(new(2028, 1, 15), new DateOnly(2028, 3, 10), BillingCycle.Monthly);

        Assert.Equal(
            [Period(2028, 1, 15, 2028, 1, 31), Period(2028, 2, 1, 2028, 2, 29), Period(2028, 3, 1, 2028, 3, 10)],
            contract.BillingPeriodsBetween(Period(2028, 1, 1, 2028, 12, 31)));
    }

    [Fact]
    public void BillingPeriodsBetween_BiMonthly_CutAtStartAndEnd()
    {
        var contract = Water(new(2026, 2, 15), new DateOnly(2026, 7, 31), BillingCycle.BiMonthly);

        Assert.Equal(
            [Period(2026, 2, 15, 2026, 2, 28), Period(2026, 3, 1, 2026, 4, 30), Period(2026, 5, 1, 2026, 6, 30), Period(2026, 7, 1, 2026, 7, 31)],
            contract.BillingPeriodsBetween(Period(2026, 1, 1, 2026, 12, 31)));
    }

    [Fact]
    public void BillingPeriodsBetween_Quarterly_AcrossAYear()
    {
        var contract = Water(new(2025, 11, 20), cycle: BillingCycle.Quarterly);

        Assert.Equal(
            [Period(2025, 11, 20, 2025, 12, 31), Period(2026, 1, 1, 2026, 3, 31), Period(2026, 4, 1, 2026, 6, 30)],
            contract.BillingPeriodsBetween(Period(2025, 1, 1, 2026, 4, 1)));
    }

    [Fact]
    public void BillingPeriodsBetween_RangeInsidePeriods_GivesWholePeriodsCutOnlyToTheContract()
    {
        var contract = Water(new(2026, 1, 10));

        Assert.Equal(
            [Period(2026, 1, 10, 2026, 1, 31), Period(2026, 2, 1, 2026, 2, 28)],
            contract.BillingPeriodsBetween(Period(2026, 1, 15, 2026, 2, 10)));
    }

    [Fact]
    public void BillingPeriodsBetween_RangeOutsideTheContract_IsEmpty()
    {
        var contract = Water(new(2026, 3, 1), new DateOnly(2026, 5, 31));

        Assert.Empty(contract.BillingPeriodsBetween(Period(2026, 1, 1, 2026, 2, 28)));
        Assert.Empty(contract.BillingPeriodsBetween(Period(2026, 6, 1, 2026, 12, 31)));
    }

    [Fact]
    public void BillingPeriodsBetween_IndefiniteContractToTheEndOfTime_Terminates()
    {
        var contract = Water(new(9999, 11, 15), cycle: BillingCycle.BiMonthly);

        Assert.Equal(
            [Period(9999, 11, 15, 9999, 12, 31)],
            contract.BillingPeriodsBetween(new DatePeriod(new(9999, 1, 1), DateOnly.MaxValue)));
    }

    [Fact]
    public void BillingPeriodsBetween_PeriodsTileTheContractWithoutGapsOrOverlaps()
    {
        var contract = Water(new(2024, 2, 29), new DateOnly(2027, 1, 13), BillingCycle.BiMonthly);

        var periods = contract.BillingPeriodsBetween(new DatePeriod(new(2020, 1, 1), new(2030, 1, 1)));

        Assert.Equal(contract.Start, periods[0].Start);
        Assert.Equal(contract.End, periods[^1].End);
        Assert.All(periods.Zip(periods.Skip(1)), pair => Assert.Equal(pair.First.End.AddDays(1), pair.Second.Start));
        Assert.Equal(contract.End!.Value.DayNumber - contract.Start.DayNumber + 1, periods.Sum(period => period.Days));
        Assert.Equal(1 + 5 + 6 + 6 + 1, periods.Count);
    }
}
