using System.Globalization;
using IBok.Domain.Customers;
using IBok.Domain.Metering;

namespace IBok.Domain.Billing;

/// <summary>
/// Everything needed to bill one contract for one period, as a self-contained snapshot: the application maps its
/// contract, customer and meter histories into it, and <see cref="InvoiceCalculator"/> turns it into an
/// <see cref="Invoice"/> without looking anything else up but the tariffs.
/// </summary>
/// <remarks>Each property checks its own value when set; rules between properties (consumption inside the billing
/// period, meters matching the services) are checked by <see cref="InvoiceCalculator.Calculate"/>.</remarks>
public sealed record BillingInput
{
    /// <summary>The default payment term in days (UNCONFIRMED: 14 days is common in utilities' regulations; set it per contract).</summary>
    public const int DefaultPaymentTermDays = 14;

    /// <summary>The seller.</summary>
    public required Seller Seller { get; init => field = value ?? throw new ArgumentNullException(nameof(Seller)); }

    /// <summary>The buyer.</summary>
    public required Buyer Buyer { get; init => field = value ?? throw new ArgumentNullException(nameof(Buyer)); }

    /// <summary>The contract number (numer umowy); with <see cref="BillingPeriod"/> it makes the <see cref="BillingKey"/>.</summary>
    public required string ContractNumber { get; init => field = BillingText.Required(value, nameof(ContractNumber)); }

    /// <summary>The tariff group code, such as "G1".</summary>
    public required string TariffGroup { get; init => field = BillingText.Required(value, nameof(TariffGroup)); }

    /// <summary>The services the contract provides; at least one.</summary>
    public required IReadOnlySet<UtilityService> Services
    {
        get;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            if (value.Count == 0)
            {
                throw new InvalidBillingInputException(nameof(Services), "A contract provides at least one service.");
            }

            field = value;
        }
    }

    /// <summary>How the billing points are read; selects the subscription fee.</summary>
    public required ReadingMethod ReadingMethod { get; init; }

    /// <summary>True when the customer consented to e-invoices, which lowers the subscription fee.</summary>
    public bool EInvoiceConsent { get; init; }

    /// <summary>The number of billing points (punkty rozliczeniowe) the subscription fee is charged for; zero or more.</summary>
    public int BillingPoints
    {
        get;
        init => field = value >= 0 ? value : throw new InvalidBillingInputException(nameof(BillingPoints), $"BillingPoints cannot be negative; got {value.ToString(CultureInfo.InvariantCulture)}.");
    }

    /// <summary>The ordered heat capacity in MW (moc zamówiona), at most four decimals; zero without heat.</summary>
    public decimal OrderedHeatMegawatts
    {
        get;
        init => field = value >= 0m && decimal.Round(value, 4) == value
            ? value
            : throw new InvalidBillingInputException(nameof(OrderedHeatMegawatts), $"OrderedHeatMegawatts must be zero or more with at most 4 decimals; got {value.ToString(CultureInfo.InvariantCulture)}.");
    }

    /// <summary>The billing period, already cut to the contract's start and end: partial months in it are charged pro rata.</summary>
    public required DatePeriod BillingPeriod { get; init; }

    /// <summary>What the contract's meters measured; every interval must lie inside <see cref="BillingPeriod"/>.</summary>
    public required IReadOnlyList<ConsumptionInterval> Consumption
    {
        get;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            foreach (var interval in value)
            {
                ArgumentNullException.ThrowIfNull(interval, nameof(Consumption));
            }

            field = value;
        }
    }

    /// <summary>The issue date (data wystawienia).</summary>
    public required DateOnly IssueDate { get; init; }

    /// <summary>Days from the issue date to the due date; zero or more, <see cref="DefaultPaymentTermDays"/> unless set.</summary>
    public int PaymentTermDays
    {
        get;
        init => field = value >= 0 ? value : throw new InvalidBillingInputException(nameof(PaymentTermDays), $"PaymentTermDays cannot be negative; got {value.ToString(CultureInfo.InvariantCulture)}.");
    } = DefaultPaymentTermDays;

    /// <summary>How VAT is computed; <see cref="VatCalculationMethod.PerRateTotals"/> (art. 106e ust. 1 pkt 14 of the VAT act) unless set.</summary>
    public VatCalculationMethod VatMethod { get; init; } = VatCalculationMethod.PerRateTotals;

    /// <summary>The invoice number, usually from <see cref="InvoiceNumberSeries.Format"/>.</summary>
    public required string InvoiceNumber { get; init => field = BillingText.Required(value, nameof(InvoiceNumber)); }

    /// <summary>The stable key of this billing: contract number and period.</summary>
    public BillingKey BillingKey => new(ContractNumber, BillingPeriod);
}
