using IBok.Domain.Cases;
using IBok.GraphQL.Persistence.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IBok.GraphQL.Persistence.Model.Cases;

/// <summary>A message in a case (table <c>case_messages</c>); its customer is the case's (see <see cref="CaseRow"/>).</summary>
public sealed class CaseMessageRow : ICustomerOwned
{
    /// <summary>The message id.</summary>
    public long Id { get; set; }

    /// <summary>The case's customer, or null (see <see cref="CaseRow"/>).</summary>
    public long? CustomerId { get; set; }

    long ICustomerOwned.CustomerId => CustomerId ?? 0;

    /// <summary>The case.</summary>
    public long CaseId { get; set; }

    /// <summary>Customer or staff.</summary>
    public CaseActorRole AuthorRole { get; set; }

    /// <summary>The author's name as shown.</summary>
    public string AuthorName { get; set; } = "";

    /// <summary>The author's account, when signed in.</summary>
    public long? AuthorAccountId { get; set; }

    /// <summary>The text.</summary>
    public string Text { get; set; } = "";

    /// <summary>When it was sent (UTC).</summary>
    public DateTime SentAt { get; set; }
}

/// <summary>One status change of a case (table <c>case_status_changes</c>).</summary>
public sealed class CaseStatusChangeRow : ICustomerOwned
{
    /// <summary>The row id.</summary>
    public long Id { get; set; }

    /// <summary>The case's customer, or null (see <see cref="CaseRow"/>).</summary>
    public long? CustomerId { get; set; }

    long ICustomerOwned.CustomerId => CustomerId ?? 0;

    /// <summary>The case.</summary>
    public long CaseId { get; set; }

    /// <summary>The status before; null for the filing itself.</summary>
    public CaseStatus? FromStatus { get; set; }

    /// <summary>The status after.</summary>
    public CaseStatus ToStatus { get; set; }

    /// <summary>When (UTC).</summary>
    public DateTime ChangedAt { get; set; }

    /// <summary>Customer or staff.</summary>
    public CaseActorRole ByRole { get; set; }

    /// <summary>Who changed it, as shown.</summary>
    public string ByName { get; set; } = "";

    /// <summary>The note (a rejection's reason).</summary>
    public string? Note { get; set; }
}

/// <summary>
/// A file attached to a case (table <c>case_attachments</c>): the content is in the row; the size limit is the
/// application's (see the cases service).
/// </summary>
public sealed class CaseAttachmentRow : ICustomerOwned
{
    /// <summary>The attachment id.</summary>
    public long Id { get; set; }

    /// <summary>The case's customer, or null (see <see cref="CaseRow"/>).</summary>
    public long? CustomerId { get; set; }

    long ICustomerOwned.CustomerId => CustomerId ?? 0;

    /// <summary>The case.</summary>
    public long CaseId { get; set; }

    /// <summary>The message it came with.</summary>
    public long? MessageId { get; set; }

    /// <summary>The file name.</summary>
    public string FileName { get; set; } = "";

    /// <summary>The MIME type.</summary>
    public string ContentType { get; set; } = "";

    /// <summary>The content's length in bytes.</summary>
    public long SizeBytes { get; set; }

    /// <summary>The content.</summary>
    public byte[] Content { get; set; } = [];

    /// <summary>When it was uploaded (UTC).</summary>
    public DateTime UploadedAt { get; set; }
}

/// <summary>The last sequence number of case signatures per prefix and year (table <c>case_signature_counters</c>).</summary>
public sealed class CaseSignatureCounterRow
{
    /// <summary>The row id.</summary>
    public long Id { get; set; }

    /// <summary>The signature prefix, e.g. <c>RK</c>.</summary>
    public string Prefix { get; set; } = "";

    /// <summary>The year.</summary>
    public int Year { get; set; }

    /// <summary>The last sequence given out.</summary>
    public int LastSequence { get; set; }

    /// <summary>Optimistic concurrency token, incremented with every update.</summary>
    public long Version { get; set; }
}

