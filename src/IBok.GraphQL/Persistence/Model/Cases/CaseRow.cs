using IBok.Domain.Cases;
using IBok.GraphQL.Persistence.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IBok.GraphQL.Persistence.Model.Cases;

/// <summary>
/// A case (zgłoszenie, reklamacja, wniosek): table <c>cases</c>, with its messages, status history and attachments.
/// </summary>
/// <remarks>
/// <see cref="CustomerId"/> is null for a case filed without an account by someone who is not (or not yet known as)
/// a customer; the viewer filter then shows it to staff only (<c>NULL = @customer</c> is never true), and the
/// anonymous tracking flow finds it by signature and secret. Linking it to a customer later sets the customer on
/// the case and on every child row.
/// </remarks>
public sealed class CaseRow : ICustomerOwned
{
    /// <summary>The case id.</summary>
    public long Id { get; set; }

    /// <summary>The customer, or null for a case filed by a non-customer.</summary>
    public long? CustomerId { get; set; }

    // The viewer filter reads the public CustomerId property by name; this only satisfies the interface.
    long ICustomerOwned.CustomerId => CustomerId ?? 0;

    /// <summary>The signature, e.g. <c>RK/2026/000123</c>, unique; given when staff register the case.</summary>
    public string? Signature { get; set; }

    /// <summary>Complaint, request, question, data change or refund.</summary>
    public CaseKind Kind { get; set; }

    /// <summary>The subject.</summary>
    public string Subject { get; set; } = "";

    /// <summary>The current status (the latest of <see cref="StatusChanges"/>).</summary>
    public CaseStatus Status { get; set; }

    /// <summary>When it was filed (UTC).</summary>
    public DateTime SubmittedAt { get; set; }

    /// <summary>The day by which the utility must answer.</summary>
    public DateOnly ResponseDeadline { get; set; }

    /// <summary>When the deadline was extended (UTC), if it was.</summary>
    public DateTime? DeadlineExtendedAt { get; set; }

    /// <summary>The staff member who extended the deadline.</summary>
    public string? DeadlineExtendedBy { get; set; }

    /// <summary>Why the deadline was extended.</summary>
    public string? DeadlineExtensionReason { get; set; }

    /// <summary>The deadline before the extension.</summary>
    public DateOnly? PreviousDeadline { get; set; }

    /// <summary>A hash of the secret handed out at filing, for tracking without an account; never the secret itself.</summary>
    public string? TrackingSecretHash { get; set; }

    /// <summary>The account that filed it; null when filed without an account.</summary>
    public long? CreatedByAccountId { get; set; }

    /// <summary>Who filed it, as shown to staff.</summary>
    public string CreatedBy { get; set; } = "";

    /// <summary>The filer's e-mail for answers (cases filed without an account).</summary>
    public string? ContactEmail { get; set; }

    /// <summary>The filer's phone (cases filed without an account).</summary>
    public string? ContactPhone { get; set; }

    /// <summary>When anything about the case last changed (UTC).</summary>
    public DateTime UpdatedAt { get; set; }

    /// <summary>The messages, oldest first by <c>sent_at</c>.</summary>
    public List<CaseMessageRow> Messages { get; set; } = [];

    /// <summary>The status history.</summary>
    public List<CaseStatusChangeRow> StatusChanges { get; set; } = [];

    /// <summary>The attachments.</summary>
    public List<CaseAttachmentRow> Attachments { get; set; } = [];
}

internal sealed class CaseRowConfiguration : IEntityTypeConfiguration<CaseRow>
{
    public void Configure(EntityTypeBuilder<CaseRow> builder)
    {
        builder.ToTable("cases");
        builder.HasKey(row => row.Id);
        builder.Property(row => row.Id).HasColumnName("id");
        builder.Property(row => row.CustomerId).HasColumnName("customer_id");
        builder.HasIndex(row => row.CustomerId).HasDatabaseName("ix_cases_customer_id");
        builder.Property(row => row.Signature).HasColumnName("signature");
        builder.HasIndex(row => row.Signature).IsUnique().HasDatabaseName("ux_cases_signature");
        builder.Property(row => row.Kind).IsEnumText("kind");
        builder.Property(row => row.Subject).HasColumnName("subject");
        builder.Property(row => row.Status).IsEnumText("status");
        builder.HasIndex(row => row.Status).HasDatabaseName("ix_cases_status");
        builder.Property(row => row.SubmittedAt).IsInstant("submitted_at");
        builder.Property(row => row.ResponseDeadline).HasColumnName("response_deadline");
        builder.Property(row => row.DeadlineExtendedAt).IsInstant("deadline_extended_at");
        builder.Property(row => row.DeadlineExtendedBy).HasColumnName("deadline_extended_by");
        builder.Property(row => row.DeadlineExtensionReason).HasColumnName("deadline_extension_reason");
        builder.Property(row => row.PreviousDeadline).HasColumnName("previous_deadline");
        builder.Property(row => row.TrackingSecretHash).HasColumnName("tracking_secret_hash");
        builder.Property(row => row.CreatedByAccountId).HasColumnName("created_by_account_id");
        builder.Property(row => row.CreatedBy).HasColumnName("created_by");
        builder.Property(row => row.ContactEmail).HasColumnName("contact_email");
        builder.Property(row => row.ContactPhone).HasColumnName("contact_phone");
        builder.Property(row => row.UpdatedAt).IsInstant("updated_at");
        builder.HasMany(row => row.Messages).WithOne().HasForeignKey(message => message.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(row => row.StatusChanges).WithOne().HasForeignKey(change => change.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(row => row.Attachments).WithOne().HasForeignKey(attachment => attachment.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}
