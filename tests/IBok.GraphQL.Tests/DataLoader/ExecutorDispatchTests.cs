using IBok.GraphQL.CodeFirst;
using IBok.GraphQL.DataLoader;
using IBok.GraphQL.Execution;
using IBok.GraphQL.Language;
using IBok.GraphQL.Types;
using IBok.GraphQL.Utilities;

namespace IBok.GraphQL.Tests.DataLoader;

/// <summary>
/// The executor dispatches queued loads when its ready work runs out: exactly one batch call per loader and
/// level, whatever the list size, without timers (the loaders here never dispatch on their own).
/// </summary>
public sealed class ExecutorDispatchTests
{
    private const string Sdl = """
        type Query { parents(count: Int!): [Parent!]! }
        type Parent { id: Int! child: Child }
        type Child { id: Int! grandchild: Grandchild }
        type Grandchild { id: Int! name: String }
        """;

    /// <summary>Loaders that only the executor (or an explicit call) dispatches.</summary>
    private static readonly DataLoaderOptions ManualOnly = new() { AutoDispatch = false };

    private readonly List<int[]> _childBatches = [];
    private readonly List<int[]> _grandchildBatches = [];

    public enum ResolverStyle
    {
        /// <summary>Returns the loader's task as it is.</summary>
        ReturnsLoad,

        /// <summary>An async resolver that yields before loading.</summary>
        YieldsFirst,

        /// <summary>An async resolver that awaits an async helper (which yields twice) before loading.</summary>
        AwaitsHelperFirst,
    }

    [Theory]
    [InlineData(1, ResolverStyle.ReturnsLoad)]
    [InlineData(10, ResolverStyle.ReturnsLoad)]
    [InlineData(100, ResolverStyle.ReturnsLoad)]
    [InlineData(1, ResolverStyle.YieldsFirst)]
    [InlineData(10, ResolverStyle.YieldsFirst)]
    [InlineData(100, ResolverStyle.YieldsFirst)]
    [InlineData(1, ResolverStyle.AwaitsHelperFirst)]
    [InlineData(10, ResolverStyle.AwaitsHelperFirst)]
    [InlineData(100, ResolverStyle.AwaitsHelperFirst)]
    public async Task Execute_ListOfNEachLoadingChildAndGrandchild_OneBatchPerLevel(int count, ResolverStyle style)
    {
        var response = await Execute(style, ManualOnly, count);

        Assert.Equal(Expected(count), response);
        var children = Assert.Single(_childBatches);
        Assert.Equal(Enumerable.Range(1, count), children);
        var grandchildren = Assert.Single(_grandchildBatches);
        Assert.Equal(Enumerable.Range(1, count).Select(id => id * 10), grandchildren);
    }

    [Fact]
    public async Task Execute_LoadersWithTimerDispatch_StillOneBatchPerLevel()
    {
        var response = await Execute(ResolverStyle.YieldsFirst, new DataLoaderOptions { BatchWindow = TimeSpan.FromMinutes(5) }, 10);

        Assert.Equal(Expected(10), response);
        Assert.Equal(Enumerable.Range(1, 10), Assert.Single(_childBatches));
        Assert.Equal(Enumerable.Range(1, 10).Select(id => id * 10), Assert.Single(_grandchildBatches));
    }

    [Fact]
    public async Task Execute_ResolverLeavingTheExecutionContext_LoadsAreStillDispatched()
    {
        var registry = new DataLoaderRegistry(EmptyServices.Instance);
        var schema = Schema(registry, ManualOnly, async (load, id) =>
        {
            await Task.Delay(1).ConfigureAwait(false);
            return await load(id).ConfigureAwait(false);
        });

        var response = await Run(schema, registry, 10);

        Assert.Equal(Expected(10), response);
        Assert.Equal(Enumerable.Range(1, 10), _childBatches.SelectMany(batch => batch).Order());
        Assert.Equal(Enumerable.Range(1, 10).Select(id => id * 10), _grandchildBatches.SelectMany(batch => batch).Order());
    }

