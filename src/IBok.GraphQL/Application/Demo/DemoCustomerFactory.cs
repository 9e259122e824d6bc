using System.Globalization;
using IBok.Domain;
using IBok.Domain.Billing;
using IBok.Domain.Cases;
using IBok.Domain.Customers;
using IBok.Domain.Interest;
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
/// habit; interest notes are generated every 15 January and 15 July by <see cref="InterestNoteGenerator"/> from the
/// ledger as it stands.</para>
/// </remarks>
internal sealed class DemoCustomerFactory
{

    /// <summary>Days from the end of a billing period to its invoice.</summary>
    public const int IssueDelayDays = 5;

    /// <summary>Days to pay an interest note.</summary>
    public const int InterestNoteTermDays = 14;

    /// <summary>The street of the household demo customer, where today's outage is.</summary>
    public const string OutageStreet = "Kasztanowa";

    private const int HouseholdIndex = 0;
    private const int BusinessIndex = 1;

    // Share of the year's water use per month: more in summer, less in winter.
    private static readonly decimal[] WaterSeason = [0.90m, 0.90m, 0.94m, 0.98m, 1.05m, 1.15m, 1.20m, 1.18m, 1.04m, 0.96m, 0.90m, 0.90m];

    // Garden watering per month, as a multiple of the customer's peak-month daily rate.
    private static readonly decimal[] GardenSeason = [0m, 0m, 0m, 0.05m, 0.55m, 0.90m, 1.00m, 0.85m, 0.40m, 0.05m, 0m, 0m];

    // Share of the year's heat per month (sums to 1): heating season October to April, hot water all year.
    private static readonly decimal[] HeatSeason = [0.170m, 0.150m, 0.120m, 0.075m, 0.035m, 0.020m, 0.020m, 0.020m, 0.035m, 0.080m, 0.125m, 0.150m];

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

