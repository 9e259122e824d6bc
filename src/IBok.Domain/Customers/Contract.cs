using System.Globalization;

namespace IBok.Domain.Customers;

/// <summary>A contract (umowa) to supply services at one premises to one customer.</summary>
/// <remarks>
/// <para>Rules checked on creation: the number and tariff group are not blank; at least one service (sewage
/// disposal alone is allowed: a customer with an own well); billing cycle and reading method are defined values;
/// the end date, if any, is not before the start date; at least one billing point; an ordered heat power above zero
/// if and only if heat is supplied (the fixed heat fee is charged per MW of ordered power under the heat tariff regulation,
/// rozporządzenie w sprawie szczegółowych zasad kształtowania i kalkulacji taryf oraz rozliczeń z tytułu zaopatrzenia
/// w ciepło, Dz.U. 2020 poz. 718, and nothing else uses it).</para>
/// <para>The contract runs from <see cref="Start"/> to <see cref="End"/>, both days included; without an end it is for
/// an indefinite period. Billing periods are calendar-aligned by <see cref="Cycle"/> (see
/// <see cref="BillingCycleCalendar.PeriodContaining"/>) and cut to the contract: the first period starts on the
/// contract's start day, the last ends on its end day.</para>
/// <para>An entity: two contracts are the same when their numbers are; this type has reference equality.</para>
/// </remarks>
public sealed class Contract
{
    /// <summary>The longest contract number accepted.</summary>
    public const int MaxNumberLength = 50;

    /// <summary>The longest tariff group code accepted.</summary>
    public const int MaxTariffGroupLength = 20;

    private readonly DateOnly lastDay;

    /// <summary>Creates a contract, validating every rule in the remarks.</summary>
    /// <param name="number">The contract number, such as <c>UM/2026/0042</c>.</param>
    /// <param name="customerNumber">The customer.</param>
    /// <param name="premises">The premises supplied.</param>
    /// <param name="services">The services, at least one; duplicates are ignored.</param>
    /// <param name="tariffGroup">The tariff group code, such as <c>G1</c>.</param>
    /// <param name="cycle">The billing cycle.</param>
    /// <param name="readingMethod">How consumption is established.</param>
    /// <param name="start">The first day of supply.</param>
    /// <param name="end">The last day of supply of a fixed-term contract (umowa terminowa), or null.</param>
    /// <param name="billingPoints">The number of billing points (subscription fees are per point); at least 1.</param>
    /// <param name="orderedHeatPowerMegawatts">The ordered heat power (moc zamówiona) in MW; required above zero when
    /// <paramref name="services"/> include heat, null otherwise.</param>
    /// <param name="electronicInvoice">The e-invoice consent; none granted when null.</param>
    /// <exception cref="ArgumentException">A rule is broken; the message names the values.</exception>
    public Contract(
        string number,
        CustomerNumber customerNumber,
        PremisesCode premises,
        IEnumerable<UtilityService> services,
        string tariffGroup,
        BillingCycle cycle,
        ReadingMethod readingMethod,
        DateOnly start,
        DateOnly? end = null,
        int billingPoints = 1,
        decimal? orderedHeatPowerMegawatts = null,
        ElectronicInvoiceConsent? electronicInvoice = null)
    {
        ArgumentNullException.ThrowIfNull(customerNumber);
        ArgumentNullException.ThrowIfNull(premises);
        ArgumentNullException.ThrowIfNull(services);

        Number = Required(number, MaxNumberLength, "contract number", nameof(number));
        TariffGroup = Required(tariffGroup, MaxTariffGroupLength, "tariff group", nameof(tariffGroup));

        var serviceSet = services.ToHashSet();
        if (serviceSet.Count == 0)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Contract {Number} needs at least one service."), nameof(services));
        }

        foreach (var service in serviceSet.Where(service => !Enum.IsDefined(service)))
        {
            throw new ArgumentOutOfRangeException(nameof(services), service, string.Create(CultureInfo.InvariantCulture, $"Unknown utility service {(int)service}."));
        }

