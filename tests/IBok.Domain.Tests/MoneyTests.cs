using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace IBok.Domain.Tests;

public sealed class MoneyTests
{
    [Theory]
    [InlineData("1.004", "1.00")]
    [InlineData("1.005", "1.01")]
    [InlineData("-1.005", "-1.01")]
    [InlineData("-1.004", "-1.00")]
    [InlineData("0.125", "0.13")]
    public void Pln_RoundsToTheGroszHalfAwayFromZero(string raw, string expected)
    {
        var money = Money.Pln(decimal.Parse(raw, CultureInfo.InvariantCulture));

        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), money.Amount);
    }

    [Fact]
    public void Allocate_FiveGroszeInTwo_GivesTheExtraGroszToTheFirstPart()
    {
        var parts = Money.Pln(0.05m).Allocate(2);

        Assert.Equal([Money.Pln(0.03m), Money.Pln(0.02m)], parts);
    }

    [Fact]
    public void Allocate_FortyZlotyInThree_LosesNothing()
    {
        var parts = Money.Pln(40m).Allocate(3);

        Assert.Equal([Money.Pln(13.34m), Money.Pln(13.33m), Money.Pln(13.33m)], parts);
    }

    [Fact]
    public void Allocate_ByRatios_GivesLeftoverToTheLargestRemainder()
    {
        // 1.00 split 1:1:4 is 16.67, 16.67, 66.67 gr exactly; after truncation 16+16+66 = 98, the two leftover grosze go
        // to the largest remainders (all .666…, ties to the earlier parts).
        var parts = Money.Pln(1m).Allocate([1m, 1m, 4m]);

        Assert.Equal([Money.Pln(0.17m), Money.Pln(0.17m), Money.Pln(0.66m)], parts);
    }

    [Fact]
    public void Allocate_Negative_SplitsWithTheSameSign()
    {
        var parts = Money.Pln(-0.05m).Allocate(2);

        Assert.Equal([Money.Pln(-0.03m), Money.Pln(-0.02m)], parts);
    }

    [Fact]
    public void Allocate_ZeroRatioPart_GetsNothing()
    {
        var parts = Money.Pln(0.01m).Allocate([0m, 1m]);

        Assert.Equal([Money.Zero, Money.Pln(0.01m)], parts);
    }

    [Theory]
    [InlineData(new double[0], "at least one ratio")]
    [InlineData(new[] { 1.0, -1.0 }, "must not be negative")]
    [InlineData(new[] { 0.0, 0.0 }, "must not all be zero")]
    public void Allocate_InvalidRatios_Throws(double[] ratios, string message)
    {
        var ex = Assert.Throws<ArgumentException>(() => Money.Pln(1m).Allocate(ratios.Select(r => (decimal)r).ToArray()));

        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Allocate_NeverLosesOrInventsAGrosz()
    {
        Prop.ForAll(
                ArbMap.Default.GeneratorFor<int>().Select(g => (long)g).ToArbitrary(),
                Gen.ListOf(Gen.Choose(0, 1000)).Where(l => l.Any(x => x > 0)).ToArbitrary(),
                (grosze, ratios) =>
                {
                    var total = Money.FromGrosze(grosze);
                    var parts = total.Allocate(ratios.Select(r => (decimal)r).ToArray());
                    return Money.Sum(parts) == total
                        && parts.Length == ratios.Count
                        && parts.All(p => p.IsZero || p.IsNegative == total.IsNegative);
                })
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Multiply_RoundsTheProduct()
    {
        Assert.Equal(Money.Pln(16.61m), Money.Pln(5.37m) * 3.093m);
    }

    [Fact]
    public void Sum_AddsAllAmounts()
    {
        Assert.Equal(Money.Pln(0.30m), Money.Sum([Money.Pln(0.10m), Money.Pln(0.20m)]));
        Assert.Equal(Money.Zero, Money.Sum([]));
    }

    [Fact]
    public void ToString_IsInvariantWithCurrencyCode()
    {
        Assert.Equal("1234.50 PLN", Money.Pln(1234.5m).ToString());
        Assert.Equal("-0.01 PLN", Money.Pln(-0.01m).ToString());
    }

    [Fact]
    public void ToString_PolishCulture_FormatsLikeAPolishInvoice()
    {
        var text = Money.Pln(1234.56m).ToString("C", CultureInfo.GetCultureInfo("pl-PL"));

        // pl-PL groups thousands with a no-break space.
        Assert.Equal("1\u00a0234,56 zł", text);
    }

    [Fact]
    public void Interpolation_WithoutProvider_IsInvariant()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("pl-PL");
        try
        {
            Assert.Equal("due 1234.56 PLN", $"due {Money.Pln(1234.56m)}");
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Equality_IsByAmount()
    {
        Assert.Equal(Money.Pln(1.10m), Money.Pln(1.1m));
        Assert.True(Money.Pln(1m) < Money.Pln(1.01m));
        Assert.Equal(Money.Pln(2m).GetHashCode(), Money.FromGrosze(200).GetHashCode());
    }
}
