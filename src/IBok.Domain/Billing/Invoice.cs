using System.Globalization;

namespace IBok.Domain.Billing;

/// <summary>
/// An invoice (faktura VAT) for one contract and billing period, with every field art. 106e ust. 1 of the VAT act
/// requires: issue date (pkt 1), a unique sequential number (pkt 2), names and addresses of seller and buyer (pkt 3),
/// seller's NIP (pkt 4) and buyer's NIP when it has one (pkt 5), the period of supply (pkt 6), per line the service,
/// unit and quantity, net unit price, net value and VAT rate (pkt 7–12), net totals per rate (pkt 13), VAT per rate
/// (pkt 14) and the amount due (pkt 15).
/// </summary>
/// <remarks>Immutable. Two invoices are equal when every field and every line is equal, which is what makes billing
/// idempotent: the same <see cref="BillingInput"/> always yields an equal invoice.</remarks>
public sealed class Invoice : IEquatable<Invoice>
{
    /// <summary>Creates an invoice, computing its VAT summary from the lines and its due date from the term.</summary>
    /// <param name="number">The invoice number.</param>
    /// <param name="issueDate">The issue date.</param>
    /// <param name="salePeriod">The billing period (okres rozliczeniowy), printed as the supply period.</param>
    /// <param name="paymentTermDays">Days from the issue date to the due date, zero or more.</param>
    /// <param name="seller">The seller.</param>
    /// <param name="buyer">The buyer.</param>
    /// <param name="contractNumber">The contract the invoice bills.</param>
    /// <param name="tariffGroup">The tariff group the lines were priced by.</param>
    /// <param name="lines">The lines, in print order.</param>
    /// <param name="vatMethod">How VAT is computed from the lines.</param>
    /// <exception cref="InvalidBillingInputException">A blank number or contract number, or a negative term.</exception>
    public Invoice(
        string number,
        DateOnly issueDate,
        DatePeriod salePeriod,
        int paymentTermDays,
        Seller seller,
        Buyer buyer,
        string contractNumber,
        string tariffGroup,
        IReadOnlyList<InvoiceLine> lines,
        VatCalculationMethod vatMethod)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (paymentTermDays < 0)
        {
            throw new InvalidBillingInputException(nameof(PaymentTermDays), string.Create(CultureInfo.InvariantCulture, $"PaymentTermDays cannot be negative; got {paymentTermDays}."));
        }

        Number = BillingText.Required(number, nameof(Number));
        IssueDate = issueDate;
        SalePeriod = salePeriod;
        PaymentTermDays = paymentTermDays;
        DueDate = issueDate.AddDays(paymentTermDays);
        Seller = seller ?? throw new ArgumentNullException(nameof(seller));
        Buyer = buyer ?? throw new ArgumentNullException(nameof(buyer));
        ContractNumber = BillingText.Required(contractNumber, nameof(ContractNumber));
        TariffGroup = BillingText.Required(tariffGroup, nameof(TariffGroup));
        Lines = lines.ToArray();
        Vat = VatBreakdown.Compute(vatMethod == VatCalculationMethod.PerRateTotals ? NetPerRate(Lines) : NetPerLine(Lines), vatMethod);
    }

    /// <summary>The invoice number, such as <c>FV/2026/11/000123</c>.</summary>
    public string Number { get; }

    /// <summary>The issue date (data wystawienia).</summary>
    public DateOnly IssueDate { get; }

    /// <summary>The period of supply (okres rozliczeniowy).</summary>
    public DatePeriod SalePeriod { get; }

    /// <summary>Days from the issue date to the due date.</summary>
    public int PaymentTermDays { get; }

    /// <summary>The due date: the issue date plus the payment term.</summary>
    public DateOnly DueDate { get; }

    /// <summary>The seller.</summary>
    public Seller Seller { get; }

    /// <summary>The buyer.</summary>
    public Buyer Buyer { get; }

    /// <summary>The contract number.</summary>
    public string ContractNumber { get; }

    /// <summary>The tariff group the lines were priced by.</summary>
    public string TariffGroup { get; }

    /// <summary>The stable key of the billing this invoice is the result of.</summary>
    public BillingKey BillingKey => new(ContractNumber, SalePeriod);

    /// <summary>The lines in print order.</summary>
    public IReadOnlyList<InvoiceLine> Lines { get; }

    /// <summary>Net and VAT totals per rate, and the document totals.</summary>
    public VatBreakdown Vat { get; }

    /// <summary>Net total.</summary>
    public Money Net => Vat.Net;

    /// <summary>VAT total.</summary>
    public Money VatTotal => Vat.Vat;

    /// <summary>Gross total, the amount due (kwota należności ogółem).</summary>
    public Money AmountDue => Vat.Gross;

    /// <inheritdoc />
    public bool Equals(Invoice? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Number == other.Number
                && IssueDate == other.IssueDate
                && SalePeriod == other.SalePeriod
                && PaymentTermDays == other.PaymentTermDays
                && Seller == other.Seller
                && Buyer == other.Buyer
                && ContractNumber == other.ContractNumber
                && TariffGroup == other.TariffGroup
                && Vat.Method == other.Vat.Method
                && Lines.SequenceEqual(other.Lines)
                && Vat.Rows.SequenceEqual(other.Vat.Rows)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Invoice);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Number, BillingKey, AmountDue, Lines.Count);

    private static (VatRate, Money)[] NetPerLine(IReadOnlyList<InvoiceLine> lines)
    {
        var pairs = new (VatRate, Money)[lines.Count];
        for (var i = 0; i < pairs.Length; i++)
        {
            pairs[i] = (lines[i].VatRate, lines[i].NetValue);
        }

        return pairs;
    }

    // Summing per rate first gives VatBreakdown the same per-rate net totals it would compute itself, with far less work
    // for invoices of many lines and one or two rates.
    private static ArraySegment<(VatRate, Money)> NetPerRate(IReadOnlyList<InvoiceLine> lines)
    {
        var totals = new (VatRate Rate, Money Net)[Math.Min(lines.Count, 4)];
        var count = 0;
        foreach (var line in lines)
        {
            var index = 0;
            while (index < count && totals[index].Rate != line.VatRate)
            {
                index++;
            }

            if (index == count)
            {
                if (count == totals.Length)
                {
                    Array.Resize(ref totals, count * 2);
                }

                totals[count++] = (line.VatRate, Money.Zero);
            }

            totals[index].Net += line.NetValue;
        }

        return new ArraySegment<(VatRate, Money)>(totals, 0, count);
    }

    /// <summary>This invoice as a debit in the customer's <see cref="Settlements.Ledger"/>.</summary>
    public Settlements.DebitDocument ToLedgerDocument() => Settlements.DebitDocument.Invoice(Number, IssueDate, DueDate, AmountDue);

    /// <summary><c>FV/2026/11/000123 UM/1 2026-01-01..2026-02-28 123.45 PLN</c>.</summary>
    public override string ToString() => Number + " " + BillingKey.ContractNumber + " " + SalePeriod + " " + AmountDue;
}
