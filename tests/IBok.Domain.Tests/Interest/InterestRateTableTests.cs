using IBok.Domain.Interest;

namespace IBok.Domain.Tests.Interest;

public sealed class InterestRateTableTests
{
    private static InterestRateTable Sample() => InterestRateTable.Create(
        "sample",
        [new(new DateOnly(2025, 3, 1), 8m), new(new DateOnly(2025, 1, 1), 10m), new(new DateOnly(2025, 5, 1), 6m)]);

    [Fact]
    public void Create_SortsChangesByDate()
    {
        Assert.Equal([new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 1), new DateOnly(2025, 5, 1)], Sample().Changes.Select(c => c.EffectiveFrom));
        Assert.Equal(new DateOnly(2025, 1, 1), Sample().FirstDay);
    }

    [Theory]
    [InlineData("2025-01-01", 10)]
    [InlineData("2025-02-28", 10)]
    [InlineData("2025-03-01", 8)]
    [InlineData("2025-04-30", 8)]
    [InlineData("2025-05-01", 6)]
    [InlineData("2099-12-31", 6)]
    public void RateOn_AppliesEachRateFromItsDayUntilTheNextChange(string day, int expected)
    {
        Assert.Equal(expected, Sample().RateOn(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void RateOn_BeforeTheFirstRate_ThrowsNamingTheDays()
    {
        var ex = Assert.Throws<InterestRateNotDefinedException>(() => Sample().RateOn(new DateOnly(2024, 12, 31)));

        Assert.Equal("Interest rate table 'sample' has no rate for 2024-12-31; its first rate is effective from 2025-01-01.", ex.Message);
        Assert.Equal(new DateOnly(2024, 12, 31), ex.Day);
        Assert.Equal(new DateOnly(2025, 1, 1), ex.FirstDay);
        Assert.Equal("sample", ex.TableName);
    }

    [Fact]
    public void With_AddsALaterChangeAndLeavesTheOriginal()
    {
        var original = Sample();

        var extended = original.With(new DateOnly(2025, 7, 1), 5.5m);

        Assert.Equal(5.5m, extended.RateOn(new DateOnly(2025, 7, 1)));
        Assert.Equal(6m, extended.RateOn(new DateOnly(2025, 6, 30)));
        Assert.Equal(6m, original.RateOn(new DateOnly(2025, 7, 1)));
        Assert.Equal(4, extended.Changes.Count);
        Assert.Equal("sample", extended.Name);
    }

    [Fact]
    public void With_SameDay_ReplacesTheRate()
    {
        var corrected = Sample().With(new DateOnly(2025, 3, 1), 7.75m);

        Assert.Equal(3, corrected.Changes.Count);
        Assert.Equal(7.75m, corrected.RateOn(new DateOnly(2025, 3, 1)));
    }

    [Fact]
    public void With_AnEarlierChange_InsertsItInOrder()
    {
        var extended = Sample().With(new DateOnly(2025, 2, 1), 9m);

        Assert.Equal([10m, 9m, 8m, 6m], extended.Changes.Select(c => c.AnnualRatePercent));
    }

    [Fact]
    public void With_NegativeRate_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Sample().With(new DateOnly(2025, 7, 1), -0.5m));

        Assert.StartsWith("An interest rate must not be negative; got -0.5% from 2025-07-01.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_TwoRatesOnOneDay_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => InterestRateTable.Create("t", [new(new DateOnly(2025, 1, 1), 1m), new(new DateOnly(2025, 1, 1), 2m)]));

        Assert.StartsWith("Interest rate table 't' has two rates effective from 2025-01-01.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_NoRates_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => InterestRateTable.Create("t", []));

        Assert.StartsWith("Interest rate table 't' needs at least one rate.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_BlankName_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => InterestRateTable.Create(" ", [new(new DateOnly(2025, 1, 1), 1m)]));

        Assert.StartsWith("An interest rate table needs a name.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Split_CutsAtEveryChangeInsideThePeriod()
    {
        var parts = Sample().Split(new DatePeriod(new(2025, 2, 20), new(2025, 5, 2))).ToArray();

        Assert.Equal(
            [
                (new DatePeriod(new(2025, 2, 20), new(2025, 2, 28)), 10m),
                (new DatePeriod(new(2025, 3, 1), new(2025, 4, 30)), 8m),
                (new DatePeriod(new(2025, 5, 1), new(2025, 5, 2)), 6m),
            ],
            parts);
    }

    [Fact]
    public void Split_InsideOneRate_GivesOnePart()
    {
        var parts = Sample().Split(new DatePeriod(new(2025, 3, 1), new(2025, 3, 1))).ToArray();

        Assert.Equal([(new DatePeriod(new(2025, 3, 1), new(2025, 3, 1)), 8m)], parts);
    }
}
