using System.Globalization;
using IBok.Domain;
using IBok.Domain.Billing;
using IBok.Domain.Cases;
using IBok.Domain.Customers;
using IBok.Domain.Metering;
using IBok.Domain.Payments;
using IBok.Domain.Settlements;

namespace IBok.GraphQL.Application.Demo;

/// <summary>Generates customers one at a time, in order, from one seeded random source: who they are, where, under
/// which contracts, their meters and every reading, and then what the domain makes of those readings (invoices, the
/// ledger, interest notes).</summary>
/// <remarks>
/// <para>Readings are dated on the last day of each billing period, as a collector's round, the customer's e-odczyt or
/// the remote read closing the period, so each period's consumption intervals lie inside it as
/// <see cref="InvoiceCalculator"/> requires. Every reading goes through <see cref="MeterReadingHistory.Submit"/> (or
/// <see cref="MeterReadingHistory.EstimateAt"/> when a self-reading customer forgot, as utilities estimate), and a
/// rejection is a defect of this generator, so it throws.</para>
/// <para>Invoices are issued <see cref="IssueDelayDays"/> days after their period ends; payments follow the customer's
/// habit; interest notes are generated every 15 January and 15 July by <see cref="IBok.Domain.Interest.InterestNoteGenerator"/> from the
/// ledger as it stands.</para>
/// </remarks>
internal sealed partial class DemoCustomerFactory
{
    /// <summary>Days from the end of a billing period to its invoice.</summary>
    public const int IssueDelayDays = 5;

    /// <summary>Days to pay an interest note.</summary>
    public const int InterestNoteTermDays = 14;

    /// <summary>The street of the household demo customer, where today's outage is.</summary>
    public const string OutageStreet = "Kasztanowa";

    private const int HouseholdIndex = 0;
    private const int BusinessIndex = 1;

    private static readonly CaseStatus[] CaseStatuses =
        [CaseStatus.Submitted, CaseStatus.Registered, CaseStatus.InProgress, CaseStatus.WaitingForCustomer, CaseStatus.Resolved, CaseStatus.Rejected];

    private readonly DemoOptions options;
    private readonly Seller seller;
    private readonly InvoiceCalculator calculator;
    private readonly IReadOnlyList<DemoStaffMember> staff;
    private readonly Random random;
    private readonly DemoPeople people;
    private readonly DemoSequences sequences = new();
    private readonly DateOnly today;
    private readonly DateOnly historyStart;

    public DemoCustomerFactory(DemoOptions options, Seller seller, InvoiceCalculator calculator, IReadOnlyList<DemoStaffMember> staff)
    {
        this.options = options;
        this.seller = seller;
        this.calculator = calculator;
        this.staff = staff;
        random = new Random(options.Seed);
        people = new DemoPeople(options.Seed);
        today = options.Today;
        var start = today.AddMonths(-options.HistoryMonths);
        historyStart = new DateOnly(start.Year, start.Month, 1);
    }

    /// <summary>The first day of the generated history.</summary>
    public DateOnly HistoryStart => historyStart;

