using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace IBok.GraphQL.Application.CustomerReads;

/// <summary>Bounds of <see cref="CustomerReadCache"/>.</summary>
public sealed class CustomerReadCacheOptions
{
    /// <summary>
    /// The most rows the cache holds, all kinds together (an entry counts its rows plus one). A dashboard keeps about
    /// 60 rows of a customer with two meters and two years of invoices, so the default holds some 8,000 customers.
    /// </summary>
    public long SizeLimit { get; set; } = 500_000;
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
    private readonly MemoryCache _cache;

    /// <summary>Creates the cache with its bounds.</summary>
    public CustomerReadCache(IOptions<CustomerReadCacheOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = options.Value.SizeLimit, TrackStatistics = true });
    }

    /// <summary>The size of the entries held now (rows plus one per entry).</summary>
    public long CurrentSize => _cache.GetCurrentStatistics()?.CurrentEstimatedSize ?? 0;

    /// <summary>The rows of <paramref name="kind"/> for a customer, when cached under exactly <paramref name="dataVersion"/>.</summary>
    public bool TryGet<TValue>(Type kind, long customerId, long dataVersion, out TValue value)
        where TValue : class
    {
        if (_cache.TryGetValue(new Key(kind, customerId), out var cached)
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
        if (_cache.TryGetValue(new Key(kind, customerId), out var cached) && cached is Entry<TValue> entry)
        {
            dataVersion = entry.DataVersion;
            value = entry.Value;
            return true;
        }

        dataVersion = 0;
        value = null!;
        return false;
    }

    /// <summary>Stores a customer's rows of <paramref name="kind"/> as loaded under <paramref name="dataVersion"/>.</summary>
    /// <param name="kind">The kind of rows (the loader's type).</param>
    /// <param name="customerId">The customer.</param>
    /// <param name="dataVersion">The token the request read before loading the rows (the rows are at least as new).</param>
    /// <param name="value">The rows; never changed afterwards.</param>
    /// <param name="size">The number of rows (what is derived from them later is not counted; it is of the same order).</param>
    public void Set<TValue>(Type kind, long customerId, long dataVersion, TValue value, int size)
        where TValue : class
    {
        using var entry = _cache.CreateEntry(new Key(kind, customerId));
        entry.Value = new Entry<TValue>(dataVersion, value);
        entry.Size = size + 1;
    }

    /// <inheritdoc />
    public void Dispose() => _cache.Dispose();

    private readonly record struct Key(Type Kind, long CustomerId);

    private sealed record Entry<TValue>(long DataVersion, TValue Value);
}
