using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Accounts;

namespace IBok.GraphQL.Application.Accounts;

/// <summary>
/// Slows down and then locks repeated failures for one key (what was typed as the login, per use case). After the
/// n-th consecutive failure the next attempt waits <see cref="AccountOptions.FirstFailureDelay"/> × 2^(n−1); the
/// <see cref="AccountOptions.FailuresBeforeLockout"/>-th failure locks the key for
/// <see cref="AccountOptions.LockoutDuration"/>, after which it starts afresh. The wait is returned to the caller,
/// never slept here, and attempts made during it are refused without being checked.
/// </summary>
internal sealed class SignInThrottler(IBokDbContext db, AccountOptions options)
{
    /// <summary>The throttle row for a key, or null when it has no recent failures.</summary>
    public async Task<SignInThrottle?> FindAsync(string key, CancellationToken cancellationToken) =>
        await db.Set<SignInThrottle>().FindAsync([Secrets.Sha256Hex(key)], cancellationToken);

    /// <summary>How long the caller must still wait before an attempt is checked; null when it may try now.</summary>
    public static TimeSpan? WaitRequired(SignInThrottle? throttle, DateTime now, AccountOptions options)
    {
        if (throttle is null)
        {
            return null;
        }

        if (throttle.LockedUntil is { } lockedUntil && lockedUntil > now)
        {
            return lockedUntil - now;
        }

        if (throttle.FailedCount > 0)
        {
            var allowedAt = throttle.LastFailedAt + DelayAfter(throttle.FailedCount, options);
            if (allowedAt > now)
            {
                return allowedAt - now;
            }
        }

        return null;
    }

    /// <summary>Records a failure (adding the row when new; saved by the caller); returns the wait it imposes.</summary>
    public TimeSpan RecordFailure(SignInThrottle? throttle, string key, DateTime now)
    {
        if (throttle is null)
        {
            throttle = new SignInThrottle { LoginHash = Secrets.Sha256Hex(key) };
            db.Add(throttle);
        }

        if (throttle.LockedUntil is { } lockedUntil && lockedUntil <= now)
        {
            throttle.LockedUntil = null;
            throttle.FailedCount = 0;
        }

        throttle.FailedCount++;
        throttle.LastFailedAt = now;
        if (throttle.FailedCount >= options.FailuresBeforeLockout)
        {
            throttle.FailedCount = 0;
            throttle.LockedUntil = now + options.LockoutDuration;
            return options.LockoutDuration;
        }

        return DelayAfter(throttle.FailedCount, options);
    }

    /// <summary>Forgets the failures of a key after a success (saved by the caller).</summary>
    public void Clear(SignInThrottle? throttle)
    {
        if (throttle is not null)
        {
            db.Remove(throttle);
        }
    }

    private static TimeSpan DelayAfter(int failures, AccountOptions options) =>
        options.FirstFailureDelay * Math.Pow(2, Math.Min(failures - 1, 20));
}
