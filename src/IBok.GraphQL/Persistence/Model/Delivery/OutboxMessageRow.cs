using IBok.Domain.Customers;
using IBok.GraphQL.Persistence.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IBok.GraphQL.Persistence.Model.Delivery;

/// <summary>Where an outbox message is in its life.</summary>
public enum OutboxStatus
{
    /// <summary>Waiting for its next attempt (<see cref="OutboxMessageRow.NextAttemptAt"/>).</summary>
    Pending,

    /// <summary>Claimed by a dispatcher until <see cref="OutboxMessageRow.LeaseUntil"/>; a dispatcher that died leaves it
    /// here and the next one takes it again once the lease has run out.</summary>
    Sending,

    /// <summary>Handed over to the mail server or SMS gateway; final.</summary>
    Sent,

    /// <summary>Failed too often; waits for staff to look at it and retry it.</summary>
    Parked,

    /// <summary>No longer due before it was sent (a payment reminder for a document paid in the meantime); final.</summary>
    Withdrawn,
}

/// <summary>
/// One e-mail or SMS to send (table <c>outbox_messages</c>), written in the same transaction as the change that causes
/// it and rendered in full at that moment, so the dispatcher needs nothing but this row (and the document to attach).
/// </summary>
public sealed class OutboxMessageRow : ICustomerOwned
{
    /// <summary>The row id.</summary>
    public long Id { get; set; }

    /// <inheritdoc />
    public long CustomerId { get; set; }

    /// <summary>The notice planner's idempotency key (unique): the same notice is never written twice.</summary>
    public string IdempotencyKey { get; set; } = "";

    /// <summary>The kind of notice.</summary>
    public NotificationKind Kind { get; set; }

    /// <summary>E-mail or SMS.</summary>
    public NotificationChannel Channel { get; set; }

    /// <summary>The e-mail address or phone number.</summary>
    public string Recipient { get; set; } = "";

    /// <summary>The recipient's name (for the e-mail's To header).</summary>
    public string? RecipientName { get; set; }

    /// <summary>The e-mail subject (for an SMS, a short label staff see).</summary>
    public string Subject { get; set; } = "";

    /// <summary>The plain-text body (the SMS text for an SMS).</summary>
    public string TextBody { get; set; } = "";

    /// <summary>The HTML body of an e-mail; null for an SMS.</summary>
    public string? HtmlBody { get; set; }

    /// <summary>The unsubscribe link of the notice's kind (List-Unsubscribe); null for an SMS.</summary>
    public string? UnsubscribeUrl { get; set; }

    /// <summary>The invoice whose PDF goes with the e-mail (e-invoice).</summary>
    public long? AttachInvoiceId { get; set; }

    /// <summary>The interest note whose PDF goes with the e-mail.</summary>
    public long? AttachInterestNoteId { get; set; }

    /// <summary>Where the message is.</summary>
    public OutboxStatus Status { get; set; }

    /// <summary>Attempts started so far (counted when claimed, so an attempt cut short by a crash counts too).</summary>
    public int Attempts { get; set; }

    /// <summary>When the next attempt may start (UTC).</summary>
    public DateTime NextAttemptAt { get; set; }

    /// <summary>Until when a dispatcher holds it (UTC), while <see cref="OutboxStatus.Sending"/>.</summary>
    public DateTime? LeaseUntil { get; set; }

    /// <summary>Why the last attempt failed.</summary>
    public string? LastError { get; set; }

    /// <summary>When it was written (UTC).</summary>
    public DateTime CreatedAt { get; set; }

    /// <summary>When it was handed over (UTC); set once.</summary>
    public DateTime? SentAt { get; set; }
}

internal sealed class OutboxMessageRowConfiguration : IEntityTypeConfiguration<OutboxMessageRow>
{
    public void Configure(EntityTypeBuilder<OutboxMessageRow> builder)
    {
        builder.ToTable("outbox_messages");
        builder.HasKey(row => row.Id);
        builder.Property(row => row.Id).HasColumnName("id");
        builder.Property(row => row.CustomerId).HasColumnName("customer_id");
        builder.HasIndex(row => row.CustomerId).HasDatabaseName("ix_outbox_messages_customer_id");
        builder.Property(row => row.IdempotencyKey).HasColumnName("idempotency_key");
        builder.HasIndex(row => row.IdempotencyKey).IsUnique().HasDatabaseName("ux_outbox_messages_idempotency_key");
        builder.Property(row => row.Kind).IsEnumText("kind");
        builder.Property(row => row.Channel).IsEnumText("channel");
        builder.Property(row => row.Recipient).HasColumnName("recipient");
        builder.Property(row => row.RecipientName).HasColumnName("recipient_name");
        builder.Property(row => row.Subject).HasColumnName("subject");
        builder.Property(row => row.TextBody).HasColumnName("text_body");
        builder.Property(row => row.HtmlBody).HasColumnName("html_body");
        builder.Property(row => row.UnsubscribeUrl).HasColumnName("unsubscribe_url");
        builder.Property(row => row.AttachInvoiceId).HasColumnName("attach_invoice_id");
        builder.Property(row => row.AttachInterestNoteId).HasColumnName("attach_interest_note_id");
        builder.Property(row => row.Status).IsEnumText("status");
        builder.HasIndex(row => new { row.Status, row.NextAttemptAt }).HasDatabaseName("ix_outbox_messages_status_next_attempt_at");
        builder.Property(row => row.Attempts).HasColumnName("attempts");
        builder.Property(row => row.NextAttemptAt).IsInstant("next_attempt_at");
        builder.Property(row => row.LeaseUntil).IsInstant("lease_until");
        builder.Property(row => row.LastError).HasColumnName("last_error");
        builder.Property(row => row.CreatedAt).IsInstant("created_at");
        builder.Property(row => row.SentAt).IsInstant("sent_at");
    }
}
