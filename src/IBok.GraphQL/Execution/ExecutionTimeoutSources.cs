using System.Collections.Concurrent;

namespace IBok.GraphQL.Execution;

/// <summary>
/// The cancellation sources that time executions out, reused: a source that was not cancelled is reset
/// (<see cref="CancellationTokenSource.TryReset"/>) and keeps its timer, so a request that finishes in time costs
/// no new source, timer or link; a cancelled one is disposed.
/// </summary>
/// <remarks>
/// A source returns only when its execution has finished. Work that outlives its execution (a resolver's
/// fire-and-forget task) and still holds the token may then see a later execution's timeout, as with Kestrel's
/// reused request-aborted tokens; work of a finished request has nothing left to answer.
/// </remarks>
internal static class ExecutionTimeoutSources
{
    // Enough for every execution in flight on a busy server; more are made and dropped as needed.
    private const int MaxPooled = 64;

    private static readonly ConcurrentQueue<CancellationTokenSource> Pool = new();
    private static int _pooled;

    /// <summary>A source that is not cancelled and has no timer running.</summary>
    public static CancellationTokenSource Rent()
    {
        if (Pool.TryDequeue(out var source))
        {
            Interlocked.Decrement(ref _pooled);
            return source;
        }

        return new CancellationTokenSource();
    }

    /// <summary>Takes back a source whose execution has finished.</summary>
    public static void Return(CancellationTokenSource source)
    {
        if (source.TryReset())
        {
            if (Interlocked.Increment(ref _pooled) <= MaxPooled)
            {
                Pool.Enqueue(source);
                return;
            }

            Interlocked.Decrement(ref _pooled);
        }

        source.Dispose();
    }
}
