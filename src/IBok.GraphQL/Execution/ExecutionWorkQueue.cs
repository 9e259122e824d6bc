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

    private readonly Lock _gate = new();

    // Posted work, in order, under _gate; the loop swaps the two lists and runs a whole batch outside the lock. Lists,
    // not a ConcurrentQueue: an execution posts a few dozen items, and the queue's segments cost more than the lock.
    // Made on first use: an execution whose resolvers all complete synchronously never posts.
    private List<(SendOrPostCallback Callback, object? State)>? _posted;
    private List<(SendOrPostCallback Callback, object? State)>? _running;
    private List<IDataLoader>? _queuedLoaders;
    private bool _finished;

    // Set only while the loop waits for work that is really asynchronous (I/O, timers): whoever posts work, enlists
    // a loader or completes the root then completes it. Posters never pay for a signal while the loop is busy.
    private TaskCompletionSource? _idle;

    private ExecutionWorkQueue()
    {
    }

    /// <summary>The execution the caller's work belongs to, if any (it may have finished: see <see cref="TryEnlist"/>).</summary>
    internal static ExecutionWorkQueue? Find() => Current as ExecutionWorkQueue ?? Flowing.Value;

    /// <summary>
    /// Completes DataLoader promises from the work loop: the continuations that left the context
    /// (<c>ConfigureAwait(false)</c>, as most resolvers and services write) run inline, one after another on the loop's
    /// thread, instead of being queued to the thread pool, which the runtime does for any continuation completed under a
    /// custom <see cref="SynchronizationContext"/>. Continuations captured on this context are posted to the loop as
    /// always, so the ordering and the batching are unchanged.
    /// </summary>
    internal static void CompleteOutsideContext<TState>(TState state, Action<TState> complete)
    {
        if (Current is not ExecutionWorkQueue queue)
        {
            complete(state);
            return;
        }

        SetSynchronizationContext(null);
        try
        {
            complete(state);
        }
        finally
        {
            SetSynchronizationContext(queue);
        }
    }

    /// <summary>Runs <paramref name="start"/> and every continuation it leads to, dispatching loads when idle.</summary>
    public static async ValueTask<T> RunAsync<T>(Func<ValueTask<T>> start)
    {
        var queue = new ExecutionWorkQueue();
        // Scoped to this async method: the caller's flow does not see it after the return.
        Flowing.Value = queue;
        var previous = Current;
        SetSynchronizationContext(queue);
        try
        {
            var root = start();
            if (!root.IsCompleted)
            {
                var wakeOnRootCompletion = false;
                while (!root.IsCompleted)
                {
                    queue.RunQueuedWork();
                    if (root.IsCompleted)
                    {
                        break;
                    }

                    if (queue.TakeQueuedLoaders() is { } loaders)
                    {
                        Dispatch(loaders);
                        continue;
                    }

                    if (queue.PrepareToWait() is { } idle)
                    {
                        if (!wakeOnRootCompletion)
                        {
                            // Only a loop that waits needs the root's completion to wake it (registered once: a
                            // ValueTask takes one continuation). Completing synchronously, it runs here and now.
                            wakeOnRootCompletion = true;
                            root.ConfigureAwait(false).GetAwaiter().UnsafeOnCompleted(queue.Wake);
                        }

                        if (root.IsCompleted)
                        {
                            // Completed before the signal was published: its wake-up found none.
                            queue.Wake();
                            break;
                        }

                        SetSynchronizationContext(previous);
                        await idle.ConfigureAwait(false);
                        SetSynchronizationContext(queue);
                    }
                }
            }

            SetSynchronizationContext(previous);
            return await root.ConfigureAwait(false);
        }
        finally
        {
            SetSynchronizationContext(previous);
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

        Wake();
        return true;
    }

    /// <inheritdoc />
    public override void Post(SendOrPostCallback d, object? state)
    {
        ArgumentNullException.ThrowIfNull(d);
        lock (_gate)
        {
            (_posted ??= new(16)).Add((d, state));
        }

        Wake();
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

    /// <summary>
    /// The signal to wait for when nothing is ready, or null when work arrived meanwhile. Publishing it and then
    /// looking again pairs with <see cref="Wake"/> (work first, then the signal), so no wake-up is lost.
    /// </summary>
    private Task? PrepareToWait()
    {
        // Continuations of whoever wakes the loop must not run the loop inside the waker's own call.
        var idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Interlocked.Exchange(ref _idle, idle);
        bool ready;
        lock (_gate)
        {
            ready = _queuedLoaders is not null || _posted is { Count: > 0 };
        }

        if (ready)
        {
            Interlocked.Exchange(ref _idle, null);
            return null;
        }

        return idle.Task;
    }

    private void Wake()
    {
        if (Volatile.Read(ref _idle) is not null)
        {
            Interlocked.Exchange(ref _idle, null)?.TrySetResult();
        }
    }

    private void RunQueuedWork()
    {
        while (true)
        {
            List<(SendOrPostCallback Callback, object? State)> batch;
            lock (_gate)
            {
                if (_posted is not { Count: > 0 } posted)
                {
                    return;
                }

                // Work the batch posts goes to the other list, run in the next round: first posted, first run.
                batch = posted;
                _posted = _running ?? new(16);
                _running = null;
            }

            try
            {
                foreach (var (callback, state) in batch)
                {
                    callback(state);
                }
            }
            finally
            {
                batch.Clear();
                lock (_gate)
                {
                    _running = batch;
                }
            }
        }
    }
}
