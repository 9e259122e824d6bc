using IBok.GraphQL.Application.Demo;

namespace IBok.GraphQL.Tests.Application.Demo;

public sealed class DemoOptionsTests
{
    private static readonly DateOnly Today = new(2026, 11, 21);

    [Fact]
    public void Generate_CustomerCount_GivesThatManyCustomersNumberedInOrder()
    {
        var utility = DemoUtilityGenerator.Generate(new DemoOptions { Today = Today, CustomerCount = 37 });

        var numbers = utility.Customers.Select(c => c.Customer.Number.Value).ToArray();

        Assert.Equal(37, numbers.Length);
        Assert.Equal("100001", numbers[0]);
        Assert.Equal("100037", numbers[^1]);
        Assert.Equal(37, numbers.Distinct().Count());
    }

    [Fact]
    public void Defaults_Are200CustomersAnd24MonthsWithTheFixedSeed()
    {
        var options = new DemoOptions { Today = Today };

        Assert.Equal(200, options.CustomerCount);
        Assert.Equal(24, options.HistoryMonths);
        Assert.Equal(DemoOptions.DefaultSeed, options.Seed);
    }

    [Theory]
    [InlineData(1, 24, "CustomerCount")]
    [InlineData(200, 2, "HistoryMonths")]
    [InlineData(200, 37, "HistoryMonths")]
    public void Generate_OutOfRange_ThrowsNamingTheOption(int customers, int months, string option)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            DemoUtilityGenerator.Generate(new DemoOptions { Today = Today, CustomerCount = customers, HistoryMonths = months }));

        Assert.Equal(option, error.ParamName);
    }

    [Fact]
    public void Generate_ShareAboveOne_Throws()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            DemoUtilityGenerator.Generate(new DemoOptions { Today = Today, BusinessShare = 1.5 }));

        Assert.Equal("BusinessShare", error.ParamName);
        Assert.StartsWith("BusinessShare is a fraction from 0 to 1; got 1.5.", error.Message, StringComparison.Ordinal);
    }
}
