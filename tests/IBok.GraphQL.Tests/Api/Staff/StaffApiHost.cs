using System.Text.Json;
using IBok.GraphQL.Api;
using IBok.GraphQL.Api.Events;
using IBok.GraphQL.Application.Staff;
using IBok.GraphQL.Execution;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Server;
using IBok.GraphQL.Tests.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using IBok.GraphQL.Application;
using IBok.GraphQL.Tests.Testing;

namespace IBok.GraphQL.Tests.Api.Staff;

/// <summary>The iBOK schema over a test database with the staff services, a fixed clock and the in-process bus.</summary>
internal sealed class StaffApiHost : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _services;

    private StaffApiHost(TestDatabase database)
    {
        Database = database;
        _services = new ServiceCollection()
            .AddScoped<ViewerAccessor>()
            .AddDbContext<IBokDbContext>(options => database.Options.Configure(options))
            .AddSingleton<TimeProvider>(new TestClock(Now))
            .AddSingleton<IEventBus, InProcessEventBus>()
            .AddIBokApplication()
            .BuildServiceProvider();
    }

    public static readonly Viewer Operator = Viewer.ForStaff(ViewerRole.Operator, 900, "Anna Operator");

    public static readonly Viewer Admin = Viewer.ForStaff(ViewerRole.Admin, 901, "Adam Admin");

    public TestDatabase Database { get; }

    public InProcessEventBus Bus => (InProcessEventBus)_services.GetRequiredService<IEventBus>();

    public GraphQLRequestExecutor Executor { get; } = new(IBokSchema.Instance);

    public static async Task<StaffApiHost> CreateAsync(string provider) => new(await TestDatabase.CreateMigratedAsync(provider));

    /// <summary>Runs one request as <paramref name="viewer"/> and returns the response JSON.</summary>
    public async Task<string> ExecuteAsync(Viewer viewer, string query)
    {
        await using var scope = _services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ViewerAccessor>().Viewer = viewer;
        var result = await Executor.ExecuteAsync(new GraphQLRequest { Query = query }, scope.ServiceProvider, null, CancellationToken.None);
        return Readable(ExecutionResultJson.Serialize(result));
    }

    /// <summary>A subscription as <paramref name="viewer"/>: the scope lives as long as the stream.</summary>
    public async IAsyncEnumerable<string> SubscribeAsync(Viewer viewer, string query, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var scope = _services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ViewerAccessor>().Viewer = viewer;
        await foreach (var result in Executor.SubscribeAsync(new GraphQLRequest { Query = query }, scope.ServiceProvider, null, cancellationToken))
        {
            yield return Readable(ExecutionResultJson.Serialize(result));
        }
    }

    /// <summary>The same JSON with only the escapes JSON requires, so expected values can be written as text.</summary>
    private static string Readable(string json) =>
        JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public IBokDbContext CreateContext() => Database.CreateContext();

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Database.DisposeAsync();
    }
}

/// <summary>Rows for staff tests.</summary>
internal static class StaffRows
{
    public static async Task<global::IBok.GraphQL.Persistence.Model.Customers.CustomerRow> AddCustomerAsync(IBokDbContext db, string number, string city, string street)
    {
        var customer = new global::IBok.GraphQL.Persistence.Model.Customers.CustomerRow
        {
            Number = number, Name = "Klient " + number, SearchName = "klient " + number, Street = street, BuildingNumber = "1",
            PostalCode = "00-001", City = city, CreatedAt = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        };
        db.Add(customer);
        await db.SaveChangesAsync();
        db.Add(new global::IBok.GraphQL.Persistence.Model.Customers.PremisesRow
        {
            CustomerId = customer.Id, Code = "P-" + number, Street = street, BuildingNumber = "1", PostalCode = "00-001", City = city,
        });
        await db.SaveChangesAsync();
        return customer;
    }
}
