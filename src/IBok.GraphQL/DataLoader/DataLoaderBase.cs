namespace IBok.GraphQL.DataLoader;

/// <summary>A DataLoader of any key and value type, as the registry and resolver parameter binding see it.</summary>
public interface IDataLoader
{
    /// <summary>Fetches every key requested so far that is not yet being fetched.</summary>
    Task DispatchAsync();
}

/// <summary>How a DataLoader batches.</summary>
public sealed record DataLoaderOptions
{
    /// <summary>The default options: batches of at most 500 keys, results cached for the loader's lifetime.</summary>
    public static DataLoaderOptions Default { get; } = new();

    /// <summary>The largest number of keys one batch call receives; larger sets are split into several calls.</summary>
    public int MaxBatchSize { get; init; } = 500;

    /// <summary>
    /// Whether the first load of a batch made outside an execution schedules its dispatch. When false, only the
    /// executor (for loads made during an execution) or the caller dispatches, with <see cref="IDataLoader.DispatchAsync"/> or <see cref="DataLoaderRegistry.DispatchAllAsync"/>.
    /// </summary>
    public bool AutoDispatch { get; init; } = true;

    /// <summary>
    /// How long the scheduled dispatch waits for more keys: it yields once, then waits this long and again
    /// for as long as new keys keep arriving (at most <see cref="MaxBatchWindows"/> times), then fetches.
    /// </summary>
    public TimeSpan BatchWindow { get; init; } = TimeSpan.FromMilliseconds(1);

    /// <summary>The most windows a batch waits while keys keep arriving, so a steady stream cannot starve the fetch.</summary>
    public int MaxBatchWindows { get; init; } = 10;
}

