using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Access;

namespace IBok.GraphQL.Application.CustomerReads;

/// <summary>
/// The request's <see cref="IBokDbContext"/> for reads, one query at a time. GraphQL resolves sibling fields and
/// dispatches DataLoader batches concurrently, while a DbContext allows a single operation at a time, so every read of
/// this feature passes through here. The context's viewer filter still decides which rows exist.
/// </summary>
public sealed class ReadDatabase(IBokDbContext database) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>The viewer the context filters by.</summary>
    public Viewer Viewer => database.Viewer;

    /// <summary>Runs one query on the context when no other query of this request is running.</summary>
    public async Task<T> RunAsync<T>(Func<IBokDbContext, CancellationToken, Task<T>> query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await query(database, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();
}