    private static Ledger BuildLedger(string customerNumber, List<Invoice> invoices, List<DemoInterestNote> notes, List<Payment> payments)
    {
        var ledger = Ledger.Empty(customerNumber);
        foreach (var invoice in invoices)
        {
            ledger = ledger.Post(invoice.ToLedgerDocument()).LedgerOrThrow();
        }

        foreach (var note in notes)
        {
            ledger = ledger.Post(note.Note.ToLedgerDocument(note.DueDate)).LedgerOrThrow();
        }

        foreach (var payment in payments)
        {
            ledger = ledger.Post(payment).LedgerOrThrow();
        }

        return ledger;
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

    private void BillContract(
        int index,
        Profile profile,
        Contract contract,
        string premisesId,
        Seller invoiceSeller,
        Buyer buyer,
        List<MeterReadingHistory> meters,
        List<MeterReplacement> replacements,
        List<Invoice> invoices)
    {
        var periods = contract.BillingPeriodsBetween(new DatePeriod(historyStart, today)).Where(period => period.End <= today).ToArray();
        if (periods.Length == 0)
        {
            return;
        }

        var heat = contract.Supplies(UtilityService.Heat);
        var readingKind = contract.ReadingMethod switch
        {
            ReadingMethod.Collector => ReadingKind.Collector,
            ReadingMethod.SelfReading => ReadingKind.Customer,
            _ => ReadingKind.Remote,
        };
        var opening = profile.NewConnection ? contract.Start : periods[0].Start.AddDays(-1);
        var tracks = new List<MeterTrack>(2);
        var annualHeat = heat ? contract.OrderedHeatPowerMegawatts!.Value * Decimal(3_300m, 4_200m) : 0m;
        var gardenPeak = profile.Garden ? Decimal(0.15m, 0.55m) : 0m;
        if (heat)
        {
            tracks.Add(OpenMeter(index, 3, MeterKind.Heat, premisesId, opening, profile, readingKind, annualHeat / 365m));
        }
        else
        {
            tracks.Add(OpenMeter(index, 1, MeterKind.MainWater, premisesId, opening, profile, readingKind, profile.WaterPerDay + (gardenPeak * 0.35m)));
            if (profile.Garden)
            {
                tracks.Add(OpenMeter(index, 2, MeterKind.Submeter, premisesId, opening, profile, readingKind, gardenPeak * 0.35m));
            }
        }

        var replaceAfter = !heat && profile.Replacement && periods.Length >= 4 ? random.Next(1, periods.Length - 2) : -1;
        var services = contract.Services.ToHashSet();
        var intervals = new List<ConsumptionInterval>(4);
        for (var p = 0; p < periods.Length; p++)
        {
            var period = periods[p];
            var noise = Decimal(0.85m, 1.15m);
            decimal water = 0m, garden = 0m, heatGj = 0m;
            foreach (var month in period.SplitByMonth())
            {
                var fraction = (decimal)month.Days / DateTime.DaysInMonth(month.Start.Year, month.Start.Month);
                var season = month.Start.Month - 1;
                water += month.Days * profile.WaterPerDay * WaterSeason[season] * noise;
                garden += month.Days * gardenPeak * GardenSeason[season] * noise;
                heatGj += annualHeat * HeatSeason[season] * fraction * noise;
            }

            // A self-reader forgets now and then and the period is estimated; not with a garden submeter, whose summer
            // watering would make a winter estimate so high that settling it turns the next invoice into a credit.
            var estimate = readingKind == ReadingKind.Customer && !profile.Garden && p > 0 && p < periods.Length - 1 && index != HouseholdIndex && Chance(0.05);
            intervals.Clear();
            foreach (var track in tracks)
            {
                track.Truth += track.Meter.Kind switch
                {
                    MeterKind.Heat => heatGj,
                    MeterKind.Submeter => garden,
                    _ => water + garden,
                };
                if (p == replaceAfter && track.Meter.Kind == MeterKind.MainWater)
                {
                    replacements.Add(Replace(index, track, period.End, meters, intervals));
                }
                else if (estimate && track.History.EstimateAt(period.End) is EstimationResult.Estimated estimated)
                {
                    // A meter just installed has no average to estimate from; it is read like any other period then.
                    track.History = estimated.History;
                    intervals.Add(estimated.Consumption);
                }
                else
                {
                    var accepted = Submit(track.History, period.End, track.ReadingValue, readingKind);
                    track.History = accepted.History;
                    intervals.Add(accepted.Consumption!);
                }
            }

            var issueDate = period.End.AddDays(IssueDelayDays);
            if (issueDate > today)
            {
                continue;
            }

            var input = new BillingInput
            {
                Seller = invoiceSeller,
                Buyer = buyer,
                ContractNumber = contract.Number,
                TariffGroup = contract.TariffGroup,
                Services = services,
                ReadingMethod = contract.ReadingMethod,
                EInvoiceConsent = ElectronicInvoiceInForce(contract, issueDate),
                BillingPoints = contract.BillingPoints,
                OrderedHeatMegawatts = contract.OrderedHeatPowerMegawatts ?? 0m,
                BillingPeriod = period,
                Consumption = [.. intervals],
                IssueDate = issueDate,
                InvoiceNumber = sequences.NextNumber(DemoNumbering.InvoiceSeries, issueDate),
            };
            invoices.Add(calculator.Calculate(input));
        }

        foreach (var track in tracks)
        {
            meters.Add(track.History);
        }
    }

    private MeterTrack OpenMeter(int index, int ordinal, MeterKind kind, string premisesId, DateOnly opening, Profile profile, ReadingKind readingKind, decimal averagePerDay)
    {
        DateOnly legalizedOn, installedOn;
        var readingDate = opening;
        if (profile.NewConnection)
        {
            installedOn = opening;
            legalizedOn = opening.AddDays(-random.Next(20, 300));
        }
        else
        {
            var latest = opening.AddDays(-60);
            var year = profile.LegalizationEndsThisYear || (kind == MeterKind.MainWater && profile.Replacement)
                ? today.Year - 5
                : random.Next(today.Year - 4, Math.Max(today.Year - 4, latest.Year) + 1);
            var first = new DateOnly(year, 1, 1);
            var last = new DateOnly(year, 12, 31) < latest ? new DateOnly(year, 12, 31) : latest;
            legalizedOn = Day(first, last < first ? first : last);
            var installLatest = opening.AddDays(-30);
            installedOn = Day(legalizedOn, legalizedOn.AddDays(120) < installLatest ? legalizedOn.AddDays(120) : installLatest);
        }

        var capacity = kind == MeterKind.Heat || profile.Business ? 1_000_000m : 100_000m;
        var serial = SerialNumber(kind, legalizedOn.Year, index, ordinal);
        var meter = new Meter(serial, kind, premisesId, installedOn, legalizedOn, capacity);
        var track = new MeterTrack(meter, MeterReadingHistory.For(meter)) { Truth = kind == MeterKind.Heat ? 0m : random.Next(0, 3) };
        track.History = Submit(track.History, installedOn, track.ReadingValue, ReadingKind.Installation).History;
        if (installedOn < readingDate)
        {
            track.Truth += averagePerDay * (readingDate.DayNumber - installedOn.DayNumber) * Decimal(0.9m, 1.1m);
            track.History = Submit(track.History, readingDate, track.ReadingValue, readingKind == ReadingKind.Customer ? ReadingKind.Collector : readingKind).History;
        }

        return track;
    }

    private MeterReplacement Replace(int index, MeterTrack track, DateOnly day, List<MeterReadingHistory> meters, List<ConsumptionInterval> intervals)
    {
        var old = track.Meter;
        var legalizedOn = day.AddDays(-random.Next(15, 200));
        var serial = SerialNumber(old.Kind, legalizedOn.Year, index, 4);
        var newMeter = new Meter(serial, old.Kind, old.PremisesId, day, legalizedOn, old.CounterCapacity);
        var decision = MeterReplacement.Perform(track.History, newMeter, day, track.ReadingValue.ToString(CultureInfo.InvariantCulture), "0", today);
        if (decision is not ReplacementDecision.Completed completed)
        {
            throw new InvalidOperationException($"Demo meter {old.SerialNumber} could not be replaced on {day:yyyy-MM-dd}: {((ReplacementDecision.Rejected)decision).Message}");
        }

        meters.Add(completed.OldHistory);
        intervals.Add(completed.OldHistory.ConsumptionIntervals()[^1]);
        track.Meter = newMeter;
        track.History = completed.NewHistory;
        track.Truth = 0m;
        return completed.Replacement;
    }

    private ReadingDecision.Accepted Submit(MeterReadingHistory history, DateOnly day, decimal value, ReadingKind kind) =>
        history.Submit(ReadingSubmission.Of(day, value, kind), today) switch
        {
            ReadingDecision.Accepted accepted => accepted,
            ReadingDecision.Rejected rejected => throw new InvalidOperationException($"Demo reading of meter {history.Meter.SerialNumber} rejected: {rejected.Message}"),
            _ => throw new InvalidOperationException("Unreachable: a reading decision is accepted or rejected."),
        };

    private List<Payment> DrawPayments(int index, Profile profile, string customerNumber, List<Invoice> invoices)
    {
        var payments = new List<Payment>(invoices.Count + 2);
        var overdue = invoices.Count(invoice => invoice.DueDate < today);
        var unpaidFrom = profile.Habit == PaymentHabit.Arrears ? Math.Max(1, overdue - random.Next(2, 5)) : int.MaxValue;
        var lastPaid = -1;
        var plannedDates = new DateOnly?[invoices.Count];
        for (var i = 0; i < invoices.Count; i++)
        {
            var invoice = invoices[i];
            if (i >= unpaidFrom)
            {
                continue;
            }

            var late = profile.Habit switch
            {
                PaymentHabit.Late when index == HouseholdIndex => i % 4 == 1,
                PaymentHabit.Late => Chance(0.5),
                PaymentHabit.Arrears => Chance(0.3),
                _ => false,
            };
            var paidOn = late
                ? invoice.DueDate.AddDays(index == HouseholdIndex ? random.Next(40, 61) : random.Next(5, 76))
                : invoice.DueDate.AddDays(-random.Next(0, 9));
            if (paidOn <= invoice.IssueDate)
            {
                paidOn = invoice.IssueDate.AddDays(1);
            }

            if (paidOn <= today)
            {
                plannedDates[i] = paidOn;
                lastPaid = i;
            }
        }

        for (var i = 0; i < invoices.Count; i++)
        {
            if (plannedDates[i] is not { } paidOn)
            {
                continue;
            }

            var amount = invoices[i].AmountDue;
            if (profile.Habit == PaymentHabit.Overpays && i == lastPaid)
            {
                // A round sum above the amount due, as people pay at the post office.
                amount = Money.Pln((decimal.Floor(amount.Amount / 50m) + 1m) * 50m);
            }

            payments.Add(new Payment(PaymentId(customerNumber, paidOn, payments.Count + 1), paidOn, amount, invoices[i].Number));
        }

        payments.Sort((left, right) => left.ValueDate.CompareTo(right.ValueDate));
        return payments;
    }

    /// <summary>Issues an interest note every 15 January and 15 July on the payments made late since the last one.</summary>
    /// <remarks>The notes are generated from a ledger of only the invoices paid late and their payments. That gives the
    /// same allocations as the whole ledger, because every generated payment names its document and pays exactly its
    /// amount (only punctual overpayers pay more), and it keeps the ledger's replay of every entry on every posting off
    /// the other documents.</remarks>
    private void IssueInterestNotes(Profile profile, string customerNumber, List<Invoice> invoices, List<DemoInterestNote> notes, List<Payment> payments)
    {
        var byNumber = invoices.ToDictionary(invoice => invoice.Number, StringComparer.Ordinal);
        var lateLedger = Ledger.Empty(customerNumber);
        foreach (var payment in payments)
        {
            if (payment.DocumentNumber is { } paid && byNumber.TryGetValue(paid, out var invoice) && payment.ValueDate > invoice.DueDate)
            {
                lateLedger = lateLedger.Post(invoice.ToLedgerDocument()).LedgerOrThrow().Post(payment).LedgerOrThrow();
            }
        }

        if (lateLedger.Payments.Count == 0)
        {
            return;
        }

        var table = LateInterestTables.For(profile.Business ? CustomerKind.Business : CustomerKind.Household);
        var charged = new HashSet<InterestChargeKey>();
        var notePayments = new List<Payment>();
        for (var day = new DateOnly(historyStart.Year, 1, 15); day <= today; day = day.AddMonths(6))
        {
            if (day <= historyStart)
            {
                continue;
            }

            var result = InterestNoteGenerator.Generate(lateLedger, "pending", day, table, options.InterestNoteMinimum, charged);
            if (result.Note is not { } pending)
            {
                continue;
            }

            var note = pending with { Number = sequences.NextNumber(DemoNumbering.InterestNoteSeries, day) };
            charged.UnionWith(note.ChargedKeys);
            notes.Add(new DemoInterestNote(note, day.AddDays(InterestNoteTermDays)));
            var paidOn = day.AddDays(random.Next(5, 26));
            if (profile.Habit == PaymentHabit.Late && paidOn <= today && Chance(0.8))
            {
                notePayments.Add(new Payment(PaymentId(customerNumber, paidOn, payments.Count + notePayments.Count + 1), paidOn, note.Total, note.Number));
            }
        }

        payments.AddRange(notePayments);
        payments.Sort((left, right) => left.ValueDate.CompareTo(right.ValueDate));
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

    private static string SerialNumber(MeterKind kind, int legalizationYear, int index, int ordinal)
    {
        var prefix = kind switch
        {
            MeterKind.Heat => "CP",
            MeterKind.Submeter => "PD",
            _ => "WM",
        };
        return prefix + (legalizationYear % 100).ToString("D2", CultureInfo.InvariantCulture) + index.ToString("D7", CultureInfo.InvariantCulture) + ordinal.ToString(CultureInfo.InvariantCulture);
    }

    private static string PaymentId(string customerNumber, DateOnly day, int ordinal) =>
        "WB/" + day.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "/" + customerNumber + "/" + ordinal.ToString(CultureInfo.InvariantCulture);

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

    /// <summary>One meter while its history is generated: the domain history so far and the counter's true (unrounded) state.</summary>
    private sealed class MeterTrack(Meter meter, MeterReadingHistory history)
    {
        public Meter Meter { get; set; } = meter;

        public MeterReadingHistory History { get; set; } = history;

        public decimal Truth { get; set; }

        /// <summary>What the display shows: water meters whole m³ (the black digits), heat meters to 0.001 GJ.</summary>
        public decimal ReadingValue => Meter.ReadingPrecision == 0
            ? decimal.Floor(Truth)
            : decimal.Floor(Truth * 1000m) / 1000m;
    }
}
