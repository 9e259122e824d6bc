using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IBok.GraphQL.Persistence.Accounts;

/// <summary>What a one-time code proves.</summary>
public enum OneTimeCodePurpose
{
    /// <summary>Handed out by staff to a customer without an account: proof for registration.</summary>
    Registration,

    /// <summary>Handed out by staff to a customer with an account: a password that must be changed at sign-in.</summary>
    OneTimePassword,

    /// <summary>E-mailed after registration: proves the customer reads the address.</summary>
    EmailConfirmation,

    /// <summary>E-mailed as a link: allows choosing a new password once.</summary>
    PasswordReset,
}

/// <summary>A single-use secret with an expiry. Only its SHA-256 hash is stored.</summary>
public sealed class OneTimeCode
{
    /// <summary>The code's id.</summary>
    public long Id { get; set; }

    /// <summary>What the code proves.</summary>
    public OneTimeCodePurpose Purpose { get; set; }

    /// <summary>The account it is for (null for <see cref="OneTimeCodePurpose.Registration"/>).</summary>
    public long? AccountId { get; set; }

    /// <summary>The customer it is for (staff-issued codes).</summary>
    public long? CustomerId { get; set; }

    /// <summary>SHA-256 of the code's UTF-8 text, lowercase hex.</summary>
    public string CodeHash { get; set; } = "";

    /// <summary>When it was created (UTC).</summary>
    public DateTime CreatedAt { get; set; }

    /// <summary>The first instant at which it no longer works (UTC).</summary>
    public DateTime ExpiresAt { get; set; }

    /// <summary>When it was used (UTC); a used code never works again.</summary>
    public DateTime? UsedAt { get; set; }

    /// <summary>Wrong guesses so far; the code stops working after a few, so short codes cannot be guessed.</summary>
    public int FailedAttempts { get; set; }

    /// <summary>The member of staff who issued it (staff-issued codes).</summary>
    public long? CreatedByAccountId { get; set; }
}

internal sealed class OneTimeCodeConfiguration : IEntityTypeConfiguration<OneTimeCode>
{
    public void Configure(EntityTypeBuilder<OneTimeCode> builder)
    {
        builder.ToTable("one_time_codes");
        builder.HasKey(code => code.Id);
        builder.Property(code => code.Id).HasColumnName("id");
        builder.Property(code => code.Purpose).HasColumnName("purpose").HasConversion<string>();
        builder.Property(code => code.AccountId).HasColumnName("account_id");
        builder.Property(code => code.CustomerId).HasColumnName("customer_id");
        builder.Property(code => code.CodeHash).HasColumnName("code_hash");
        builder.Property(code => code.CreatedAt).HasColumnName("created_at");
        builder.Property(code => code.ExpiresAt).HasColumnName("expires_at");
        builder.Property(code => code.UsedAt).HasColumnName("used_at");
        builder.Property(code => code.FailedAttempts).HasColumnName("failed_attempts");
        builder.Property(code => code.CreatedByAccountId).HasColumnName("created_by_account_id");
    }
}