    /// <summary>The next customer; call with indexes 0, 1, 2, … in order.</summary>
    public DemoCustomer Create(int index)
    {
        var profile = DrawProfile(index);
        var number = CustomerNumber.Parse(DemoNumbering.CustomerNumber(index));
        var premisesAddress = DrawAddress(index == HouseholdIndex ? OutageStreet : null);
        var correspondence = Chance(0.1) && index > BusinessIndex ? DrawAddress(null) : premisesAddress;
        var premises = new Premises(PremisesCode.Parse("P-" + number.Value + "-1"), premisesAddress, number);
        var account = IndividualAccountNumber.For(DemoNumbering.BankSortCode, DemoNumbering.PayeePrefix, number);
        var customer = DrawCustomer(profile, number, correspondence);
        var contractStart = profile.NewConnection
            ? Day(historyStart.AddDays(30), today.AddDays(-100))
            : Day(new DateOnly(2001, 1, 1), historyStart.AddDays(-400));
        if (contractStart.Day == DateTime.DaysInMonth(contractStart.Year, contractStart.Month))
        {
            // Periods end on month ends, and a meter installed on the day its first period ends has nothing to read yet.
            contractStart = contractStart.AddDays(-1);
        }

        customer = customer.WithConsents(DrawConsents(customer, contractStart));
        var contracts = DrawContracts(profile, number, premises.Code, contractStart, customer);

        var meters = new List<MeterReadingHistory>();
        var replacements = new List<MeterReplacement>();
        var invoices = new List<Invoice>();
        var invoiceSeller = new Seller(seller.Name, seller.Address, seller.Nip, account.Value);
        var buyer = new Buyer(customer.Name, customer.CorrespondenceAddress, customer.Nip);
        foreach (var contract in contracts)
        {
            BillContract(index, profile, contract, premises.Code.Value, invoiceSeller, buyer, meters, replacements, invoices);
        }

        invoices.Sort((left, right) => left.IssueDate != right.IssueDate ? left.IssueDate.CompareTo(right.IssueDate) : string.CompareOrdinal(left.Number, right.Number));
        var payments = DrawPayments(index, profile, number.Value, invoices);
        var notes = new List<DemoInterestNote>();
        if (profile.Habit is PaymentHabit.Late or PaymentHabit.Arrears)
        {
            IssueInterestNotes(profile, number.Value, invoices, notes, payments);
        }

        var ledger = new Lazy<Ledger>(() => BuildLedger(number.Value, invoices, notes, payments));
        var cases = DrawCases(index, customer, invoices);
        return new DemoCustomer(index, customer, account, [premises], contracts, meters, replacements, invoices, notes, payments, ledger, cases);
    }

    /// <summary>Whether an invoice issued on <paramref name="issueDate"/> gets the e-invoice subscription fee: the consent
    /// in force at the start of that day.</summary>
    public static bool ElectronicInvoiceInForce(Contract contract, DateOnly issueDate) =>
        contract.ElectronicInvoice.GrantedAt(DemoCalendar.At(issueDate, 0));

    private Profile DrawProfile(int index)
    {
        if (index == HouseholdIndex)
        {
            return new Profile(
                Business: false, Female: true, Persons: 4, WaterPerDay: 4 * 3.0m / 30.44m, Cycle: BillingCycle.BiMonthly,
                Method: ReadingMethod.SelfReading, Heat: false, Garden: true, WaterOnly: false, ElectronicInvoice: true,
                ElectronicInvoiceFromStart: false, Habit: PaymentHabit.Late, Replacement: true, NewConnection: false,
                FixedTermEndingSoon: false, LegalizationEndsThisYear: true);
        }

        if (index == BusinessIndex)
        {
            return new Profile(
                Business: true, Female: false, Persons: 0, WaterPerDay: 85m / 30.44m, Cycle: BillingCycle.Monthly,
                Method: ReadingMethod.Remote, Heat: true, Garden: false, WaterOnly: false, ElectronicInvoice: true,
                ElectronicInvoiceFromStart: true, Habit: PaymentHabit.Late, Replacement: false, NewConnection: false,
                FixedTermEndingSoon: false, LegalizationEndsThisYear: false);
        }

        var business = Chance(options.BusinessShare);
        var persons = business ? 0 : WeightedPersons();
        var waterPerDay = business
            ? (Chance(0.25) ? Decimal(40m, 160m) : Decimal(4m, 40m)) / 30.44m
            : persons * 3.0m / 30.44m * Decimal(0.8m, 1.2m);
        var cycle = business ? BillingCycle.Monthly : Pick((0.85, BillingCycle.BiMonthly), (0.10, BillingCycle.Monthly), (0.05, BillingCycle.Quarterly));
        var method = Pick((0.50, ReadingMethod.Collector), (0.25, ReadingMethod.SelfReading), (0.25, ReadingMethod.Remote));
        var garden = !business && Chance(options.GardenSubmeterShare);
        var habitDraw = random.NextDouble();
        var habit = habitDraw < options.ArrearsShare ? PaymentHabit.Arrears
            : habitDraw < options.ArrearsShare + options.LatePayerShare ? PaymentHabit.Late
            : habitDraw < options.ArrearsShare + options.LatePayerShare + options.OverpaymentShare ? PaymentHabit.Overpays
            : PaymentHabit.Punctual;
        var newConnection = Chance(options.NewConnectionShare);
        return new Profile(
            Business: business,
            Female: Chance(0.5),
            Persons: persons,
            WaterPerDay: waterPerDay,
            Cycle: cycle,
            Method: method,
            Heat: Chance(options.HeatShare),
            Garden: garden,
            WaterOnly: !business && !garden && Chance(0.05),
            ElectronicInvoice: Chance(options.ElectronicInvoiceShare),
            ElectronicInvoiceFromStart: Chance(0.6),
            Habit: habit,
            Replacement: !newConnection && Chance(options.MeterReplacementShare),
            NewConnection: newConnection,
            FixedTermEndingSoon: Chance(options.FixedTermEndingSoonShare),
            LegalizationEndsThisYear: !newConnection && Chance(options.LegalizationEndingThisYearShare));
    }

