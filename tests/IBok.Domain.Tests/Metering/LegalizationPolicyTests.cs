using IBok.Domain.Metering;

namespace IBok.Domain.Tests.Metering;

public sealed class LegalizationPolicyTests
{
    private static Meter Legalized(DateOnly legalizedOn, MeterKind kind = MeterKind.MainWater) =>
        new("WM-1", kind, "P-1", legalizedOn, legalizedOn, 100000m);

    [Fact]
    public void ValidUntil_CountsFiveYearsFromJanuaryFirstOfTheNextYear()
    {
        Assert.Equal(new DateOnly(2026, 12, 31), LegalizationPolicy.Default.ValidUntil(Legalized(new(2021, 6, 15))));
    }

    [Theory]
    [InlineData(2021, 1, 1, 2026)]
    [InlineData(2021, 12, 31, 2026)]
    [InlineData(2024, 2, 29, 2029)]
    public void ValidUntil_DependsOnlyOnTheLegalizationYear(int year, int month, int day, int validYear)
    {
        Assert.Equal(new DateOnly(validYear, 12, 31), LegalizationPolicy.Default.ValidUntil(Legalized(new(year, month, day))));
    }

    [Theory]
    [InlineData(MeterKind.MainWater)]
    [InlineData(MeterKind.HotWater)]
    [InlineData(MeterKind.Submeter)]
    [InlineData(MeterKind.Heat)]
    public void Default_IsFiveYearsForEveryKind(MeterKind kind)
    {
        Assert.Equal(5, LegalizationPolicy.Default.ValidityYears(kind));
    }

    [Fact]
    public void IsLegalOn_LeapDayLegalization_IsLegalThroughTheLastDayOfTheFifthNextYear()
    {
        var meter = Legalized(new(2024, 2, 29));

        Assert.False(LegalizationPolicy.Default.IsLegalOn(meter, new(2024, 2, 28)));
        Assert.True(LegalizationPolicy.Default.IsLegalOn(meter, new(2024, 2, 29)));
        Assert.True(LegalizationPolicy.Default.IsLegalOn(meter, new(2028, 2, 29)));
        Assert.True(LegalizationPolicy.Default.IsLegalOn(meter, new(2029, 12, 31)));
        Assert.False(LegalizationPolicy.Default.IsLegalOn(meter, new(2030, 1, 1)));
    }

    [Fact]
    public void ExpiresWithin_CountsDaysAcrossALeapYear()
    {
        // Valid until 2028-12-31; 2028 has 366 days, so from 2028-01-01 the first illegal day is 366 days ahead.
        var meter = Legalized(new(2023, 5, 10));

        Assert.False(LegalizationPolicy.Default.ExpiresWithin(meter, new(2028, 1, 1), 365));
        Assert.True(LegalizationPolicy.Default.ExpiresWithin(meter, new(2028, 1, 1), 366));
    }

    [Fact]
    public void ExpiresWithin_IsTrueOnlyWhileStillLegal()
    {
        var meter = Legalized(new(2021, 6, 15));

        Assert.False(LegalizationPolicy.Default.ExpiresWithin(meter, new(2026, 12, 1), 30));
        Assert.True(LegalizationPolicy.Default.ExpiresWithin(meter, new(2026, 12, 1), 31));
        Assert.True(LegalizationPolicy.Default.ExpiresWithin(meter, new(2026, 12, 31), 1));
        Assert.False(LegalizationPolicy.Default.ExpiresWithin(meter, new(2026, 12, 31), 0));
        Assert.False(LegalizationPolicy.Default.ExpiresWithin(meter, new(2027, 1, 1), 30));
    }

    [Fact]
    public void ExpiresWithin_NegativeDays_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LegalizationPolicy.Default.ExpiresWithin(Legalized(new(2021, 6, 15)), new(2026, 1, 1), -1));
    }

    [Fact]
    public void WithValidityYears_ChangesOnlyThatKind()
    {
        var policy = LegalizationPolicy.Default.WithValidityYears(MeterKind.Heat, 4);

        Assert.Equal(new DateOnly(2025, 12, 31), policy.ValidUntil(Legalized(new(2021, 6, 15), MeterKind.Heat)));
        Assert.Equal(new DateOnly(2026, 12, 31), policy.ValidUntil(Legalized(new(2021, 6, 15), MeterKind.MainWater)));
        Assert.Equal(5, LegalizationPolicy.Default.ValidityYears(MeterKind.Heat));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(51)]
    public void WithValidityYears_OutOfRange_Throws(int years)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => LegalizationPolicy.Default.WithValidityYears(MeterKind.Heat, years));

        Assert.StartsWith($"A legalization validity must be 1 to 50 years; got {years} for Heat.", ex.Message, StringComparison.Ordinal);
    }
}
