using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Access;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace IBok.GraphQL.Tests.Persistence;

/// <summary>
/// A real, empty database of one provider for one test: a temporary SQLite file, or a new database on the
/// PostgreSQL server that tools/start-test-postgres.sh starts (connection string in IBOK_TEST_POSTGRES, default
/// the role that script creates). Dropped on dispose.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    /// <summary>The providers every integration test runs against.</summary>
    public static TheoryData<string> Providers => new() { "sqlite", "postgresql" };

    private static readonly string PostgresServer =
        Environment.GetEnvironmentVariable("IBOK_TEST_POSTGRES")
        ?? "Host=127.0.0.1;Port=5432;Username=ibok;Password=ibok;Database=postgres;Pooling=false";

    private readonly string? _sqliteFolder;
    private readonly string? _postgresDatabase;

    private TestDatabase(DatabaseOptions options, string? sqliteFolder, string? postgresDatabase)
    {
        Options = options;
        _sqliteFolder = sqliteFolder;
        _postgresDatabase = postgresDatabase;
    }

    /// <summary>The options that point at this database.</summary>
    public DatabaseOptions Options { get; }

    /// <summary>The provider name (<c>sqlite</c> or <c>postgresql</c>).</summary>
    public string Provider => Options.Provider;

    /// <summary>Creates an empty database (no tables) of the given provider.</summary>
    public static async Task<TestDatabase> CreateAsync(string provider)
    {
        switch (provider)
        {
            case "sqlite":
            {
                var folder = Directory.CreateTempSubdirectory("ibok-test-db-").FullName;
                var options = new DatabaseOptions { Provider = "sqlite", ConnectionString = $"Data Source={Path.Combine(folder, "ibok.db")};Pooling=False" };
                return new TestDatabase(options, folder, null);
            }
            case "postgresql":
            {
                var name = "ibok_test_" + Guid.NewGuid().ToString("N")[..16];
                await using (var admin = new NpgsqlConnection(PostgresServer))
                {
                    try
                    {
                        await admin.OpenAsync();
                    }
                    catch (Exception error) when (error is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
                    {
                        throw new InvalidOperationException(
                            "The PostgreSQL test server is not reachable; start it with tools/start-test-postgres.sh " +
                            "(./test.sh does) or set IBOK_TEST_POSTGRES.", error);
                    }

                    await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
                    await create.ExecuteNonQueryAsync();
                }

                var builder = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name };
                return new TestDatabase(new DatabaseOptions { Provider = "postgresql", ConnectionString = builder.ConnectionString }, null, name);
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, "Use sqlite or postgresql.");
        }
    }

    /// <summary>Creates a database at the newest schema (or at <paramref name="version"/>).</summary>
    public static async Task<TestDatabase> CreateMigratedAsync(string provider, int? version = null)
    {
        var database = await CreateAsync(provider);
        await using var context = database.CreateContext();
        await SchemaMigrator.MigrateAsync(context, version);
        return database;
    }

    /// <summary>A new context on this database for a viewer (the system viewer when none is given).</summary>
    public IBokDbContext CreateContext(Viewer? viewer = null)
    {
        var builder = new DbContextOptionsBuilder<IBokDbContext>();
        Options.Configure(builder);
        return new IBokDbContext(builder.Options, new ViewerAccessor { Viewer = viewer ?? Viewer.System });
    }

    /// <summary>
    /// A context of the system viewer that gives up within a second when another connection holds the lock it needs,
    /// instead of the default 30 s: the concurrent writer of the tests that show a batch job does not block others.
    /// </summary>
    public IBokDbContext CreateImpatientContext()
    {
        var options = Provider == "sqlite"
            ? Options with { ConnectionString = Options.ConnectionString + ";Default Timeout=1" }
            : Options with { ConnectionString = Options.ConnectionString + ";Command Timeout=1" };
        var builder = new DbContextOptionsBuilder<IBokDbContext>();
        options.Configure(builder);
        return new IBokDbContext(builder.Options, new ViewerAccessor { Viewer = Viewer.System });
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_sqliteFolder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_sqliteFolder, recursive: true);
        }

        if (_postgresDatabase is not null)
        {
            await using var admin = new NpgsqlConnection(PostgresServer);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgresDatabase} WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
