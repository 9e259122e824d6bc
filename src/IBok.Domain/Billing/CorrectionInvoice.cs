using System.Globalization;
using IBok.Domain.Tariffs;

namespace IBok.Domain.Billing;

/// <summary>One corrected line: the line as invoiced, as recomputed, and the difference.</summary>
/// <remarks>Lines are matched by component and period; a line present on one side only (e.g. a sub-period that gained
/// its first consumption) has a null <see cref="Before"/> or <see cref="After"/> and counts as zero there.</remarks>
/// <param name="Component">The tariff component.</param>
/// <param name="Name">The printed service name.</param>
/// <param name="Period">The days the line covers.</param>
/// <param name="Before">The line on the original invoice, or null.</param>
/// <param name="After">The line as recomputed, or null.</param>
public sealed record CorrectionLine(TariffComponent Component, string Name, DatePeriod Period, InvoiceLine? Before, InvoiceLine? After)
{
    /// <summary>The quantity after minus the quantity before.</summary>
    public decimal QuantityDifference => (After?.Quantity ?? 0m) - (Before?.Quantity ?? 0m);

    /// <summary>The net value after minus the net value before; negative when the customer was overcharged.</summary>
    public Money NetDifference => (After?.NetValue ?? Money.Zero) - (Before?.NetValue ?? Money.Zero);
}

/// <summary>
/// A correcting invoice (faktura korygująca, art. 106j of the VAT act): refers to the original invoice by number and
/// issue date (ust. 2 pkt 2), states the reason (pkt 4), and shows only the lines that changed, each before and after,
/// with the differences of net values and VAT per rate (pkt 5). The amount due is negative when money is returned.
/// </summary>
/// <remarks>The VAT differences are the recomputed invoice's VAT per rate minus the original's, not VAT computed anew on the
/// net differences, so that the original plus the correction always equals the recomputed invoice to the grosz.</remarks>
public sealed class CorrectionInvoice
{
    private CorrectionInvoice(
        string number,
        DateOnly issueDate,
        string reason,
        Invoice original,
        IReadOnlyList<CorrectionLine> lines,
        IReadOnlyList<VatSummaryRow> vatDifferences)
    {
        Number = number;
        IssueDate = issueDate;
        Reason = reason;
        OriginalNumber = original.Number;
        OriginalIssueDate = original.IssueDate;
        BillingKey = original.BillingKey;
        Seller = original.Seller;
        Buyer = original.Buyer;
        DueDate = issueDate.AddDays(original.PaymentTermDays);
        Lines = lines;
        VatDifferences = vatDifferences;
        var net = Money.Zero;
        var vat = Money.Zero;
        foreach (var row in vatDifferences)
        {
            net += row.Net;
            vat += row.Vat;
        }

        NetDifference = net;
        VatDifference = vat;
    }

    /// <summary>The correction's own number.</summary>
    public string Number { get; }

    /// <summary>The correction's issue date.</summary>
    public DateOnly IssueDate { get; }

    /// <summary>Why the invoice is corrected, such as "Korekta odczytu wodomierza".</summary>
    public string Reason { get; }

    /// <summary>The number of the corrected invoice.</summary>
    public string OriginalNumber { get; }

    /// <summary>The issue date of the corrected invoice.</summary>
    public DateOnly OriginalIssueDate { get; }

    /// <summary>The contract and period both invoices bill.</summary>
    public BillingKey BillingKey { get; }

    /// <summary>The seller, as on the original.</summary>
    public Seller Seller { get; }

    /// <summary>The buyer, as on the original.</summary>
    public Buyer Buyer { get; }

    /// <summary>The due date of an amount to pay: the issue date plus the original's payment term.</summary>
    public DateOnly DueDate { get; }

    /// <summary>The changed lines, in the original's print order followed by lines new in the recomputation.</summary>
    public IReadOnlyList<CorrectionLine> Lines { get; }

    /// <summary>Per rate, in ascending order: net and VAT after minus before; rates with no difference are left out.</summary>
    public IReadOnlyList<VatSummaryRow> VatDifferences { get; }

    /// <summary>The net difference.</summary>
    public Money NetDifference { get; }

    /// <summary>The VAT difference.</summary>
    public Money VatDifference { get; }

