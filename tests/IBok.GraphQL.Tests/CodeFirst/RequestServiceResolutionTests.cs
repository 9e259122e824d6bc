using IBok.GraphQL.CodeFirst;
using IBok.GraphQL.DataLoader;
using IBok.GraphQL.Execution;
using IBok.GraphQL.Language;
using IBok.GraphQL.Types;

#pragma warning disable CA1822 // Fixture members are instance members on purpose.

namespace IBok.GraphQL.Tests.CodeFirst;

/// <summary>Resolver parameters' services and DataLoaders are asked for once per execution, not once per field.</summary>
public sealed class RequestServiceResolutionTests
{
    private static readonly GraphQLSchema Schema = CodeFirstSchema.Create().AddQueryType<CountingQuery>().Build();

    [Fact]
    public async Task Execute_ServiceParameterOnManyFields_AsksTheServicesOncePerExecution()
    {
        var services = new CountingServices(new Greeter("Dzień dobry"));

        var first = await ExecuteAsync(services, "{ a: greeting(name: \"Anna\") b: greeting(name: \"Bolek\") items(count: 3) { greeting } }");
        var asksAfterFirst = services.Asks(typeof(Greeter));
        var second = await ExecuteAsync(services, "{ a: greeting(name: \"Cezary\") }");

        Assert.Equal(
            """{"data":{"a":"Dzień dobry, Anna","b":"Dzień dobry, Bolek","items":[{"greeting":"Dzień dobry, 1"},{"greeting":"Dzień dobry, 2"},{"greeting":"Dzień dobry, 3"}]}}""",
            first);
        Assert.Equal("""{"data":{"a":"Dzień dobry, Cezary"}}""", second);
        Assert.Equal(1, asksAfterFirst);
        Assert.Equal(2, services.Asks(typeof(Greeter)));
    }

    [Fact]
    public async Task Execute_DataLoaderParameterOnManyFields_AsksTheRegistryOncePerExecution()
    {
        var services = new CountingServices(new Greeter("Cześć"));

        var result = await ExecuteAsync(services, "{ items(count: 4) { doubled } }");

        Assert.Equal("""{"data":{"items":[{"doubled":2},{"doubled":4},{"doubled":6},{"doubled":8}]}}""", result);
        Assert.Equal(2, services.Asks(typeof(DataLoaderRegistry))); // once for the work loop, once for the loaders
        Assert.Equal(1, services.Asks(typeof(DoublingLoader)));
        Assert.Equal([[1, 2, 3, 4]], services.Registry.GetDataLoader<DoublingLoader>().Batches);
    }

    [Fact]
    public async Task Execute_MissingServiceOnTwoFields_EachFieldReportsIt()
    {
        var services = new CountingServices();

        var result = await ExecuteAsync(services, "{ a: greeting(name: \"Anna\") b: greeting(name: \"Bolek\") }");

        Assert.Equal(
            """{"errors":[{"message":"Unexpected error.","locations":[{"line":1,"column":3}],"path":["a"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}},""" +
            """{"message":"Unexpected error.","locations":[{"line":1,"column":29}],"path":["b"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"a":null,"b":null}}""",
            result);
        Assert.Equal(1, services.Asks(typeof(Greeter)));
    }

    private static async Task<string> ExecuteAsync(IServiceProvider services, string query) =>
        ExecutionResultJson.Serialize(await Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = Schema,
            Document = Parser.Parse(query),
            Services = services,
        }));

    public sealed class Greeter(string greeting)
    {
        public string Greet(string name) => greeting + ", " + name;
    }

    public sealed class CountingQuery
    {
        public string? Greeting(string name, [Service] Greeter greeter) => greeter.Greet(name);

        public IReadOnlyList<CountingItem> Items(int count) => [.. Enumerable.Range(1, count).Select(id => new CountingItem(id))];
    }

    public sealed class CountingItem(int id)
    {
        public string Greeting([Service] Greeter greeter) => greeter.Greet(id.ToString(System.Globalization.CultureInfo.InvariantCulture));

        public Task<int> Doubled(DoublingLoader loader) => loader.LoadAsync(id);
    }

    /// <summary>Doubles its keys; records its batches.</summary>
    public sealed class DoublingLoader() : BatchDataLoader<int, int>(new DataLoaderOptions { AutoDispatch = false })
    {
        public List<int[]> Batches { get; } = [];

        protected override Task<IReadOnlyDictionary<int, int>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            Batches.Add([.. keys]);
            return Task.FromResult<IReadOnlyDictionary<int, int>>(keys.ToDictionary(key => key, key => key * 2));
        }
    }

    /// <summary>Request services that count what they are asked for; the registry makes its loaders itself.</summary>
    private sealed class CountingServices : IServiceProvider
    {
        private readonly object[] _services;
        private readonly Dictionary<Type, int> _asks = [];

        public CountingServices(params object[] services)
        {
            _services = services;
            Registry = new DataLoaderRegistry(this);
        }

        public DataLoaderRegistry Registry { get; }

        public int Asks(Type type)
        {
            lock (_asks)
            {
                return _asks.GetValueOrDefault(type);
            }
        }

        public object? GetService(Type serviceType)
        {
            lock (_asks)
            {
                _asks[serviceType] = _asks.GetValueOrDefault(serviceType) + 1;
            }

            return serviceType == typeof(DataLoaderRegistry) ? Registry : _services.FirstOrDefault(serviceType.IsInstanceOfType);
        }
    }
}
