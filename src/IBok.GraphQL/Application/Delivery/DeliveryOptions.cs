using IBok.Domain.Notices;
using IBok.GraphQL.Application.Delivery.Sms;

namespace IBok.GraphQL.Application.Delivery;

/// <summary>How notices are planned, rendered and dispatched (configuration section <c>Delivery</c>).</summary>
public sealed record DeliveryOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Delivery";

    /// <summary>The portal's public address, for links in messages (invoices, unsubscribe).</summary>
    public string PortalUrl { get; init; } = "http://localhost:5000";

    /// <summary>Whether the daily notice run is scheduled; true by default.</summary>
    public bool DailyRunEnabled { get; init; } = true;

    /// <summary>The time of day (server's local time) the daily notice run starts; 06:00 by default.</summary>
    public TimeOnly DailyRunAt { get; init; } = new(6, 0);

    /// <summary>Customers planned per page of the daily run (its reads, and one short write transaction for the new notices).</summary>
    public int RunPageSize { get; init; } = 1000;

    /// <summary>Whether the dispatcher runs in this process; true by default (turn off on all but one instance if you like;
    /// the leases make several dispatchers safe, just not useful).</summary>
    public bool DispatcherEnabled { get; init; } = true;

    /// <summary>How often the dispatcher looks for due messages.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Messages claimed per dispatcher round.</summary>
    public int DispatchBatchSize { get; init; } = 50;

    /// <summary>How long a claimed message is reserved for the dispatcher that claimed it; one that died releases it when this runs out.</summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Attempts before a message is parked for staff; 8 by default (about 4 hours of back-off).</summary>
    public int MaxAttempts { get; init; } = 8;

    /// <summary>The wait after the first failure; each further failure doubles it (exponential back-off).</summary>
    public TimeSpan FirstRetryDelay { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>The longest wait between attempts.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromHours(2);

    /// <summary>Polish letters in SMS: transliterated to GSM-7 by default (see <see cref="PolishLetters"/>).</summary>
    public PolishLetters SmsPolishLetters { get; init; } = PolishLetters.Transliterate;

    /// <summary>The planner's timing rules.</summary>
    public NoticePolicy Policy { get; init; } = NoticePolicy.Default;

    /// <summary>The wait before attempt <paramref name="failedAttempts"/> + 1: <see cref="FirstRetryDelay"/> × 2^(failures − 1), at most <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay(int failedAttempts)
    {
        var exponent = Math.Clamp(failedAttempts - 1, 0, 30);
        var ticks = FirstRetryDelay.Ticks * Math.Pow(2, exponent);
        return ticks >= MaxRetryDelay.Ticks ? MaxRetryDelay : TimeSpan.FromTicks((long)ticks);
    }
}