        if (!Enum.IsDefined(cycle))
        {
            throw new ArgumentOutOfRangeException(nameof(cycle), cycle, string.Create(CultureInfo.InvariantCulture, $"Unknown billing cycle {(int)cycle}."));
        }

        if (!Enum.IsDefined(readingMethod))
        {
            throw new ArgumentOutOfRangeException(nameof(readingMethod), readingMethod, string.Create(CultureInfo.InvariantCulture, $"Unknown reading method {(int)readingMethod}."));
        }

        if (end < start)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Contract {Number} cannot end ({end:yyyy-MM-dd}) before it starts ({start:yyyy-MM-dd})."), nameof(end));
        }

        if (billingPoints < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(billingPoints), billingPoints, string.Create(CultureInfo.InvariantCulture, $"Contract {Number} needs at least 1 billing point; got {billingPoints}."));
        }

        var suppliesHeat = serviceSet.Contains(UtilityService.Heat);
        if (suppliesHeat && orderedHeatPowerMegawatts is not > 0m)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Contract {Number} supplies heat, so it needs an ordered heat power above 0 MW; got {Describe(orderedHeatPowerMegawatts)}."),
                nameof(orderedHeatPowerMegawatts));
        }

        if (!suppliesHeat && orderedHeatPowerMegawatts is not null)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Contract {Number} does not supply heat, so it cannot have an ordered heat power; got {Describe(orderedHeatPowerMegawatts)}."),
                nameof(orderedHeatPowerMegawatts));
        }

        CustomerNumber = customerNumber;
        Premises = premises;
        Services = [.. serviceSet.Order()];
        Cycle = cycle;
        ReadingMethod = readingMethod;
        Start = start;
        End = end;
        BillingPoints = billingPoints;
        OrderedHeatPowerMegawatts = orderedHeatPowerMegawatts;
        ElectronicInvoice = electronicInvoice ?? ElectronicInvoiceConsent.NotGranted;
        lastDay = end ?? DateOnly.MaxValue;
    }

    /// <summary>The contract number, trimmed.</summary>
    public string Number { get; }

    /// <summary>The customer.</summary>
    public CustomerNumber CustomerNumber { get; }

    /// <summary>The premises supplied.</summary>
    public PremisesCode Premises { get; }

    /// <summary>The services, each once, in the order of <see cref="UtilityService"/>.</summary>
    public IReadOnlyList<UtilityService> Services { get; }

    /// <summary>The tariff group code, trimmed, such as <c>G1</c>.</summary>
    public string TariffGroup { get; }

    /// <summary>How often the contract is billed.</summary>
    public BillingCycle Cycle { get; }

    /// <summary>How consumption is established.</summary>
    public ReadingMethod ReadingMethod { get; }

    /// <summary>The first day of supply, inclusive.</summary>
    public DateOnly Start { get; }

    /// <summary>The last day of supply, inclusive, or null for a contract for an indefinite period.</summary>
    public DateOnly? End { get; }

    /// <summary>The number of billing points; at least 1.</summary>
    public int BillingPoints { get; }

    /// <summary>The ordered heat power in MW when heat is supplied, otherwise null.</summary>
    public decimal? OrderedHeatPowerMegawatts { get; }

    /// <summary>The customer's acceptance of electronic invoices for this contract, with its history.</summary>
    public ElectronicInvoiceConsent ElectronicInvoice { get; }

    /// <summary>True for a fixed-term contract (umowa terminowa): one with an end date.</summary>
    public bool IsFixedTerm => End is not null;

    /// <summary>True when the contract includes <paramref name="service"/>.</summary>
    public bool Supplies(UtilityService service) => Services.Contains(service);

    /// <summary>True when <paramref name="day"/> lies between the start and end days, both included.</summary>
    public bool IsActiveOn(DateOnly day) => day >= Start && day <= lastDay;

    /// <summary>True when this fixed-term contract's last day falls within <paramref name="days"/> days from
    /// <paramref name="today"/>: on <paramref name="today"/> itself or up to <paramref name="days"/> days later, both
    /// included. False for a contract for an indefinite period and for one that already ended before
    /// <paramref name="today"/>. Drives the "contract ends soon" notice.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative.</exception>
    public bool EndsWithin(DateOnly today, int days)
    {
        if (days < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(days), days, string.Create(CultureInfo.InvariantCulture, $"The look-ahead must not be negative; got {days} days."));
        }

        return End is { } end && end >= today && end.DayNumber - today.DayNumber <= days;
    }

    /// <summary>The billing period that contains <paramref name="day"/>: the calendar period of <see cref="Cycle"/>
    /// cut to the contract, or null when the contract is not active on that day.</summary>
    /// <remarks>Example: a quarterly contract from 2026-02-10 to 2026-08-20 has the periods 2026-02-10..2026-03-31,
    /// 2026-04-01..2026-06-30 and 2026-07-01..2026-08-20. A period may be a single day (a contract starting on the last
    /// day of a period, or starting and ending on the same day).</remarks>
    public DatePeriod? BillingPeriodContaining(DateOnly day)
    {
        if (!IsActiveOn(day))
        {
            return null;
        }

        var calendar = Cycle.PeriodContaining(day);
        return new DatePeriod(
            calendar.Start < Start ? Start : calendar.Start,
            calendar.End > lastDay ? lastDay : calendar.End);
    }

    /// <summary>The billing periods that share at least one day with <paramref name="range"/>, in order.</summary>
    /// <remarks>Each period is whole as <see cref="BillingPeriodContaining"/> gives it (cut to the contract, not to
    /// <paramref name="range"/>), so asking for 2026-01-15..2026-02-10 of a monthly contract gives all of January and
    /// all of February. Empty when the contract is not active on any day of the range.</remarks>
    public IReadOnlyList<DatePeriod> BillingPeriodsBetween(DatePeriod range)
    {
        var periods = new List<DatePeriod>();
        var cursor = range.Start < Start ? Start : range.Start;
        var last = range.End > lastDay ? lastDay : range.End;
        while (cursor <= last)
        {
            var period = BillingPeriodContaining(cursor)!.Value;
            periods.Add(period);
            if (period.End == DateOnly.MaxValue)
            {
                break;
            }

            cursor = period.End.AddDays(1);
        }

        return periods;
    }

    /// <summary>A copy that ends on <paramref name="end"/> (for example on termination), or runs indefinitely when null.</summary>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before the start.</exception>
    public Contract WithEnd(DateOnly? end) =>
        new(Number, CustomerNumber, Premises, Services, TariffGroup, Cycle, ReadingMethod, Start, end, BillingPoints, OrderedHeatPowerMegawatts, ElectronicInvoice);

    /// <summary>A copy with another e-invoice consent, typically the result of
    /// <see cref="ElectronicInvoiceConsent.Grant"/> or <see cref="ElectronicInvoiceConsent.Revoke"/>.</summary>
    /// <exception cref="ArgumentException">The new consent drops history the current one has: history is append-only.</exception>
    public Contract WithElectronicInvoice(ElectronicInvoiceConsent consent)
    {
        ArgumentNullException.ThrowIfNull(consent);
        var current = ElectronicInvoice.History;
        if (consent.History.Count < current.Count || !current.SequenceEqual(consent.History.Take(current.Count)))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The e-invoice consent of contract {Number} can only be extended; its history cannot be rewritten."), nameof(consent));
        }

        return new(Number, CustomerNumber, Premises, Services, TariffGroup, Cycle, ReadingMethod, Start, End, BillingPoints, OrderedHeatPowerMegawatts, consent);
    }

    private static string Required(string? value, int maxLength, string what, string parameter)
    {
        var trimmed = (value ?? string.Empty).Trim();
        if (trimmed.Length == 0)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"A contract needs a {what}."), parameter);
        }

        if (trimmed.Length > maxLength)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"A {what} has at most {maxLength} characters; '{trimmed}' has {trimmed.Length}."), parameter);
        }

        return trimmed;
    }

    private static string Describe(decimal? megawatts) =>
        megawatts is null ? "none" : megawatts.Value.ToString(CultureInfo.InvariantCulture) + " MW";
}
