using IBok.Domain.Settlements;
using IBok.GraphQL.Api.Common;
using IBok.GraphQL.Application.CustomerReads;
using IBok.GraphQL.Persistence.Model.Settlements;

namespace IBok.GraphQL.Api.Settlements;

/// <summary>A customer's settlements (rozrachunki) today.</summary>
public sealed class LedgerStatement
{
    private readonly Settlement _settlement;

    internal LedgerStatement(Settlement settlement) => _settlement = settlement;

    /// <summary>The balance and what is due.</summary>
    public Balance Balance => new(_settlement);

    /// <summary>The debit documents (invoices, corrections, interest notes), newest first, with what is paid and when.</summary>
    public IReadOnlyList<LedgerDocument> Documents => [.. _settlement.Documents.Select(status => new LedgerDocument(status))];

    /// <summary>The payments received, newest first.</summary>
    public IReadOnlyList<LedgerPayment> Payments => [.. _settlement.Rows
        .Where(row => row.EntryType == LedgerEntryType.Payment)
        .OrderByDescending(row => row.EntryDate).ThenByDescending(row => row.Id)
        .Select(row => new LedgerPayment(row.Reference, row.EntryDate, MoneyValue.FromGrosze(row.AmountGrosz), row.MatchedDocumentNumber, row.PaymentChannel, row.Title))];

    /// <summary>The overpayments paid back, newest first.</summary>
    public IReadOnlyList<LedgerRefund> Refunds => [.. _settlement.Rows
        .Where(row => row.EntryType == LedgerEntryType.Refund)
        .OrderByDescending(row => row.EntryDate).ThenByDescending(row => row.Id)
        .Select(row => new LedgerRefund(row.Reference, row.EntryDate, MoneyValue.FromGrosze(row.AmountGrosz)))];
}

/// <summary>A debit document in the ledger with its settlement today.</summary>
public sealed class LedgerDocument
{
    private readonly DocumentStatus _status;

    internal LedgerDocument(DocumentStatus status) => _status = status;

    /// <summary>The document number.</summary>
    public string Number => _status.Document.Number;

    /// <summary>Invoice, correction or interest note.</summary>
    public DebitKind Kind => _status.Document.Kind;

    /// <summary>The issue date.</summary>
    public DateOnly IssueDate => _status.Document.IssueDate;

    /// <summary>The due date.</summary>
    public DateOnly DueDate => _status.Document.DueDate;

    /// <summary>The amount (negative for a correction that lowers an invoice).</summary>
    public MoneyValue Amount => MoneyValue.From(_status.Document.Amount);

    /// <summary>How much of it is paid.</summary>
    public MoneyValue Paid => MoneyValue.From(_status.Paid);

    /// <summary>How much of it is still to pay.</summary>
    public MoneyValue Outstanding => MoneyValue.From(_status.Outstanding);

    /// <summary>Unpaid, partly paid, paid, a credit, or not issued yet.</summary>
    public DocumentPaymentState State => _status.State;

    /// <summary>The day it became fully paid.</summary>
    public DateOnly? PaidOn => _status.PaidOn;

    /// <summary>Whether something is left to pay after the due date.</summary>
    public bool IsOverdue => _status.Outstanding.IsPositive && _status.Document.DueDate < _status.AsOf;
}

/// <summary>A payment received.</summary>
/// <param name="Reference">The bank's or gateway's transaction reference.</param>
/// <param name="ValueDate">The value date.</param>
/// <param name="Amount">The amount.</param>
/// <param name="DocumentNumber">The document the payer named, if any.</param>
/// <param name="Channel">How it arrived.</param>
/// <param name="Title">The transfer title.</param>
public sealed record LedgerPayment(string Reference, DateOnly ValueDate, MoneyValue Amount, string? DocumentNumber, PaymentChannel? Channel, string? Title);

/// <summary>An overpayment paid back to the customer.</summary>
/// <param name="Reference">The transaction reference.</param>
/// <param name="PaidOn">The pay-out date.</param>
/// <param name="Amount">The amount.</param>
public sealed record LedgerRefund(string Reference, DateOnly PaidOn, MoneyValue Amount);
