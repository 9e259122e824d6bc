using System.Globalization;
using System.Text;
using IBok.GraphQL.Application.Demo;

namespace IBok.GraphQL.Tests.Application.Demo;

public sealed class DemoDeterminismTests
{
    private static readonly DateOnly Today = new(2026, 11, 21);

    [Fact]
    public void Generate_SameSeed_GivesIdenticalUtility()
    {
        var first = DemoUtilityGenerator.Generate(new DemoOptions { Today = Today, CustomerCount = 40, Seed = 7 });
        var second = DemoUtilityGenerator.Generate(new DemoOptions { Today = Today, CustomerCount = 40, Seed = 7 });

        Assert.Equal(Fingerprint(first), Fingerprint(second));
        Assert.Equal(first.Logins, second.Logins);
    }

    [Fact]
    public void Customers_EnumeratedTwice_AreGeneratedIdentically()
    {
        var utility = DemoUtilityGenerator.Generate(new DemoOptions { Today = Today, CustomerCount = 25 });

        Assert.Equal(Fingerprint(utility), Fingerprint(utility));
    }

    [Fact]
    public void Generate_DifferentSeed_GivesDifferentCustomersAndPasswords()
    {
        var first = DemoUtilityGenerator.Generate(new DemoOptions { Today = Today, CustomerCount = 25, Seed = 1 });
        var second = DemoUtilityGenerator.Generate(new DemoOptions { Today = Today, CustomerCount = 25, Seed = 2 });

        Assert.NotEqual(Fingerprint(first), Fingerprint(second));
        Assert.NotEqual(
            first.Customers.Select(c => c.Customer.Name).ToArray(),
            second.Customers.Select(c => c.Customer.Name).ToArray());
        Assert.NotEqual(first.Logins.Household.Password, second.Logins.Household.Password);
        Assert.NotEqual(first.Logins.Operator.Password, second.Logins.Operator.Password);
    }

    private static string Fingerprint(DemoUtility utility)
    {
        var text = new StringBuilder();
        foreach (var demo in utility.Customers)
        {
            var customer = demo.Customer;
            text.Append(CultureInfo.InvariantCulture, $"{customer.Number}|{customer.Name}|{customer.Nip}|{customer.CorrespondenceAddress}|{customer.Contact.Email}|{customer.Contact.Phone}|{customer.Consents.History.Count}\n");
            foreach (var contract in demo.Contracts)
            {
                text.Append(CultureInfo.InvariantCulture, $" C {contract.Number} {contract.TariffGroup} {contract.Cycle} {contract.ReadingMethod} {contract.Start} {contract.End} {contract.ElectronicInvoice.IsGranted}\n");
            }

            foreach (var meter in demo.Meters)
            {
                text.Append(CultureInfo.InvariantCulture, $" M {meter.Meter.SerialNumber} {meter.Meter.LegalizedOn} {string.Join(",", meter.Readings)}\n");
            }

            foreach (var invoice in demo.Invoices)
            {
                text.Append(CultureInfo.InvariantCulture, $" I {invoice}\n");
            }

            foreach (var payment in demo.Payments)
            {
                text.Append(CultureInfo.InvariantCulture, $" P {payment.Id} {payment.ValueDate} {payment.Amount} {payment.DocumentNumber}\n");
            }

            foreach (var note in demo.InterestNotes)
            {
                text.Append(CultureInfo.InvariantCulture, $" N {note.Note.Number} {note.Note.Total}\n");
            }

            foreach (var @case in demo.Cases)
            {
                text.Append(CultureInfo.InvariantCulture, $" S {@case.DisplayName} {@case.Status} {@case.SubmittedAt:O} {@case.Messages.Count}\n");
            }
        }

        return text.ToString();
    }
}
