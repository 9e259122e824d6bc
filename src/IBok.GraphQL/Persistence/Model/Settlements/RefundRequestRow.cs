using IBok.GraphQL.Persistence.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IBok.GraphQL.Persistence.Model.Settlements;

/// <summary>Where a refund request stands.</summary>
public enum RefundRequestStatus
{
    /// <summary>Waiting for staff.</summary>
    Pending,

    /// <summary>Approved; the refund is to be paid out.</summary>
    Approved,

    /// <summary>Paid out; a <see cref="LedgerEntryType.Refund"/> entry records it.</summary>
    Paid,

    /// <summary>Refused, with a note.</summary>
    Rejected,
}

/// <summary>A customer's request to have an overpayment paid back (table <c>refund_requests</c>).</summary>
public sealed class RefundRequestRow : ICustomerOwned
{
    /// <summary>The request id.</summary>
    public long Id { get; set; }

    /// <inheritdoc />
    public long CustomerId { get; set; }

    /// <summary>The amount asked for, in grosze.</summary>
    public long AmountGrosz { get; set; }

    /// <summary>The account to pay to (26 digits).</summary>
    public string BankAccountNumber { get; set; } = "";

    /// <summary>Where the request stands.</summary>
    public RefundRequestStatus Status { get; set; }

    /// <summary>When it was filed (UTC).</summary>
    public DateTime RequestedAt { get; set; }

    /// <summary>When staff decided (UTC).</summary>
    public DateTime? DecidedAt { get; set; }

    /// <summary>The staff member who decided.</summary>
    public string? DecidedBy { get; set; }

    /// <summary>Staff's note to the customer.</summary>
    public string? DecisionNote { get; set; }

    /// <summary>The case opened for it, when the utility tracks it as a case.</summary>
    public long? CaseId { get; set; }
}

internal sealed class RefundRequestRowConfiguration : IEntityTypeConfiguration<RefundRequestRow>
{
    public void Configure(EntityTypeBuilder<RefundRequestRow> builder)
    {
        builder.ToTable("refund_requests");
        builder.HasKey(row => row.Id);
        builder.Property(row => row.Id).HasColumnName("id");
        builder.Property(row => row.CustomerId).HasColumnName("customer_id");
        builder.HasIndex(row => row.CustomerId).HasDatabaseName("ix_refund_requests_customer_id");
        builder.Property(row => row.AmountGrosz).HasColumnName("amount_grosz");
        builder.Property(row => row.BankAccountNumber).HasColumnName("bank_account_number");
        builder.Property(row => row.Status).IsEnumText("status");
        builder.Property(row => row.RequestedAt).IsInstant("requested_at");
        builder.Property(row => row.DecidedAt).IsInstant("decided_at");
        builder.Property(row => row.DecidedBy).HasColumnName("decided_by");
        builder.Property(row => row.DecisionNote).HasColumnName("decision_note");
        builder.Property(row => row.CaseId).HasColumnName("case_id");
    }
}
