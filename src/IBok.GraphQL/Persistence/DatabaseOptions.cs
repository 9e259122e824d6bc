using IBok.GraphQL.Persistence.Access;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal;
using Microsoft.Extensions.DependencyInjection;

namespace IBok.GraphQL.Persistence;

/// <summary>Which database iBOK uses (configuration section <c>Database</c>).</summary>
public sealed record DatabaseOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Database";

    /// <summary>The embedded default: a SQLite file under <c>data/</c>, created on first run.</summary>
    public const string DefaultSqliteConnectionString = "Data Source=data/ibok.db";

    /// <summary><c>sqlite</c> (the embedded default) or <c>postgresql</c>.</summary>
    public string Provider { get; init; } = "sqlite";

    /// <summary>The ADO.NET connection string for the provider.</summary>
    public string ConnectionString { get; init; } = DefaultSqliteConnectionString;

    /// <summary>
    /// How many idle <see cref="IBokDbContext"/> instances the context pool keeps for the next requests (EF Core's
    /// default); more requests at once still get contexts, the extra ones are disposed when returned.
    /// </summary>
    public int ContextPoolSize { get; init; } = 1024;

    /// <summary>
    /// On SQLite, how many pooled contexts at most keep their connection open while they wait for the next request (no
    /// open, no close, statements stay prepared); the others close it when their request ends. Every open connection
    /// has its own page cache, filled as pages are read, up to SQLite's <c>cache_size</c> (2 MB by default), so this
    /// bounds that memory.
    /// </summary>
    public int SqliteOpenConnections { get; init; } = 64;

    internal bool IsSqlite => Provider.Trim().Equals("sqlite", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <see cref="Provider"/> names PostgreSQL (by any of the names <see cref="Configure"/> accepts).</summary>
    public bool IsPostgreSql => Provider.Trim().ToLowerInvariant() is "postgresql" or "postgres" or "npgsql";

    /// <summary>Configures EF Core for these options; creates the SQLite file's folder when missing.</summary>
    public void Configure(DbContextOptionsBuilder builder)
    {
        switch (Provider.Trim().ToLowerInvariant())
        {
            case "sqlite":
                EnsureSqliteFolder(ConnectionString);
                builder.UseSqlite(ConnectionString);
                break;
            case "postgresql" or "postgres" or "npgsql":
                builder.UseNpgsql(ConnectionString);
                break;
            default:
                throw new InvalidOperationException(
                    $"Database:Provider '{Provider}' is not supported; use 'sqlite' or 'postgresql'.");
        }
    }

    private static void EnsureSqliteFolder(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.Ordinal))
        {
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}

/// <summary>Registers iBOK's persistence in a service collection.</summary>
public static class PersistenceServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IBokDbContext"/> (scoped, filtered by the scoped <see cref="ViewerAccessor"/>) for the
    /// given database options. Each scope rents its context from a pool (<see cref="DatabaseOptions.ContextPoolSize"/>)
    /// and returns it, cleared, when the scope ends; on SQLite the context comes with its connection open and keeps it
    /// open in the pool (<see cref="DatabaseOptions.SqliteOpenConnections"/>).
    /// </summary>
    public static IServiceCollection AddIBokPersistence(this IServiceCollection services, DatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.ContextPoolSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.ContextPoolSize, "Database:ContextPoolSize must be at least 1.");
        }

        if (options.SqliteOpenConnections < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.SqliteOpenConnections, "Database:SqliteOpenConnections must be at least 1.");
        }

        services.AddSingleton(options);
        services.AddScoped<ViewerAccessor>();
        services.AddSingleton(applicationServices =>
        {
            var builder = new DbContextOptionsBuilder<PooledIBokDbContext>();
            // As AddDbContext does: EF Core logs through the host's logger factory.
            builder.UseApplicationServiceProvider(applicationServices);
            options.Configure(builder);
            var keepsConnectionsOpen = options.IsSqlite;
            if (keepsConnectionsOpen)
            {
#pragma warning disable EF1001 // EF Core's internal service of the SQLite provider; see KeptOpenSqliteRelationalConnection.
                builder.ReplaceService<ISqliteRelationalConnection, KeptOpenSqliteRelationalConnection>();
#pragma warning restore EF1001
            }

            return new IBokDbContextPool(builder.Options, options.ContextPoolSize, keepsConnectionsOpen ? new KeptOpenConnectionBudget(options.SqliteOpenConnections) : null);
        });
        services.AddScoped<IBokDbContext>(requestServices =>
            requestServices.GetRequiredService<IBokDbContextPool>().Rent(requestServices.GetRequiredService<ViewerAccessor>()));
        return services;
    }
}