internal sealed class CaseMessageRowConfiguration : IEntityTypeConfiguration<CaseMessageRow>
{
    public void Configure(EntityTypeBuilder<CaseMessageRow> builder)
    {
        builder.ToTable("case_messages");
        builder.HasKey(row => row.Id);
        builder.Property(row => row.Id).HasColumnName("id");
        builder.Property(row => row.CustomerId).HasColumnName("customer_id");
        builder.HasIndex(row => row.CustomerId).HasDatabaseName("ix_case_messages_customer_id");
        builder.Property(row => row.CaseId).HasColumnName("case_id");
        builder.HasIndex(row => row.CaseId).HasDatabaseName("ix_case_messages_case_id");
        builder.Property(row => row.AuthorRole).IsEnumText("author_role");
        builder.Property(row => row.AuthorName).HasColumnName("author_name");
        builder.Property(row => row.AuthorAccountId).HasColumnName("author_account_id");
        builder.Property(row => row.Text).HasColumnName("text");
        builder.Property(row => row.SentAt).IsInstant("sent_at");
    }
}

internal sealed class CaseStatusChangeRowConfiguration : IEntityTypeConfiguration<CaseStatusChangeRow>
{
    public void Configure(EntityTypeBuilder<CaseStatusChangeRow> builder)
    {
        builder.ToTable("case_status_changes");
        builder.HasKey(row => row.Id);
        builder.Property(row => row.Id).HasColumnName("id");
        builder.Property(row => row.CustomerId).HasColumnName("customer_id");
        builder.HasIndex(row => row.CustomerId).HasDatabaseName("ix_case_status_changes_customer_id");
        builder.Property(row => row.CaseId).HasColumnName("case_id");
        builder.HasIndex(row => row.CaseId).HasDatabaseName("ix_case_status_changes_case_id");
        builder.Property(row => row.FromStatus).IsEnumText("from_status");
        builder.Property(row => row.ToStatus).IsEnumText("to_status");
        builder.Property(row => row.ChangedAt).IsInstant("changed_at");
        builder.Property(row => row.ByRole).IsEnumText("by_role");
        builder.Property(row => row.ByName).HasColumnName("by_name");
        builder.Property(row => row.Note).HasColumnName("note");
    }
}

internal sealed class CaseAttachmentRowConfiguration : IEntityTypeConfiguration<CaseAttachmentRow>
{
    public void Configure(EntityTypeBuilder<CaseAttachmentRow> builder)
    {
        builder.ToTable("case_attachments");
        builder.HasKey(row => row.Id);
        builder.Property(row => row.Id).HasColumnName("id");
        builder.Property(row => row.CustomerId).HasColumnName("customer_id");
        builder.HasIndex(row => row.CustomerId).HasDatabaseName("ix_case_attachments_customer_id");
        builder.Property(row => row.CaseId).HasColumnName("case_id");
        builder.HasIndex(row => row.CaseId).HasDatabaseName("ix_case_attachments_case_id");
        builder.Property(row => row.MessageId).HasColumnName("message_id");
        builder.Property(row => row.FileName).HasColumnName("file_name");
        builder.Property(row => row.ContentType).HasColumnName("content_type");
        builder.Property(row => row.SizeBytes).HasColumnName("size_bytes");
        builder.Property(row => row.Content).HasColumnName("content");
        builder.Property(row => row.UploadedAt).IsInstant("uploaded_at");
    }
}

internal sealed class CaseSignatureCounterRowConfiguration : IEntityTypeConfiguration<CaseSignatureCounterRow>
{
    public void Configure(EntityTypeBuilder<CaseSignatureCounterRow> builder)
    {
        builder.ToTable("case_signature_counters");
        builder.HasKey(row => row.Id);
        builder.Property(row => row.Id).HasColumnName("id");
        builder.Property(row => row.Prefix).HasColumnName("prefix");
        builder.Property(row => row.Year).HasColumnName("year");
        builder.HasIndex(row => new { row.Prefix, row.Year }).IsUnique().HasDatabaseName("ux_case_signature_counters_prefix_year");
        builder.Property(row => row.LastSequence).HasColumnName("last_sequence");
        builder.Property(row => row.Version).HasColumnName("version").IsConcurrencyToken();
    }
}
