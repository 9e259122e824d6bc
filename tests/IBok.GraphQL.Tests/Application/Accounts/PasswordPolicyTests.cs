using IBok.GraphQL.Application.Accounts;

namespace IBok.GraphQL.Tests.Application.Accounts;

public sealed class PasswordPolicyTests
{
    [Fact]
    public void Check_LongMixedPassword_HasNoProblems()
    {
        Assert.Empty(PasswordPolicy.Check("Zielona-Woda-2026", "100200", "jan.kowalski@example.pl"));
    }

    [Fact]
    public void Check_NineCharacters_IsTooShortInBothLanguages()
    {
        var error = Assert.Single(PasswordPolicy.Check("Abcdefgh1", null, null));

        Assert.Equal(
            new AccountError(AccountErrorCode.PasswordTooWeak, "The password must have at least 10 characters.", "Hasło musi mieć co najmniej 10 znaków.", "password"),
            error);
    }

    [Fact]
    public void Check_OnlyLowercaseLetters_NeedsTwoKinds()
    {
        var error = Assert.Single(PasswordPolicy.Check("zielonawodawkranie", null, null));

        Assert.Equal(
            "Hasło musi zawierać co najmniej dwa rodzaje znaków: małe litery, wielkie litery, cyfry, inne znaki.",
            error.MessagePl);
    }

    [Fact]
    public void Check_OnlyDigits_NeedsTwoKinds()
    {
        var error = Assert.Single(PasswordPolicy.Check("12345678901234", null, null));

        Assert.Equal("The password must mix at least two kinds of characters: lowercase letters, uppercase letters, digits, other characters.", error.Message);
    }

    [Fact]
    public void Check_ContainsCustomerNumber_IsRefused()
    {
        var error = Assert.Single(PasswordPolicy.Check("Haslo-100200!", "100200", null, "newPassword"));

        Assert.Equal(("newPassword", "Hasło nie może zawierać numeru klienta."), (error.Field, error.MessagePl));
    }

    [Fact]
    public void Check_ContainsEmailLocalPartInOtherCase_IsRefused()
    {
        var error = Assert.Single(PasswordPolicy.Check("xx-JAN.KOWALSKI-1", null, "jan.kowalski@example.pl"));

        Assert.Equal("The password must not contain the e-mail address or its part before the @.", error.Message);
    }

    [Fact]
    public void Check_ShortOneKindAndCustomerNumber_ReportsEveryRule()
    {
        var errors = PasswordPolicy.Check("100200", "100200", null);

        Assert.Equal(
            ["Hasło musi mieć co najmniej 10 znaków.", "Hasło musi zawierać co najmniej dwa rodzaje znaków: małe litery, wielkie litery, cyfry, inne znaki.", "Hasło nie może zawierać numeru klienta."],
            errors.Select(error => error.MessagePl));
    }

    [Fact]
    public void Check_129Characters_IsTooLong()
    {
        var error = Assert.Single(PasswordPolicy.Check(new string('a', 128) + "B", null, null));

        Assert.Equal("Hasło może mieć najwyżej 128 znaków.", error.MessagePl);
    }
}