    [Fact]
    public async Task LoadAsync_AfterTheExecution_DispatchesOnItsOwnAgain()
    {
        var registry = new DataLoaderRegistry(EmptyServices.Instance);
        var schema = Schema(registry, new DataLoaderOptions { BatchWindow = TimeSpan.FromMilliseconds(1) }, (load, id) => load(id));
        await Run(schema, registry, 2);

        var child = await ChildLoader(registry, DataLoaderOptions.Default).LoadAsync(7);

        Assert.Equal(70, child!["id"]);
        Assert.Equal([[1, 2], [7]], _childBatches);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Execute_LoaderNotFromTheRegistry_IsDispatchedByTheExecutor(bool leavesTheContext)
    {
        // As a service's constructor gets it from dependency injection: the registry never sees this loader.
        var children = new RecordingLoader(ManualOnly, id => id * 10);
        var registry = new DataLoaderRegistry(EmptyServices.Instance);
        var schema = SchemaFromSdl.Build(Sdl, new SdlResolvers()
            .Field("Query.parents", context => ValueTask.FromResult<object?>(
                Enumerable.Range(1, (int)context.Arguments["count"]!).Select(id => new Dictionary<string, object?> { ["id"] = id }).ToArray()))
            .Field("Parent.child", async context =>
            {
                if (leavesTheContext)
                {
                    await Task.Yield();
                    await Task.Delay(1).ConfigureAwait(false);
                }

                return await children.LoadAsync(Id(context.Source)).ConfigureAwait(false);
            }));

        // ManualOnly never dispatches on its own: without the executor the execution would never end.
        var response = await RunAsync(schema, registry, "{ parents(count: 20) { id child { id } } }").WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(
            """{"data":{"parents":[""" + string.Join(",", Enumerable.Range(1, 20).Select(id => "{\"id\":" + id + ",\"child\":{\"id\":" + (id * 10) + "}}")) + "]}}",
            response);
        Assert.Equal(Enumerable.Range(1, 20), children.Batches.SelectMany(batch => batch).Order());
        if (!leavesTheContext)
        {
            Assert.Single(children.Batches);
        }
    }

    [Fact]
    public async Task LoadAsync_InTheExecutionsFlowAfterItEnded_DispatchesOnItsOwn()
    {
        var late = new RecordingLoader(new DataLoaderOptions { BatchWindow = TimeSpan.FromMilliseconds(1) }, id => id * 10);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Task<Dictionary<string, object?>?>? lateLoad = null;
        var schema = SchemaFromSdl.Build(Sdl, new SdlResolvers()
            .Field("Query.parents", context =>
            {
                // Work that outlives the execution but carries its flow (Task.Run copies it).
                lateLoad = Task.Run(async () =>
                {
                    await release.Task;
                    return await late.LoadAsync(7);
                });
                return ValueTask.FromResult<object?>(Array.Empty<object?>());
            }));

        var response = await RunAsync(schema, new DataLoaderRegistry(EmptyServices.Instance), "{ parents(count: 0) { id } }");
        release.SetResult();
        var child = await lateLoad!.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal("""{"data":{"parents":[]}}""", response);
        Assert.Equal(70, child!["id"]);
        Assert.Equal([[7]], late.Batches);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    [InlineData(100)]
    public async Task Execute_CodeFirstResolversReturningLoads_OneBatchPerLevel(int count)
    {
        var registry = new DataLoaderRegistry(EmptyServices.Instance);
        var schema = CodeFirstSchema.Create().AddQueryType<DispatchQuery>().Build();

        var result = await Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = schema,
            Document = Parser.Parse("query ($count: Int!) { meters(count: $count) { id owner { id address { id } } } }"),
            VariableValues = new Dictionary<string, object?> { ["count"] = count },
            Services = new RegistryServices(registry),
        });

        Assert.Equal(
            """{"data":{"meters":[""" + string.Join(",", Enumerable.Range(1, count).Select(id =>
                "{\"id\":" + id + ",\"owner\":{\"id\":" + (id + 1000) + ",\"address\":{\"id\":" + (id + 2000) + "}}}")) + "]}}",
            ExecutionResultJson.Serialize(result));
        Assert.Equal(Enumerable.Range(1, count), Assert.Single(registry.GetDataLoader<OwnerLoader>().Batches));
        Assert.Equal(Enumerable.Range(1001, count), Assert.Single(registry.GetDataLoader<AddressLoader>().Batches));
    }

    private Task<string> Execute(ResolverStyle style, DataLoaderOptions options, int count)
    {
        var registry = new DataLoaderRegistry(EmptyServices.Instance);
        Func<Func<int, Task<Dictionary<string, object?>?>>, int, Task<Dictionary<string, object?>?>> resolve = style switch
        {
            ResolverStyle.ReturnsLoad => (load, id) => load(id),
            ResolverStyle.YieldsFirst => async (load, id) =>
            {
                await Task.Yield();
                return await load(id);
            },
            _ => async (load, id) =>
            {
                await TwoYieldsAsync();
                return await load(id);
            },
        };
        return Run(Schema(registry, options, resolve), registry, count);
    }

    private static async Task TwoYieldsAsync()
    {
        await Task.Yield();
        await Task.Yield();
    }

    private GraphQLSchema Schema(
        DataLoaderRegistry registry,
        DataLoaderOptions options,
        Func<Func<int, Task<Dictionary<string, object?>?>>, int, Task<Dictionary<string, object?>?>> resolve) =>
        SchemaFromSdl.Build(Sdl, new SdlResolvers()
            .Field("Query.parents", context => ValueTask.FromResult<object?>(
                Enumerable.Range(1, (int)context.Arguments["count"]!).Select(id => new Dictionary<string, object?> { ["id"] = id }).ToArray()))
            .Field("Parent.child", async context => await resolve(id => ChildLoader(registry, options).LoadAsync(id), Id(context.Source)))
            .Field("Child.grandchild", async context => await resolve(id => GrandchildLoader(registry, options).LoadAsync(id), Id(context.Source))));

