using System.Globalization;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace IBok.GraphQL.Application.CustomerReads;

/// <summary>Bounds of <see cref="CustomerReadCache"/> (configuration section <see cref="SectionName"/>).</summary>
public sealed class CustomerReadCacheOptions
{
    /// <summary>The configuration section the options are bound to.</summary>
    public const string SectionName = "CustomerReadCache";

    /// <summary>
    /// The most rows the cache holds, all kinds together (an entry counts its rows plus one). A dashboard keeps about
    /// 60 rows of a customer with two meters and two years of invoices, so the default holds some 8,000 customers.
    /// 0 turns the cache off: every request loads its rows from the database (a cold-cache benchmark, or to rule the
    /// cache out when looking for a fault). Never negative.
    /// </summary>
    public long SizeLimit { get; set; } = 500_000;
}

/// <summary>Refuses a negative <see cref="CustomerReadCacheOptions.SizeLimit"/>, naming the setting and the value.</summary>
internal sealed class CustomerReadCacheOptionsValidator : IValidateOptions<CustomerReadCacheOptions>
{
    public ValidateOptionsResult Validate(string? name, CustomerReadCacheOptions options) =>
        options.SizeLimit >= 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(string.Create(
                CultureInfo.InvariantCulture,
                $"{CustomerReadCacheOptions.SectionName}:SizeLimit must not be negative, but is {options.SizeLimit} (0 turns the cache off)."));
}

/// <summary>
/// Rows the customer-scoped read loaders loaded, shared by every request of the process and keyed by (kind of rows,
/// customer id), each with the customer's <c>data_version</c> they were loaded under. The database renews that token
/// in the same transaction as every change of such a row (migration 0006), and a request asks for a customer's rows
/// only with the token it has just read through the viewer filter (<see cref="RequestCustomers.AddRead"/>): so a hit is
/// never older than the request's own reading of the customer, and the viewer filter has already said the viewer may
/// see that customer.
/// </summary>
/// <remarks>
/// Cached values are shared between concurrent requests: they are no-tracking rows that read code never changes
/// (GraphQL types wrap them; nothing assigns to a row outside the write services, which load their own tracked rows),
/// held in a <see cref="CustomerRows{TRow}"/> with the immutable values derived from them. What depends on the day (a
/// settlement's statuses, "overdue") is derived with the day as its argument, so a new day derives it anew.
/// </remarks>
public sealed class CustomerReadCache : IDisposable
{
    // Null when the size limit is 0: nothing is kept, and no store is asked (a MemoryCache of size 0 would still
    // schedule a compaction for every refused entry).
    private readonly MemoryCache? _cache;

    /// <summary>Creates the cache with its bounds.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The size limit is negative.</exception>
    public CustomerReadCache(IOptions<CustomerReadCacheOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var sizeLimit = options.Value.SizeLimit;
        ArgumentOutOfRangeException.ThrowIfNegative(sizeLimit, "CustomerReadCache:SizeLimit");
        _cache = sizeLimit == 0 ? null : new MemoryCache(new MemoryCacheOptions { SizeLimit = sizeLimit, TrackStatistics = true });
    }

    /// <summary>Whether anything is kept (false when the size limit is 0).</summary>
    public bool IsEnabled => _cache is not null;

    /// <summary>The size of the entries held now (rows plus one per entry).</summary>
    public long CurrentSize => _cache?.GetCurrentStatistics()?.CurrentEstimatedSize ?? 0;

    /// <summary>The rows of <paramref name="kind"/> for a customer, when cached under exactly <paramref name="dataVersion"/>.</summary>
    public bool TryGet<TValue>(Type kind, long customerId, long dataVersion, out TValue value)
        where TValue : class
    {
        if (_cache is not null
            && _cache.TryGetValue(new Key(kind, customerId), out var cached)
            && cached is Entry<TValue> entry
            && entry.DataVersion == dataVersion)
        {
            value = entry.Value;
            return true;
        }

        value = null!;
        return false;
    }

    /// <summary>
    /// The value of <paramref name="kind"/> cached for a customer under whatever data version, with that version: for a
    /// caller that reads the customer's current version through the viewer filter next and uses the value only when it
    /// matches.
    /// </summary>
    public bool TryGetAnyVersion<TValue>(Type kind, long customerId, out long dataVersion, out TValue value)
        where TValue : class
    {
        if (_cache is not null && _cache.TryGetValue(new Key(kind, customerId), out var cached) && cached is Entry<TValue> entry)
        {
            dataVersion = entry.DataVersion;
            value = entry.Value;
            return true;
        }

        dataVersion = 0;
        value = null!;
        return false;
    }

    /// <summary>Stores a customer's rows of <paramref name="kind"/> as loaded under <paramref name="dataVersion"/> (nothing when the cache is off).</summary>
    /// <param name="kind">The kind of rows (the loader's type).</param>
    /// <param name="customerId">The customer.</param>
    /// <param name="dataVersion">The token the request read before loading the rows (the rows are at least as new).</param>
    /// <param name="value">The rows; never changed afterwards.</param>
    /// <param name="size">The number of rows (what is derived from them later is not counted; it is of the same order).</param>
    public void Set<TValue>(Type kind, long customerId, long dataVersion, TValue value, int size)
        where TValue : class
    {
        if (_cache is null)
        {
            return;
        }

        using var entry = _cache.CreateEntry(new Key(kind, customerId));
        entry.Value = new Entry<TValue>(dataVersion, value);
        entry.Size = size + 1;
    }

    /// <inheritdoc />
    public void Dispose() => _cache?.Dispose();

    private readonly record struct Key(Type Kind, long CustomerId);

    private sealed record Entry<TValue>(long DataVersion, TValue Value);
}
