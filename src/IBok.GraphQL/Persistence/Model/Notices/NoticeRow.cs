using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IBok.GraphQL.Persistence.Model.Notices;

/// <summary>What a notice announces.</summary>
public enum NoticeKind
{
    /// <summary>General information (komunikat).</summary>
    Information,

    /// <summary>A failure (awaria) with an interruption of supply.</summary>
    Failure,

    /// <summary>A planned shutdown (planowane wyłączenie).</summary>
    PlannedShutdown,
}

/// <summary>Who a notice is for.</summary>
public enum NoticeTargeting
{
    /// <summary>Every customer.</summary>
    All,

    /// <summary>Customers with a premises in <see cref="NoticeRow.TargetCity"/>.</summary>
    Area,

    /// <summary>Customers with a premises on one of <see cref="NoticeRow.Streets"/> in <see cref="NoticeRow.TargetCity"/>.</summary>
    Streets,
}

/// <summary>A notice published by the utility (komunikat, awaria). Table <c>notices</c>; not owned by a customer,
/// each customer's copy is a <see cref="NoticeDeliveryRow"/>.</summary>
public sealed class NoticeRow
{
    /// <summary>The notice id.</summary>
    public long Id { get; set; }

    /// <summary>What it announces.</summary>
    public NoticeKind Kind { get; set; }

    /// <summary>The title.</summary>
    public string Title { get; set; } = "";

    /// <summary>The text.</summary>
    public string Body { get; set; } = "";

    /// <summary>Who it is for.</summary>
    public NoticeTargeting Targeting { get; set; }

    /// <summary>The city of an area or streets notice (compared case-insensitively with premises addresses).</summary>
    public string? TargetCity { get; set; }

    /// <summary>When it was published (UTC); null while it is a draft.</summary>
    public DateTime? PublishedAt { get; set; }

    /// <summary>For an outage: when supply stops (UTC).</summary>
    public DateTime? OutageStartsAt { get; set; }

    /// <summary>For an outage: when supply is expected back (UTC).</summary>
    public DateTime? OutageEndsAt { get; set; }

    /// <summary>The staff member who created it.</summary>
    public string CreatedBy { get; set; } = "";

    /// <summary>When it was created (UTC).</summary>
    public DateTime CreatedAt { get; set; }

    /// <summary>The streets of a streets notice.</summary>
    public List<NoticeStreetRow> Streets { get; set; } = [];
}

/// <summary>One street a notice targets (table <c>notice_streets</c>).</summary>
public sealed class NoticeStreetRow
{
    /// <summary>The row id.</summary>
    public long Id { get; set; }

    /// <summary>The notice.</summary>
    public long NoticeId { get; set; }

    /// <summary>The street name as in premises addresses (without "ul.").</summary>
    public string Street { get; set; } = "";
}

internal sealed class NoticeRowConfiguration : IEntityTypeConfiguration<NoticeRow>
{
    public void Configure(EntityTypeBuilder<NoticeRow> builder)
    {
        builder.ToTable("notices");
        builder.HasKey(row => row.Id);
        builder.Property(row => row.Id).HasColumnName("id");
        builder.Property(row => row.Kind).IsEnumText("kind");
        builder.Property(row => row.Title).HasColumnName("title");
        builder.Property(row => row.Body).HasColumnName("body");
        builder.Property(row => row.Targeting).IsEnumText("targeting");
        builder.Property(row => row.TargetCity).HasColumnName("target_city");
        builder.Property(row => row.PublishedAt).IsInstant("published_at");
        builder.HasIndex(row => row.PublishedAt).HasDatabaseName("ix_notices_published_at");
        builder.Property(row => row.OutageStartsAt).IsInstant("outage_starts_at");
        builder.Property(row => row.OutageEndsAt).IsInstant("outage_ends_at");
        builder.Property(row => row.CreatedBy).HasColumnName("created_by");
        builder.Property(row => row.CreatedAt).IsInstant("created_at");
        builder.HasMany(row => row.Streets).WithOne().HasForeignKey(street => street.NoticeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class NoticeStreetRowConfiguration : IEntityTypeConfiguration<NoticeStreetRow>
{
    public void Configure(EntityTypeBuilder<NoticeStreetRow> builder)
    {
        builder.ToTable("notice_streets");
        builder.HasKey(row => row.Id);
        builder.Property(row => row.Id).HasColumnName("id");
        builder.Property(row => row.NoticeId).HasColumnName("notice_id");
        builder.HasIndex(row => row.NoticeId).HasDatabaseName("ix_notice_streets_notice_id");
        builder.Property(row => row.Street).HasColumnName("street");
    }
}
