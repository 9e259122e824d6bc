using IBok.Domain.Customers;
using IBok.Domain.Interest;

namespace IBok.Domain.Tests.Interest;

public sealed class LateInterestTablesTests
{
    [Fact]
    public void StatutoryTable_HoldsEveryPublishedRate()
    {
        var table = StatutoryLateInterest.Table;

        Assert.Equal(24, table.Changes.Count);
        Assert.Equal(new InterestRateChange(new(2016, 1, 1), 7.00m), table.Changes[0]);
        Assert.Equal(new InterestRateChange(new(2022, 9, 8), 12.25m), table.Changes[14]);
        Assert.Equal(new InterestRateChange(new(2026, 3, 5), 9.25m), table.Changes[^1]);
    }

    [Theory]
    [InlineData("2016-01-01", "7.00")]
    [InlineData("2020-03-17", "7.00")]
    [InlineData("2020-03-18", "6.50")]
    [InlineData("2020-05-29", "5.60")]
    [InlineData("2022-07-07", "11.50")]
    [InlineData("2022-07-08", "12.00")]
    [InlineData("2023-10-05", "11.25")]
    [InlineData("2025-05-07", "11.25")]
    [InlineData("2025-07-02", "10.75")]
    [InlineData("2025-07-03", "10.50")]
    [InlineData("2025-12-04", "9.50")]
    [InlineData("2026-11-21", "9.25")]
    public void StatutoryTable_RateOn(string day, string rate)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;

        Assert.Equal(decimal.Parse(rate, inv), StatutoryLateInterest.Table.RateOn(DateOnly.Parse(day, inv)));
    }

    [Fact]
    public void StatutoryTable_LaterChange_AddedByTheOperator()
    {
        var extended = StatutoryLateInterest.Table.With(new DateOnly(2026, 12, 3), 9.00m);

        Assert.Equal(9.00m, extended.RateOn(new DateOnly(2026, 12, 3)));
        Assert.Equal(9.25m, StatutoryLateInterest.Table.RateOn(new DateOnly(2026, 12, 3)));
    }

    [Theory]
    // Reference rate on the half-year's first day = statutory - 5.5; + 8 pp before 2020, + 10 pp since.
    [InlineData("2016-01-01", "9.50")] // 7.00 - 5.5 + 8
    [InlineData("2019-07-01", "9.50")]
    [InlineData("2020-01-01", "11.50")] // 7.00 - 5.5 + 10 (the March 2020 cut comes mid-half-year)
    [InlineData("2020-07-01", "10.10")] // 5.60 - 5.5 + 10
    [InlineData("2022-01-01", "11.75")] // 7.25 - 5.5 + 10
    [InlineData("2022-07-01", "16.00")] // 11.50 - 5.5 + 10
    [InlineData("2023-01-01", "16.75")] // 12.25 - 5.5 + 10
    [InlineData("2024-01-01", "15.75")] // 11.25 - 5.5 + 10
    [InlineData("2025-07-01", "15.25")] // 10.75 - 5.5 + 10
    [InlineData("2026-01-01", "14.00")] // 9.50 - 5.5 + 10
    [InlineData("2026-07-01", "13.75")] // 9.25 - 5.5 + 10
    public void CommercialTable_IsFixedPerHalfYearFromTheReferenceRate(string halfYear, string rate)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var start = DateOnly.Parse(halfYear, inv);

        Assert.Equal(decimal.Parse(rate, inv), CommercialLateInterest.Table.RateOn(start));
        Assert.Equal(decimal.Parse(rate, inv), CommercialLateInterest.Table.RateOn(start.AddMonths(6).AddDays(-1)));
    }

    [Fact]
    public void CommercialTable_HasOneRatePerHalfYear2016To2026()
    {
        var changes = CommercialLateInterest.Table.Changes;

        Assert.Equal(22, changes.Count);
        Assert.All(changes, c => Assert.True(c.EffectiveFrom.Day == 1 && c.EffectiveFrom.Month is 1 or 7));
    }

    [Fact]
    public void CommercialTable_OfficialValueSuppliedByTheCaller_Wins()
    {
        var official = CommercialLateInterest.Table.With(new DateOnly(2026, 7, 1), 13.50m).With(new DateOnly(2027, 1, 1), 13.25m);

        Assert.Equal(13.50m, official.RateOn(new DateOnly(2026, 9, 1)));
        Assert.Equal(13.25m, official.RateOn(new DateOnly(2027, 3, 1)));
    }

    [Fact]
    public void DeriveFrom_TableStartingMidHalfYear_StartsAtTheNextHalfYear()
    {
        var statutory = InterestRateTable.Create("s", [new(new DateOnly(2021, 3, 1), 6m), new(new DateOnly(2021, 8, 1), 7m)]);

        var derived = CommercialLateInterest.DeriveFrom(statutory, new DateOnly(2022, 1, 1));

        Assert.Equal(
            [new InterestRateChange(new(2021, 7, 1), 10.50m), new InterestRateChange(new(2022, 1, 1), 11.50m)],
            derived.Changes);
    }

    [Fact]
    public void DeriveFrom_NotAHalfYearStart_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => CommercialLateInterest.DeriveFrom(StatutoryLateInterest.Table, new DateOnly(2026, 3, 1)));

        Assert.StartsWith("A half-year starts on 1 January or 1 July; 2026-03-01 does not.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DeriveFrom_NoHalfYearInRange_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => CommercialLateInterest.DeriveFrom(StatutoryLateInterest.Table, new DateOnly(2015, 7, 1)));

        Assert.StartsWith("No half-year between 2016-01-01 and 2015-07-01.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void For_PicksTheTableByCustomerKind()
    {
        Assert.Same(StatutoryLateInterest.Table, LateInterestTables.For(CustomerKind.Household));
        Assert.Same(CommercialLateInterest.Table, LateInterestTables.For(CustomerKind.Business));
        Assert.Throws<ArgumentOutOfRangeException>(() => LateInterestTables.For((CustomerKind)7));
    }
}