    /// <summary>The gross difference: to pay when positive, to refund when negative.</summary>
    public Money AmountDue => NetDifference + VatDifference;

    /// <summary>This correction as a debit (or, when negative, a credit) in the customer's <see cref="Settlements.Ledger"/>.</summary>
    public Settlements.DebitDocument ToLedgerDocument() =>
        Settlements.DebitDocument.Correction(Number, IssueDate, DueDate, AmountDue, OriginalNumber);

    /// <summary>Compares the original invoice with the invoice recomputed for the same billing and keeps what differs.</summary>
    /// <param name="original">The invoice as issued.</param>
    /// <param name="recomputed">The invoice recomputed from corrected data (e.g. a corrected reading) for the same contract and period.</param>
    /// <param name="number">The correction's number.</param>
    /// <param name="issueDate">The correction's issue date; not before the original's.</param>
    /// <param name="reason">The reason printed on the correction.</param>
    /// <exception cref="InvalidBillingInputException">Different billing keys, blank number or reason, or an issue date before the original's.</exception>
    /// <exception cref="NothingToCorrectException">No line differs.</exception>
    public static CorrectionInvoice Between(Invoice original, Invoice recomputed, string number, DateOnly issueDate, string reason)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(recomputed);
        number = BillingText.Required(number, nameof(Number));
        reason = BillingText.Required(reason, nameof(Reason));
        if (original.BillingKey != recomputed.BillingKey)
        {
            throw new InvalidBillingInputException(nameof(recomputed), $"A correction compares two billings of the same contract and period; got {original.BillingKey} and {recomputed.BillingKey}.");
        }

        if (issueDate < original.IssueDate)
        {
            throw new InvalidBillingInputException(
                nameof(IssueDate),
                string.Create(CultureInfo.InvariantCulture, $"The correction cannot be issued ({issueDate:yyyy-MM-dd}) before the invoice it corrects ({original.IssueDate:yyyy-MM-dd})."));
        }

        var lines = new List<CorrectionLine>();
        var matched = new bool[recomputed.Lines.Count];
        foreach (var before in original.Lines)
        {
            var index = IndexOf(recomputed.Lines, before, matched);
            var after = index < 0 ? null : recomputed.Lines[index];
            if (index >= 0)
            {
                matched[index] = true;
            }

            if (after != before)
            {
                lines.Add(new CorrectionLine(before.Component, before.Name, before.Period, before, after));
            }
        }

        for (var i = 0; i < matched.Length; i++)
        {
            if (!matched[i])
            {
                var after = recomputed.Lines[i];
                lines.Add(new CorrectionLine(after.Component, after.Name, after.Period, null, after));
            }
        }

        if (lines.Count == 0)
        {
            throw new NothingToCorrectException(original.Number);
        }

        return new CorrectionInvoice(number, issueDate, reason, original, lines, Differences(original.Vat, recomputed.Vat));
    }

    private static int IndexOf(IReadOnlyList<InvoiceLine> lines, InvoiceLine line, bool[] matched)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (!matched[i] && lines[i].Component == line.Component && lines[i].Period == line.Period)
            {
                return i;
            }
        }

        return -1;
    }

    private static VatSummaryRow[] Differences(VatBreakdown before, VatBreakdown after)
    {
        var rates = before.Rows.Select(row => row.Rate).Union(after.Rows.Select(row => row.Rate)).Order();
        var differences = new List<VatSummaryRow>();
        foreach (var rate in rates)
        {
            var old = before.Rows.FirstOrDefault(row => row.Rate == rate);
            var @new = after.Rows.FirstOrDefault(row => row.Rate == rate);
            var difference = new VatSummaryRow(rate, @new.Net - old.Net, @new.Vat - old.Vat);
            if (!difference.Net.IsZero || !difference.Vat.IsZero)
            {
                differences.Add(difference);
            }
        }

        return [.. differences];
    }
}

/// <summary>The recomputed invoice equals the original line for line, so there is nothing to correct.</summary>
public sealed class NothingToCorrectException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public NothingToCorrectException(string originalNumber)
        : base($"The recomputed invoice does not differ from invoice {originalNumber}; there is nothing to correct.")
    {
        OriginalNumber = originalNumber;
    }

    /// <summary>The number of the invoice that needs no correction.</summary>
    public string OriginalNumber { get; }
}