    private Customer DrawCustomer(Profile profile, CustomerNumber number, PostalAddress correspondence)
    {
        var (firstName, lastName) = people.Person(random, profile.Female);
        var fullName = firstName + " " + lastName;
        var phone = Chance(profile.Business ? 0.9 : 0.6) ? DemoPeople.MobilePhone(random) : null;
        if (profile.Business)
        {
            var demoBusiness = number.Value == DemoNumbering.CustomerNumber(BusinessIndex);
            var email = people.ReserveEmail(demoBusiness ? "recepcja.podlipami" : "biuro." + DemoPeople.Ascii(lastName));
            var name = demoBusiness ? DemoPeople.DemoBusinessName : people.Business(random, fullName);
            return Customer.Business(number, name, DemoPeople.Nip(random), correspondence, ContactDetails.From(email, phone));
        }

        var hasEmail = profile.ElectronicInvoice || Chance(0.8);
        var personal = hasEmail ? people.Email(random, firstName, lastName) : null;
        return Customer.Household(number, fullName, correspondence, ContactDetails.From(personal, phone));
    }

    private ConsentSet DrawConsents(Customer customer, DateOnly contractStart)
    {
        var consents = ConsentSet.Empty;
        var from = contractStart > historyStart.AddDays(-700) ? contractStart : historyStart.AddDays(-700);
        var at = DemoCalendar.At(Day(from, today.AddDays(-2)), random.Next(8, 21), random.Next(60));
        var source = Chance(0.7) ? ConsentSource.Portal : ConsentSource.Paper;
        if (customer.Contact.Email is not null && Chance(0.7))
        {
            foreach (var kind in Enum.GetValues<NotificationKind>())
            {
                consents = consents.Grant(NotificationChannel.Email, kind, at, source).Consents;
            }
        }

        if (customer.Contact.Phone is not null && Chance(0.5))
        {
            consents = consents.Grant(NotificationChannel.Sms, NotificationKind.Outage, at, source).Consents;
            consents = consents.Grant(NotificationChannel.Sms, NotificationKind.PaymentReminder, at, source).Consents;
            if (Chance(0.1))
            {
                // Some find the SMS reminders too much and withdraw them later, which the history keeps.
                var later = at.AddDays(random.Next(10, 200));
                if (DateOnly.FromDateTime(later.DateTime) < today)
                {
                    consents = consents.Revoke(NotificationChannel.Sms, NotificationKind.PaymentReminder, later, ConsentSource.Portal).Consents;
                }
            }
        }

        return consents;
    }

    private List<Contract> DrawContracts(Profile profile, CustomerNumber number, PremisesCode premises, DateOnly start, Customer customer)
    {
        DateOnly? end = profile.FixedTermEndingSoon ? today.AddDays(random.Next(5, 61)) : null;
        var consent = ElectronicInvoiceConsent.NotGranted;
        if (profile.ElectronicInvoice && customer.Contact.Email is not null)
        {
            var grantedOn = profile.ElectronicInvoiceFromStart ? start : Day(historyStart.AddDays(60), today.AddDays(-30));
            if (grantedOn < start)
            {
                grantedOn = start;
            }

            consent = consent.Grant(DemoCalendar.At(grantedOn, random.Next(8, 21), random.Next(60)), Chance(0.8) ? ConsentSource.Portal : ConsentSource.Paper).Consents;
        }

        var year = start.Year.ToString(CultureInfo.InvariantCulture);
        UtilityService[] services = profile.WaterOnly ? [UtilityService.WaterSupply] : [UtilityService.WaterSupply, UtilityService.SewageDisposal];
        var contracts = new List<Contract>(2)
        {
            new(
                "UM/" + year + "/" + number.Value + "/W",
                number,
                premises,
                services,
                profile.Business ? DemoTariffs.Businesses : DemoTariffs.Households,
                profile.Cycle,
                profile.Method,
                start,
                end,
                billingPoints: profile.Business && Chance(0.2) ? 2 : 1,
                electronicInvoice: consent),
        };
        if (profile.Heat)
        {
            var megawatts = profile.Business ? Decimal(0.020m, 0.150m, 3) : Decimal(0.008m, 0.020m, 3);
            contracts.Add(new Contract(
                "UM/" + year + "/" + number.Value + "/C",
                number,
                premises,
                [UtilityService.Heat],
                DemoTariffs.Heat,
                BillingCycle.Monthly,
                ReadingMethod.Remote,
                start,
                end,
                orderedHeatPowerMegawatts: megawatts,
                electronicInvoice: consent));
        }

        return contracts;
    }

