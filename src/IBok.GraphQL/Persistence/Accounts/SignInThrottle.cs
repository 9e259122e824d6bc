using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IBok.GraphQL.Persistence.Accounts;

/// <summary>
/// Failed sign-ins for one login text (customer number or e-mail), whether or not an account has it: keyed by
/// what was typed, not by the account, so slowing down and locking behave the same for unknown logins and do not
/// tell which accounts exist.
/// </summary>
public sealed class SignInThrottle
{
    /// <summary>SHA-256 (lowercase hex) of the normalized login text; the text itself is not kept.</summary>
    public string LoginHash { get; set; } = "";

    /// <summary>Consecutive failures since the last success or lock.</summary>
    public int FailedCount { get; set; }

    /// <summary>When the last failure happened (UTC).</summary>
    public DateTime LastFailedAt { get; set; }

    /// <summary>Until when every attempt is refused (UTC); null when not locked.</summary>
    public DateTime? LockedUntil { get; set; }
}

internal sealed class SignInThrottleConfiguration : IEntityTypeConfiguration<SignInThrottle>
{
    public void Configure(EntityTypeBuilder<SignInThrottle> builder)
    {
        builder.ToTable("sign_in_throttles");
        builder.HasKey(throttle => throttle.LoginHash);
        builder.Property(throttle => throttle.LoginHash).HasColumnName("login_hash");
        builder.Property(throttle => throttle.FailedCount).HasColumnName("failed_count");
        builder.Property(throttle => throttle.LastFailedAt).HasColumnName("last_failed_at");
        builder.Property(throttle => throttle.LockedUntil).HasColumnName("locked_until");
    }
}
