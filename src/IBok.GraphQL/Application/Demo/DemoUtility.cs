using IBok.Domain.Billing;
using IBok.Domain.Cases;
using IBok.Domain.Customers;
using IBok.Domain.Interest;
using IBok.Domain.Metering;
using IBok.Domain.Notices;
using IBok.Domain.Payments;
using IBok.Domain.Settlements;
using IBok.Domain.Tariffs;

namespace IBok.GraphQL.Application.Demo;

/// <summary>A generated utility: who sells, at what prices, to whom, with two years of history per customer, ready to be
/// stored on the first run.</summary>
/// <remarks>
/// <para><see cref="Customers"/> is generated lazily, one customer at a time with everything that belongs to them, so a
/// store can write 100,000 customers without holding them all. Enumerating it again regenerates the same customers.</para>
/// <para>Numbers taken from sequences (invoice and interest-note numbers per month, case signatures per prefix and
/// year) are handed out in customer order; a store that continues a sequence continues from the largest number stored.</para>
/// </remarks>
public sealed class DemoUtility
{
    private readonly Func<IEnumerable<DemoCustomer>> customers;

    internal DemoUtility(
        DemoOptions options,
        Seller seller,
        IReadOnlyList<PriceList> priceLists,
        TariffBook tariffs,
        IReadOnlyList<DemoTown> towns,
        IReadOnlyList<Outage> outages,
        IReadOnlyList<DemoStaffMember> staff,
        DemoLogins logins,
        Func<IEnumerable<DemoCustomer>> customers)
    {
        Options = options;
        Seller = seller;
        PriceLists = priceLists;
        Tariffs = tariffs;
        Towns = towns;
        Outages = outages;
        Staff = staff;
        Logins = logins;
        this.customers = customers;
    }

    /// <summary>The options the utility was generated with.</summary>
    public DemoOptions Options { get; }

    /// <summary>The utility as invoices name it, with its main bank account (invoices carry each customer's individual account instead).</summary>
    public Seller Seller { get; }

    /// <summary>Every price list of every tariff group, in group then date order: what <see cref="Tariffs"/> was built from.</summary>
    public IReadOnlyList<PriceList> PriceLists { get; }

    /// <summary>The tariffs with the VAT configuration (<see cref="TariffBook.VatRates"/>) every invoice was priced by.</summary>
    public TariffBook Tariffs { get; }

    /// <summary>The numbering series of invoices.</summary>
    public InvoiceNumberSeries InvoiceSeries { get; } = DemoNumbering.InvoiceSeries;

    /// <summary>The numbering series of interest notes.</summary>
    public InvoiceNumberSeries InterestNoteSeries { get; } = DemoNumbering.InterestNoteSeries;

    /// <summary>The sort code and payee prefix of the customers' individual bank accounts (see <see cref="IndividualAccountNumber"/>).</summary>
    public (string BankSortCode, string PayeePrefix) IndividualAccounts => (DemoNumbering.BankSortCode, DemoNumbering.PayeePrefix);

    /// <summary>How long meter legalizations last; the generated meters follow it.</summary>
    public LegalizationPolicy Legalization => LegalizationPolicy.Default;

    /// <summary>The case options the cases were made with (signature prefixes, deadlines).</summary>
    public CaseOptions CaseOptions => CaseOptions.Default;

    /// <summary>The towns and streets the customers live on, which outage notices target.</summary>
    public IReadOnlyList<DemoTown> Towns { get; }

    /// <summary>Outages and planned shutdowns: one under way today, one planned, one over.</summary>
    public IReadOnlyList<Outage> Outages { get; }

    /// <summary>The utility's staff who answer the cases; the first is the demo operator.</summary>
    public IReadOnlyList<DemoStaffMember> Staff { get; }

    /// <summary>The logins printed on the console on the first run.</summary>
    public DemoLogins Logins { get; }

    /// <summary>The customers in order of their numbers, generated as they are enumerated.</summary>
    public IEnumerable<DemoCustomer> Customers => customers();
}

/// <summary>One customer with everything that belongs to them.</summary>
public sealed class DemoCustomer
{
    private readonly Lazy<Ledger> ledger;

    internal DemoCustomer(
        int index,
        Customer customer,
        BankAccountNumber individualAccount,
        IReadOnlyList<Premises> premises,
        IReadOnlyList<Contract> contracts,
        IReadOnlyList<MeterReadingHistory> meters,
        IReadOnlyList<MeterReplacement> replacements,
        IReadOnlyList<Invoice> invoices,
        IReadOnlyList<DemoInterestNote> interestNotes,
        IReadOnlyList<Payment> payments,
        Lazy<Ledger> ledger,
        IReadOnlyList<Case> cases)
    {
        Index = index;
        Customer = customer;
        IndividualAccount = individualAccount;
        Premises = premises;
        Contracts = contracts;
        Meters = meters;
        Replacements = replacements;
        Invoices = invoices;
        InterestNotes = interestNotes;
        Payments = payments;
        this.ledger = ledger;
        Cases = cases;
    }

