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
/// there, no statement runs; the others are loaded in one statement and stored. A customer's rows come as a
/// <see cref="CustomerRows{TRow}"/>, which keeps what resolvers derive from them, so requests that read the same cached
/// rows share the derived values too.
/// </remarks>
/// <typeparam name="TRow">The row type, already narrowed by the viewer filter of <see cref="IBokDbContext"/>.</typeparam>
public abstract class CustomerScopedLoader<TRow> : DataLoaderBase<long, CustomerRows<TRow>>
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, Task<Dictionary<long, CustomerRows<TRow>>>> _loads = [];
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
    protected sealed override async Task<IReadOnlyDictionary<long, CustomerRows<TRow>>> FetchAsync(IReadOnlyList<long> keys, CancellationToken cancellationToken)
    {
        // Usually every key of the batch is in one load (the request's first): its dictionary answers them all.
        Task<Dictionary<long, CustomerRows<TRow>>>? onlyLoad = null;
        var severalLoads = false;
        lock (_gate)
        {
            List<long>? unloaded = null;
            foreach (var key in keys)
            {
                if (!_loads.ContainsKey(key))
                {
                    (unloaded ??= []).Add(key);
                }
            }

            if (unloaded is not null)
            {
                foreach (var id in _customers.Snapshot())
                {
                    if (!_loads.ContainsKey(id) && !unloaded.Contains(id))
                    {
                        unloaded.Add(id);
                    }
                }

                unloaded.Sort();
                var load = LoadCustomersAsync([.. unloaded], cancellationToken);
                foreach (var id in unloaded)
                {
                    _loads[id] = load;
                }
            }

            foreach (var key in keys)
            {
                var load = _loads[key];
                severalLoads |= onlyLoad is not null && !ReferenceEquals(onlyLoad, load);
                onlyLoad ??= load;
            }
        }

        if (onlyLoad is null)
        {
            return new Dictionary<long, CustomerRows<TRow>>();
        }

        if (!severalLoads)
        {
            return await onlyLoad.ConfigureAwait(false);
        }

        var values = new Dictionary<long, CustomerRows<TRow>>(keys.Count);
        foreach (var key in keys)
        {
            Task<Dictionary<long, CustomerRows<TRow>>> load;
            lock (_gate)
            {
                load = _loads[key];
            }

            values[key] = (await load.ConfigureAwait(false))[key];
        }

        return values;
    }

    /// <inheritdoc />
    protected sealed override CustomerRows<TRow> MissingValue(long key) => new(key, []);

    private async Task<Dictionary<long, CustomerRows<TRow>>> LoadCustomersAsync(long[] customerIds, CancellationToken cancellationToken)
    {
        var rowsByCustomer = new Dictionary<long, CustomerRows<TRow>>(customerIds.Length);
        var cache = _cache;
        var kind = GetType();
        List<long>? toLoad = null;
        // The versions known before the statement runs: the rows it returns are at least that new. (A version the
        // request reads while the statement runs may be newer than the rows, so it must not label them.)
        List<(long Id, long Version)>? toStore = null;
        foreach (var id in customerIds)
        {
            var known = _customers.TryGetDataVersion(id, out var version);
            if (cache is not null && known && cache.TryGet(kind, id, version, out CustomerRows<TRow> cached))
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
            rowsByCustomer[id] = new CustomerRows<TRow>(id, loaded.GetValueOrDefault(id) ?? []);
        }

        foreach (var (id, version) in toStore ?? [])
        {
            cache!.Set(kind, id, version, rowsByCustomer[id], rowsByCustomer[id].Count);
        }

        return rowsByCustomer;
    }
}
