using IBok.Domain.Settlements;

namespace IBok.Domain.Interest;

/// <summary>Identifies one late-paid part of a document — one allocation of one payment to one document — so that its
/// interest is charged at most once, however often notes are generated.</summary>
/// <remarks>The ledger allocates a payment to a document at most once, so the pair is unique.</remarks>
/// <param name="DocumentNumber">The document paid late.</param>
/// <param name="PaymentId">The payment that paid it.</param>
public readonly record struct InterestChargeKey(string DocumentNumber, string PaymentId)
{
    /// <summary>A stable text form for storage: <c>ODS|FV/1|BANK-17</c>.</summary>
    public override string ToString() => $"ODS|{DocumentNumber}|{PaymentId}";
}

/// <summary>One line of an interest note: one part of a document paid late.</summary>
/// <param name="Key">The idempotency key of the charged allocation.</param>
/// <param name="DocumentNumber">The document paid late.</param>
/// <param name="AmountPaidLate">The part of it the payment paid.</param>
/// <param name="DueDate">The document's due date.</param>
/// <param name="PaidOn">The day that part was paid.</param>
/// <param name="Calculation">The interest with its segments (days and rates).</param>
public sealed record InterestNoteLine(InterestChargeKey Key, string DocumentNumber, Money AmountPaidLate, DateOnly DueDate, DateOnly PaidOn, InterestCalculation Calculation)
{
    /// <summary>Days of delay.</summary>
    public int Days => Calculation.Days;

    /// <summary>The annual rates applied, in date order.</summary>
    public IReadOnlyList<decimal> Rates => [.. Calculation.Segments.Select(s => s.AnnualRatePercent)];

    /// <summary>The interest of this line, rounded to the grosz.</summary>
    public Money Interest => Calculation.Total;
}

/// <summary>An interest note (nota odsetkowa, e-nota): the interest for parts of documents paid after their due dates.</summary>
/// <param name="Number">The note's number, given by the caller's numbering series.</param>
/// <param name="IssueDate">The issue date.</param>
/// <param name="CustomerNumber">The customer charged.</param>
/// <param name="RateTableName">Which interest applies (statutory or commercial).</param>
/// <param name="Lines">One per late allocation, by document number then payment day.</param>
/// <param name="Total">The sum of the lines' interest.</param>
public sealed record InterestNote(string Number, DateOnly IssueDate, string CustomerNumber, string RateTableName, IReadOnlyList<InterestNoteLine> Lines, Money Total)
{
    /// <summary>The keys this note charges; store them and pass them to the next generation.</summary>
    public IReadOnlyList<InterestChargeKey> ChargedKeys => [.. Lines.Select(l => l.Key)];

    /// <summary>The note as a debit for the ledger.</summary>
    /// <param name="dueDate">The payment deadline of the note; on or after its issue date.</param>
    public DebitDocument ToLedgerDocument(DateOnly dueDate) => DebitDocument.InterestNote(Number, IssueDate, dueDate, Total);
}

/// <summary>Why no interest note was issued.</summary>
public enum InterestNoteSkipReason
{
    /// <summary>No late payment that is not already charged.</summary>
    NothingLate,

    /// <summary>The interest is below the minimum for issuing a note.</summary>
    BelowMinimum,
}

/// <summary>A generated note, or why none was issued.</summary>
/// <param name="Note">The note, or null.</param>
/// <param name="SkipReason">Why no note, or null when <paramref name="Note"/> is set.</param>
/// <param name="Message">An invariant-culture explanation when skipped.</param>
public sealed record InterestNoteResult(InterestNote? Note, InterestNoteSkipReason? SkipReason, string? Message);