    private DataLoaderBase<int, Dictionary<string, object?>?> ChildLoader(DataLoaderRegistry registry, DataLoaderOptions options) =>
        registry.Batch<int, Dictionary<string, object?>>("children", (keys, _) => Fetch(_childBatches, keys, id => id * 10), options);

    private DataLoaderBase<int, Dictionary<string, object?>?> GrandchildLoader(DataLoaderRegistry registry, DataLoaderOptions options) =>
        registry.Batch<int, Dictionary<string, object?>>("grandchildren", (keys, _) => Fetch(_grandchildBatches, keys, null), options);

    private static async Task<IReadOnlyDictionary<int, Dictionary<string, object?>>> Fetch(List<int[]> batches, IReadOnlyList<int> keys, Func<int, int>? childId)
    {
        lock (batches)
        {
            batches.Add([.. keys]);
        }

        await Task.Yield(); // an asynchronous fetch, as a database's
        return keys.ToDictionary(key => key, key => childId is null
            ? new Dictionary<string, object?> { ["id"] = key, ["name"] = "g" + key }
            : new Dictionary<string, object?> { ["id"] = childId(key) });
    }

    private static int Id(object? source) => (int)((IReadOnlyDictionary<string, object?>)source!)["id"]!;

    private static async Task<string> Run(GraphQLSchema schema, DataLoaderRegistry registry, int count) =>
        ExecutionResultJson.Serialize(await Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = schema,
            Document = Parser.Parse("query ($count: Int!) { parents(count: $count) { id child { id grandchild { id name } } } }"),
            VariableValues = new Dictionary<string, object?> { ["count"] = count },
            Services = new RegistryServices(registry),
        }));

    private static string Expected(int count) =>
        """{"data":{"parents":[""" +
        string.Join(",", Enumerable.Range(1, count).Select(id =>
            "{\"id\":" + id + ",\"child\":{\"id\":" + (id * 10) + ",\"grandchild\":{\"id\":" + (id * 10) + ",\"name\":\"g" + (id * 10) + "\"}}}")) +
        "]}}";

    public sealed class DispatchQuery
    {
        public IReadOnlyList<DispatchMeter> GetMeters(int count) => [.. Enumerable.Range(1, count).Select(id => new DispatchMeter(id))];
    }

    public sealed class DispatchMeter(int id)
    {
        public int Id => id;

        public Task<DispatchOwner?> GetOwner(OwnerLoader loader) => loader.LoadAsync(id);
    }

    public sealed class DispatchOwner(int id)
    {
        public int Id => id;

        public Task<DispatchAddress?> GetAddress(AddressLoader loader) => loader.LoadAsync(id);
    }

    public sealed class DispatchAddress(int id)
    {
        public int Id => id;
    }

    /// <summary>Owners by meter id (owner id = meter id + 1000); records its batches; never dispatches on its own.</summary>
    public sealed class OwnerLoader() : BatchDataLoader<int, DispatchOwner>(ManualOnly)
    {
        public List<int[]> Batches { get; } = [];

        protected override async Task<IReadOnlyDictionary<int, DispatchOwner>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            Batches.Add([.. keys]);
            await Task.Yield();
            return keys.ToDictionary(key => key, key => new DispatchOwner(key + 1000));
        }
    }

    /// <summary>Addresses by owner id (address id = owner id + 1000).</summary>
    public sealed class AddressLoader() : BatchDataLoader<int, DispatchAddress>(ManualOnly)
    {
        public List<int[]> Batches { get; } = [];

        protected override async Task<IReadOnlyDictionary<int, DispatchAddress>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            Batches.Add([.. keys]);
            await Task.Yield();
            return keys.ToDictionary(key => key, key => new DispatchAddress(key + 1000));
        }
    }

    private static async Task<string> RunAsync(GraphQLSchema schema, DataLoaderRegistry registry, string query) =>
        ExecutionResultJson.Serialize(await Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = schema,
            Document = Parser.Parse(query),
            Services = new RegistryServices(registry),
        }));

    /// <summary>A loader of <c>{ id }</c> objects that records its batches.</summary>
    private sealed class RecordingLoader(DataLoaderOptions options, Func<int, int> childId) : BatchDataLoader<int, Dictionary<string, object?>>(options)
    {
        public List<int[]> Batches { get; } = [];

        protected override async Task<IReadOnlyDictionary<int, Dictionary<string, object?>>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            lock (Batches)
            {
                Batches.Add([.. keys]);
            }

            await Task.Yield();
            return keys.ToDictionary(key => key, key => new Dictionary<string, object?> { ["id"] = childId(key) });
        }
    }

    private sealed class RegistryServices(DataLoaderRegistry registry) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(DataLoaderRegistry) ? registry : null;
    }
}
