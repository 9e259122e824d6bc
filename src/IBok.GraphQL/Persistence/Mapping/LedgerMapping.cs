using IBok.Domain;
using IBok.Domain.Settlements;
using IBok.GraphQL.Persistence.Model.Settlements;

namespace IBok.GraphQL.Persistence.Mapping;

/// <summary>Ledger entry rows ↔ IBok.Domain's <see cref="Ledger"/> (rozrachunki).</summary>
/// <remarks>Allocations, balances and document statuses are never stored: <see cref="ToLedger"/> posts every row to
/// an empty ledger and the domain replays them, so the answer is the same whatever order the rows arrived in.</remarks>
public static class LedgerMapping
{
    /// <summary>The ledger of one customer from all of their entry rows.</summary>
    /// <exception cref="InvalidDataException">The rows break a ledger rule (e.g. a refund larger than the credit it pays out).</exception>
    public static Ledger ToLedger(string customerNumber, IEnumerable<LedgerEntryRow> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var ordered = entries.OrderBy(entry => entry.EntryType).ThenBy(entry => entry.Id).ToList();
        if (ordered.FirstOrDefault(entry => entry.EntryType is not (LedgerEntryType.Debit or LedgerEntryType.Payment or LedgerEntryType.Refund)) is { } unknown)
        {
            throw new InvalidDataException($"Ledger entry {unknown.Id} has an unknown type {unknown.EntryType}.");
        }

        // One replay of everything (Ledger.FromEntries), not one per row: the same ledger, linear instead of quadratic.
        var result = Ledger.FromEntries(
            customerNumber,
            ordered.Where(entry => entry.EntryType == LedgerEntryType.Debit).Select(ToDebitDocument),
            ordered.Where(entry => entry.EntryType == LedgerEntryType.Payment).Select(ToPayment),
            ordered.Where(entry => entry.EntryType == LedgerEntryType.Refund).Select(ToRefund));
        return result.Rejection is { } rejection
            ? throw new InvalidDataException($"The ledger entries of customer {customerNumber} cannot be posted: {rejection.Message}")
            : result.Ledger;
    }

    /// <summary>A debit row as the domain's document.</summary>
    public static DebitDocument ToDebitDocument(LedgerEntryRow entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new DebitDocument(
            entry.Reference,
            entry.DebitKind ?? throw new InvalidDataException($"Debit entry {entry.Id} ({entry.Reference}) has no debit kind."),
            entry.EntryDate,
            entry.DueDate ?? throw new InvalidDataException($"Debit entry {entry.Id} ({entry.Reference}) has no due date."),
            Money.FromGrosze(entry.AmountGrosz),
            entry.CorrectedDocumentNumber);
    }

    /// <summary>A payment row as the domain's payment.</summary>
    public static Payment ToPayment(LedgerEntryRow entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new Payment(entry.Reference, entry.EntryDate, Money.FromGrosze(entry.AmountGrosz), entry.MatchedDocumentNumber);
    }

    /// <summary>A refund row as the domain's refund.</summary>
    public static Refund ToRefund(LedgerEntryRow entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new Refund(entry.Reference, entry.EntryDate, Money.FromGrosze(entry.AmountGrosz));
    }

    /// <summary>A new row for a debit document (from <c>Invoice.ToLedgerDocument()</c>, a correction's or an interest note's).</summary>
    public static LedgerEntryRow ToRow(DebitDocument document, long customerId, DateTime createdAt, long? invoiceId = null, long? interestNoteId = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new LedgerEntryRow
        {
            CustomerId = customerId,
            EntryType = LedgerEntryType.Debit,
            Reference = document.Number,
            DebitKind = document.Kind,
            EntryDate = document.IssueDate,
            DueDate = document.DueDate,
            AmountGrosz = document.Amount.Grosze,
            CorrectedDocumentNumber = document.CorrectedDocumentNumber,
            InvoiceId = invoiceId,
            InterestNoteId = interestNoteId,
            CreatedAt = createdAt,
        };
    }

    /// <summary>A new row for a payment.</summary>
    public static LedgerEntryRow ToRow(Payment payment, long customerId, DateTime createdAt, PaymentChannel channel, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(payment);
        return new LedgerEntryRow
        {
            CustomerId = customerId,
            EntryType = LedgerEntryType.Payment,
            Reference = payment.Id,
            EntryDate = payment.ValueDate,
            AmountGrosz = payment.Amount.Grosze,
            MatchedDocumentNumber = payment.DocumentNumber,
            PaymentChannel = channel,
            Title = title,
            CreatedAt = createdAt,
        };
    }

    /// <summary>A new row for a refund paid out.</summary>
    public static LedgerEntryRow ToRow(Refund refund, long customerId, DateTime createdAt, long? refundRequestId = null)
    {
        ArgumentNullException.ThrowIfNull(refund);
        return new LedgerEntryRow
        {
            CustomerId = customerId,
            EntryType = LedgerEntryType.Refund,
            Reference = refund.Id,
            EntryDate = refund.PaidOn,
            AmountGrosz = refund.Amount.Grosze,
            RefundRequestId = refundRequestId,
            CreatedAt = createdAt,
        };
    }
}
