using IBok.Domain.Customers;
using IBok.Domain.Payments;

namespace IBok.Domain.Tests.Payments;

public sealed class IndividualAccountNumberTests
{
    [Fact]
    public void For_PadsTheCustomerNumberAndComputesCheckDigits()
    {
        var account = IndividualAccountNumber.For("10901014", "00000712", CustomerNumber.Parse("19812874"));

        Assert.Equal("61109010140000071219812874", account.Value);
    }

    [Fact]
    public void For_ShortCustomerNumber_IsLeftPaddedWithZeros()
    {
        var account = IndividualAccountNumber.For("10201026", "12340000", CustomerNumber.Parse("42"));

        Assert.Equal("10201026" + "12340000" + "00000042", account.Value[2..]);
        Assert.True(BankAccountNumber.TryParse(account.Value, out _, out _));
    }

    [Fact]
    public void For_DifferentCustomers_GetDifferentAccounts()
    {
        var first = IndividualAccountNumber.For("11402004", "55500000", CustomerNumber.Parse("1001"));
        var second = IndividualAccountNumber.For("11402004", "55500000", CustomerNumber.Parse("1002"));

        Assert.NotEqual(first, second);
        Assert.Equal(first.BankSortCode, second.BankSortCode);
    }

    [Fact]
    public void For_CustomerNumberLongerThanEightDigits_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => IndividualAccountNumber.For("10901014", "00000712", CustomerNumber.Parse("123456789")));

        Assert.StartsWith("Customer number '123456789' has 9 digits; an individual account identifier holds at most 8.", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1090101")]
    [InlineData("109010140")]
    [InlineData("1090101A")]
    public void For_SortCodeNotEightDigits_Throws(string sortCode)
    {
        var ex = Assert.Throws<ArgumentException>(() => IndividualAccountNumber.For(sortCode, "00000712", CustomerNumber.Parse("1")));

        Assert.StartsWith($"A bank sort code has exactly 8 digits; got '{sortCode}'.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void For_SortCodeWithWrongCheckDigit_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => IndividualAccountNumber.For("10901015", "00000712", CustomerNumber.Parse("1")));

        Assert.StartsWith("Bank sort code '10901015' has a wrong check digit.", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0000071")]
    [InlineData("000007120")]
    [InlineData("0000071X")]
    public void For_PayeePrefixNotEightDigits_Throws(string prefix)
    {
        var ex = Assert.Throws<ArgumentException>(() => IndividualAccountNumber.For("10901014", prefix, CustomerNumber.Parse("1")));

        Assert.StartsWith($"A payee prefix for individual accounts has exactly 8 digits; got '{prefix}'.", ex.Message, StringComparison.Ordinal);
    }
}
