using IBok.GraphQL.DataLoader;
using IBok.GraphQL.Persistence;

namespace IBok.GraphQL.Application.CustomerReads.Loaders;

/// <summary>
/// A DataLoader of one kind of child rows per customer. Its first batch loads the rows of every customer the request
/// has reached (<see cref="RequestCustomers"/>), not only of the keys in the batch, and later batches reuse that load:
/// so a query costs one statement per kind of child whatever the number of customers, premises or meters, even when
/// the engine dispatches a level's keys in more than one batch.
/// </summary>
/// <remarks>
/// A loader given the <see cref="CustomerReadCache"/> first looks in the process's <see cref="CustomerReadCache"/> for the
/// customers whose data version this request read (<see cref="RequestCustomers.AddRead"/>): when every customer is
/// there, no statement runs; the others are loaded in one statement and stored.
/// </remarks>
/// <typeparam name="TRow">The row type, already narrowed by the viewer filter of <see cref="IBokDbContext"/>.</typeparam>
public abstract class CustomerScopedLoader<TRow> : GroupDataLoader<long, TRow>
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, Task<Dictionary<long, TRow[]>>> _loads = [];
    private readonly ReadDatabase _database;
    private readonly RequestCustomers _customers;
    private readonly CustomerReadCache? _cache;

    /// <summary>Creates the loader for one request.</summary>
    /// <param name="database">The request's reads.</param>
    /// <param name="customers">The customers the request has reached.</param>
    /// <param name="cache">
    /// The process's cache, or null to read the database always. Give it only when a customer's rows are the same for
    /// every viewer who may see the customer: a query of one customer-owned table (plus shared tables such as notices).
    /// A query joining two customer-owned tables gets each one's viewer filter, which could differ for inconsistent
    /// data.
    /// </param>
    protected CustomerScopedLoader(ReadDatabase database, RequestCustomers customers, CustomerReadCache? cache = null)
    {
        _database = database;
        _customers = customers;
        _cache = cache;
    }

    /// <summary>The rows of <paramref name="customerIds"/> (the viewer filter applies).</summary>
    protected abstract Task<List<TRow>> QueryAsync(IBokDbContext database, long[] customerIds, CancellationToken cancellationToken);

    /// <summary>The customer a row belongs to.</summary>
    protected abstract long CustomerOf(TRow row);

    /// <inheritdoc />
    protected sealed override async Task<ILookup<long, TRow>> LoadGroupedBatchAsync(IReadOnlyList<long> keys, CancellationToken cancellationToken)
    {
        (long Key, Task<Dictionary<long, TRow[]>> Load)[] loads;
        lock (_gate)
        {
            if (keys.Any(key => !_loads.ContainsKey(key)))
            {
                var customerIds = keys.Concat(_customers.Snapshot()).Where(id => !_loads.ContainsKey(id)).Distinct().Order().ToArray();
                var load = LoadCustomersAsync(customerIds, cancellationToken);
                foreach (var id in customerIds)
                {
                    _loads[id] = load;
                }
            }

            loads = keys.Distinct().Select(key => (key, _loads[key])).ToArray();
        }

        await Task.WhenAll(loads.Select(pair => pair.Load).Distinct()).ConfigureAwait(false);
        return loads
            .SelectMany(pair => pair.Load.Result[pair.Key].Select(row => (pair.Key, Row: row)))
            .ToLookup(pair => pair.Key, pair => pair.Row);
    }

    private async Task<Dictionary<long, TRow[]>> LoadCustomersAsync(long[] customerIds, CancellationToken cancellationToken)
    {
        var rowsByCustomer = new Dictionary<long, TRow[]>(customerIds.Length);
        var cache = _cache;
        var kind = GetType();
        List<long>? toLoad = null;
        // The versions known before the statement runs: the rows it returns are at least that new. (A version the
        // request reads while the statement runs may be newer than the rows, so it must not label them.)
        List<(long Id, long Version)>? toStore = null;
        foreach (var id in customerIds)
        {
            var known = _customers.TryGetDataVersion(id, out var version);
            if (cache is not null && known && cache.TryGet(kind, id, version, out TRow[] cached))
            {
                rowsByCustomer[id] = cached;
                continue;
            }

            (toLoad ??= []).Add(id);
            if (cache is not null && known)
            {
                (toStore ??= []).Add((id, version));
            }
        }

        if (toLoad is null)
        {
            return rowsByCustomer;
        }

        var ids = toLoad.ToArray();
        var rows = await _database.RunAsync((database, token) => QueryAsync(database, ids, token), cancellationToken).ConfigureAwait(false);
        var loaded = rows.GroupBy(CustomerOf).ToDictionary(group => group.Key, group => group.ToArray());
        foreach (var id in ids)
        {
            rowsByCustomer[id] = loaded.GetValueOrDefault(id) ?? [];
        }

        foreach (var (id, version) in toStore ?? [])
        {
            cache!.Set(kind, id, version, rowsByCustomer[id], rowsByCustomer[id].Length);
        }

        return rowsByCustomer;
    }
}
