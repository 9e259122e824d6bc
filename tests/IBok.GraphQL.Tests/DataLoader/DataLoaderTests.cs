using IBok.GraphQL.CodeFirst;
using IBok.GraphQL.DataLoader;
using IBok.GraphQL.Tests.CodeFirst;
using IBok.GraphQL.Types;

namespace IBok.GraphQL.Tests.DataLoader;

public sealed class DataLoaderTests
{
    /// <summary>Loads "name-{key}" for even keys; records every batch it receives.</summary>
    public sealed class NameLoader(DataLoaderOptions? options = null) : BatchDataLoader<int, string>(options)
    {
        public NameLoader()
            : this(null)
        {
        }

        public List<int[]> Batches { get; } = [];

        public Exception? FailWith { get; set; }

        protected override async Task<IReadOnlyDictionary<int, string>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            lock (Batches)
            {
                Batches.Add([.. keys]);
            }

            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            if (FailWith is { } failure)
            {
                throw failure;
            }

            return keys.Where(k => k % 2 == 0).ToDictionary(k => k, k => "name-" + k);
        }
    }

    public sealed class InvoicesByCustomerLoader() : GroupDataLoader<int, string>(new DataLoaderOptions { AutoDispatch = false })
    {
        public int Calls { get; private set; }

        protected override Task<ILookup<int, string>> LoadGroupedBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            Calls++;
            var invoices = new[] { (1, "FV/1"), (1, "FV/2"), (3, "FV/3") };
            return Task.FromResult(invoices.Where(i => keys.Contains(i.Item1)).ToLookup(i => i.Item1, i => i.Item2));
        }
    }

    /// <summary>
    /// A batch window wide enough that a test thread descheduled on a busy machine still lands all its loads
    /// in one batch; the mechanism is the same as with the default 1 ms.
    /// </summary>
    private static readonly DataLoaderOptions Patient = new() { BatchWindow = TimeSpan.FromMilliseconds(25) };

    [Fact]
    public async Task LoadAsync_FiftyConcurrentLoads_MakeOneBatchWithFiftyDistinctKeys()
    {
        await WarmUpAsync();
        var loader = new NameLoader(Patient);

        var tasks = Enumerable.Range(1, 50).Select(key => loader.LoadAsync(key)).ToArray();
        var values = await Task.WhenAll(tasks);

        var batch = Assert.Single(loader.Batches);
        Assert.Equal(Enumerable.Range(1, 50), batch);
        Assert.Equal((null, "name-2", "name-50"), (values[0], values[1], values[49]));
    }

    [Fact]
    public async Task DispatchAsync_WithoutAutoDispatch_FetchesOnlyWhenAsked()
    {
        var loader = new NameLoader(new DataLoaderOptions { AutoDispatch = false });

        var tasks = Enumerable.Range(1, 50).Select(key => loader.LoadAsync(key)).ToArray();
        await Task.Delay(20);
        var fetchedBeforeDispatch = loader.Batches.Count;
        await loader.DispatchAsync();
        await Task.WhenAll(tasks);

        Assert.Equal(0, fetchedBeforeDispatch);
        Assert.Equal(Enumerable.Range(1, 50), Assert.Single(loader.Batches));
    }

    [Fact]
    public async Task LoadAsync_LoadsFromConcurrentResolvers_ShareOneBatch()
    {
        await WarmUpAsync();
        var loader = new NameLoader(Patient);

        // As resolvers of sibling fields: each starts, loads and awaits; none yields before loading.
        var resolvers = Enumerable.Range(1, 50).Select(async key => await loader.LoadAsync(key % 10)).ToArray();
        await Task.WhenAll(resolvers);

        Assert.Equal(Enumerable.Range(0, 10), Assert.Single(loader.Batches).Order());
    }

    [Fact]
    public async Task LoadAsync_BeyondMaxBatchSize_SplitsIntoChunks()
    {
        var loader = new NameLoader(new DataLoaderOptions { MaxBatchSize = 20, AutoDispatch = false });

        var loading = loader.LoadAsync(Enumerable.Range(1, 50));
        await loader.DispatchAsync();
        await loading;

        Assert.Equal([20, 20, 10], loader.Batches.Select(b => b.Length));
        Assert.Equal(Enumerable.Range(1, 50), loader.Batches.SelectMany(b => b).Order());
    }

    [Fact]
    public async Task LoadAsync_SameKeyTwice_IsFetchedOnceAndCached()
    {
        await WarmUpAsync();
        var loader = new NameLoader(Patient);

        var first = await loader.LoadAsync([2, 2, 4]);
        var again = await loader.LoadAsync(2);

        Assert.Equal(new string?[] { "name-2", "name-2", "name-4" }, first.AsEnumerable());
        Assert.Equal("name-2", again);
        Assert.Equal([2, 4], Assert.Single(loader.Batches));
    }

    [Fact]
    public async Task Prime_And_Remove_ControlTheCache()
    {
        var loader = new NameLoader();
        loader.Prime(2, "primed");

        Assert.Equal("primed", await loader.LoadAsync(2));
        loader.Remove(2);
        Assert.Equal("name-2", await loader.LoadAsync(2));
        Assert.Equal([2], Assert.Single(loader.Batches));
    }

    /// <summary>Each batch waits until the test completes its entry in <see cref="Batches"/> with a suffix; values are "{key}@{suffix}".</summary>
    public sealed class GatedLoader() : BatchDataLoader<int, string>(new DataLoaderOptions { AutoDispatch = false })
    {
        public List<TaskCompletionSource<string>> Batches { get; } = [];

        protected override async Task<IReadOnlyDictionary<int, string>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            var gate = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            Batches.Add(gate);
            var suffix = await gate.Task;
            return keys.ToDictionary(k => k, k => $"{k}@{suffix}");
        }
    }

    [Fact]
    public async Task Remove_WhileTheKeysBatchIsInFlight_StillCompletesTheEarlierLoad()
    {
        var loader = new GatedLoader();
        var earlier = loader.LoadAsync(2);
        var dispatch = loader.DispatchAsync();

        loader.Remove(2);
        loader.Batches[0].SetResult("first");
        await dispatch;

        Assert.Equal(TaskStatus.RanToCompletion, earlier.Status);
        Assert.Equal("2@first", await earlier);
    }

    [Fact]
    public async Task Remove_ThenLoadAgainWhileTheFirstBatchIsInFlight_GetsTheSecondBatchsValue()
    {
        var loader = new GatedLoader();
        var earlier = loader.LoadAsync(2);
        var firstDispatch = loader.DispatchAsync();
        loader.Remove(2);
        var later = loader.LoadAsync(2);
        var secondDispatch = loader.DispatchAsync();

        loader.Batches[0].SetResult("first");
        await firstDispatch;
        var laterAfterFirstBatch = later.Status;
        loader.Batches[1].SetResult("second");
        await secondDispatch;

        Assert.Equal("2@first", await earlier.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(TaskStatus.WaitingForActivation, laterAfterFirstBatch);
        Assert.Equal("2@second", await later);
    }

    [Fact]
    public async Task LoadAsync_FailedBatch_FailsEveryLoadAndIsNotCached()
    {
        var loader = new NameLoader(new DataLoaderOptions { AutoDispatch = false }) { FailWith = new InvalidOperationException("database down") };

        var failing = loader.LoadAsync([1, 2]);
        await loader.DispatchAsync();
        var failed = await Assert.ThrowsAsync<InvalidOperationException>(() => failing);
        loader.FailWith = null;
        var retrying = loader.LoadAsync(2);
        await loader.DispatchAsync();
        var retried = await retrying;

        Assert.Equal("database down", failed.Message);
        Assert.Equal("name-2", retried);
        Assert.Equal(2, loader.Batches.Count);
    }

    [Fact]
    public async Task LoadAsync_CancelledCaller_StopsWaitingWhileOthersGetTheirValue()
    {
        // Dispatched by hand: with the batch window's timer, a slow machine could finish the batch before the cancel.
        var loader = new NameLoader(new DataLoaderOptions { AutoDispatch = false });
        using var cancellation = new CancellationTokenSource();

        var other = loader.LoadAsync(4);
        var cancelled = loader.LoadAsync(2, cancellation.Token);
        await cancellation.CancelAsync();
        // A caller whose cancellation were ignored would wait for a dispatch forever: fail with a timeout instead.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled.WaitAsync(TimeSpan.FromMinutes(1)));
        await loader.DispatchAsync();

        Assert.Equal("name-4", await other);
    }

    [Fact]
    public async Task LoadAsync_BatchStartedWithCancelledToken_CancelsTheBatchAndAllowsARetry()
    {
        var loader = new NameLoader();
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        var first = loader.LoadAsync(2, cancellation.Token);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        await loader.DispatchAsync();
        await Task.Delay(50);

        Assert.Equal("name-2", await loader.LoadAsync(2));
    }

    [Fact]
    public async Task GroupDataLoader_ReturnsAllValuesPerKeyAndEmptyArraysForMissingKeys()
    {
        var loader = new InvoicesByCustomerLoader();

        var loading = loader.LoadAsync([1, 2, 3]);
        await loader.DispatchAsync();
        var groups = await loading;

        Assert.Equal(["FV/1", "FV/2"], groups[0]);
        Assert.Empty(groups[1]);
        Assert.Equal(["FV/3"], groups[2]);
        Assert.Equal(1, loader.Calls);
    }

    [Fact]
    public void Options_MaxBatchSizeBelowOne_IsRejected()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new NameLoader(new DataLoaderOptions { MaxBatchSize = 0 }));

        Assert.StartsWith("MaxBatchSize must be at least 1.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registry_SameTypeTwice_ReturnsTheRequestsSingleInstance()
    {
        var registry = new DataLoaderRegistry(EmptyServices.Instance);

        var first = registry.GetDataLoader<NameLoader>();
        var second = registry.GetDataLoader<NameLoader>();
        var other = new DataLoaderRegistry(EmptyServices.Instance).GetDataLoader<NameLoader>();
        await first.LoadAsync(2);

        Assert.Same(first, second);
        Assert.NotSame(first, other);
    }

    [Fact]
    public async Task Registry_DelegateLoader_BatchesByName()
    {
        var registry = new DataLoaderRegistry(EmptyServices.Instance);
        var calls = new List<int[]>();

        Task<IReadOnlyDictionary<int, string>> Load(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            calls.Add([.. keys]);
            return Task.FromResult<IReadOnlyDictionary<int, string>>(keys.ToDictionary(k => k, k => "v" + k));
        }

        var a = registry.Batch<int, string>("values", Load, Patient).LoadAsync(1);
        var b = registry.Batch<int, string>("values", Load).LoadAsync(2);

        Assert.Equal(new string?[] { "v1", "v2" }, (await Task.WhenAll(a, b)).AsEnumerable());
        Assert.Equal([1, 2], Assert.Single(calls));
    }

    [Fact]
    public void Registry_LoaderWithoutParameterlessConstructor_IsRejected()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => new DataLoaderRegistry(EmptyServices.Instance).GetDataLoader<NeedsArguments>());

        Assert.Equal("DataLoader NeedsArguments is not a registered service and has no public parameterless constructor.", exception.Message);
    }

    public sealed class NeedsArguments(string name) : BatchDataLoader<int, string>
    {
        protected override Task<IReadOnlyDictionary<int, string>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyDictionary<int, string>>(keys.ToDictionary(k => k, _ => name));
    }

    public sealed class Order
    {
        public int Id { get; init; }

        public int CustomerId { get; init; }
    }

    [ExtendObjectType(typeof(Order))]
    public sealed class OrderExtensions
    {
        public Task<string?> GetCustomerNameAsync([Parent] Order order, NameLoader loader, CancellationToken cancellationToken) =>
            loader.LoadAsync(order.CustomerId, cancellationToken);
    }

    public static class OrderQuery
    {
        public static Order[] Orders() => [];
    }

    [Fact]
    public async Task Resolver_DataLoaderParameter_ComesFromTheRequestsRegistryAndBatches()
    {
        var schema = CodeFirstSchema.Create().AddQueryType(typeof(OrderQuery)).AddTypeExtension<OrderExtensions>().Build();
        var registry = new DataLoaderRegistry(new TestServices(new NameLoader(Patient)));
        var services = new TestServices(registry);
        var warmUp = new TestServices(new DataLoaderRegistry(EmptyServices.Instance));
        await TestResolveContext.ResolveAsync(schema, "Order", "customerName", new Order { CustomerId = 1 }, services: warmUp);

        var names = await Task.WhenAll(Enumerable.Range(1, 20).Select(i =>
            TestResolveContext.ResolveAsync(schema, "Order", "customerName", new Order { Id = i, CustomerId = i % 4 }, services: services)));

        Assert.Equal([null, "name-2", null, "name-0"], names.Take(4));
        Assert.Equal([0, 1, 2, 3], Assert.Single(registry.GetDataLoader<NameLoader>().Batches).Order());
        Assert.Empty(schema.GetTypeField("Order", "customerName").Arguments);
    }

    /// <summary>Runs the load path once, so that JIT compilation does not stall the first batch of a test (a warm server's situation).</summary>
    private static async Task WarmUpAsync()
    {
        var loader = new NameLoader();
        await Task.WhenAll(loader.LoadAsync(1), loader.LoadAsync(2));
    }
}