/// <summary>
/// Per-request batching and caching of loads by key (the DataLoader pattern, graphql/dataloader and
/// HotChocolate's GreenDonut): every <see cref="LoadAsync(TKey, CancellationToken)"/> made before the
/// resolvers in flight yield goes into one batch call with distinct keys, split by
/// <see cref="DataLoaderOptions.MaxBatchSize"/>; each key is fetched at most once per loader instance.
/// </summary>
/// <remarks>
/// Scheduling: a load made during an execution whose services provide a <see cref="DataLoaderRegistry"/> (by a
/// resolver or by a service it calls, whether the loader came from the registry or from dependency injection) is
/// dispatched by the executor when its ready work runs out (exact: one batch per loader and level, no timer).
/// Outside an execution, the first load of a batch starts a dispatch that yields (<see cref="Task.Yield"/>), then waits
/// <see cref="DataLoaderOptions.BatchWindow"/> (1 ms) and again while new keys keep arriving, then fetches; so
/// every load made by the resolvers of one execution step lands in one batch at the cost of about a
/// millisecond per batch. An executor that knows when its work queue is empty should turn
/// <see cref="DataLoaderOptions.AutoDispatch"/> off and call <see cref="DataLoaderRegistry.DispatchAllAsync"/>.
/// The batch call receives the cancellation token of the load that started the batch; each caller's own
/// token cancels only that caller's wait. A failed or cancelled batch is not cached, so a later load retries.
/// Loaders are not meant to be shared across requests: create them per request (<see cref="DataLoaderRegistry"/>).
/// </remarks>
public abstract class DataLoaderBase<TKey, TValue> : IDataLoader
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, TaskCompletionSource<TValue>> _cache = [];
    private List<KeyValuePair<TKey, TaskCompletionSource<TValue>>> _queue = [];
    private CancellationToken _batchToken;
    private bool _dispatchScheduled;

    /// <summary>Creates the loader with <paramref name="options"/> (or <see cref="DataLoaderOptions.Default"/>).</summary>
    protected DataLoaderBase(DataLoaderOptions? options = null)
    {
        Options = options ?? DataLoaderOptions.Default;
        if (Options.MaxBatchSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), Options.MaxBatchSize, "MaxBatchSize must be at least 1.");
        }
    }

    /// <summary>The batching options.</summary>
    public DataLoaderOptions Options { get; }

    /// <summary>Loads the value for <paramref name="key"/>, batched with the other loads of this step and cached.</summary>
    public Task<TValue> LoadAsync(TKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        TaskCompletionSource<TValue>? promise;
        var firstQueued = false;
        var executor = Execution.ExecutionWorkQueue.Find();
        lock (_gate)
        {
            if (!_cache.TryGetValue(key, out promise))
            {
                // Dispatched by an execution, the batch is completed on the execution's work loop and the waiting
                // resolvers continue right there (inline), before the loop looks for the next batch.
                promise = new TaskCompletionSource<TValue>(executor is null ? TaskCreationOptions.RunContinuationsAsynchronously : TaskCreationOptions.None);
                _cache[key] = promise;
                _queue.Add(new(key, promise));
                if (_queue.Count == 1)
                {
                    _batchToken = cancellationToken;
                    firstQueued = true;
                }
            }
        }

        if (firstQueued && executor?.TryEnlist(this) != true && Options.AutoDispatch)
        {
            ScheduleDispatch();
        }

        return cancellationToken.CanBeCanceled ? promise.Task.WaitAsync(cancellationToken) : promise.Task;
    }

    /// <summary>Loads several keys; the values come back in the order of <paramref name="keys"/>.</summary>
    public Task<TValue[]> LoadAsync(IEnumerable<TKey> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return Task.WhenAll(keys.Select(key => LoadAsync(key, cancellationToken)).ToArray());
    }

    /// <summary>Puts a known value in the cache (e.g. one loaded by another query) unless the key is already there.</summary>
    public void Prime(TKey key, TValue value)
    {
        lock (_gate)
        {
            if (!_cache.ContainsKey(key))
            {
                var promise = new TaskCompletionSource<TValue>(TaskCreationOptions.RunContinuationsAsynchronously);
                promise.SetResult(value);
                _cache[key] = promise;
            }
        }
    }

    /// <summary>Forgets the cached value of <paramref name="key"/> (e.g. after a mutation changed it).</summary>
    public void Remove(TKey key)
    {
        lock (_gate)
        {
            _cache.Remove(key);
        }
    }

    /// <inheritdoc />
    public Task DispatchAsync()
    {
        List<KeyValuePair<TKey, TaskCompletionSource<TValue>>> pending;
        CancellationToken token;
        lock (_gate)
        {
            pending = _queue;
            token = _batchToken;
            _queue = [];
            _dispatchScheduled = false;
            _batchToken = default;
        }

        if (pending.Count == 0)
        {
            return Task.CompletedTask;
        }

        if (pending.Count <= Options.MaxBatchSize)
        {
            return FetchBatchAsync([.. pending], token);
        }

        return Task.WhenAll(pending.Chunk(Options.MaxBatchSize).Select(chunk => FetchBatchAsync(chunk, token)));
    }

    /// <summary>Fetches the values of <paramref name="keys"/> (distinct, at most <see cref="DataLoaderOptions.MaxBatchSize"/>).</summary>
    /// <returns>The value of every key found; keys left out get <see cref="MissingValue"/>.</returns>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    /// <summary>The value of a key the batch did not return.</summary>
    protected abstract TValue MissingValue(TKey key);

    private void ScheduleDispatch()
    {
        lock (_gate)
        {
            if (_dispatchScheduled)
            {
                return;
            }

            _dispatchScheduled = true;
        }

        _ = DispatchWhenIdleAsync();
    }

    private async Task DispatchWhenIdleAsync()
    {
        // Resolvers of one execution step call LoadAsync synchronously one after another on the executor's
        // thread, while this continuation runs on the thread pool: wait until the key count stops growing.
        await Task.Yield();
        var seen = PendingCount();
        for (var i = 0; i < Options.MaxBatchWindows; i++)
        {
            await Task.Delay(Options.BatchWindow).ConfigureAwait(false);
            var now = PendingCount();
            if (now == seen)
            {
                break;
            }

            seen = now;
        }

        await DispatchAsync().ConfigureAwait(false);
    }

    private int PendingCount()
    {
        lock (_gate)
        {
            return _queue.Count;
        }
    }

    /// <summary>
    /// Fetches one batch and completes the promises queued with its keys: exactly those, even when
    /// <see cref="Remove"/> dropped or replaced a key's cache entry while the batch was in flight.
    /// </summary>
    private async Task FetchBatchAsync(KeyValuePair<TKey, TaskCompletionSource<TValue>>[] batch, CancellationToken cancellationToken)
    {
        var keys = new TKey[batch.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = batch[i].Key;
        }

        IReadOnlyDictionary<TKey, TValue> values;
        try
        {
            // Dispatched by an execution's work loop: complete the promises there.
            values = await FetchAsync(keys, cancellationToken).ConfigureAwait(SynchronizationContext.Current is Execution.ExecutionWorkQueue);
        }
        catch (Exception exception)
        {
            lock (_gate)
            {
                foreach (var (key, promise) in batch)
                {
                    // Only this batch's entry: a newer load of a removed key stays in its own batch.
                    if (_cache.TryGetValue(key, out var cached) && ReferenceEquals(cached, promise))
                    {
                        _cache.Remove(key);
                    }
                }
            }

            Execution.ExecutionWorkQueue.CompleteOutsideContext((batch, exception), static state =>
            {
                foreach (var (_, promise) in state.batch)
                {
                    if (state.exception is OperationCanceledException canceled)
                    {
                        promise.TrySetCanceled(canceled.CancellationToken);
                    }
                    else
                    {
                        promise.TrySetException(state.exception);
                    }
                }
            });
            return;
        }

        Execution.ExecutionWorkQueue.CompleteOutsideContext((batch, values, loader: this), static state =>
        {
            foreach (var (key, promise) in state.batch)
            {
                promise.TrySetResult(state.values.TryGetValue(key, out var value) ? value : state.loader.MissingValue(key));
            }
        });
    }
}

