using IBok.GraphQL.Persistence.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IBok.GraphQL.Persistence.Model.Customers;

/// <summary>
/// A file kept for a customer, such as the scan of a signed contract (<see cref="ContractRow.SignedScanFileId"/>).
/// Table <c>customer_files</c>; the content is in the row, the size limit is the application's.
/// </summary>
public sealed class CustomerFileRow : ICustomerOwned
{
    /// <summary>The file id.</summary>
    public long Id { get; set; }

    /// <inheritdoc />
    public long CustomerId { get; set; }

    /// <summary>The file name shown for download.</summary>
    public string FileName { get; set; } = "";

    /// <summary>The MIME type, e.g. <c>application/pdf</c>.</summary>
    public string ContentType { get; set; } = "";

    /// <summary>The content's length in bytes.</summary>
    public long SizeBytes { get; set; }

    /// <summary>The content.</summary>
    public byte[] Content { get; set; } = [];

    /// <summary>When it was stored (UTC).</summary>
    public DateTime UploadedAt { get; set; }
}

internal sealed class CustomerFileRowConfiguration : IEntityTypeConfiguration<CustomerFileRow>
{
    public void Configure(EntityTypeBuilder<CustomerFileRow> builder)
    {
        builder.ToTable("customer_files");
        builder.HasKey(row => row.Id);
        builder.Property(row => row.Id).HasColumnName("id");
        builder.Property(row => row.CustomerId).HasColumnName("customer_id");
        builder.HasIndex(row => row.CustomerId).HasDatabaseName("ix_customer_files_customer_id");
        builder.Property(row => row.FileName).HasColumnName("file_name");
        builder.Property(row => row.ContentType).HasColumnName("content_type");
        builder.Property(row => row.SizeBytes).HasColumnName("size_bytes");
        builder.Property(row => row.Content).HasColumnName("content");
        builder.Property(row => row.UploadedAt).IsInstant("uploaded_at");
    }
}
