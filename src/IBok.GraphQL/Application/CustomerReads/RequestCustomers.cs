namespace IBok.GraphQL.Application.CustomerReads;

/// <summary>
/// The customers one request has reached so far (the root fields register the customers they return). The
/// customer-scoped DataLoaders load the children of all of them in their first batch, so the number of SQL statements
/// depends on the query's shape only, never on how the engine happened to split a batch.
/// </summary>
public sealed class RequestCustomers
{
    private readonly Lock _gate = new();
    private readonly HashSet<long> _ids = [];

    /// <summary>Registers customers the request shows.</summary>
    public void Add(IEnumerable<long> customerIds)
    {
        ArgumentNullException.ThrowIfNull(customerIds);
        lock (_gate)
        {
            _ids.UnionWith(customerIds);
        }
    }

    /// <summary>The customers registered so far.</summary>
    public long[] Snapshot()
    {
        lock (_gate)
        {
            return [.. _ids];
        }
    }
}
