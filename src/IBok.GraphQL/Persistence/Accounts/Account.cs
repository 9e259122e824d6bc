using IBok.GraphQL.Persistence.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IBok.GraphQL.Persistence.Accounts;

/// <summary>
/// A person who signs in: a customer (with <see cref="CustomerId"/>) or a member of staff (without one).
/// Not <see cref="ICustomerOwned"/>: accounts are reached only through the account service, never by a resolver.
/// </summary>
public sealed class Account
{
    /// <summary>The account's id.</summary>
    public long Id { get; set; }

    /// <summary>The customer this account belongs to; null for staff.</summary>
    public long? CustomerId { get; set; }

    /// <summary>What the account may do (customer, operator or admin; integrations use API keys).</summary>
    public ViewerRole Role { get; set; }

    /// <summary>The sign-in e-mail address as entered.</summary>
    public string Email { get; set; } = "";

    /// <summary>
    /// <see cref="Email"/> trimmed and upper-cased (invariant): unique, so two accounts cannot differ only by case.
    /// </summary>
    public string NormalizedEmail { get; set; } = "";

    /// <summary>A name for greetings and the audit log.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>The ASP.NET Core Identity password hash (PBKDF2, self-describing format).</summary>
    public string PasswordHash { get; set; } = "";

    /// <summary>Whether the owner proved they read <see cref="Email"/> (a customer cannot sign in before).</summary>
    public bool EmailConfirmed { get; set; }

    /// <summary>Whether the next sign-in must choose a new password (the password was handed out by staff).</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>
    /// Changes whenever the password is set. Sessions no longer carry it: each sign-in is its own
    /// <see cref="AccountSession"/>, ended one at a time or all together.
    /// </summary>
    public string SecurityStamp { get; set; } = "";

    /// <summary>When the account was created (UTC).</summary>
    public DateTime CreatedAt { get; set; }

    /// <summary>When the password was last set (UTC).</summary>
    public DateTime PasswordChangedAt { get; set; }
}

internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> builder)
    {
        builder.ToTable("accounts");
        builder.HasKey(account => account.Id);
        builder.Property(account => account.Id).HasColumnName("id");
        builder.Property(account => account.CustomerId).HasColumnName("customer_id");
        builder.Property(account => account.Role).HasColumnName("role").HasConversion<string>();
        builder.Property(account => account.Email).HasColumnName("email");
        builder.Property(account => account.NormalizedEmail).HasColumnName("normalized_email");
        builder.HasIndex(account => account.NormalizedEmail).IsUnique();
        builder.Property(account => account.DisplayName).HasColumnName("display_name");
        builder.Property(account => account.PasswordHash).HasColumnName("password_hash");
        builder.Property(account => account.EmailConfirmed).HasColumnName("email_confirmed");
        builder.Property(account => account.MustChangePassword).HasColumnName("must_change_password");
        builder.Property(account => account.SecurityStamp).HasColumnName("security_stamp").IsConcurrencyToken();
        builder.Property(account => account.CreatedAt).HasColumnName("created_at");
        builder.Property(account => account.PasswordChangedAt).HasColumnName("password_changed_at");
    }
}
