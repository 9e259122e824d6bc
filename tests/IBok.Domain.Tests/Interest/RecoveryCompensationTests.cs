using IBok.Domain.Interest;

namespace IBok.Domain.Tests.Interest;

public sealed class RecoveryCompensationTests
{
    [Theory]
    [InlineData("0.01", 40)]
    [InlineData("5000.00", 40)]
    [InlineData("5000.01", 70)]
    [InlineData("49999.99", 70)]
    [InlineData("50000.00", 100)]
    [InlineData("1000000.00", 100)]
    public void EurosFor_FollowsTheThresholdsOfArticle10(string claim, int euros)
    {
        Assert.Equal(euros, RecoveryCompensation.EurosFor(Money.Pln(decimal.Parse(claim, System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Theory]
    [InlineData("1200.00", "170.77")] // 40 × 4.2693 = 170.772
    [InlineData("12000.00", "298.85")] // 70 × 4.2693 = 298.851
    [InlineData("60000.00", "426.93")] // 100 × 4.2693
    public void For_ConvertsAtTheGivenRate(string claim, string pln)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;

        var compensation = RecoveryCompensation.For(Money.Pln(decimal.Parse(claim, inv)), 4.2693m);

        Assert.Equal(Money.Pln(decimal.Parse(pln, inv)), compensation.Amount);
        Assert.Equal(4.2693m, compensation.EurToPlnRate);
    }

    [Fact]
    public void For_NonPositiveClaim_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => RecoveryCompensation.For(Money.Zero, 4.2693m));

        Assert.StartsWith("A recovery compensation is due on a positive claim; got 0.00 PLN.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void For_NonPositiveRate_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => RecoveryCompensation.For(Money.Pln(100m), 0m));

        Assert.StartsWith("The EUR rate must be positive; got 0.", ex.Message, StringComparison.Ordinal);
    }
}
