using IBok.Domain.Customers;

namespace IBok.Domain.Tests.Customers;

public sealed class PremisesTests
{
    [Theory]
    [InlineData("P-001234", "P-001234")]
    [InlineData(" pp/12.3a ", "PP/12.3A")]
    public void PremisesCode_Valid_IsUpperCased(string text, string expected)
    {
        Assert.Equal(expected, PremisesCode.Parse(text).Value);
    }

    [Theory]
    [InlineData("", "A premises code cannot be empty.")]
    [InlineData(null, "A premises code cannot be empty.")]
    [InlineData("P 12", "A premises code has only letters, digits, '-', '/' and '.'; 'P 12' does not.")]
    [InlineData("PÓŁ-1", "A premises code has only letters, digits, '-', '/' and '.'; 'PÓŁ-1' does not.")]
    [InlineData("123456789012345678901234567890123", "A premises code has at most 32 characters; '123456789012345678901234567890123' has 33.")]
    public void PremisesCode_Invalid_SaysWhy(string? text, string expected)
    {
        Assert.False(PremisesCode.TryParse(text, out _, out var error));
        Assert.Equal(expected, error);
    }

    [Fact]
    public void PremisesCode_Parse_Invalid_ThrowsFormatException()
    {
        var ex = Assert.Throws<FormatException>(() => PremisesCode.Parse(" "));

        Assert.Equal("A premises code cannot be empty.", ex.Message);
    }

    [Fact]
    public void Premises_KeepsItsParts()
    {
        var address = new PostalAddress("Polna", "3", null, "47-100", "Strzelce Opolskie");

        var premises = new Premises(PremisesCode.Parse("P-1"), address, CustomerNumber.Parse("42"));

        Assert.Equal("P-1", premises.Code.Value);
        Assert.Equal(address, premises.Address);
        Assert.Equal("42", premises.CustomerNumber.Value);
    }

    [Fact]
    public void Premises_NullPart_Throws()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => new Premises(PremisesCode.Parse("P-1"), null!, CustomerNumber.Parse("42")));

        Assert.Equal("address", ex.ParamName);
    }
}
