using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IBok.GraphQL.Persistence.Model.Documents;

/// <summary>A downloadable form (druk do pobrania), public to everyone. Table <c>documents</c>.</summary>
public sealed class DocumentRow
{
    /// <summary>The document id.</summary>
    public long Id { get; set; }

    /// <summary>The title shown in the list.</summary>
    public string Title { get; set; } = "";

    /// <summary>A short description.</summary>
    public string? Description { get; set; }

    /// <summary>The group it is listed under (e.g. "Umowy", "Reklamacje").</summary>
    public string? Category { get; set; }

    /// <summary>The file name for download.</summary>
    public string FileName { get; set; } = "";

    /// <summary>The MIME type.</summary>
    public string ContentType { get; set; } = "";

    /// <summary>The content's length in bytes.</summary>
    public long SizeBytes { get; set; }

    /// <summary>The content.</summary>
    public byte[] Content { get; set; } = [];

    /// <summary>When it was published (UTC).</summary>
    public DateTime PublishedAt { get; set; }
}

internal sealed class DocumentRowConfiguration : IEntityTypeConfiguration<DocumentRow>
{
    public void Configure(EntityTypeBuilder<DocumentRow> builder)
    {
        builder.ToTable("documents");
        builder.HasKey(row => row.Id);
        builder.Property(row => row.Id).HasColumnName("id");
        builder.Property(row => row.Title).HasColumnName("title");
        builder.Property(row => row.Description).HasColumnName("description");
        builder.Property(row => row.Category).HasColumnName("category");
        builder.Property(row => row.FileName).HasColumnName("file_name");
        builder.Property(row => row.ContentType).HasColumnName("content_type");
        builder.Property(row => row.SizeBytes).HasColumnName("size_bytes");
        builder.Property(row => row.Content).HasColumnName("content");
        builder.Property(row => row.PublishedAt).IsInstant("published_at");
    }
}