/// <summary>Generates interest notes from a ledger.</summary>
/// <remarks>
/// <list type="bullet">
/// <item>Charged: every allocation of a <em>payment</em> dated after its document's due date, up to the note's issue
/// date, whose <see cref="InterestChargeKey"/> is not among the keys already charged. Interest runs on the allocated
/// part from the day after the due date to the payment day (<see cref="LateInterest"/>).</item>
/// <item>Not charged: interest notes themselves (no interest on interest, art. 482 § 1 KC), settlements by a negative
/// correction invoice (that part was never owed), and allocations whose interest rounds to 0.00.</item>
/// <item>No note is issued when the total is below <c>minimumTotal</c> (the utility's policy, e.g. 10.00 zł: issuing
/// costs more); those allocations stay uncharged and count in a later note.</item>
/// <item>The generator is pure: with the same ledger, keys and inputs it returns the same note, and once the caller
/// stores <see cref="InterestNote.ChargedKeys"/>, generating again never charges the same allocation twice.</item>
/// </list>
/// </remarks>
public static class InterestNoteGenerator
{
    /// <summary>Generates the interest note for the late payments not charged yet.</summary>
    /// <param name="ledger">The customer's ledger.</param>
    /// <param name="noteNumber">The number for the note.</param>
    /// <param name="issueDate">The issue date; only payments up to that day are charged.</param>
    /// <param name="table">The rate table: <see cref="LateInterestTables.For"/> the customer's kind, or the caller's own.</param>
    /// <param name="minimumTotal">The smallest total worth a note; zero to always issue.</param>
    /// <param name="alreadyCharged">The keys charged by earlier notes.</param>
    /// <exception cref="ArgumentException">A blank note number or a negative minimum.</exception>
    /// <exception cref="InterestRateNotDefinedException">The table has no rate for a day of delay.</exception>
    public static InterestNoteResult Generate(
        Ledger ledger,
        string noteNumber,
        DateOnly issueDate,
        InterestRateTable table,
        Money minimumTotal,
        IReadOnlySet<InterestChargeKey> alreadyCharged)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(alreadyCharged);
        if (string.IsNullOrWhiteSpace(noteNumber))
        {
            throw new ArgumentException("An interest note needs a number.", nameof(noteNumber));
        }

        if (minimumTotal.IsNegative)
        {
            throw new ArgumentException($"The minimum interest for a note must not be negative; got {minimumTotal.ToString()}.", nameof(minimumTotal));
        }

        var documents = ledger.Documents.ToDictionary(d => d.Number, StringComparer.Ordinal);
        var lines = ledger.Allocations
            .Where(a => a.SourceKind == CreditSourceKind.Payment && a.Date <= issueDate)
            .Select(a => (Allocation: a, Document: documents[a.DocumentNumber]))
            .Where(x => x.Document.Kind != DebitKind.InterestNote && x.Allocation.Date > x.Document.DueDate)
            .Select(x => (x.Allocation, x.Document, Key: new InterestChargeKey(x.Document.Number, x.Allocation.SourceId)))
            .Where(x => !alreadyCharged.Contains(x.Key))
            .Select(x => new InterestNoteLine(
                x.Key,
                x.Document.Number,
                x.Allocation.Amount,
                x.Document.DueDate,
                x.Allocation.Date,
                LateInterest.Calculate(x.Allocation.Amount, x.Document.DueDate, x.Allocation.Date, table)))
            .Where(line => !line.Interest.IsZero)
            .OrderBy(line => line.DocumentNumber, StringComparer.Ordinal)
            .ThenBy(line => line.PaidOn)
            .ThenBy(line => line.Key.PaymentId, StringComparer.Ordinal)
            .ToArray();

        if (lines.Length == 0)
        {
            return new InterestNoteResult(null, InterestNoteSkipReason.NothingLate, $"Customer {ledger.CustomerNumber} has no late payment to charge up to {issueDate.ToIsoDate()}.");
        }

        var total = Money.Sum(lines.Select(l => l.Interest));
        if (total < minimumTotal)
        {
            return new InterestNoteResult(null, InterestNoteSkipReason.BelowMinimum, $"Interest of {total.ToString()} for customer {ledger.CustomerNumber} is below the minimum of {minimumTotal.ToString()} for a note.");
        }

        return new InterestNoteResult(new InterestNote(noteNumber, issueDate, ledger.CustomerNumber, table.Name, lines, total), null, null);
    }

    /// <summary>Interest accrued up to <paramref name="asOf"/> on what is still unpaid of each overdue document (not
    /// interest notes), e.g. for a payment demand (wezwanie do zapłaty). Paid parts are charged by <see cref="Generate"/>.</summary>
    public static IReadOnlyList<(string DocumentNumber, InterestCalculation Interest)> AccruedOnUnpaid(Ledger ledger, DateOnly asOf, InterestRateTable table)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(table);
        return [.. ledger.Documents
            .Where(d => d.Kind != DebitKind.InterestNote && !d.IsCredit && d.DueDate < asOf)
            .Select(d => ledger.StatusOf(d.Number, asOf))
            .Where(s => s.Outstanding.IsPositive)
            .OrderBy(s => s.Document.DueDate)
            .ThenBy(s => s.Document.Number, StringComparer.Ordinal)
            .Select(s => (s.Document.Number, LateInterest.Calculate(s.Outstanding, s.Document.DueDate, asOf, table)))];
    }
}
