using System.Globalization;
using IBok.Domain;

namespace IBok.GraphQL.Application.Demo;

/// <summary>What <see cref="DemoUtilityGenerator"/> generates: size, seed, the day it treats as today, and the shares of
/// each kind of customer. The defaults make the utility the server creates on its first run.</summary>
/// <remarks>Shares are fractions of all customers (0 to 1), each drawn independently per customer, so they only hold on
/// average; the two demo customers (the first two) always get the features their logins are meant to show.</remarks>
public sealed record DemoOptions
{
    /// <summary>The seed the first run uses, so every fresh installation shows the same utility.</summary>
    public const int DefaultSeed = 20261121;

    /// <summary>The smallest customer count: the two demo customers.</summary>
    public const int MinCustomerCount = 2;

    /// <summary>The largest customer count: customer numbers must fit the 8-digit identifier of an individual bank account.</summary>
    public const int MaxCustomerCount = 9_000_000;

    /// <summary>The day the generated history ends on: readings, invoices and payments are dated up to it, never after.
    /// Passed in (the generator reads no clock).</summary>
    public required DateOnly Today { get; init; }

    /// <summary>How many customers; 200 by default.</summary>
    public int CustomerCount { get; init; } = 200;

    /// <summary>The seed of every random choice; the same seed and options always give the same utility.</summary>
    public int Seed { get; init; } = DefaultSeed;

    /// <summary>How many months of readings, invoices and payments reach back from <see cref="Today"/>; 24 by default,
    /// 3 to 36 (every meter in place at the start must still be legal today, and legalizations last 5 years).</summary>
    public int HistoryMonths { get; init; } = 24;

    /// <summary>Share of businesses (with a NIP, monthly billing, commercial late interest); the rest are households.</summary>
    public double BusinessShare { get; init; } = 0.10;

    /// <summary>Share of customers who also buy district heat (a second contract with a heat meter).</summary>
    public double HeatShare { get; init; } = 0.15;

    /// <summary>Share of households with a garden submeter, whose water is deducted from sewage.</summary>
    public double GardenSubmeterShare { get; init; } = 0.20;

    /// <summary>Share of customers who accepted e-invoices (a lower subscription fee).</summary>
    public double ElectronicInvoiceShare { get; init; } = 0.40;

    /// <summary>Share of customers with unpaid overdue invoices today.</summary>
    public double ArrearsShare { get; init; } = 0.04;

    /// <summary>Share of customers who often pay after the due date, and so get interest notes.</summary>
    public double LatePayerShare { get; init; } = 0.12;

    /// <summary>Share of customers who paid more than they owed and have an overpayment today.</summary>
    public double OverpaymentShare { get; init; } = 0.03;

    /// <summary>Share of main water meters replaced during the history because their legalization ran out.</summary>
    public double MeterReplacementShare { get; init; } = 0.05;

    /// <summary>Share of meters whose legalization ends on 31 December of <see cref="Today"/>'s year, so from October
    /// on they show as expiring within 90 days.</summary>
    public double LegalizationEndingThisYearShare { get; init; } = 0.08;

    /// <summary>Share of customers with a fixed-term contract that ends within the next 60 days.</summary>
    public double FixedTermEndingSoonShare { get; init; } = 0.03;

    /// <summary>Share of customers connected during the history (their first invoice is for a part of a period).</summary>
    public double NewConnectionShare { get; init; } = 0.05;

    /// <summary>One customer in this many has a case (zgłoszenie); their statuses cycle through every status. 20 by default.</summary>
    public int CustomersPerCase { get; init; } = 20;

    /// <summary>The smallest interest worth an interest note; 3.00 zł by default (the utility's policy).</summary>
    public Money InterestNoteMinimum { get; init; } = Money.Pln(3.00m);

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentException">A value is out of range; the message names it.</exception>
    public void Validate()
    {
        if (CustomerCount is < MinCustomerCount or > MaxCustomerCount)
        {
            throw new ArgumentOutOfRangeException(nameof(CustomerCount), CustomerCount, Invariant($"The demo needs {MinCustomerCount} to {MaxCustomerCount} customers; got {CustomerCount}."));
        }

        if (HistoryMonths is < 3 or > 36)
        {
            throw new ArgumentOutOfRangeException(nameof(HistoryMonths), HistoryMonths, Invariant($"The demo history is 3 to 36 months long; got {HistoryMonths}."));
        }

        if (Today.Year < 2020 || Today.Year > 2100)
        {
            throw new ArgumentOutOfRangeException(nameof(Today), Today, Invariant($"The demo's today must lie in 2020 to 2100 (interest rate tables start in 2016); got {Today:yyyy-MM-dd}."));
        }

        if (CustomersPerCase < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(CustomersPerCase), CustomersPerCase, Invariant($"CustomersPerCase must be at least 1; got {CustomersPerCase}."));
        }

        if (InterestNoteMinimum.IsNegative)
        {
            throw new ArgumentOutOfRangeException(nameof(InterestNoteMinimum), InterestNoteMinimum, Invariant($"InterestNoteMinimum must not be negative; got {InterestNoteMinimum}."));
        }

        CheckShare(BusinessShare, nameof(BusinessShare));
        CheckShare(HeatShare, nameof(HeatShare));
        CheckShare(GardenSubmeterShare, nameof(GardenSubmeterShare));
        CheckShare(ElectronicInvoiceShare, nameof(ElectronicInvoiceShare));
        CheckShare(ArrearsShare, nameof(ArrearsShare));
        CheckShare(LatePayerShare, nameof(LatePayerShare));
        CheckShare(OverpaymentShare, nameof(OverpaymentShare));
        CheckShare(MeterReplacementShare, nameof(MeterReplacementShare));
        CheckShare(LegalizationEndingThisYearShare, nameof(LegalizationEndingThisYearShare));
        CheckShare(FixedTermEndingSoonShare, nameof(FixedTermEndingSoonShare));
        CheckShare(NewConnectionShare, nameof(NewConnectionShare));
    }

    private static void CheckShare(double share, string name)
    {
        if (double.IsNaN(share) || share < 0 || share > 1)
        {
            throw new ArgumentOutOfRangeException(name, share, Invariant($"{name} is a fraction from 0 to 1; got {share}."));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
