using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IBok.GraphQL.Persistence.Accounts;

/// <summary>
/// A key another utility system calls with (header <c>X-Api-Key</c>). The secret is shown once at creation; only
/// its SHA-256 hash is kept, found by the non-secret <see cref="Prefix"/> the key text starts with.
/// </summary>
public sealed class ApiKey
{
    /// <summary>The key's id.</summary>
    public long Id { get; set; }

    /// <summary>What the key is for, e.g. "Billing system".</summary>
    public string Name { get; set; } = "";

    /// <summary>The unique lookup part of the key text (not secret).</summary>
    public string Prefix { get; set; } = "";

    /// <summary>SHA-256 of the whole key text, lowercase hex.</summary>
    public string SecretHash { get; set; } = "";

    /// <summary>The scopes the key is limited to, space-separated (e.g. <c>readings:import payments:register</c>).</summary>
    public string Scopes { get; set; } = "";

    /// <summary>The admin who created it (null when the system did, e.g. from the command line).</summary>
    public long? CreatedByAccountId { get; set; }

    /// <summary>When it was created (UTC).</summary>
    public DateTime CreatedAt { get; set; }

    /// <summary>When it was revoked (UTC); a revoked key is refused.</summary>
    public DateTime? RevokedAt { get; set; }
}

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.ToTable("api_keys");
        builder.HasKey(key => key.Id);
        builder.Property(key => key.Id).HasColumnName("id");
        builder.Property(key => key.Name).HasColumnName("name");
        builder.Property(key => key.Prefix).HasColumnName("prefix");
        builder.HasIndex(key => key.Prefix).IsUnique();
        builder.Property(key => key.SecretHash).HasColumnName("secret_hash");
        builder.Property(key => key.Scopes).HasColumnName("scopes");
        builder.Property(key => key.CreatedByAccountId).HasColumnName("created_by_account_id");
        builder.Property(key => key.CreatedAt).HasColumnName("created_at");
        builder.Property(key => key.RevokedAt).HasColumnName("revoked_at");
    }
}
