namespace IBok.GraphQL.Application.CustomerReads;

/// <summary>
/// The customers one request has reached so far (the root fields register the customers they return). The
/// customer-scoped DataLoaders load the children of all of them in their first batch, so the number of SQL statements
/// depends on the query's shape only, never on how the engine happened to split a batch.
/// </summary>
/// <remarks>
/// A customer registered with the <c>data_version</c> of the row this request read through the viewer filter
/// (<see cref="AddRead"/>) may be served from <see cref="CustomerReadCache"/>; one registered by id only (e.g. from a
/// child row's node fetch) is always read from the database.
/// </remarks>
public sealed class RequestCustomers
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, long?> _versions = [];

    /// <summary>Registers customers the request shows, without a data version.</summary>
    public void Add(IEnumerable<long> customerIds)
    {
        ArgumentNullException.ThrowIfNull(customerIds);
        lock (_gate)
        {
            foreach (var id in customerIds)
            {
                _versions.TryAdd(id, null);
            }
        }
    }

    /// <summary>
    /// Registers a customer whose row this request has read through the viewer filter, with the row's data version.
    /// The first version read stays: the request's children are then consistent with one reading of the row.
    /// </summary>
    public void AddRead(long customerId, long dataVersion)
    {
        lock (_gate)
        {
            if (!_versions.TryGetValue(customerId, out var known) || known is null)
            {
                _versions[customerId] = dataVersion;
            }
        }
    }

    /// <summary>The data version this request read for a customer, when it read the customer's row.</summary>
    public bool TryGetDataVersion(long customerId, out long dataVersion)
    {
        lock (_gate)
        {
            if (_versions.TryGetValue(customerId, out var known) && known is { } version)
            {
                dataVersion = version;
                return true;
            }
        }

        dataVersion = 0;
        return false;
    }

    /// <summary>The customers registered so far.</summary>
    public long[] Snapshot()
    {
        lock (_gate)
        {
            return [.. _versions.Keys];
        }
    }
}
