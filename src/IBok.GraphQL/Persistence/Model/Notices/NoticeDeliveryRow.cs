using IBok.GraphQL.Persistence.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IBok.GraphQL.Persistence.Model.Notices;

/// <summary>A notice in one customer's inbox, with its read state (table <c>notice_deliveries</c>).</summary>
public sealed class NoticeDeliveryRow : ICustomerOwned
{
    /// <summary>The row id.</summary>
    public long Id { get; set; }

    /// <inheritdoc />
    public long CustomerId { get; set; }

    /// <summary>The notice (unique with the customer: a notice reaches a customer once).</summary>
    public long NoticeId { get; set; }

    /// <summary>When it reached the inbox (UTC).</summary>
    public DateTime DeliveredAt { get; set; }

    /// <summary>When the customer read it (UTC); null while unread.</summary>
    public DateTime? ReadAt { get; set; }
}

internal sealed class NoticeDeliveryRowConfiguration : IEntityTypeConfiguration<NoticeDeliveryRow>
{
    public void Configure(EntityTypeBuilder<NoticeDeliveryRow> builder)
    {
        builder.ToTable("notice_deliveries");
        builder.HasKey(row => row.Id);
        builder.Property(row => row.Id).HasColumnName("id");
        builder.Property(row => row.CustomerId).HasColumnName("customer_id");
        builder.HasIndex(row => new { row.CustomerId, row.NoticeId }).IsUnique().HasDatabaseName("ux_notice_deliveries_customer_notice");
        builder.Property(row => row.NoticeId).HasColumnName("notice_id");
        builder.HasIndex(row => row.NoticeId).HasDatabaseName("ix_notice_deliveries_notice_id");
        builder.Property(row => row.DeliveredAt).IsInstant("delivered_at");
        builder.Property(row => row.ReadAt).IsInstant("read_at");
    }
}
