using IBok.GraphQL.CodeFirst;
using IBok.GraphQL.DataLoader;
using IBok.GraphQL.Execution;
using IBok.GraphQL.Language;
using IBok.GraphQL.Paging;
using IBok.GraphQL.Types;

namespace IBok.GraphQL.Tests.EndToEnd;

/// <summary>A code-first schema run through the real executor: paging, arguments, DataLoader batching and a
/// client-facing error, the way the iBOK API will use them.</summary>
public sealed class CodeFirstExecutionTests
{
    [Fact]
    public async Task PagedQuery_WithBatchedOwners_ReturnsThePageAndBatchesTheLoads()
    {
        var loads = new List<IReadOnlyList<int>>();
        var result = await Execute(
            "{ meters(first: 2) { totalCount edges { cursor node { serial owner { name } } } pageInfo { hasNextPage } } }",
            loads);

        Assert.Empty(result.Errors);
        Assert.Equal(
            """{"data":{"meters":{"totalCount":3,"edges":[{"cursor":"MA==","node":{"serial":"WM-1","owner":{"name":"Customer 10"}}},{"cursor":"MQ==","node":{"serial":"WM-2","owner":{"name":"Customer 20"}}}],"pageInfo":{"hasNextPage":true}}}}""",
            ExecutionResultJson.Serialize(result));
        var batch = Assert.Single(loads);
        Assert.Equal([10, 20], batch.Order());
    }

    [Fact]
    public async Task PageAboveTheMaximum_IsAClearFieldError_NotAnUnexpectedError()
    {
        var result = await Execute("{ meters(first: 500) { totalCount } }", []);

        var error = Assert.Single(result.Errors);
        Assert.Equal("Requesting 500 items exceeds the maximum page size of 50.", error.Message);
        Assert.Equal(["meters"], error.Path);
    }

    [Fact]
    public async Task Arguments_AreBoundToMethodParameters()
    {
        var result = await Execute("""{ meter(serial: "WM-3") { serial } }""", []);

        Assert.Equal("""{"data":{"meter":{"serial":"WM-3"}}}""", ExecutionResultJson.Serialize(result));
    }

    [Fact]
    public async Task IntTooLargeForAShortParameter_IsAClearFieldError()
    {
        var result = await Execute("{ reading(digits: 40000) }", []);

        var error = Assert.Single(result.Errors);
        Assert.Equal("40000 is out of range for this argument: it must be between -32768 and 32767.", error.Message);
        Assert.Equal(["reading"], error.Path);
    }

    private static async Task<ExecutionResult> Execute(string query, List<IReadOnlyList<int>> loads)
    {
        var schema = CodeFirstSchema.Create().AddQueryType<MeterQueries>().AddTypeExtension<MeterOwner>().Build();
        var services = new Services(loads);
        return await Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = schema,
            Document = Parser.Parse(query),
            Services = services,
        });
    }

    public sealed record Meter(string Serial, int OwnerId);

    public sealed record Owner(int Id, string Name);

    public sealed class MeterQueries
    {
        private static readonly Meter[] All = [new("WM-1", 10), new("WM-2", 20), new("WM-3", 10)];

        [UsePaging(MaxPageSize = 50, IncludeTotalCount = true)]
        public IQueryable<Meter> GetMeters() => All.AsQueryable();

        public Meter? GetMeter(string serial) => All.FirstOrDefault(m => m.Serial == serial);

        public string GetReading(short digits) => digits.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    [ExtendObjectType(typeof(Meter))]
    public sealed class MeterOwner
    {
        public Task<Owner?> GetOwnerAsync([Parent] Meter meter, OwnerLoader loader, CancellationToken cancellationToken) =>
            loader.LoadAsync(meter.OwnerId, cancellationToken);
    }

    public sealed class OwnerLoader(List<IReadOnlyList<int>> loads) : BatchDataLoader<int, Owner>(new DataLoaderOptions { BatchWindow = TimeSpan.FromMilliseconds(200) })
    {
        protected override Task<IReadOnlyDictionary<int, Owner>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            lock (loads)
            {
                loads.Add(keys.ToArray());
            }

            return Task.FromResult<IReadOnlyDictionary<int, Owner>>(keys.ToDictionary(k => k, k => new Owner(k, "Customer " + k)));
        }
    }

    private sealed class Services(List<IReadOnlyList<int>> loads) : IServiceProvider
    {
        private DataLoaderRegistry? registry;

        public object? GetService(Type serviceType) =>
            serviceType == typeof(DataLoaderRegistry) ? registry ??= new DataLoaderRegistry(this)
            : serviceType == typeof(OwnerLoader) ? new OwnerLoader(loads)
            : null;
    }
}
