using IBok.Domain.Customers;

namespace IBok.Domain.Tests.Customers;

public sealed class CustomerNumberTests
{
    [Theory]
    [InlineData("1", "1")]
    [InlineData("000123", "000123")]
    [InlineData(" 123456 ", "123456")]
    [InlineData("123456789012", "123456789012")]
    public void TryParse_OneToTwelveDigits_KeepsThemAsTyped(string text, string expected)
    {
        Assert.True(CustomerNumber.TryParse(text, out var number, out _));
        Assert.Equal(expected, number.Value);
        Assert.Equal(expected, number.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void TryParse_Empty_SaysWhy(string? text)
    {
        Assert.False(CustomerNumber.TryParse(text, out _, out var error));
        Assert.Equal("A customer number cannot be empty.", error);
    }

    [Theory]
    [InlineData("12-34")]
    [InlineData("12 34")]
    [InlineData("A123")]
    [InlineData("١٢٣")]
    public void TryParse_NotDigits_SaysWhy(string text)
    {
        Assert.False(CustomerNumber.TryParse(text, out _, out var error));
        Assert.Equal($"A customer number has digits only; '{text}' does not.", error);
    }

    [Fact]
    public void TryParse_ThirteenDigits_SaysWhy()
    {
        Assert.False(CustomerNumber.TryParse("1234567890123", out _, out var error));
        Assert.Equal("A customer number has at most 12 digits; '1234567890123' has 13.", error);
    }

    [Fact]
    public void Parse_Invalid_ThrowsFormatException()
    {
        var ex = Assert.Throws<FormatException>(() => CustomerNumber.Parse("x"));

        Assert.Equal("A customer number has digits only; 'x' does not.", ex.Message);
    }

    [Fact]
    public void Equality_ComparesDigitsIncludingLeadingZeros()
    {
        Assert.Equal(CustomerNumber.Parse("0123"), CustomerNumber.Parse(" 0123"));
        Assert.NotEqual(CustomerNumber.Parse("0123"), CustomerNumber.Parse("123"));
    }
}
