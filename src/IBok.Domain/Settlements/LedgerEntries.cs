using System.Globalization;

namespace IBok.Domain.Settlements;

/// <summary>What a debit document in the ledger is.</summary>
public enum DebitKind
{
    /// <summary>An invoice (faktura); its amount is positive.</summary>
    Invoice,

    /// <summary>A correction invoice (faktura korygująca); positive when it charges more, negative when it gives
    /// money back (then it acts as a credit, see <see cref="Ledger"/>).</summary>
    CorrectionInvoice,

    /// <summary>An interest note (nota odsetkowa); its amount is positive.</summary>
    InterestNote,
}

/// <summary>Where the money of an <see cref="Allocation"/> came from.</summary>
public enum CreditSourceKind
{
    /// <summary>A payment received (<see cref="Payment"/>).</summary>
    Payment,

    /// <summary>A correction invoice with a negative amount (<see cref="DebitDocument.IsCredit"/>).</summary>
    CreditCorrection,
}

/// <summary>
/// A document that charges the customer (or, for a negative correction invoice, gives money back): the ledger's own
/// record of it, independent of the invoice model.
/// </summary>
/// <remarks>
/// <para>Invariants: the number is not blank; the due date is not before the issue date; invoices and interest notes
/// are positive; a correction invoice is not zero and is the only kind that may name the document it corrects.</para>
/// <para>The number identifies the document in the ledger: no two documents of one ledger share a number.</para>
/// </remarks>
public sealed record DebitDocument
{
    /// <summary>Creates a document record, checking its invariants.</summary>
    /// <param name="number">The document number, e.g. <c>FV/2025/06/001</c>; unique within the ledger.</param>
    /// <param name="kind">Invoice, correction invoice or interest note.</param>
    /// <param name="issueDate">The issue date: the day it is posted to the ledger.</param>
    /// <param name="dueDate">The payment deadline (termin płatności); on or after the issue date.</param>
    /// <param name="amount">The gross amount due; negative only for a correction invoice that gives money back.</param>
    /// <param name="correctedDocumentNumber">For a correction invoice, the number of the document it corrects (optional);
    /// a negative correction settles that document first while it is open.</param>
    /// <exception cref="InvalidLedgerEntryException">An invariant is broken; the message names the values.</exception>
    public DebitDocument(string number, DebitKind kind, DateOnly issueDate, DateOnly dueDate, Money amount, string? correctedDocumentNumber = null)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            throw new InvalidLedgerEntryException(number ?? string.Empty, "A document number must not be blank.");
        }

        if (!Enum.IsDefined(kind))
        {
            throw new InvalidLedgerEntryException(number, string.Create(CultureInfo.InvariantCulture, $"Document {number} has an unknown kind {(int)kind}."));
        }

        if (dueDate < issueDate)
        {
            throw new InvalidLedgerEntryException(
                number,
                $"Document {number} is due on {dueDate.ToIsoDate()}, before its issue date {issueDate.ToIsoDate()}.");
        }

        if (kind == DebitKind.CorrectionInvoice)
        {
            if (amount.IsZero)
            {
                throw new InvalidLedgerEntryException(number, $"Correction invoice {number} must not be zero.");
            }
        }
        else
        {
            if (!amount.IsPositive)
            {
                throw new InvalidLedgerEntryException(number, $"{kind} {number} must have a positive amount; got {amount.ToString()}.");
            }

            if (correctedDocumentNumber is not null)
            {
                throw new InvalidLedgerEntryException(number, $"Only a correction invoice may name a corrected document; {kind} {number} names {correctedDocumentNumber}.");
            }
        }

        Number = number;
        Kind = kind;
        IssueDate = issueDate;
        DueDate = dueDate;
        Amount = amount;
        CorrectedDocumentNumber = correctedDocumentNumber;
    }

    /// <summary>The document number, unique within the ledger.</summary>
    public string Number { get; }

    /// <summary>Invoice, correction invoice or interest note.</summary>
    public DebitKind Kind { get; }

    /// <summary>The issue date: the day the document counts in the balance.</summary>
    public DateOnly IssueDate { get; }

    /// <summary>The payment deadline; late-payment interest runs from the next day.</summary>
    public DateOnly DueDate { get; }

    /// <summary>The gross amount; negative only for a correction invoice that gives money back.</summary>
    public Money Amount { get; }

    /// <summary>For a correction invoice, the document it corrects, if known.</summary>
    public string? CorrectedDocumentNumber { get; }

    /// <summary>True for a negative correction invoice: it does not need paying, it pays (like a payment on its issue date).</summary>
    public bool IsCredit => Amount.IsNegative;

    /// <summary>Creates an invoice record.</summary>
    public static DebitDocument Invoice(string number, DateOnly issueDate, DateOnly dueDate, Money amount) =>
        new(number, DebitKind.Invoice, issueDate, dueDate, amount);

    /// <summary>Creates an interest note record.</summary>
    public static DebitDocument InterestNote(string number, DateOnly issueDate, DateOnly dueDate, Money amount) =>
        new(number, DebitKind.InterestNote, issueDate, dueDate, amount);

    /// <summary>Creates a correction invoice record; a negative amount gives money back.</summary>
    public static DebitDocument Correction(string number, DateOnly issueDate, DateOnly dueDate, Money amount, string? correctedDocumentNumber = null) =>
        new(number, DebitKind.CorrectionInvoice, issueDate, dueDate, amount, correctedDocumentNumber);
}

