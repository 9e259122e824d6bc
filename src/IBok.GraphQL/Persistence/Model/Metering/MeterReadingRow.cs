using IBok.Domain.Metering;
using IBok.GraphQL.Persistence.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IBok.GraphQL.Persistence.Model.Metering;

/// <summary>Where a reading stands.</summary>
public enum ReadingStatus
{
    /// <summary>Accepted; part of the meter's history and of billing.</summary>
    Accepted,

    /// <summary>Accepted by the domain's rules but flagged (roll-over, unusually high consumption): staff look at it;
    /// it stays part of the history until rejected.</summary>
    FlaggedForReview,

    /// <summary>Rejected by staff after review; kept for the record, left out of the history.</summary>
    Rejected,
}

/// <summary>How a reading reached iBOK.</summary>
public enum ReadingSource
{
    /// <summary>A signed-in customer in the portal (e-odczyt).</summary>
    Portal,

    /// <summary>Without an account, by customer number and meter serial number.</summary>
    Anonymous,

    /// <summary>A collector's handheld import or another bulk import.</summary>
    Import,

    /// <summary>Entered by staff.</summary>
    Staff,

    /// <summary>Another utility system through the API.</summary>
    Integration,

    /// <summary>Made by iBOK itself (estimates).</summary>
    System,
}

/// <summary>One meter reading (odczyt). Table <c>meter_readings</c>.</summary>
public sealed class MeterReadingRow : ICustomerOwned
{
    /// <summary>The reading id.</summary>
    public long Id { get; set; }

    /// <inheritdoc />
    public long CustomerId { get; set; }

    /// <summary>The meter read.</summary>
    public long MeterId { get; set; }

    /// <summary>The day the value was read: the counter's state at the end of that day.</summary>
    public DateOnly ReadingDate { get; set; }

    /// <summary>The counter value (m³ or GJ, up to 3 decimals).</summary>
    public decimal Value { get; set; }

    /// <summary>Collector, customer, remote, estimated, installation or removal.</summary>
    public ReadingKind Kind { get; set; }

    /// <summary>How it reached iBOK.</summary>
    public ReadingSource Source { get; set; }

    /// <summary>Accepted, flagged for review or rejected.</summary>
    public ReadingStatus Status { get; set; }

    /// <summary>Why the domain flagged it (empty when it did not).</summary>
    public List<ReadingReviewReason> ReviewReasons { get; set; } = [];

    /// <summary>The account that submitted it (customer, staff or API key); null for anonymous and system.</summary>
    public long? SubmittedByAccountId { get; set; }

    /// <summary>Who submitted it, as shown to staff.</summary>
    public string SubmittedBy { get; set; } = "";

    /// <summary>When it was stored (UTC).</summary>
    public DateTime CreatedAt { get; set; }

    /// <summary>When staff reviewed it (UTC).</summary>
    public DateTime? ReviewedAt { get; set; }

    /// <summary>The staff member who reviewed it.</summary>
    public string? ReviewedBy { get; set; }

    /// <summary>Staff's note on the review.</summary>
    public string? ReviewNote { get; set; }
}

internal sealed class MeterReadingRowConfiguration : IEntityTypeConfiguration<MeterReadingRow>
{
    public void Configure(EntityTypeBuilder<MeterReadingRow> builder)
    {
        builder.ToTable("meter_readings");
        builder.HasKey(row => row.Id);
        builder.Property(row => row.Id).HasColumnName("id");
        builder.Property(row => row.CustomerId).HasColumnName("customer_id");
        builder.HasIndex(row => row.CustomerId).HasDatabaseName("ix_meter_readings_customer_id");
        builder.Property(row => row.MeterId).HasColumnName("meter_id");
        builder.HasIndex(row => new { row.MeterId, row.ReadingDate }).HasDatabaseName("ix_meter_readings_meter_id_reading_date");
        // IBok.Domain's one reading per meter and day, kept by the database against writers checking at the same time (migration 0008).
        builder.HasIndex(row => new { row.MeterId, row.ReadingDate }, SameDayReadingConflict.IndexName).IsUnique().HasFilter("status <> 'Rejected'");
        builder.Property(row => row.ReadingDate).HasColumnName("reading_date");
        builder.Property(row => row.Value).IsQuantity("value");
        builder.Property(row => row.Kind).IsEnumText("kind");
        builder.Property(row => row.Source).IsEnumText("source");
        builder.Property(row => row.Status).IsEnumText("status");
        builder.HasIndex(row => row.Status).HasDatabaseName("ix_meter_readings_status");
        builder.Property(row => row.ReviewReasons).IsEnumList("review_reasons");
        builder.Property(row => row.SubmittedByAccountId).HasColumnName("submitted_by_account_id");
        builder.Property(row => row.SubmittedBy).HasColumnName("submitted_by");
        builder.Property(row => row.CreatedAt).IsInstant("created_at");
        builder.Property(row => row.ReviewedAt).IsInstant("reviewed_at");
        builder.Property(row => row.ReviewedBy).HasColumnName("reviewed_by");
        builder.Property(row => row.ReviewNote).HasColumnName("review_note");
    }
}
