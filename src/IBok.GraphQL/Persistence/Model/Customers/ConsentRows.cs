using IBok.Domain.Customers;
using IBok.GraphQL.Persistence.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IBok.GraphQL.Persistence.Model.Customers;

/// <summary>What a consent is for (IBok.Domain's <see cref="ConsentSubject"/>).</summary>
public enum ConsentTopic
{
    /// <summary>E-invoice (e-faktura) for one contract; <c>contract_id</c> names it, channel and kind are null.</summary>
    ElectronicInvoice,

    /// <summary>A notification of one kind by one channel; channel and kind are set.</summary>
    Notification,
}

/// <summary>
/// The current state of one consent of a customer (table <c>consents</c>): one row per topic, channel, kind and
/// contract, updated with each change. Its history is in <see cref="ConsentChangeRow"/>.
/// </summary>
public sealed class ConsentRow : ICustomerOwned
{
    /// <summary>The row id.</summary>
    public long Id { get; set; }

    /// <inheritdoc />
    public long CustomerId { get; set; }

    /// <summary>E-invoice or a notification.</summary>
    public ConsentTopic Topic { get; set; }

    /// <summary>The contract of an e-invoice consent.</summary>
    public long? ContractId { get; set; }

    /// <summary>The channel of a notification consent.</summary>
    public NotificationChannel? Channel { get; set; }

    /// <summary>The kind of a notification consent.</summary>
    public NotificationKind? Kind { get; set; }

    /// <summary>Whether it is granted now.</summary>
    public bool Granted { get; set; }

    /// <summary>When it last changed (UTC).</summary>
    public DateTime ChangedAt { get; set; }
}

/// <summary>One grant or revocation of a consent, never updated (table <c>consent_changes</c>).</summary>
public sealed class ConsentChangeRow : ICustomerOwned
{
    /// <summary>The row id; orders changes made at the same instant.</summary>
    public long Id { get; set; }

    /// <inheritdoc />
    public long CustomerId { get; set; }

    /// <summary>E-invoice or a notification.</summary>
    public ConsentTopic Topic { get; set; }

    /// <summary>The contract of an e-invoice consent.</summary>
    public long? ContractId { get; set; }

    /// <summary>The channel of a notification consent.</summary>
    public NotificationChannel? Channel { get; set; }

    /// <summary>The kind of a notification consent.</summary>
    public NotificationKind? Kind { get; set; }

    /// <summary>True for a grant, false for a revocation.</summary>
    public bool Granted { get; set; }

    /// <summary>When the customer gave or withdrew it (UTC).</summary>
    public DateTime ChangedAt { get; set; }

    /// <summary>How it was recorded (portal, staff, paper, API).</summary>
    public ConsentSource Source { get; set; }
}

internal sealed class ConsentRowConfiguration : IEntityTypeConfiguration<ConsentRow>
{
    public void Configure(EntityTypeBuilder<ConsentRow> builder)
    {
        builder.ToTable("consents");
        builder.HasKey(row => row.Id);
        builder.Property(row => row.Id).HasColumnName("id");
        builder.Property(row => row.CustomerId).HasColumnName("customer_id");
        builder.HasIndex(row => row.CustomerId).HasDatabaseName("ix_consents_customer_id");
        builder.Property(row => row.Topic).IsEnumText("topic");
        builder.Property(row => row.ContractId).HasColumnName("contract_id");
        builder.Property(row => row.Channel).IsEnumText("channel");
        builder.Property(row => row.Kind).IsEnumText("kind");
        builder.Property(row => row.Granted).HasColumnName("granted");
        builder.Property(row => row.ChangedAt).IsInstant("changed_at");
    }
}

internal sealed class ConsentChangeRowConfiguration : IEntityTypeConfiguration<ConsentChangeRow>
{
    public void Configure(EntityTypeBuilder<ConsentChangeRow> builder)
    {
        builder.ToTable("consent_changes");
        builder.HasKey(row => row.Id);
        builder.Property(row => row.Id).HasColumnName("id");
        builder.Property(row => row.CustomerId).HasColumnName("customer_id");
        builder.HasIndex(row => row.CustomerId).HasDatabaseName("ix_consent_changes_customer_id");
        builder.Property(row => row.Topic).IsEnumText("topic");
        builder.Property(row => row.ContractId).HasColumnName("contract_id");
        builder.Property(row => row.Channel).IsEnumText("channel");
        builder.Property(row => row.Kind).IsEnumText("kind");
        builder.Property(row => row.Granted).HasColumnName("granted");
        builder.Property(row => row.ChangedAt).IsInstant("changed_at");
        builder.Property(row => row.Source).IsEnumText("source");
    }
}
