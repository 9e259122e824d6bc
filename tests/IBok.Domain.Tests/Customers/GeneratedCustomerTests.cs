using Bogus;
using IBok.Domain.Customers;

namespace IBok.Domain.Tests.Customers;

/// <summary>Customers generated from realistic Polish data with a fixed seed survive validation, and rebuilding one
/// from its own printed values gives an equal customer.</summary>
public sealed class GeneratedCustomerTests
{
    private static readonly int[] NipWeights = [6, 5, 7, 2, 3, 4, 5, 6, 7];

    [Fact]
    public void GeneratedCustomers_RoundTripThroughValidation()
    {
        var faker = new Faker("pl") { Random = new Randomizer(1234) };
        var customers = Enumerable.Range(0, 200).Select(_ => Generate(faker)).ToList();

        foreach (var customer in customers)
        {
            Assert.Equal(customer, Rebuild(customer));
        }

        Assert.Contains(customers, customer => customer.Kind == CustomerKind.Business);
        Assert.Contains(customers, customer => customer.Kind == CustomerKind.Household);
        Assert.Contains(customers, customer => customer.Contact.Email is null);
        Assert.Contains(customers, customer => customer.Contact.Phone is not null);
    }

    [Fact]
    public void GeneratedCustomers_SameSeed_SameCustomers()
    {
        var first = new Faker("pl") { Random = new Randomizer(1234) };
        var second = new Faker("pl") { Random = new Randomizer(1234) };

        Assert.Equal(Enumerable.Range(0, 20).Select(_ => Generate(first)), Enumerable.Range(0, 20).Select(_ => Generate(second)));
    }

    private static Customer Generate(Faker faker)
    {
        var number = CustomerNumber.Parse(faker.Random.Long(1, 999_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var address = new PostalAddress(
            faker.Address.StreetName(),
            faker.Address.BuildingNumber(),
            faker.Random.Bool() ? faker.Random.Int(1, 120).ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
            faker.Random.Replace("##-###"),
            faker.Address.City());
        var contact = ContactDetails.From(
            faker.Random.Bool(0.7f) ? faker.Internet.Email() : null,
            faker.Random.Bool(0.6f) ? faker.Random.Replace(faker.PickRandom("+48 5## ### ###", "6########", "(0048) 7##-###-###")) : null);
        var language = faker.Random.Bool(0.9f) ? PreferredLanguage.Polish : PreferredLanguage.English;

        return faker.Random.Bool(0.3f)
            ? Customer.Business(number, faker.Company.CompanyName(), Nip.Parse(GenerateNip(faker)), address, contact, language)
            : Customer.Household(number, faker.Name.FullName(), address, contact, language);
    }

    private static Customer Rebuild(Customer customer)
    {
        var number = CustomerNumber.Parse(customer.Number.ToString());
        var address = new PostalAddress(
            customer.CorrespondenceAddress.Street,
            customer.CorrespondenceAddress.BuildingNumber,
            customer.CorrespondenceAddress.ApartmentNumber,
            customer.CorrespondenceAddress.PostalCode,
            customer.CorrespondenceAddress.City);
        var contact = ContactDetails.From(customer.Contact.Email?.ToString(), customer.Contact.Phone?.ToString());

        return customer.Kind == CustomerKind.Business
            ? Customer.Business(number, customer.Name, Nip.Parse(customer.Nip!.ToDisplayString()), address, contact, customer.Language)
            : Customer.Household(number, customer.Name, address, contact, customer.Language);
    }

    private static string GenerateNip(Faker faker)
    {
        while (true)
        {
            var digits = faker.Random.Replace("#########");
            var check = digits.Select((digit, i) => (digit - '0') * NipWeights[i]).Sum() % 11;
            if (check != 10)
            {
                return digits + check.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }
    }
}
