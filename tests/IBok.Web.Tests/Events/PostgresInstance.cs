using System.Net;
using IBok.GraphQL.Api.Events;
using IBok.GraphQL.CodeFirst;
using IBok.GraphQL.Types;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace IBok.Web.Tests.Events;

/// <summary>A notice pinned to a board, published on the bus topic <c>bulletin:{board}</c>.</summary>
public sealed record Bulletin(string Board, string Text);

/// <summary>
/// The schema the two-instance tests serve (the iBOK schema has no subscription yet): a subscription fed by the
/// host's <see cref="IEventBus"/>.
/// </summary>
public static class BulletinSchema
{
    public static string Topic(string board) => "bulletin:" + board;

    public static GraphQLSchema Build() => CodeFirstSchema.Create()
        .AddQueryType<BulletinQuery>()
        .AddSubscriptionType<BulletinSubscription>()
        .Build();
}

public sealed class BulletinQuery
{
    public string Hello() => "world";
}

public sealed class BulletinSubscription
{
    /// <summary>Every bulletin pinned to <paramref name="board"/> from now on, on whichever instance it was published.</summary>
    public IAsyncEnumerable<Bulletin> BulletinPosted(string board, [Service] IEventBus bus, CancellationToken cancellationToken) =>
        bus.SubscribeAsync<Bulletin>(BulletinSchema.Topic(board), cancellationToken);
}

/// <summary>
/// One iBOK server (the real Program on Kestrel, on a free loopback port) configured for PostgreSQL through the
/// <c>Database</c> section, serving <see cref="BulletinSchema"/>.
/// </summary>
public sealed class PostgresInstance : WebApplicationFactory<Program>
{
    private readonly string _connectionString;

    private PostgresInstance(string connectionString)
    {
        _connectionString = connectionString;
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>Starts an instance on the database of <paramref name="connectionString"/> (migrated at start-up by Program).</summary>
    public static PostgresInstance Start(string connectionString)
    {
        var instance = new PostgresInstance(connectionString);
        instance.StartServer();
        return instance;
    }

    /// <summary>The <c>ws://127.0.0.1:port/graphql</c> address.</summary>
    public Uri GraphQLWebSocketUri
    {
        get
        {
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            return new Uri(address.Replace("http://", "ws://", StringComparison.Ordinal) + "/graphql");
        }
    }

    public IEventBus EventBus => Services.GetRequiredService<IEventBus>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", "postgresql");
        builder.UseSetting("Database:ConnectionString", _connectionString);
        builder.UseSetting("Demo:Enabled", "false");
        builder.ConfigureLogging(logging => logging.ClearProviders());
        builder.ConfigureTestServices(services => services.AddSingleton(BulletinSchema.Build()));
    }
}

/// <summary>
/// A new, empty database on the PostgreSQL test server (tools/start-test-postgres.sh; connection in
/// IBOK_TEST_POSTGRES), dropped on dispose.
/// </summary>
public sealed class PostgresTestDatabase : IAsyncDisposable
{
    private static readonly string Server =
        Environment.GetEnvironmentVariable("IBOK_TEST_POSTGRES")
        ?? "Host=127.0.0.1;Port=5432;Username=ibok;Password=ibok;Database=postgres;Pooling=false";

    private readonly string _name;

    private PostgresTestDatabase(string name, string connectionString)
    {
        _name = name;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    public static async Task<PostgresTestDatabase> CreateAsync()
    {
        var name = "ibok_test_" + Guid.NewGuid().ToString("N")[..16];
        await ExecuteOnServerAsync($"CREATE DATABASE {name}");
        return new PostgresTestDatabase(name, new NpgsqlConnectionStringBuilder(Server) { Database = name }.ConnectionString);
    }

    public async ValueTask DisposeAsync() => await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");

    private static async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
