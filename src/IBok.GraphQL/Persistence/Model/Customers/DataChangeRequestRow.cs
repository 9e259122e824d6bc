using IBok.GraphQL.Persistence.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IBok.GraphQL.Persistence.Model.Customers;

/// <summary>What a change-of-data request asks to change.</summary>
public enum DataChangeKind
{
    /// <summary>The correspondence address.</summary>
    CorrespondenceAddress,

    /// <summary>Contact e-mail or phone.</summary>
    ContactDetails,

    /// <summary>The customer's name (e.g. after marriage or a company rename).</summary>
    Name,

    /// <summary>Anything else, described in words.</summary>
    Other,
}

/// <summary>Where a change-of-data request stands.</summary>
public enum DataChangeRequestStatus
{
    /// <summary>Waiting for staff.</summary>
    Pending,

    /// <summary>Applied to the customer's data.</summary>
    Applied,

    /// <summary>Refused, with a note.</summary>
    Rejected,
}

/// <summary>A customer's request to change their data, decided by staff (table <c>data_change_requests</c>).</summary>
public sealed class DataChangeRequestRow : ICustomerOwned
{
    /// <summary>The request id.</summary>
    public long Id { get; set; }

    /// <inheritdoc />
    public long CustomerId { get; set; }

    /// <summary>What is to change.</summary>
    public DataChangeKind Kind { get; set; }

    /// <summary>The requested new values as JSON (e.g. the new address's fields).</summary>
    public string RequestedValuesJson { get; set; } = "{}";

    /// <summary>The customer's comment.</summary>
    public string? Comment { get; set; }

    /// <summary>Where the request stands.</summary>
    public DataChangeRequestStatus Status { get; set; }

    /// <summary>When it was filed (UTC).</summary>
    public DateTime RequestedAt { get; set; }

    /// <summary>When staff decided (UTC).</summary>
    public DateTime? DecidedAt { get; set; }

    /// <summary>The staff member who decided.</summary>
    public string? DecidedBy { get; set; }

    /// <summary>Staff's note to the customer (required for a rejection by the application).</summary>
    public string? DecisionNote { get; set; }

    /// <summary>The case opened for it, when the utility tracks it as a case.</summary>
    public long? CaseId { get; set; }
}

internal sealed class DataChangeRequestRowConfiguration : IEntityTypeConfiguration<DataChangeRequestRow>
{
    public void Configure(EntityTypeBuilder<DataChangeRequestRow> builder)
    {
        builder.ToTable("data_change_requests");
        builder.HasKey(row => row.Id);
        builder.Property(row => row.Id).HasColumnName("id");
        builder.Property(row => row.CustomerId).HasColumnName("customer_id");
        builder.HasIndex(row => row.CustomerId).HasDatabaseName("ix_data_change_requests_customer_id");
        builder.Property(row => row.Kind).IsEnumText("kind");
        builder.Property(row => row.RequestedValuesJson).HasColumnName("requested_values_json");
        builder.Property(row => row.Comment).HasColumnName("comment");
        builder.Property(row => row.Status).IsEnumText("status");
        builder.Property(row => row.RequestedAt).IsInstant("requested_at");
        builder.Property(row => row.DecidedAt).IsInstant("decided_at");
        builder.Property(row => row.DecidedBy).HasColumnName("decided_by");
        builder.Property(row => row.DecisionNote).HasColumnName("decision_note");
        builder.Property(row => row.CaseId).HasColumnName("case_id");
    }
}
