using IBok.GraphQL.Application.Documents;

namespace IBok.GraphQL.Tests.Application.Documents;

public sealed class PaymentQrPayloadTests
{
    [Fact]
    public void TryBuild_Invoice_JoinsTheNineFieldsOfTheStandard()
    {
        var payload = PaymentQrPayload.TryBuild("1234563218", "61109010140000071219812874", 15_431, "Wodociągi Zdrój", "FV/2026/02/000123");

        Assert.Equal("1234563218|PL|61109010140000071219812874|015431|Wodociągi Zdrój|FV/2026/02/000123|||", payload);
    }

    [Fact]
    public void TryBuild_FormattedNumbers_TakesTheirDigits()
    {
        var payload = PaymentQrPayload.TryBuild("123-456-32-18", "PL61 1090 1014 0000 0712 1981 2874", 5, "PWiK", "NO/1");

        Assert.Equal("1234563218|PL|61109010140000071219812874|000005|PWiK|NO/1|||", payload);
    }

    [Fact]
    public void TryBuild_LongNameAndTitle_CutsThemTo20And32Characters()
    {
        var payload = PaymentQrPayload.TryBuild(
            "1234563218", "61109010140000071219812874", 999_999,
            "Przedsiębiorstwo Wodociągów i Kanalizacji „Zdrój” Sp. z o.o.",
            "Faktura FV/2026/02/000123 za styczeń 2026 r.");

        Assert.Equal("1234563218|PL|61109010140000071219812874|999999|Przedsiębiorstwo Wod|Faktura FV/2026/02/000123 za sty|||", payload);
    }

    [Fact]
    public void TryBuild_SeparatorAndLineBreaksInText_BecomeSingleSpaces()
    {
        var payload = PaymentQrPayload.TryBuild("1234563218", "61109010140000071219812874", 100, "A|B", "x |\r\n y");

        Assert.Equal("1234563218|PL|61109010140000071219812874|000100|A B|x y|||", payload);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1_173)]
    [InlineData(1_000_000)]
    public void TryBuild_AmountTheFieldCannotCarry_IsNull(long grosze)
    {
        Assert.Null(PaymentQrPayload.TryBuild("1234563218", "61109010140000071219812874", grosze, "PWiK", "FV/1"));
    }

    [Fact]
    public void TryBuild_ShortAccount_ThrowsNamingIt()
    {
        var error = Assert.Throws<ArgumentException>(() => PaymentQrPayload.TryBuild("1234563218", "6110901014", 100, "PWiK", "FV/1"));

        Assert.Equal("The account number (NRB) must have 26 digits; '6110901014' does not. (Parameter 'accountNumber')", error.Message);
    }

    [Fact]
    public void TryBuild_NipWithLetters_ThrowsNamingIt()
    {
        var error = Assert.Throws<ArgumentException>(() => PaymentQrPayload.TryBuild("12345632AB", "61109010140000071219812874", 100, "PWiK", "FV/1"));

        Assert.Equal("The recipient NIP must have 10 digits; '12345632AB' does not. (Parameter 'recipientNip')", error.Message);
    }
}
