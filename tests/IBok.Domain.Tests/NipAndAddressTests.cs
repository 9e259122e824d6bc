using IBok.Domain.Customers;

namespace IBok.Domain.Tests;

public sealed class NipAndAddressTests
{
    [Theory]
    [InlineData("5250001210")]
    [InlineData("525-000-12-10")]
    [InlineData("PL 525 000 12 10")]
    [InlineData("7740001454")]
    public void Nip_ValidWithAnySeparators_Parses(string text)
    {
        Assert.True(Nip.TryParse(text, out var nip, out _));
        Assert.Equal(10, nip.Value.Length);
    }

    [Theory]
    [InlineData("5250001213", "wrong check digit")]
    [InlineData("525000121", "exactly 10 digits")]
    [InlineData("52500012AB", "exactly 10 digits")]
    [InlineData("", "exactly 10 digits")]
    [InlineData(null, "exactly 10 digits")]
    public void Nip_Invalid_SaysWhy(string? text, string reason)
    {
        Assert.False(Nip.TryParse(text, out _, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Nip_DisplayString_UsesTheInvoiceGrouping()
    {
        Assert.Equal("525-000-12-10", Nip.Parse("5250001210").ToDisplayString());
    }

    [Fact]
    public void PostalAddress_FormatsTwoLines()
    {
        var address = new PostalAddress("Mickiewicza", "10", "5", "47-100", "Strzelce Opolskie");

        Assert.Equal("ul. Mickiewicza 10/5", address.Line1);
        Assert.Equal("47-100 Strzelce Opolskie", address.Line2);
    }

    [Theory]
    [InlineData("47100")]
    [InlineData("4-7100")]
    [InlineData("AB-CDE")]
    public void PostalAddress_BadPostalCode_Throws(string code)
    {
        var ex = Assert.Throws<ArgumentException>(() => new PostalAddress("Kościuszki", "9", null, code, "Warta"));

        Assert.Contains("NN-NNN", ex.Message, StringComparison.Ordinal);
    }
}