    private List<Case> DrawCases(int index, Customer customer, List<Invoice> invoices)
    {
        CaseStatus status;
        CaseKind kind;
        if (index == HouseholdIndex)
        {
            (status, kind) = (CaseStatus.WaitingForCustomer, CaseKind.Complaint);
        }
        else if (index == BusinessIndex)
        {
            (status, kind) = (CaseStatus.InProgress, CaseKind.Request);
        }
        else if (index % options.CustomersPerCase == 7 % options.CustomersPerCase)
        {
            var round = index / options.CustomersPerCase;
            status = CaseStatuses[round % CaseStatuses.Length];
            kind = Enum.GetValues<CaseKind>()[round % 5];
        }
        else
        {
            return [];
        }

        return [DemoCases.Play(kind, status, customer, invoices, PickStaff(), today, random, sequences)];
    }

    private DemoStaffMember PickStaff() => staff[random.Next(staff.Count)];

    private PostalAddress DrawAddress(string? street)
    {
        var town = street is null ? PickTown() : DemoPlaces.Towns[0];
        street ??= DemoPeople.Pick(random, town.Streets);
        var building = random.Next(1, 90).ToString(CultureInfo.InvariantCulture) + (Chance(0.08) ? "A" : string.Empty);
        var apartment = DemoPlaces.BlockStreets.Contains(street) ? random.Next(1, 61).ToString(CultureInfo.InvariantCulture) : null;
        return new PostalAddress(street, building, apartment, town.PostalCode, town.Name);
    }

    private DemoTown PickTown()
    {
        var draw = random.NextDouble();
        for (var i = 0; i < DemoPlaces.TownShares.Count; i++)
        {
            if (draw < DemoPlaces.TownShares[i])
            {
                return DemoPlaces.Towns[i];
            }
        }

        return DemoPlaces.Towns[^1];
    }

    private int WeightedPersons() => Pick((0.22, 1), (0.30, 2), (0.20, 3), (0.18, 4), (0.10, 5));

    private bool Chance(double probability) => random.NextDouble() < probability;

    private decimal Decimal(decimal min, decimal max, int decimals = 4) =>
        Math.Round(min + ((max - min) * (decimal)random.NextDouble()), decimals, MidpointRounding.AwayFromZero);

    private DateOnly Day(DateOnly first, DateOnly last) =>
        last <= first ? first : first.AddDays(random.Next(0, last.DayNumber - first.DayNumber + 1));

    private T Pick<T>(params (double Weight, T Value)[] choices)
    {
        var draw = random.NextDouble();
        var cumulative = 0.0;
        foreach (var (weight, value) in choices)
        {
            cumulative += weight;
            if (draw < cumulative)
            {
                return value;
            }
        }

        return choices[^1].Value;
    }

    private enum PaymentHabit
    {
        Punctual,
        Late,
        Arrears,
        Overpays,
    }

    private sealed record Profile(
        bool Business,
        bool Female,
        int Persons,
        decimal WaterPerDay,
        BillingCycle Cycle,
        ReadingMethod Method,
        bool Heat,
        bool Garden,
        bool WaterOnly,
        bool ElectronicInvoice,
        bool ElectronicInvoiceFromStart,
        PaymentHabit Habit,
        bool Replacement,
        bool NewConnection,
        bool FixedTermEndingSoon,
        bool LegalizationEndsThisYear);
}
