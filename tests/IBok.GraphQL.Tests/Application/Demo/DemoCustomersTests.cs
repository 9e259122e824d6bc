using IBok.Domain.Customers;
using IBok.GraphQL.Application.Demo;

namespace IBok.GraphQL.Tests.Application.Demo;

[Collection(DemoUtilityCollection.Name)]
public sealed class DemoCustomersTests(DemoUtilityFixture fixture)
{
    private const string PolishLetters = "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ";

    [Fact]
    public void Names_ContainPolishLetters()
    {
        var withPolishLetters = fixture.Customers.Count(c => c.Customer.Name.IndexOfAny(PolishLetters.ToCharArray()) >= 0);

        Assert.InRange(withPolishLetters, 20, 200);
    }

    [Fact]
    public void Feminine_AdjectivalSurnames_TakeTheFeminineEnding()
    {
        Assert.Equal("Kowalska", DemoPeople.Feminine("Kowalski"));
        Assert.Equal("Zawadzka", DemoPeople.Feminine("Zawadzki"));
        Assert.Equal("Nowak", DemoPeople.Feminine("Nowak"));
        Assert.Equal("zolkiewska", DemoPeople.Ascii("Żółkiewska"));
    }

    [Fact]
    public void Businesses_AreAboutATenthAndHaveNips()
    {
        var businesses = fixture.Customers.Where(c => c.Customer.Kind == CustomerKind.Business).ToArray();

        Assert.InRange(businesses.Length, 10, 35);
        Assert.All(businesses, b => Assert.NotNull(b.Customer.Nip));
    }

    [Fact]
    public void Emails_AreUniqueAndOnReservedDomains()
    {
        var emails = fixture.Customers.Select(c => c.Customer.Contact.Email?.Value).OfType<string>().ToArray();

        Assert.InRange(emails.Length, 150, 200);
        Assert.Equal(emails.Length, emails.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(emails, e => Assert.Matches(@"^[a-z0-9.]+@example\.(com|net|org)$", e));
    }

    [Fact]
    public void Addresses_AreOnTheTownsStreets()
    {
        var towns = fixture.Utility.Towns.ToDictionary(t => t.Name);

        Assert.All(fixture.Customers.SelectMany(c => c.Premises), premises =>
        {
            var town = towns[premises.Address.City];
            Assert.Equal(town.PostalCode, premises.Address.PostalCode);
            Assert.Contains(premises.Address.Street, town.Streets);
        });
    }

    [Fact]
    public void Outages_CoverCustomersPremises_TodaysFailureTheHouseholdDemoCustomers()
    {
        var outages = fixture.Utility.Outages;
        var household = fixture.Customers[0];

        Assert.Equal(3, outages.Count);
        Assert.True(outages[0].Area.Covers(household.Premises[0].Address));
        Assert.All(outages.Take(2), outage => Assert.Contains(fixture.Customers, c => c.Premises.Any(p => outage.Area.Covers(p.Address))));
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.FromHours(1)), outages[1].Starts);
    }

    [Fact]
    public void Consents_SomeCustomersGaveThemAndSomeAcceptedEInvoices()
    {
        var withNotices = fixture.Customers.Count(c => c.Customer.Consents.Allows(NotificationChannel.Email, NotificationKind.InvoiceIssued));
        var withEInvoice = fixture.Customers.Count(c => c.Contracts[0].ElectronicInvoice.IsGranted);

        Assert.InRange(withNotices, 60, 170);
        Assert.InRange(withEInvoice, 50, 110);
        Assert.All(
            fixture.Customers.Where(c => c.Contracts[0].ElectronicInvoice.IsGranted),
            c => Assert.NotNull(c.Customer.Contact.Email));
    }

    [Fact]
    public void Contracts_SomeFixedTermEndWithinSixtyDays()
    {
        var ending = fixture.Customers.SelectMany(c => c.Contracts).Count(contract => contract.EndsWithin(DemoUtilityFixture.Today, 60));

        Assert.InRange(ending, 1, 30);
    }

    [Fact]
    public void HeatCustomers_HaveAHeatContractWithOrderedPower()
    {
        var heat = fixture.Customers.SelectMany(c => c.Contracts).Where(c => c.Supplies(UtilityService.Heat)).ToArray();

        Assert.InRange(heat.Length, 15, 50);
        Assert.All(heat, contract =>
        {
            Assert.Equal("C1", contract.TariffGroup);
            Assert.True(contract.OrderedHeatPowerMegawatts > 0m);
        });
    }
}
