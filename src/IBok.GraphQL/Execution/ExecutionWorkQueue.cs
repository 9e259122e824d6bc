using System.Collections.Concurrent;
using IBok.GraphQL.DataLoader;

namespace IBok.GraphQL.Execution;

/// <summary>
/// The work loop of one execution whose services provide a <see cref="DataLoaderRegistry"/>: it dispatches the
/// queued DataLoader batches exactly when the execution's ready work runs out, as graphql-java and HotChocolate
/// do, instead of on a timer. Every continuation that resumes on the execution's context (resolvers awaiting
/// loads, <see cref="Task.Yield"/> or I/O without <c>ConfigureAwait(false)</c>, and the batch completions) runs
/// here, one at a time; when none is left and the result is not complete, the queued loads are dispatched.
/// </summary>
/// <remarks>
/// So all loads that the ready work makes, however deep in the tree and however many awaits of already
/// available or yielding work come before them, share one batch per loader: one batch per level of a list
/// of objects each loading a child. A resolver that waits for real I/O first makes its load when that I/O
/// completes; if the rest of the execution is idle by then it gets its own batch (the same as HotChocolate's).
/// Work that escapes the context (<c>ConfigureAwait(false)</c> in a resolver) still runs and is still
/// dispatched: a load wakes the loop.
/// </remarks>
internal sealed class ExecutionWorkQueue : SynchronizationContext
{
    private readonly ConcurrentQueue<(SendOrPostCallback Callback, object? State)> _work = new();
    private readonly SemaphoreSlim _signal = new(0);
    private readonly DataLoaderRegistry _loaders;

    private ExecutionWorkQueue(DataLoaderRegistry loaders)
    {
        _loaders = loaders;
    }

    /// <summary>Runs <paramref name="start"/> and every continuation it leads to, dispatching loads when idle.</summary>
    public static async ValueTask<T> RunAsync<T>(DataLoaderRegistry loaders, Func<ValueTask<T>> start)
    {
        var queue = new ExecutionWorkQueue(loaders);
        Action wake = queue.Wake;
        loaders.AttachExecutor(wake);
        try
        {
            var root = queue.RunHere(start);
            if (root.IsCompleted)
            {
                return await root.ConfigureAwait(false);
            }

            var rootTask = root.AsTask();
            _ = rootTask.ContinueWith(
                static (_, state) => ((ExecutionWorkQueue)state!).Wake(),
                queue,
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
            while (!rootTask.IsCompleted)
            {
                queue.RunHere(queue.RunQueuedWork);
                if (rootTask.IsCompleted)
                {
                    break;
                }

                if (loaders.HasQueuedLoads)
                {
                    queue.RunHere(loaders.DispatchQueued);
                    continue;
                }

                await queue._signal.WaitAsync().ConfigureAwait(false);
            }

            return await rootTask.ConfigureAwait(false);
        }
        finally
        {
            loaders.DetachExecutor(wake);
        }
    }

    /// <inheritdoc />
    public override void Post(SendOrPostCallback d, object? state)
    {
        ArgumentNullException.ThrowIfNull(d);
        _work.Enqueue((d, state));
        _signal.Release();
    }

    /// <inheritdoc />
    public override void Send(SendOrPostCallback d, object? state)
    {
        ArgumentNullException.ThrowIfNull(d);
        d(state);
    }

    /// <inheritdoc />
    public override SynchronizationContext CreateCopy() => this;

    private void Wake() => _signal.Release();

    private void RunQueuedWork()
    {
        while (_work.TryDequeue(out var item))
        {
            item.Callback(item.State);
        }
    }

    /// <summary>Runs <paramref name="work"/> with this as the current context, so its awaits resume here.</summary>
    private void RunHere(Action work) => RunHere(() =>
    {
        work();
        return true;
    });

    /// <summary>Runs <paramref name="work"/> with this as the current context, so its awaits resume here.</summary>
    private TResult RunHere<TResult>(Func<TResult> work)
    {
        var previous = Current;
        SetSynchronizationContext(this);
        try
        {
            return work();
        }
        finally
        {
            SetSynchronizationContext(previous);
        }
    }
}