/// <summary>Money received from the customer.</summary>
/// <remarks>The value date is the day the utility's account was credited: for a bank transfer, that is the day the
/// debt is paid (art. 454 § 1 of the Civil Code; Supreme Court resolution of 4 January 1995, III CZP 164/94), not the day
/// the customer ordered it.</remarks>
public sealed record Payment
{
    /// <summary>Creates a payment record.</summary>
    /// <param name="id">An identifier unique among the ledger's payments and refunds, e.g. the bank transaction reference.</param>
    /// <param name="valueDate">The day the utility's account was credited.</param>
    /// <param name="amount">Positive.</param>
    /// <param name="documentNumber">The document the customer named in the transfer title, if any.</param>
    /// <exception cref="InvalidLedgerEntryException">A blank id or an amount that is not positive.</exception>
    public Payment(string id, DateOnly valueDate, Money amount, string? documentNumber = null)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new InvalidLedgerEntryException(id ?? string.Empty, "A payment id must not be blank.");
        }

        if (!amount.IsPositive)
        {
            throw new InvalidLedgerEntryException(id, $"Payment {id} must be positive; got {amount.ToString()}.");
        }

        Id = id;
        ValueDate = valueDate;
        Amount = amount;
        DocumentNumber = string.IsNullOrWhiteSpace(documentNumber) ? null : documentNumber;
    }

    /// <summary>Unique among the ledger's payments and refunds.</summary>
    public string Id { get; }

    /// <summary>The day the utility's account was credited.</summary>
    public DateOnly ValueDate { get; }

    /// <summary>The amount received; positive.</summary>
    public Money Amount { get; }

    /// <summary>The document the customer named, or null.</summary>
    public string? DocumentNumber { get; }
}

/// <summary>An overpayment paid back to the customer (zwrot nadpłaty) at their request.</summary>
public sealed record Refund
{
    /// <summary>Creates a refund record.</summary>
    /// <param name="id">An identifier unique among the ledger's payments and refunds.</param>
    /// <param name="paidOn">The day the money leaves the utility's account.</param>
    /// <param name="amount">Positive; at most the open credit on <paramref name="paidOn"/>.</param>
    /// <exception cref="InvalidLedgerEntryException">A blank id or an amount that is not positive.</exception>
    public Refund(string id, DateOnly paidOn, Money amount)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new InvalidLedgerEntryException(id ?? string.Empty, "A refund id must not be blank.");
        }

        if (!amount.IsPositive)
        {
            throw new InvalidLedgerEntryException(id, $"Refund {id} must be positive; got {amount.ToString()}.");
        }

        Id = id;
        PaidOn = paidOn;
        Amount = amount;
    }

    /// <summary>Unique among the ledger's payments and refunds.</summary>
    public string Id { get; }

    /// <summary>The day the money is paid out.</summary>
    public DateOnly PaidOn { get; }

    /// <summary>The amount paid out; positive.</summary>
    public Money Amount { get; }
}

/// <summary>One piece of settlement: <see cref="Amount"/> of a credit (a payment or a negative correction) applied to one
/// document on <see cref="Date"/>.</summary>
/// <param name="SourceKind">Payment or negative correction invoice.</param>
/// <param name="SourceId">The payment id or the correction invoice's number.</param>
/// <param name="DocumentNumber">The document settled.</param>
/// <param name="Date">The day the document was settled by this amount: the later of the credit's date and the
/// document's issue date (an overpayment settles a later document on that document's issue date).</param>
/// <param name="Amount">Positive.</param>
public sealed record Allocation(CreditSourceKind SourceKind, string SourceId, string DocumentNumber, DateOnly Date, Money Amount);

/// <summary>A ledger entry broke one of its own invariants (blank id, non-positive payment, due before issue, …).</summary>
public sealed class InvalidLedgerEntryException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    public InvalidLedgerEntryException(string entryId, string message)
        : base(message) => EntryId = entryId;

    /// <summary>The document number or payment/refund id of the rejected entry.</summary>
    public string EntryId { get; }
}
