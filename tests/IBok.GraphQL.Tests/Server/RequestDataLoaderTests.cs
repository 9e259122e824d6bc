using IBok.GraphQL.CodeFirst;
using IBok.GraphQL.DataLoader;
using IBok.GraphQL.Server;

namespace IBok.GraphQL.Tests.Server;

/// <summary>The per-request DataLoader registry the pipeline provides to code-first resolvers.</summary>
public sealed class RequestDataLoaderTests
{
    private const string MetersWithOwners = "{ meters { serial owner { name } } }";

    private readonly List<IReadOnlyList<int>> _loads = [];
    private readonly GraphQLRequestExecutor _executor = new(
        CodeFirstSchema.Create().AddQueryType<MeterQueries>().AddTypeExtension<MeterOwner>().Build());

    [Fact]
    public async Task ExecuteAsync_SiblingFieldsWithADataLoader_ShareOneBatch()
    {
        var result = await _executor.ExecuteAsync(new GraphQLRequest { Query = MetersWithOwners }, new LoaderServices(_loads));

        Assert.Equal(
            """{"data":{"meters":[{"serial":"WM-1","owner":{"name":"Customer 10"}},{"serial":"WM-2","owner":{"name":"Customer 20"}},{"serial":"WM-3","owner":{"name":"Customer 10"}}]}}""",
            PipelineSchema.Json(result));
        Assert.Equal([10, 20], Assert.Single(_loads).Order());
    }

    [Fact]
    public async Task ExecuteAsync_TwoRequests_DoNotShareALoadersCache()
    {
        var services = new LoaderServices(_loads);

        await _executor.ExecuteAsync(new GraphQLRequest { Query = MetersWithOwners }, services);
        await _executor.ExecuteAsync(new GraphQLRequest { Query = MetersWithOwners }, services);

        Assert.Equal(2, _loads.Count);
    }

    [Fact]
    public async Task ExecuteAsync_WithoutHostServices_CreatesLoadersWithTheirParameterlessConstructor()
    {
        var result = await _executor.ExecuteAsync(new GraphQLRequest { Query = "{ meters { serial tariff { code } } }" });

        Assert.Equal(
            """{"data":{"meters":[{"serial":"WM-1","tariff":{"code":"T-WM-1"}},{"serial":"WM-2","tariff":{"code":"T-WM-2"}},{"serial":"WM-3","tariff":{"code":"T-WM-3"}}]}}""",
            PipelineSchema.Json(result));
    }

    [Fact]
    public void RequestServices_GivesItsOwnRegistryOnceAndPassesEverythingElseThrough()
    {
        var inner = new LoaderServices(_loads);
        var services = new RequestServices(inner);

        var registry = services.GetService(typeof(DataLoaderRegistry));

        Assert.IsType<DataLoaderRegistry>(registry);
        Assert.Same(registry, services.GetService(typeof(DataLoaderRegistry)));
        Assert.NotSame(registry, new RequestServices(inner).GetService(typeof(DataLoaderRegistry)));
        Assert.IsType<OwnerLoader>(services.GetService(typeof(OwnerLoader)));
        Assert.Same(services, services.GetService(typeof(IServiceProvider)));
        Assert.Null(services.GetService(typeof(string)));
        Assert.Null(new RequestServices(null).GetService(typeof(string)));
    }

    [Fact]
    public void RequestServices_HostRegistry_Wins()
    {
        var hostRegistry = new DataLoaderRegistry(new LoaderServices(_loads));
        var services = new RequestServices(new HostWithRegistry(hostRegistry));

        Assert.Same(hostRegistry, services.GetService(typeof(DataLoaderRegistry)));
    }

    public sealed record Meter(string Serial, int OwnerId);

    public sealed record Owner(int Id, string Name);

    public sealed record Tariff(string Code);

    [Fact]
    public void DataLoaders_AskedManyTimes_LooksUpTheHostsRegistryOnce()
    {
        var host = new CountingHost();
        var services = new RequestServices(host);

        var first = services.DataLoaders;
        var viaGetService = services.GetService(typeof(DataLoaderRegistry));
        var again = services.DataLoaders;

        Assert.Same(host.Registry, first);
        Assert.Same(first, viaGetService);
        Assert.Same(first, again);
        Assert.Equal(1, host.RegistryLookups);
    }

    public sealed class MeterQueries
    {
        private static readonly Meter[] All = [new("WM-1", 10), new("WM-2", 20), new("WM-3", 10)];

        public IReadOnlyList<Meter> GetMeters() => All;
    }

    [ExtendObjectType(typeof(Meter))]
    public sealed class MeterOwner
    {
        public Task<Owner?> GetOwnerAsync([Parent] Meter meter, OwnerLoader loader, CancellationToken cancellationToken) =>
            loader.LoadAsync(meter.OwnerId, cancellationToken);

        public Task<Tariff?> GetTariffAsync([Parent] Meter meter, TariffLoader loader, CancellationToken cancellationToken) =>
            loader.LoadAsync(meter.Serial, cancellationToken);
    }

    public sealed class OwnerLoader(List<IReadOnlyList<int>> loads)
        : BatchDataLoader<int, Owner>(new DataLoaderOptions { BatchWindow = TimeSpan.FromMilliseconds(200) })
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

    public sealed class TariffLoader : BatchDataLoader<string, Tariff>
    {
        protected override Task<IReadOnlyDictionary<string, Tariff>> LoadBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyDictionary<string, Tariff>>(keys.ToDictionary(k => k, k => new Tariff("T-" + k)));
    }

    /// <summary>Host services that know how to make an <see cref="OwnerLoader"/> and nothing else (no registry).</summary>
    private sealed class LoaderServices(List<IReadOnlyList<int>> loads) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(OwnerLoader) ? new OwnerLoader(loads) : null;
    }

    private sealed class HostWithRegistry(DataLoaderRegistry registry) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(DataLoaderRegistry) ? registry : null;
    }

    /// <summary>A host providing a registry that counts how often it is asked for it.</summary>
    private sealed class CountingHost : IServiceProvider
    {
        public CountingHost() => Registry = new DataLoaderRegistry(this);

        public DataLoaderRegistry Registry { get; }

        public int RegistryLookups { get; private set; }

        public object? GetService(Type serviceType)
        {
            if (serviceType != typeof(DataLoaderRegistry))
            {
                return null;
            }

            RegistryLookups++;
            return Registry;
        }
    }
}
