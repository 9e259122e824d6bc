namespace IBok.GraphQL.Application.CustomerReads.Loaders;

/// <summary>
/// Runs the loaders' precompiled queries (<c>EF.CompileAsyncQuery</c>). Every request of the dashboard runs the same
/// handful of queries, so they are translated once per process: a query built per call would have its expression tree
/// funcletized and hashed for the query cache on every request. The customer ids go as one array parameter
/// (<c>EF.Parameter</c>), so the SQL text is the same for one customer or twenty and its command is built once.
/// </summary>
internal static class CompiledReads
{
    /// <summary>All rows of a compiled query, in its order.</summary>
    public static async Task<List<T>> ListAsync<T>(IAsyncEnumerable<T> rows, CancellationToken cancellationToken)
    {
        var list = new List<T>();
        await foreach (var row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            list.Add(row);
        }

        return list;
    }
}
