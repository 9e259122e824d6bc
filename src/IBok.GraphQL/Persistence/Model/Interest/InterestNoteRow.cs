using IBok.GraphQL.Persistence.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IBok.GraphQL.Persistence.Model.Interest;

/// <summary>An interest note (nota odsetkowa, e-nota) for payments made late. Table <c>interest_notes</c>.</summary>
public sealed class InterestNoteRow : ICustomerOwned
{
    /// <summary>The note id.</summary>
    public long Id { get; set; }

    /// <inheritdoc />
    public long CustomerId { get; set; }

    /// <summary>The note number, unique.</summary>
    public string Number { get; set; } = "";

    /// <summary>Issue date.</summary>
    public DateOnly IssueDate { get; set; }

    /// <summary>Due date.</summary>
    public DateOnly DueDate { get; set; }

    /// <summary>The interest rate table applied (e.g. statutory late interest).</summary>
    public string RateTableName { get; set; } = "";

    /// <summary>The total interest in grosze.</summary>
    public long TotalGrosz { get; set; }

    /// <summary>When the row was created (UTC).</summary>
    public DateTime CreatedAt { get; set; }

    /// <summary>The charged late payments.</summary>
    public List<InterestNoteLineRow> Lines { get; set; } = [];
}

/// <summary>
/// One late payment charged on an interest note (table <c>interest_note_lines</c>). The pair (document, payment)
/// is IBok.Domain's <c>InterestChargeKey</c> and is unique per customer, so no late payment is charged twice.
/// </summary>
public sealed class InterestNoteLineRow : ICustomerOwned
{
    /// <summary>The line id.</summary>
    public long Id { get; set; }

    /// <inheritdoc />
    public long CustomerId { get; set; }

    /// <summary>The note.</summary>
    public long InterestNoteId { get; set; }

    /// <summary>The document paid late.</summary>
    public string DocumentNumber { get; set; } = "";

    /// <summary>The payment that paid it late (its ledger reference).</summary>
    public string PaymentReference { get; set; } = "";

    /// <summary>The amount paid late, in grosze.</summary>
    public long AmountPaidLateGrosz { get; set; }

    /// <summary>The document's due date.</summary>
    public DateOnly DueDate { get; set; }

    /// <summary>The day it was paid.</summary>
    public DateOnly PaidOn { get; set; }

    /// <summary>Days late.</summary>
    public int Days { get; set; }

    /// <summary>The annual rates applied, in percent, as text (e.g. <c>11.25;10.75</c>), for the printout.</summary>
    public string Rates { get; set; } = "";

    /// <summary>The interest in grosze.</summary>
    public long InterestGrosz { get; set; }
}

internal sealed class InterestNoteRowConfiguration : IEntityTypeConfiguration<InterestNoteRow>
{
    public void Configure(EntityTypeBuilder<InterestNoteRow> builder)
    {
        builder.ToTable("interest_notes");
        builder.HasKey(row => row.Id);
        builder.Property(row => row.Id).HasColumnName("id");
        builder.Property(row => row.CustomerId).HasColumnName("customer_id");
        builder.HasIndex(row => row.CustomerId).HasDatabaseName("ix_interest_notes_customer_id");
        builder.Property(row => row.Number).HasColumnName("number");
        builder.HasIndex(row => row.Number).IsUnique().HasDatabaseName("ux_interest_notes_number");
        builder.Property(row => row.IssueDate).HasColumnName("issue_date");
        builder.Property(row => row.DueDate).HasColumnName("due_date");
        builder.Property(row => row.RateTableName).HasColumnName("rate_table_name");
        builder.Property(row => row.TotalGrosz).HasColumnName("total_grosz");
        builder.Property(row => row.CreatedAt).IsInstant("created_at");
        builder.HasMany(row => row.Lines).WithOne().HasForeignKey(line => line.InterestNoteId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class InterestNoteLineRowConfiguration : IEntityTypeConfiguration<InterestNoteLineRow>
{
    public void Configure(EntityTypeBuilder<InterestNoteLineRow> builder)
    {
        builder.ToTable("interest_note_lines");
        builder.HasKey(row => row.Id);
        builder.Property(row => row.Id).HasColumnName("id");
        builder.Property(row => row.CustomerId).HasColumnName("customer_id");
        builder.HasIndex(row => new { row.CustomerId, row.DocumentNumber, row.PaymentReference }).IsUnique().HasDatabaseName("ux_interest_note_lines_charge_key");
        builder.Property(row => row.InterestNoteId).HasColumnName("interest_note_id");
        builder.HasIndex(row => row.InterestNoteId).HasDatabaseName("ix_interest_note_lines_interest_note_id");
        builder.Property(row => row.DocumentNumber).HasColumnName("document_number");
        builder.Property(row => row.PaymentReference).HasColumnName("payment_reference");
        builder.Property(row => row.AmountPaidLateGrosz).HasColumnName("amount_paid_late_grosz");
        builder.Property(row => row.DueDate).HasColumnName("due_date");
        builder.Property(row => row.PaidOn).HasColumnName("paid_on");
        builder.Property(row => row.Days).HasColumnName("days");
        builder.Property(row => row.Rates).HasColumnName("rates");
        builder.Property(row => row.InterestGrosz).HasColumnName("interest_grosz");
    }
}
