using IBok.Domain.Customers;

namespace IBok.Domain.Tests.Customers;

public sealed class ContactDetailsTests
{
    [Theory]
    [InlineData("jan.kowalski@example.pl", "jan.kowalski@example.pl")]
    [InlineData(" Jan.Kowalski@WodKan.Example.PL ", "Jan.Kowalski@wodkan.example.pl")]
    [InlineData("a+ebok@sub-domain.example.com", "a+ebok@sub-domain.example.com")]
    [InlineData("zażółć@gęślą.pl", "zażółć@gęślą.pl")]
    public void Email_Plausible_ParsesWithLowerCaseDomain(string text, string expected)
    {
        Assert.True(EmailAddress.TryParse(text, out var email, out _));
        Assert.Equal(expected, email.Value);
    }

    [Theory]
    [InlineData("", "An e-mail address cannot be empty.")]
    [InlineData(null, "An e-mail address cannot be empty.")]
    [InlineData("jan kowalski@example.pl", "An e-mail address cannot contain spaces; 'jan kowalski@example.pl' does.")]
    [InlineData("jan.example.pl", "An e-mail address has exactly one '@'; 'jan.example.pl' does not.")]
    [InlineData("jan@@example.pl", "An e-mail address has exactly one '@'; 'jan@@example.pl' does not.")]
    [InlineData("@example.pl", "The part before '@' in '@example.pl' must be 1 to 64 characters, without a leading, trailing or doubled dot.")]
    [InlineData(".jan@example.pl", "The part before '@' in '.jan@example.pl' must be 1 to 64 characters, without a leading, trailing or doubled dot.")]
    [InlineData("jan.@example.pl", "The part before '@' in 'jan.@example.pl' must be 1 to 64 characters, without a leading, trailing or doubled dot.")]
    [InlineData("jan..k@example.pl", "The part before '@' in 'jan..k@example.pl' must be 1 to 64 characters, without a leading, trailing or doubled dot.")]
    [InlineData("jan@localhost", "The domain of 'jan@localhost' must be like 'example.pl': labels of letters, digits and inner hyphens, separated by dots.")]
    [InlineData("jan@example..pl", "The domain of 'jan@example..pl' must be like 'example.pl': labels of letters, digits and inner hyphens, separated by dots.")]
    [InlineData("jan@-example.pl", "The domain of 'jan@-example.pl' must be like 'example.pl': labels of letters, digits and inner hyphens, separated by dots.")]
    [InlineData("jan@exa_mple.pl", "The domain of 'jan@exa_mple.pl' must be like 'example.pl': labels of letters, digits and inner hyphens, separated by dots.")]
    public void Email_Invalid_SaysWhy(string? text, string expected)
    {
        Assert.False(EmailAddress.TryParse(text, out _, out var error));
        Assert.Equal(expected, error);
    }

    [Fact]
    public void Email_LocalPartOf65Characters_IsRejected()
    {
        var text = new string('a', 65) + "@example.pl";

        Assert.False(EmailAddress.TryParse(text, out _, out var error));
        Assert.StartsWith("The part before '@'", error, StringComparison.Ordinal);
        Assert.True(EmailAddress.TryParse(new string('a', 64) + "@example.pl", out _, out _));
    }

    [Fact]
    public void Email_Longer_Than254_IsRejected()
    {
        var text = "jan@" + string.Join('.', Enumerable.Repeat(new string('d', 60), 5)) + ".pl";

        Assert.False(EmailAddress.TryParse(text, out _, out var error));
        Assert.Equal($"An e-mail address has at most 254 characters; '{text}' has {text.Length}.", error);
    }

    [Theory]
    [InlineData("601234567")]
    [InlineData("601 234 567")]
    [InlineData("601-234-567")]
    [InlineData("+48 601 234 567")]
    [InlineData("(+48) 601-234-567")]
    [InlineData("0048601234567")]
    [InlineData("48601234567")]
    [InlineData("+48.601.234.567")]
    public void Phone_PolishNumber_NormalizesToE164(string text)
    {
        var phone = PhoneNumber.Parse(text);

        Assert.Equal("+48601234567", phone.Value);
        Assert.Equal("601234567", phone.NationalNumber);
    }

    [Fact]
    public void Phone_NineDigitsStartingWith48_AreANationalNumber()
    {
        Assert.Equal("+48486012345", PhoneNumber.Parse("486012345").Value);
    }

    [Theory]
    [InlineData("60123456")]
    [InlineData("6012345678")]
    [InlineData("+49 601 234 567")]
    [InlineData("+48 601 234 56")]
    [InlineData("601 234 56A")]
    public void Phone_NotNineDigits_SaysWhy(string text)
    {
        Assert.False(PhoneNumber.TryParse(text, out _, out var error));
        Assert.Equal($"A Polish phone number has 9 digits, optionally after +48; '{text}' does not.", error);
    }

    [Fact]
    public void Phone_StartingWithZero_SaysWhy()
    {
        Assert.False(PhoneNumber.TryParse("012 345 678", out _, out var error));
        Assert.Equal("A Polish phone number does not start with 0; '012 345 678' does.", error);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" - ")]
    [InlineData(null)]
    public void Phone_Empty_SaysWhy(string? text)
    {
        Assert.False(PhoneNumber.TryParse(text, out _, out var error));
        Assert.Equal("A phone number cannot be empty.", error);
    }

    [Fact]
    public void From_BlankParts_AreNotGiven()
    {
        Assert.Equal(ContactDetails.None, ContactDetails.From(" ", null));
    }

    [Fact]
    public void From_BothParts_ParsesAndNormalizes()
    {
        var contact = ContactDetails.From("jan@example.pl", "601 234 567");

        Assert.Equal(new ContactDetails(EmailAddress.Parse("jan@example.pl"), PhoneNumber.Parse("+48601234567")), contact);
    }

    [Fact]
    public void From_InvalidPhone_Throws()
    {
        var ex = Assert.Throws<FormatException>(() => ContactDetails.From("jan@example.pl", "123"));

        Assert.Equal("A Polish phone number has 9 digits, optionally after +48; '123' does not.", ex.Message);
    }

    [Fact]
    public void From_InvalidEmail_Throws()
    {
        var ex = Assert.Throws<FormatException>(() => ContactDetails.From("jan", null));

        Assert.Equal("An e-mail address has exactly one '@'; 'jan' does not.", ex.Message);
    }
}
