using IBok.Domain.Payments;

namespace IBok.Domain.Tests.Payments;

public sealed class BankAccountNumberTests
{
    private const string PublishedExample = "61 1090 1014 0000 0712 1981 2874";

    [Theory]
    [InlineData(PublishedExample)]
    [InlineData("61109010140000071219812874")]
    [InlineData("PL61109010140000071219812874")]
    [InlineData("pl 61 1090 1014 0000 0712 1981 2874")]
    [InlineData("61-1090-1014-0000-0712-1981-2874")]
    public void Parse_PublishedExampleInAnyLayout_Parses(string text)
    {
        var account = BankAccountNumber.Parse(text);

        Assert.Equal("61109010140000071219812874", account.Value);
        Assert.Equal("61", account.CheckDigits);
        Assert.Equal("10901014", account.BankSortCode);
    }

    [Fact]
    public void ToDisplayString_GroupsCheckDigitsThenFours()
    {
        Assert.Equal(PublishedExample, BankAccountNumber.Parse("61109010140000071219812874").ToDisplayString());
    }

    [Fact]
    public void Iban_PrefixesPl()
    {
        Assert.Equal("PL61109010140000071219812874", BankAccountNumber.Parse(PublishedExample).Iban);
    }

    [Fact]
    public void FromBban_ComputesThePublishedCheckDigits()
    {
        var account = BankAccountNumber.FromBban("109010140000071219812874");

        Assert.Equal("61109010140000071219812874", account.Value);
    }

    [Fact]
    public void Mod97_OfThePublishedExampleRearranged_IsOne()
    {
        // ISO 13616: BBAN + "PL" as 2521 + check digits, read as one integer, mod 97 == 1.
        Assert.Equal(1, BankAccountNumber.Mod97("109010140000071219812874" + "2521" + "61"));
    }

    [Theory]
    [InlineData("62 1090 1014 0000 0712 1981 2874")]
    [InlineData("61 1090 1014 0000 0712 1981 2875")]
    [InlineData("61 1090 1014 0000 0712 1918 2874")]
    public void TryParse_WrongCheckDigits_SaysWhy(string text)
    {
        Assert.False(BankAccountNumber.TryParse(text, out _, out var error));
        Assert.Equal($"Bank account number '{text}' has wrong check digits (ISO 13616 MOD 97-10).", error);
    }

    [Theory]
    [InlineData("6110901014000007121981287")]
    [InlineData("611090101400000712198128740")]
    [InlineData("61 1090 1014 0000 0712 1981 287A")]
    [InlineData("DE61109010140000071219812874")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_NotTwentySixDigits_SaysWhy(string? text)
    {
        Assert.False(BankAccountNumber.TryParse(text, out _, out var error));
        Assert.Equal($"A Polish bank account number (NRB) has exactly 26 digits; '{text}' does not.", error);
    }

    [Fact]
    public void Parse_Invalid_ThrowsFormatExceptionWithTheReason()
    {
        var ex = Assert.Throws<FormatException>(() => BankAccountNumber.Parse("12345"));

        Assert.Equal("A Polish bank account number (NRB) has exactly 26 digits; '12345' does not.", ex.Message);
    }

    [Theory]
    [InlineData("10901014000007121981287")]
    [InlineData("1090101400000712198128745")]
    [InlineData("10901014000007121981287X")]
    public void FromBban_NotTwentyFourDigits_Throws(string bban)
    {
        var ex = Assert.Throws<ArgumentException>(() => BankAccountNumber.FromBban(bban));

        Assert.StartsWith($"A Polish basic bank account number (BBAN) has exactly 24 digits; got '{bban}'.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromBban_AnyBban_RoundTripsThroughParse()
    {
        var seed = new Random(1234);
        for (var i = 0; i < 500; i++)
        {
            var bban = string.Concat(Enumerable.Range(0, 24).Select(_ => (char)('0' + seed.Next(10))));

            var account = BankAccountNumber.FromBban(bban);

            Assert.Equal(account, BankAccountNumber.Parse(account.ToDisplayString()));
            Assert.Equal(bban, account.Value[2..]);
        }
    }
}
