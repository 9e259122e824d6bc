using IBok.GraphQL.CodeFirst;
using IBok.GraphQL.DataLoader;
using IBok.GraphQL.Execution;
using IBok.GraphQL.Language;
using IBok.GraphQL.Paging;
using IBok.GraphQL.Utilities;

namespace IBok.GraphQL.Tests.DataLoader;

/// <summary>
/// An execution whose batches complete synchronously (SQLite, caches) never leaves the caller's thread: resolvers that
/// await their loads with <c>ConfigureAwait(false)</c>, as the API's do, and the paging middleware continue inline on
/// the work loop instead of being queued to the thread pool (a thread hop and a context switch per continuation).
/// </summary>
public sealed class SynchronousCompletionTests
{
    private const string Sdl = """
        type Query { parents(count: Int!): [Parent!]! }
        type Parent { id: Int! child: Child }
        type Child { id: Int! grandchild: Grandchild }
        type Grandchild { id: Int! }
        """;

    private readonly List<int[]> _childBatches = [];
    private readonly List<int[]> _grandchildBatches = [];
    private readonly HashSet<int> _resolverThreads = [];

    [Theory]
    [InlineData(1)]
    [InlineData(25)]
    public async Task Execute_SynchronousBatchesAwaitedOutsideTheContext_CompletesOnTheCallersThread(int count)
    {
        var registry = new DataLoaderRegistry(EmptyServices.Instance);
        using var cancellation = new CancellationTokenSource();
        var schema = SchemaFromSdl.Build(Sdl, new SdlResolvers()
            .Field("Query.parents", context => ValueTask.FromResult<object?>(
                Enumerable.Range(1, (int)context.Arguments["count"]!).Select(id => new Dictionary<string, object?> { ["id"] = id }).ToArray()))
            .Field("Parent.child", async context =>
            {
                var child = await Loader(registry, "children", _childBatches, id => id * 10)
                    .LoadAsync(Id(context.Source), context.CancellationToken).ConfigureAwait(false);
                NoteThread();
                return child;
            })
            .Field("Child.grandchild", async context =>
            {
                var grandchild = await Loader(registry, "grandchildren", _grandchildBatches, id => id + 1)
                    .LoadAsync(Id(context.Source), context.CancellationToken).ConfigureAwait(false);
                NoteThread();
                return grandchild;
            }));

        var caller = Environment.CurrentManagedThreadId;
        var running = Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = schema,
            Document = Parser.Parse("query ($count: Int!) { parents(count: $count) { id child { id grandchild { id } } } }"),
            VariableValues = new Dictionary<string, object?> { ["count"] = count },
            Services = new RegistryServices(registry),
            // A token that can be cancelled: each load then waits with it (Task.WaitAsync).
            CancellationToken = cancellation.Token,
        });

        Assert.True(running.IsCompleted, "The execution went asynchronous although every batch completed synchronously.");
        Assert.Equal(
            """{"data":{"parents":[""" + string.Join(",", Enumerable.Range(1, count).Select(id =>
                "{\"id\":" + id + ",\"child\":{\"id\":" + (id * 10) + ",\"grandchild\":{\"id\":" + (id * 10 + 1) + "}}}")) + "]}}",
            ExecutionResultJson.Serialize(await running));
        Assert.Equal(Enumerable.Range(1, count), Assert.Single(_childBatches));
        Assert.Equal(Enumerable.Range(1, count).Select(id => id * 10), Assert.Single(_grandchildBatches));
        Assert.Equal([caller], _resolverThreads);
    }

    [Fact]
    public async Task Execute_PagedFieldAwaitingALoad_CompletesOnTheCallersThread()
    {
        var registry = new DataLoaderRegistry(EmptyServices.Instance);
        var schema = CodeFirstSchema.Create().AddQueryType<PagedQuery>().Build();

        var running = Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = schema,
            Document = Parser.Parse("{ numbers(first: 2) { totalCount nodes } }"),
            Services = new RegistryServices(registry),
        });

        Assert.True(running.IsCompleted, "The paged field's middleware resumed off the execution's thread.");
        Assert.Equal("""{"data":{"numbers":{"totalCount":3,"nodes":[7,14]}}}""", ExecutionResultJson.Serialize(await running));
        Assert.Equal([[7]], registry.GetDataLoader<MultiplesLoader>().Batches);
    }

    private void NoteThread()
    {
        lock (_resolverThreads)
        {
            _resolverThreads.Add(Environment.CurrentManagedThreadId);
        }
    }

    private static DataLoaderBase<int, Dictionary<string, object?>?> Loader(
        DataLoaderRegistry registry, string name, List<int[]> batches, Func<int, int> childId) =>
        registry.Batch<int, Dictionary<string, object?>>(name, (keys, _) =>
        {
            batches.Add([.. keys]);
            // Completed synchronously, as SQLite's and the read cache's answers are.
            return Task.FromResult<IReadOnlyDictionary<int, Dictionary<string, object?>>>(
                keys.ToDictionary(key => key, key => new Dictionary<string, object?> { ["id"] = childId(key) }));
        }, new DataLoaderOptions { AutoDispatch = false });

    private static int Id(object? source) => (int)((IReadOnlyDictionary<string, object?>)source!)["id"]!;

    public sealed class PagedQuery
    {
        [UsePaging(DefaultPageSize = 10, IncludeTotalCount = true)]
        public async Task<IEnumerable<int>> Numbers(MultiplesLoader multiples, CancellationToken cancellationToken) =>
            await multiples.LoadAsync(7, cancellationToken).ConfigureAwait(false) ?? [];
    }

    /// <summary>The first three multiples of a number, fetched synchronously.</summary>
    public sealed class MultiplesLoader() : BatchDataLoader<int, int[]>(new DataLoaderOptions { AutoDispatch = false })
    {
        public List<int[]> Batches { get; } = [];

        protected override Task<IReadOnlyDictionary<int, int[]>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            Batches.Add([.. keys]);
            return Task.FromResult<IReadOnlyDictionary<int, int[]>>(keys.ToDictionary(key => key, key => new[] { key, key * 2, key * 3 }));
        }
    }

    private sealed class RegistryServices(DataLoaderRegistry registry) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(DataLoaderRegistry) ? registry : null;
    }
}
