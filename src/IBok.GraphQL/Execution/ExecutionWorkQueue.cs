using System.Collections.Concurrent;
using IBok.GraphQL.DataLoader;

namespace IBok.GraphQL.Execution;

/// <summary>
/// The work loop of one execution whose services provide a <see cref="DataLoaderRegistry"/>: it dispatches the
/// DataLoader batches queued during the execution exactly when the execution's ready work runs out, as graphql-java
/// and HotChocolate do, instead of on a timer. Every continuation that resumes on the execution's context
/// (resolvers awaiting loads, <see cref="Task.Yield"/> or I/O without <c>ConfigureAwait(false)</c>, and the batch
/// completions) runs here, one at a time; when none is left and the result is not complete, the loaders that
/// queued keys are dispatched.
/// </summary>
/// <remarks>
/// <para>So all loads that the ready work makes, however deep in the tree and however many awaits of already
/// available or yielding work come before them, share one batch per loader: one batch per level of a list
/// of objects each loading a child. A resolver that waits for real I/O first makes its load when that I/O
/// completes; if the rest of the execution is idle by then it gets its own batch (the same as HotChocolate's).</para>
/// <para>A loader finds the execution it is loading for by the current context, or by the execution's logical
/// flow (<see cref="AsyncLocal{T}"/>) for work that escaped the context (<c>ConfigureAwait(false)</c> in a
/// resolver or a service): any loader, also one a service got from dependency injection rather than from the
/// registry, is dispatched by the loop. Keys queued when the execution ends are dispatched then; loads made
/// after it (or outside any execution) schedule their own dispatch.</para>
/// </remarks>
internal sealed class ExecutionWorkQueue : SynchronizationContext
{
    private static readonly AsyncLocal<ExecutionWorkQueue?> Flowing = new();

    // Made on first use: an execution whose resolvers all complete synchronously never posts or waits.
    private ConcurrentQueue<(SendOrPostCallback Callback, object? State)>? _work;
    private SemaphoreSlim? _signal;
    private readonly Lock _gate = new();
    private List<IDataLoader>? _queuedLoaders;
    private bool _finished;

    private ExecutionWorkQueue()
    {
    }

    /// <summary>The execution the caller's work belongs to, if any (it may have finished: see <see cref="TryEnlist"/>).</summary>
    internal static ExecutionWorkQueue? Find() => Current as ExecutionWorkQueue ?? Flowing.Value;

    /// <summary>Runs <paramref name="start"/> and every continuation it leads to, dispatching loads when idle.</summary>
    public static async ValueTask<T> RunAsync<T>(Func<ValueTask<T>> start)
    {
        var queue = new ExecutionWorkQueue();
        // Scoped to this async method: the caller's flow does not see it after the return.
        Flowing.Value = queue;
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

                if (queue.TakeQueuedLoaders() is { } loaders)
                {
                    queue.RunHere(() => Dispatch(loaders));
                    continue;
                }

                await queue.Signal.WaitAsync().ConfigureAwait(false);
            }

            return await rootTask.ConfigureAwait(false);
        }
        finally
        {
            queue.Finish();
        }
    }

    /// <summary>
    /// A loader has queued the first key of a batch: the loop dispatches it when the ready work runs out.
    /// False when the execution has finished (the loader dispatches on its own).
    /// </summary>
    internal bool TryEnlist(IDataLoader loader)
    {
        lock (_gate)
        {
            if (_finished)
            {
                return false;
            }

            (_queuedLoaders ??= []).Add(loader);
        }

        Signal.Release();
        return true;
    }

    /// <inheritdoc />
    public override void Post(SendOrPostCallback d, object? state)
    {
        ArgumentNullException.ThrowIfNull(d);
        Work.Enqueue((d, state));
        Signal.Release();
    }

    /// <inheritdoc />
    public override void Send(SendOrPostCallback d, object? state)
    {
        ArgumentNullException.ThrowIfNull(d);
        d(state);
    }

    /// <inheritdoc />
    public override SynchronizationContext CreateCopy() => this;

    private static void Dispatch(List<IDataLoader> loaders)
    {
        // The fetches report their own failures to the loads.
        foreach (var loader in loaders)
        {
            _ = loader.DispatchAsync();
        }
    }

    private List<IDataLoader>? TakeQueuedLoaders()
    {
        lock (_gate)
        {
            var loaders = _queuedLoaders;
            _queuedLoaders = null;
            return loaders;
        }
    }

    /// <summary>
    /// The execution is done: loads made from now on dispatch on their own, and keys still queued (a resolver
    /// that outlived its execution) are dispatched now, off this context.
    /// </summary>
    private void Finish()
    {
        List<IDataLoader>? loaders;
        lock (_gate)
        {
            _finished = true;
            loaders = _queuedLoaders;
            _queuedLoaders = null;
        }

        if (loaders is not null)
        {
            var previous = Current;
            SetSynchronizationContext(null);
            try
            {
                Dispatch(loaders);
            }
            finally
            {
                SetSynchronizationContext(previous);
            }
        }
    }

    private ConcurrentQueue<(SendOrPostCallback Callback, object? State)> Work =>
        Volatile.Read(ref _work) ?? Interlocked.CompareExchange(ref _work, new(), null) ?? _work!;

    private SemaphoreSlim Signal =>
        Volatile.Read(ref _signal) ?? Interlocked.CompareExchange(ref _signal, new(0), null) ?? _signal!;

    private void Wake() => Signal.Release();

    private void RunQueuedWork()
    {
        var work = Volatile.Read(ref _work);
        while (work is not null && work.TryDequeue(out var item))
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
