using IBok.Domain.Cases;

namespace IBok.Domain.Tests.Cases;

public sealed class CaseSignatureTests
{
    [Fact]
    public void ToString_PadsYearAndSequence()
    {
        Assert.Equal("ZG/2026/000123", new CaseSignature("ZG", 2026, 123).ToString());
        Assert.Equal("RK/2026/999999", new CaseSignature("RK", 2026, 999_999).ToString());
    }

    [Fact]
    public void Parse_RoundTrips()
    {
        var signature = CaseSignature.Parse(" ZG/2026/000123 ");

        Assert.Equal(new CaseSignature("ZG", 2026, 123), signature);
        Assert.Equal("ZG/2026/000123", signature.ToString());
    }

    [Theory]
    [InlineData("ZG-2026-000123")]
    [InlineData("ZG/26/000123")]
    [InlineData("ZG/2026/123")]
    [InlineData("ZG/2026/0001234")]
    [InlineData("ZG/2026/00012A")]
    [InlineData("ZG/2026")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_WrongShape_SaysWhy(string? text)
    {
        Assert.False(CaseSignature.TryParse(text, out _, out var error));
        Assert.Equal($"A case signature looks like 'ZG/2026/000123'; '{text}' does not.", error);
    }

    [Theory]
    [InlineData("zg/2026/000123", "A case signature prefix has 1 to 5 upper-case letters A-Z; got 'zg'.")]
    [InlineData("/2026/000123", "A case signature prefix has 1 to 5 upper-case letters A-Z; got ''.")]
    [InlineData("ABCDEF/2026/000123", "A case signature prefix has 1 to 5 upper-case letters A-Z; got 'ABCDEF'.")]
    [InlineData("ZG/0999/000123", "A case signature year has four digits; got 999.")]
    [InlineData("ZG/2026/000000", "A case sequence number is 1 to 999999; got 0.")]
    public void TryParse_PartOutOfRange_SaysWhy(string text, string expected)
    {
        Assert.False(CaseSignature.TryParse(text, out _, out var error));
        Assert.Equal(expected, error);
    }

    [Fact]
    public void Parse_Invalid_ThrowsFormatException()
    {
        var ex = Assert.Throws<FormatException>(() => CaseSignature.Parse("ZG/2026/000000"));

        Assert.Equal("A case sequence number is 1 to 999999; got 0.", ex.Message);
    }

    [Theory]
    [InlineData("Z1", 2026, 1, "prefix", "A case signature prefix has 1 to 5 upper-case letters A-Z; got 'Z1'.")]
    [InlineData("ZG", 10000, 1, "year", "A case signature year has four digits; got 10000.")]
    [InlineData("ZG", 2026, 1_000_000, "sequence", "A case sequence number is 1 to 999999; got 1000000.")]
    [InlineData("ZG", 2026, -5, "sequence", "A case sequence number is 1 to 999999; got -5.")]
    public void Constructor_PartOutOfRange_Throws(string prefix, int year, int sequence, string parameter, string expected)
    {
        var ex = Assert.Throws<ArgumentException>(() => new CaseSignature(prefix, year, sequence));

        Assert.Equal(parameter, ex.ParamName);
        Assert.StartsWith(expected, ex.Message, StringComparison.Ordinal);
    }
}
