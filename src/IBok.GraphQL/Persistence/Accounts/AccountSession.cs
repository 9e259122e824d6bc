using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IBok.GraphQL.Persistence.Accounts;

/// <summary>How a session reaches the server.</summary>
public enum AccountSessionKind
{
    /// <summary>A browser's session cookie (its expiry slides with use).</summary>
    Cookie,

    /// <summary>A bearer token from the signIn mutation (fixed expiry).</summary>
    Bearer,
}

/// <summary>
/// One sign-in: a cookie or a bearer token of an account. The cookie or token carries a random secret, stored here
/// only as its SHA-256 (<see cref="SecretHash"/>), so the table cannot be turned back into working sessions.
/// A session works while <see cref="EndedAt"/> is null and <see cref="ExpiresAt"/> is in the future.
/// Not <see cref="Access.ICustomerOwned"/>: sessions are reached only through the account services, which scope
/// them to the viewer's own account.
/// </summary>
public sealed class AccountSession
{
    /// <summary>The longest User-Agent kept.</summary>
    public const int MaxUserAgentLength = 512;

    /// <summary>The session's id: a handle for listing and ending it, never a credential.</summary>
    public long Id { get; set; }

    /// <summary>The signed-in account.</summary>
    public long AccountId { get; set; }

    /// <summary>SHA-256 (lower-case hex) of the secret the cookie or token carries; unique.</summary>
    public string SecretHash { get; set; } = "";

    /// <summary>Cookie or bearer token.</summary>
    public AccountSessionKind Kind { get; set; }

    /// <summary>The User-Agent of the sign-in request, cut to <see cref="MaxUserAgentLength"/>; for people to recognise the device.</summary>
    public string? UserAgent { get; set; }

    /// <summary>When the session began (UTC).</summary>
    public DateTime CreatedAt { get; set; }

    /// <summary>When the session was last used (UTC), updated at most every few minutes, not on every request.</summary>
    public DateTime LastSeenAt { get; set; }

    /// <summary>When the session stops working unless used again (UTC; cookie sessions slide, bearer sessions do not).</summary>
    public DateTime ExpiresAt { get; set; }

    /// <summary>When it was ended (sign-out, password change or reset, ended from another device); null while it works.</summary>
    public DateTime? EndedAt { get; set; }
}

internal sealed class AccountSessionConfiguration : IEntityTypeConfiguration<AccountSession>
{
    public void Configure(EntityTypeBuilder<AccountSession> builder)
    {
        builder.ToTable("account_sessions");
        builder.HasKey(session => session.Id);
        builder.Property(session => session.Id).HasColumnName("id");
        builder.Property(session => session.AccountId).HasColumnName("account_id");
        builder.Property(session => session.SecretHash).HasColumnName("secret_hash");
        builder.HasIndex(session => session.SecretHash).IsUnique();
        builder.HasIndex(session => session.AccountId);
        builder.Property(session => session.Kind).HasColumnName("kind").HasConversion<string>();
        builder.Property(session => session.UserAgent).HasColumnName("user_agent");
        builder.Property(session => session.CreatedAt).HasColumnName("created_at");
        builder.Property(session => session.LastSeenAt).HasColumnName("last_seen_at");
        builder.Property(session => session.ExpiresAt).HasColumnName("expires_at");
        builder.Property(session => session.EndedAt).HasColumnName("ended_at");
    }
}
