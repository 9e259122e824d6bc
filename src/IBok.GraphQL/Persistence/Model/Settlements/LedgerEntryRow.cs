using IBok.Domain.Settlements;
using IBok.GraphQL.Persistence.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IBok.GraphQL.Persistence.Model.Settlements;

/// <summary>What a ledger entry is (IBok.Domain's debit documents, payments and refunds).</summary>
public enum LedgerEntryType
{
    /// <summary>A debit document: an invoice, a correction (may be negative) or an interest note.</summary>
    Debit,

    /// <summary>A payment received.</summary>
    Payment,

    /// <summary>An overpayment paid back to the customer.</summary>
    Refund,
}

/// <summary>How a payment arrived.</summary>
public enum PaymentChannel
{
    /// <summary>A bank transfer from a statement import.</summary>
    BankTransfer,

    /// <summary>An online payment through the payment gateway.</summary>
    Online,

    /// <summary>Cash at the utility's office.</summary>
    Cash,

    /// <summary>Registered by staff or an integration without more detail.</summary>
    Other,
}

/// <summary>
/// One entry of a customer's settlements (rozrachunki): table <c>ledger_entries</c>. The ledger (balance, document
/// status, allocations of payments) is rebuilt from these rows by <see cref="Mapping.LedgerMapping"/>; allocations
/// are never stored, so a late entry can never leave them stale.
/// </summary>
public sealed class LedgerEntryRow : ICustomerOwned
{
    /// <summary>The entry id.</summary>
    public long Id { get; set; }

    /// <inheritdoc />
    public long CustomerId { get; set; }

    /// <summary>Debit, payment or refund.</summary>
    public LedgerEntryType EntryType { get; set; }

    /// <summary>
    /// The document number (debits) or the transaction id (payments, refunds: the bank's or gateway's reference),
    /// unique per customer and type, which makes posting idempotent.
    /// </summary>
    public string Reference { get; set; } = "";

    /// <summary>For a debit: invoice, correction or interest note.</summary>
    public DebitKind? DebitKind { get; set; }

    /// <summary>The entry's date: a document's issue date, a payment's value date, a refund's pay-out date.</summary>
    public DateOnly EntryDate { get; set; }

    /// <summary>For a debit: its due date.</summary>
    public DateOnly? DueDate { get; set; }

    /// <summary>The amount in grosze: positive, except a correction that lowers an invoice.</summary>
    public long AmountGrosz { get; set; }

    /// <summary>For a correction: the document it corrects.</summary>
    public string? CorrectedDocumentNumber { get; set; }

    /// <summary>For a payment: the document it names (the payer's title); null pays the oldest due first.</summary>
    public string? MatchedDocumentNumber { get; set; }

    /// <summary>For a debit from an invoice or correction: the invoice row.</summary>
    public long? InvoiceId { get; set; }

    /// <summary>For a debit from an interest note: the note row.</summary>
    public long? InterestNoteId { get; set; }

    /// <summary>For a payment: how it arrived.</summary>
    public PaymentChannel? PaymentChannel { get; set; }

    /// <summary>For a payment: the transfer title or other description.</summary>
    public string? Title { get; set; }

    /// <summary>For a refund: the refund request it pays out.</summary>
    public long? RefundRequestId { get; set; }

    /// <summary>When the entry was recorded (UTC).</summary>
    public DateTime CreatedAt { get; set; }
}

internal sealed class LedgerEntryRowConfiguration : IEntityTypeConfiguration<LedgerEntryRow>
{
    public void Configure(EntityTypeBuilder<LedgerEntryRow> builder)
    {
        builder.ToTable("ledger_entries");
        builder.HasKey(row => row.Id);
        builder.Property(row => row.Id).HasColumnName("id");
        builder.Property(row => row.CustomerId).HasColumnName("customer_id");
        builder.HasIndex(row => new { row.CustomerId, row.EntryType, row.Reference }).IsUnique().HasDatabaseName("ux_ledger_entries_customer_type_reference");
        builder.Property(row => row.EntryType).IsEnumText("entry_type");
        builder.Property(row => row.Reference).HasColumnName("reference");
        builder.Property(row => row.DebitKind).IsEnumText("debit_kind");
        builder.Property(row => row.EntryDate).HasColumnName("entry_date");
        builder.Property(row => row.DueDate).HasColumnName("due_date");
        builder.Property(row => row.AmountGrosz).HasColumnName("amount_grosz");
        builder.Property(row => row.CorrectedDocumentNumber).HasColumnName("corrected_document_number");
        builder.Property(row => row.MatchedDocumentNumber).HasColumnName("matched_document_number");
        builder.Property(row => row.InvoiceId).HasColumnName("invoice_id");
        builder.Property(row => row.InterestNoteId).HasColumnName("interest_note_id");
        builder.Property(row => row.PaymentChannel).IsEnumText("payment_channel");
        builder.Property(row => row.Title).HasColumnName("title");
        builder.Property(row => row.RefundRequestId).HasColumnName("refund_request_id");
        builder.Property(row => row.CreatedAt).IsInstant("created_at");
    }
}
