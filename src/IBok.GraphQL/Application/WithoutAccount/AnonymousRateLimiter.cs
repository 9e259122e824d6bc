using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IBok.GraphQL.Application.WithoutAccount;

/// <summary>Limits of the features without an account (configuration section <c>AnonymousAccess</c>).</summary>
public sealed class AnonymousAccessOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "AnonymousAccess";

    /// <summary>The sliding window attempts are counted in.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Attempts one client address may make per window, per feature (reading, case filing).</summary>
    public int AttemptsPerClient { get; set; } = 10;

    /// <summary>Reading attempts per customer number per window, whatever the address (stops guessing meter numbers of one customer from many addresses).</summary>
    public int AttemptsPerCustomerNumber { get; set; } = 5;
}

/// <summary>Where the current request comes from (scoped); the transport sets <see cref="Address"/> from the connection.</summary>
public sealed class ClientOrigin
{
    /// <summary>The client's IP address as text; null when the transport does not know it (then all such callers share one limit).</summary>
    public string? Address { get; set; }
}

/// <summary>
/// A sliding-window limiter for the features without an account: per key, at most a number of attempts within
/// <see cref="AnonymousAccessOptions.Window"/> counted back from now. Every attempt counts, successful or not, since
/// the point is to stop guessing customer and meter numbers. In memory, per server instance (singleton).
/// </summary>
public sealed class AnonymousRateLimiter(AnonymousAccessOptions options, TimeProvider time)
{
    private readonly Dictionary<string, Queue<DateTimeOffset>> _attempts = new(StringComparer.Ordinal);
    private int _callsSinceSweep;

    /// <summary>The options in force.</summary>
    public AnonymousAccessOptions Options => options;

    /// <summary>The key of a client address for one feature.</summary>
    public static string ClientKey(string feature, string? address) => $"{feature}:client:{address ?? "unknown"}";

    /// <summary>Records an attempt under <paramref name="key"/> within <see cref="AnonymousAccessOptions.AttemptsPerClient"/>.</summary>
    /// <returns>Null when allowed (and counted); otherwise the seconds until an attempt would be allowed.</returns>
    public int? TryAcquire(string key) => TryAcquire([(key, options.AttemptsPerClient)]);

    /// <summary>Records one attempt under every key, only if every key is below its limit (all or nothing).</summary>
    /// <returns>Null when allowed (and counted); otherwise the seconds until all keys would allow an attempt.</returns>
    public int? TryAcquire(IReadOnlyList<(string Key, int Limit)> keys)
    {
        var now = time.GetUtcNow();
        var windowStart = now - options.Window;
        lock (_attempts)
        {
            SweepNow(windowStart);
            TimeSpan? wait = null;
            foreach (var (key, limit) in keys)
            {
                var queue = Prune(key, windowStart);
                if (queue.Count >= limit)
                {
                    // The oldest attempts leave the window first; this one must leave for a new one to fit.
                    var blocking = queue.ElementAt(queue.Count - limit);
                    var until = blocking + options.Window - now;
                    wait = wait is null || until > wait ? until : wait;
                }
            }

            if (wait is { } retry)
            {
                return Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds));
            }

            foreach (var (key, _) in keys)
            {
                _attempts[key].Enqueue(now);
            }

            return null;
        }
    }

    private Queue<DateTimeOffset> Prune(string key, DateTimeOffset windowStart)
    {
        if (!_attempts.TryGetValue(key, out var queue))
        {
            queue = new Queue<DateTimeOffset>();
            _attempts[key] = queue;
        }

        while (queue.Count > 0 && queue.Peek() <= windowStart)
        {
            queue.Dequeue();
        }

        return queue;
    }

    // Keeps memory bounded by the keys active within one window.
    private void SweepNow(DateTimeOffset windowStart)
    {
        if (++_callsSinceSweep < 1024)
        {
            return;
        }

        _callsSinceSweep = 0;
        foreach (var key in _attempts.Where(pair => pair.Value.Count == 0 || pair.Value.Last() <= windowStart).Select(pair => pair.Key).ToList())
        {
            _attempts.Remove(key);
        }
    }
}

/// <summary>Registers the shared pieces of the features without an account.</summary>
public static class AnonymousAccessServiceCollectionExtensions
{
    /// <summary>Adds <see cref="ClientOrigin"/> (scoped) and <see cref="AnonymousRateLimiter"/> (singleton) with default
    /// options unless the host registered its own; safe to call more than once.</summary>
    public static IServiceCollection AddIBokAnonymousAccess(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(new AnonymousAccessOptions());
        services.TryAddSingleton<AnonymousRateLimiter>();
        services.TryAddScoped<ClientOrigin>();
        return services;
    }

    /// <summary>Adds the features without an account (reading by customer number, case filing and tracking) with
    /// <paramref name="options"/>.</summary>
    public static IServiceCollection AddIBokWithoutAccount(this IServiceCollection services, AnonymousAccessOptions? options = null)
    {
        if (options is not null)
        {
            services.AddSingleton(options);
        }

        services.AddIBokAnonymousAccess();
        services.AddScoped<AnonymousReadingService>();
        return services;
    }
}
