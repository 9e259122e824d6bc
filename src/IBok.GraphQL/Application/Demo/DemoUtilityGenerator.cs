using IBok.Domain.Billing;
using IBok.Domain.Customers;
using IBok.Domain.Notices;
using IBok.Domain.Payments;
using IBok.Domain.Tariffs;

namespace IBok.GraphQL.Application.Demo;

/// <summary>Generates the demo utility the server stores on its first run with an empty database: a realistic Polish
/// water, sewage and heat utility with its customers' last two years. Pure: no clock, no I/O; the same options always
/// give the same utility.</summary>
/// <remarks>The domain does the work a real utility's systems would: readings are validated by
/// <see cref="Domain.Metering.MeterReadingHistory"/>, invoices computed by <see cref="InvoiceCalculator"/> from the tariff
/// book, payments settled by <see cref="Domain.Settlements.Ledger"/>, interest notes issued by
/// <see cref="Domain.Interest.InterestNoteGenerator"/>, cases moved through <see cref="Domain.Cases.Case"/>'s workflow.
/// The generator only decides what happened: who lives where, how much water they used, when they paid.</remarks>
public static class DemoUtilityGenerator
{
    /// <summary>Generates the utility; customers are generated as <see cref="DemoUtility.Customers"/> is enumerated.</summary>
    /// <exception cref="ArgumentException">The options are out of range (see <see cref="DemoOptions.Validate"/>).</exception>
    public static DemoUtility Generate(DemoOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var sellerTown = DemoPlaces.SellerTown;
        var seller = new Seller(
            "Przedsiębiorstwo Wodociągów i Ciepłownictwa „Demo” Sp. z o.o.",
            new PostalAddress("Wodociągowa", "2", null, sellerTown.PostalCode, sellerTown.Name),
            Nip.Parse("1234563218"),
            BankAccountNumber.FromBban(DemoNumbering.BankSortCode + DemoNumbering.MainAccountIdentifier).Value);
        var historyStart = new DateOnly(options.Today.AddMonths(-options.HistoryMonths).Year, options.Today.AddMonths(-options.HistoryMonths).Month, 1);
        var priceLists = DemoTariffs.PriceLists(historyStart.Year - 1, options.Today.Month >= 7 ? options.Today.Year : options.Today.Year - 1);
        var tariffs = new TariffBook(priceLists, DemoTariffs.VatRates());
        var calculator = new InvoiceCalculator(tariffs);
        IReadOnlyList<DemoStaffMember> staff =
        [
            new("operator", "Katarzyna Wiśniewska", "k.wisniewska@example.com", "operator"),
            new("m.zielinski", "Michał Zieliński", "m.zielinski@example.com", "operator"),
            new("admin", "Grzegorz Wójcik", "g.wojcik@example.com", "admin"),
        ];

        IEnumerable<DemoCustomer> Customers()
        {
            var factory = new DemoCustomerFactory(options, seller, calculator, staff);
            for (var index = 0; index < options.CustomerCount; index++)
            {
                yield return factory.Create(index);
            }
        }

        var demo = Customers().Take(2).ToArray();
        var logins = new DemoLogins(
            Login(demo[0], options.Seed, "household"),
            Login(demo[1], options.Seed, "business"),
            new DemoStaffLogin(staff[0].Login, staff[0].Email, DemoPasswords.For(options.Seed, "operator"), staff[0].Name));
        return new DemoUtility(options, seller, priceLists, tariffs, DemoPlaces.Towns, Outages(options.Today), staff, logins, Customers);
    }

    /// <summary>Whether an invoice issued on <paramref name="issueDate"/> under <paramref name="contract"/> was priced with
    /// the e-invoice subscription fee: the generator takes the consent in force at the start of the issue day (Polish time).</summary>
    public static bool ElectronicInvoiceInForce(Contract contract, DateOnly issueDate)
    {
        ArgumentNullException.ThrowIfNull(contract);
        return DemoCustomerFactory.ElectronicInvoiceInForce(contract, issueDate);
    }

    private static DemoCustomerLogin Login(DemoCustomer demo, int seed, string purpose)
    {
        var customer = demo.Customer;
        var email = customer.Contact.Email?.Value
            ?? throw new InvalidOperationException($"Demo customer {customer.Number} has no e-mail address to sign in with.");
        return new DemoCustomerLogin(customer.Number.Value, email, DemoPasswords.For(seed, purpose), customer.Name, customer.Kind);
    }

    private static IReadOnlyList<Outage> Outages(DateOnly today)
    {
        var main = DemoPlaces.Towns[0];
        var second = DemoPlaces.Towns[1];
        var third = DemoPlaces.Towns[2];
        var year = today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return
        [
            new Outage(
                "AW/" + year + "/0001",
                OutageKind.Failure,
                "Awaria sieci wodociągowej",
                "Z powodu awarii sieci wodociągowej wystąpią przerwy w dostawie wody. Beczkowóz z wodą pitną stoi przy skrzyżowaniu z ul. Lipową. Przepraszamy za utrudnienia.",
                new OutageArea(main.Name, [DemoCustomerFactory.OutageStreet, "Lipowa"]),
                DemoCalendar.At(today, 6, 40),
                DemoCalendar.At(today, 15, 0)),
            new Outage(
                "PW/" + year + "/0002",
                OutageKind.PlannedShutdown,
                "Planowane wyłączenie dostawy wody",
                "W związku z wymianą zasuw na sieci wodociągowej dostawa wody zostanie wstrzymana w godzinach 8:00–14:00.",
                new OutageArea(second.Name, ["Dębowa", "Leśna", "Świerkowa"]),
                DemoCalendar.At(today.AddDays(3), 8, 0),
                DemoCalendar.At(today.AddDays(3), 14, 0)),
            new Outage(
                "AW/" + year + "/0003",
                OutageKind.Failure,
                "Awaria sieci ciepłowniczej (usunięta)",
                "Awaria sieci ciepłowniczej została usunięta; dostawa ciepła przywrócona.",
                new OutageArea(third.Name),
                DemoCalendar.At(today.AddDays(-20), 5, 15),
                DemoCalendar.At(today.AddDays(-20), 19, 30)),
        ];
    }
}
