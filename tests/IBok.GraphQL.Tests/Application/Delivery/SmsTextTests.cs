using IBok.GraphQL.Application.Delivery.Sms;

namespace IBok.GraphQL.Tests.Application.Delivery;

public sealed class SmsTextTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(160, 1)]
    [InlineData(161, 2)]
    [InlineData(306, 2)]
    [InlineData(307, 3)]
    [InlineData(459, 3)]
    [InlineData(460, 4)]
    public void Prepare_PlainGsmText_IsGsm7With160ThenParts153(int length, int segments)
    {
        var sms = PreparedSms.Prepare(new string('a', length));

        Assert.Equal((SmsEncoding.Gsm7, segments, length), (sms.Encoding, sms.Segments, sms.Units));
    }

    [Fact]
    public void Prepare_ExtensionCharacters_CountTwoSeptets()
    {
        var sms = PreparedSms.Prepare(new string('a', 158) + "€");

        Assert.Equal((SmsEncoding.Gsm7, 1, 160), (sms.Encoding, sms.Segments, sms.Units));
        Assert.Equal(2, PreparedSms.Prepare(new string('a', 159) + "€").Segments);
    }

    [Fact]
    public void CountSegments_EscapePairAtPartBoundary_MovesWholeToNextPart()
    {
        // 306 septets would fit two parts of 153, but "€" (escape + character) would straddle the boundary after 152: it starts part 2.
        var text = new string('a', 152) + "€" + new string('a', 152);

        Assert.Equal(306, text.Sum(SmsText.Septets));
        Assert.Equal(3, SmsText.CountSegments(text, SmsEncoding.Gsm7));
    }

    [Fact]
    public void Prepare_PolishLettersTransliterated_StaysGsm7()
    {
        var sms = PreparedSms.Prepare("Zażółć gęślą jaźń – „Łódź” 15 m³…");

        Assert.Equal(("Zazolc gesla jazn - \"Lodz\" 15 m3...", SmsEncoding.Gsm7, 1), (sms.Text, sms.Encoding, sms.Segments));
    }

    [Theory]
    [InlineData(70, 1)]
    [InlineData(71, 2)]
    [InlineData(134, 2)]
    [InlineData(135, 3)]
    public void Prepare_PolishLettersKept_IsUcs2With70ThenParts67(int length, int segments)
    {
        var sms = PreparedSms.Prepare(new string('ż', length), PolishLetters.Keep);

        Assert.Equal((SmsEncoding.Ucs2, segments, length), (sms.Encoding, sms.Segments, sms.Units));
    }

    [Fact]
    public void CountSegments_SurrogatePairAtPartBoundary_IsNotSplit()
    {
        var text = new string('ż', 66) + "💧" + new string('ż', 10);

        Assert.Equal(78, text.Length);
        Assert.Equal(2, SmsText.CountSegments(text, SmsEncoding.Ucs2));
        Assert.Equal(3, SmsText.CountSegments(new string('ż', 66) + "💧" + new string('ż', 66), SmsEncoding.Ucs2));
    }

    [Fact]
    public void Prepare_CharacterOutsideGsmAfterTransliteration_FallsBackToUcs2()
    {
        var sms = PreparedSms.Prepare("Awaria 💧 Łąkowa");

        Assert.Equal(("Awaria 💧 Lakowa", SmsEncoding.Ucs2, 1, 16), (sms.Text, sms.Encoding, sms.Segments, sms.Units));
    }

    [Fact]
    public void Prepare_Empty_TakesNoSegments()
    {
        Assert.Equal(0, PreparedSms.Prepare("").Segments);
    }

    [Theory]
    [InlineData("600 700 800", "48600700800")]
    [InlineData("+48 600-700-800", "48600700800")]
    [InlineData("0048600700800", "48600700800")]
    public void NormalizePolishNumber_CommonForms_GiveCountryCodeAndDigits(string given, string expected)
    {
        Assert.Equal(expected, SmsApiGateway.NormalizePolishNumber(given));
    }

    [Fact]
    public void NormalizePolishNumber_TooShort_IsRefusedNamingIt()
    {
        var error = Assert.Throws<SmsDeliveryException>(() => SmsApiGateway.NormalizePolishNumber("12345"));

        Assert.Equal("\"12345\" is not a phone number an SMS can be sent to.", error.Message);
    }
}
