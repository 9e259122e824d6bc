namespace IBok.GraphQL.Application.Accounts;

/// <summary>Sign-in limits and code lifetimes (configuration section <c>Accounts</c>).</summary>
public sealed record AccountOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Accounts";

    /// <summary>Consecutive failures for one login that lock it.</summary>
    public int FailuresBeforeLockout { get; init; } = 5;

    /// <summary>How long a locked login refuses every attempt.</summary>
    public TimeSpan LockoutDuration { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>The wait after the first failure; it doubles with each further failure until the lockout.</summary>
    public TimeSpan FirstFailureDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long an e-mail confirmation code works.</summary>
    public TimeSpan EmailConfirmationLifetime { get; init; } = TimeSpan.FromHours(24);

    /// <summary>How long a password reset link works.</summary>
    public TimeSpan PasswordResetLifetime { get; init; } = TimeSpan.FromHours(1);

    /// <summary>How long a code handed out by staff works.</summary>
    public TimeSpan StaffCodeLifetime { get; init; } = TimeSpan.FromDays(14);

    /// <summary>Wrong guesses after which a code stops working.</summary>
    public int MaxCodeAttempts { get; init; } = 5;

    /// <summary>The public address of the web UI, for links in e-mails.</summary>
    public string PublicBaseUrl { get; init; } = "http://localhost:5000";
}