/// <summary>
/// A DataLoader fetching one value per key: override <see cref="LoadBatchAsync"/> to fetch a batch of
/// distinct keys. Keys the batch does not return resolve to <c>default</c> (null).
/// </summary>
public abstract class BatchDataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue?>
    where TKey : notnull
{
    /// <summary>Creates the loader.</summary>
    protected BatchDataLoader(DataLoaderOptions? options = null)
        : base(options)
    {
    }

    /// <summary>Fetches the values of a batch of distinct keys.</summary>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    /// <inheritdoc />
    protected sealed override async Task<IReadOnlyDictionary<TKey, TValue?>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var values = await LoadBatchAsync(keys, cancellationToken).ConfigureAwait(false);
        return values.ToDictionary(pair => pair.Key, pair => (TValue?)pair.Value);
    }

    /// <inheritdoc />
    protected sealed override TValue? MissingValue(TKey key) => default;
}

/// <summary>
/// A DataLoader fetching a group of values per key (one-to-many, e.g. invoices by customer): override
/// <see cref="LoadGroupedBatchAsync"/>. Keys without values resolve to an empty array.
/// </summary>
public abstract class GroupDataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue[]>
    where TKey : notnull
{
    /// <summary>Creates the loader.</summary>
    protected GroupDataLoader(DataLoaderOptions? options = null)
        : base(options)
    {
    }

    /// <summary>Fetches the values of a batch of distinct keys, grouped by key.</summary>
    protected abstract Task<ILookup<TKey, TValue>> LoadGroupedBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    /// <inheritdoc />
    protected sealed override async Task<IReadOnlyDictionary<TKey, TValue[]>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var groups = await LoadGroupedBatchAsync(keys, cancellationToken).ConfigureAwait(false);
        return groups.ToDictionary(group => group.Key, group => group.ToArray());
    }

    /// <inheritdoc />
    protected sealed override TValue[] MissingValue(TKey key) => [];
}