    /// <summary>The position among the generated customers, from 0.</summary>
    public int Index { get; }

    /// <summary>The customer, with contact details and notification consents.</summary>
    public Customer Customer { get; }

    /// <summary>The bank account only this customer pays to.</summary>
    public BankAccountNumber IndividualAccount { get; }

    /// <summary>The premises supplied.</summary>
    public IReadOnlyList<Premises> Premises { get; }

    /// <summary>The contracts, each with its e-invoice consent: water (and usually sewage), and heat for heat customers.</summary>
    public IReadOnlyList<Contract> Contracts { get; }

    /// <summary>Every meter with its readings; a replaced meter has <see cref="Meter.RemovedOn"/> set. Heat meters belong
    /// to the heat contract, all others to the water contract of the same premises.</summary>
    public IReadOnlyList<MeterReadingHistory> Meters { get; }

    /// <summary>Meter exchanges during the history.</summary>
    public IReadOnlyList<MeterReplacement> Replacements { get; }

    /// <summary>One invoice per contract and billing period ended and issued by today, by issue date then number.</summary>
    public IReadOnlyList<Invoice> Invoices { get; }

    /// <summary>Interest notes for late payments, with their due dates, oldest first.</summary>
    public IReadOnlyList<DemoInterestNote> InterestNotes { get; }

    /// <summary>Payments received, by value date; each names the document it pays.</summary>
    public IReadOnlyList<Payment> Payments { get; }

    /// <summary>The settlements of the invoices, interest notes and payments.</summary>
    /// <remarks>Built by the domain's <see cref="Ledger"/> on first use (it replays every entry on every posting, which
    /// would dominate generating 100,000 customers), except for customers who pay late: their ledger was needed to issue
    /// their interest notes.</remarks>
    public Ledger Ledger => ledger.Value;

    /// <summary>The customer's cases (zgłoszenia), if any.</summary>
    public IReadOnlyList<Case> Cases { get; }
}

/// <summary>An interest note with the due date it was posted to the ledger with (the note itself carries none).</summary>
/// <param name="Note">The note.</param>
/// <param name="DueDate">Its payment deadline.</param>
public sealed record DemoInterestNote(InterestNote Note, DateOnly DueDate);

/// <summary>A town the utility supplies.</summary>
/// <param name="Name">The town, as addresses give it.</param>
/// <param name="PostalCode">Its postal code.</param>
/// <param name="Streets">Its streets, without "ul.".</param>
public sealed record DemoTown(string Name, string PostalCode, IReadOnlyList<string> Streets);

/// <summary>A member of the utility's staff.</summary>
/// <param name="Login">The sign-in name.</param>
/// <param name="Name">Full name, as cases show it.</param>
/// <param name="Email">E-mail address.</param>
/// <param name="Role">"operator" or "admin".</param>
public sealed record DemoStaffMember(string Login, string Name, string Email, string Role);

/// <summary>A demo customer's sign-in.</summary>
/// <param name="CustomerNumber">The customer number (one way to sign in).</param>
/// <param name="Email">The e-mail address (the other way).</param>
/// <param name="Password">The password, generated from the seed.</param>
/// <param name="Name">The customer's name.</param>
/// <param name="Kind">Household or business.</param>
public sealed record DemoCustomerLogin(string CustomerNumber, string Email, string Password, string Name, CustomerKind Kind);

/// <summary>The staff member's sign-in.</summary>
/// <param name="Login">The sign-in name.</param>
/// <param name="Email">E-mail address.</param>
/// <param name="Password">The password, generated from the seed.</param>
/// <param name="Name">Full name.</param>
public sealed record DemoStaffLogin(string Login, string Email, string Password, string Name);

/// <summary>The logins the server prints on its first run: a household with a rich history, a business, and an operator.</summary>
/// <param name="Household">The household customer (the first customer).</param>
/// <param name="Business">The business customer (the second customer).</param>
/// <param name="Operator">The operator.</param>
public sealed record DemoLogins(DemoCustomerLogin Household, DemoCustomerLogin Business, DemoStaffLogin Operator)
{
    /// <summary>The lines to print, in Polish, one login per line.</summary>
    public IReadOnlyList<string> ToConsoleLines() =>
    [
        "Dane demonstracyjne — loginy:",
        $"  Klient (gospodarstwo domowe): numer klienta {Household.CustomerNumber} lub {Household.Email}, hasło: {Household.Password}  ({Household.Name})",
        $"  Klient (firma):               numer klienta {Business.CustomerNumber} lub {Business.Email}, hasło: {Business.Password}  ({Business.Name})",
        $"  Pracownik (operator):         e-mail {Operator.Email}, hasło: {Operator.Password}  ({Operator.Name})",
    ];
}
