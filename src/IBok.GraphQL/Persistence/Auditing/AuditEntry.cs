using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IBok.GraphQL.Persistence.Auditing;

/// <summary>One staff or integration action: who did what to which record, and when (never updated or deleted).</summary>
public sealed class AuditEntry
{
    /// <summary>The entry's id.</summary>
    public long Id { get; set; }

    /// <summary>When the action happened (UTC).</summary>
    public DateTime OccurredAt { get; set; }

    /// <summary>The account or API key that acted; null for the system itself.</summary>
    public long? ActorAccountId { get; set; }

    /// <summary>The actor's name at the time (kept even if the account is renamed or removed).</summary>
    public string ActorName { get; set; } = "";

    /// <summary>The actor's role at the time.</summary>
    public string ActorRole { get; set; } = "";

    /// <summary>What was done, e.g. <c>payment.register</c>.</summary>
    public string Action { get; set; } = "";

    /// <summary>The kind of record acted on, e.g. <c>Invoice</c>.</summary>
    public string? SubjectType { get; set; }

    /// <summary>The id of the record acted on.</summary>
    public string? SubjectId { get; set; }

    /// <summary>Details as JSON (the arguments that matter).</summary>
    public string? DetailsJson { get; set; }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_log");
        builder.HasKey(entry => entry.Id);
        builder.Property(entry => entry.Id).HasColumnName("id");
        builder.Property(entry => entry.OccurredAt).HasColumnName("occurred_at");
        builder.Property(entry => entry.ActorAccountId).HasColumnName("actor_account_id");
        builder.Property(entry => entry.ActorName).HasColumnName("actor_name");
        builder.Property(entry => entry.ActorRole).HasColumnName("actor_role");
        builder.Property(entry => entry.Action).HasColumnName("action");
        builder.Property(entry => entry.SubjectType).HasColumnName("subject_type");
        builder.Property(entry => entry.SubjectId).HasColumnName("subject_id");
        builder.Property(entry => entry.DetailsJson).HasColumnName("details_json");
    }
}
