using IBok.Domain.Customers;
using IBok.GraphQL.Application.Demo;

namespace IBok.GraphQL.Tests.Application.Demo;

[Collection(DemoUtilityCollection.Name)]
public sealed class DemoLoginsTests(DemoUtilityFixture fixture)
{
    [Fact]
    public void Logins_NameTheHouseholdAndBusinessDemoCustomersAndTheOperator()
    {
        var logins = fixture.Utility.Logins;

        Assert.Equal("100001", logins.Household.CustomerNumber);
        Assert.Equal(CustomerKind.Household, logins.Household.Kind);
        Assert.Equal(fixture.Customers[0].Customer.Contact.Email!.Value, logins.Household.Email);
        Assert.Equal("100002", logins.Business.CustomerNumber);
        Assert.Equal(CustomerKind.Business, logins.Business.Kind);
        Assert.Equal(fixture.Customers[1].Customer.Name, logins.Business.Name);
        Assert.Equal("operator", logins.Operator.Login);
        Assert.Equal(fixture.Utility.Staff[0].Name, logins.Operator.Name);
    }

    [Fact]
    public void Passwords_AreUniqueReadableAndStrong()
    {
        var logins = fixture.Utility.Logins;
        string[] passwords = [logins.Household.Password, logins.Business.Password, logins.Operator.Password];

        Assert.Equal(3, passwords.Distinct(StringComparer.Ordinal).Count());
        Assert.All(passwords, p =>
        {
            Assert.Matches("^[a-km-zA-HJ-NP-Z2-9]{4}-[a-km-zA-HJ-NP-Z2-9]{4}-[a-km-zA-HJ-NP-Z2-9]{4}$", p);
            Assert.Contains(p, char.IsAsciiLetterUpper);
            Assert.Contains(p, char.IsAsciiLetterLower);
            Assert.Contains(p, char.IsAsciiDigit);
        });
    }

    [Fact]
    public void ToConsoleLines_PrintEveryLoginAndPassword()
    {
        var logins = fixture.Utility.Logins;
        var text = string.Join("\n", logins.ToConsoleLines());

        Assert.Equal(4, logins.ToConsoleLines().Count);
        Assert.Contains("numer klienta 100001 lub " + logins.Household.Email + ", hasło: " + logins.Household.Password, text, StringComparison.Ordinal);
        Assert.Contains("numer klienta 100002", text, StringComparison.Ordinal);
        Assert.Contains("Pracownik (operator):         e-mail " + logins.Operator.Email + ", hasło: " + logins.Operator.Password, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Passwords_DependOnlyOnTheSeed()
    {
        var other = DemoUtilityGenerator.Generate(new DemoOptions { Today = new DateOnly(2025, 3, 1), CustomerCount = 2 });

        Assert.Equal(fixture.Utility.Logins.Operator.Password, other.Logins.Operator.Password);
        Assert.Equal(fixture.Utility.Logins.Household.Password, other.Logins.Household.Password);
    }

    [Fact]
    public void Passwords_AreTheSameInEveryProcess()
    {
        // Literal values: a password derived from anything seeded per process would differ between test runs.
        Assert.Equal("a4Cc-FAeS-xykG", fixture.Utility.Logins.Operator.Password);
        Assert.Equal("Nr4K-qsmF-Kmxy", fixture.Utility.Logins.Household.Password);
        Assert.Equal("Hy8E-v7nB-9Rpx", fixture.Utility.Logins.Business.Password);
        Assert.Equal("halina.grzesik@example.org", fixture.Utility.Logins.Household.Email);
        Assert.Equal("recepcja.podlipami@example.com", fixture.Utility.Logins.Business.Email);
    }
}
