using IBok.GraphQL.DataLoader;
using IBok.GraphQL.Persistence;

namespace IBok.GraphQL.Application.CustomerReads.Loaders;

/// <summary>
/// A DataLoader of one kind of child rows per customer. Its first batch loads the rows of every customer the request
/// has reached (<see cref="RequestCustomers"/>), not only of the keys in the batch, and later batches reuse that load:
/// so a query costs one statement per kind of child whatever the number of customers, premises or meters, even when
/// the engine dispatches a level's keys in more than one batch.
/// </summary>
/// <typeparam name="TRow">The row type, already narrowed by the viewer filter of <see cref="IBokDbContext"/>.</typeparam>
public abstract class CustomerScopedLoader<TRow> : GroupDataLoader<long, TRow>
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, Task<ILookup<long, TRow>>> _loads = [];
    private readonly ReadDatabase _database;
    private readonly RequestCustomers _customers;

    /// <summary>Creates the loader for one request.</summary>
    protected CustomerScopedLoader(ReadDatabase database, RequestCustomers customers)
    {
        _database = database;
        _customers = customers;
    }

    /// <summary>The rows of <paramref name="customerIds"/> (the viewer filter applies).</summary>
    protected abstract Task<List<TRow>> QueryAsync(IBokDbContext database, long[] customerIds, CancellationToken cancellationToken);

    /// <summary>The customer a row belongs to.</summary>
    protected abstract long CustomerOf(TRow row);

    /// <inheritdoc />
    protected sealed override async Task<ILookup<long, TRow>> LoadGroupedBatchAsync(IReadOnlyList<long> keys, CancellationToken cancellationToken)
    {
        (long Key, Task<ILookup<long, TRow>> Load)[] loads;
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

    private async Task<ILookup<long, TRow>> LoadCustomersAsync(long[] customerIds, CancellationToken cancellationToken)
    {
        var rows = await _database.RunAsync((database, token) => QueryAsync(database, customerIds, token), cancellationToken).ConfigureAwait(false);
        return rows.ToLookup(CustomerOf);
    }
}
