namespace IBok.GraphQL.Application.CustomerReads.Loaders;

/// <summary>
/// Runs the loaders' precompiled queries (<see cref="ModelCompiledQuery{TQuery}"/>). Every dashboard request runs the
/// same handful of queries, so they are translated once: a query built per call has its expression tree funcletized
/// and hashed for the query cache on every request.
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
