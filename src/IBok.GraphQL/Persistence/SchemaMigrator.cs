using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace IBok.GraphQL.Persistence;

/// <summary>One versioned schema script for one database provider.</summary>
/// <param name="Version">The script's number; scripts run in ascending order, each once.</param>
/// <param name="Name">The script's name after the number, e.g. <c>core</c> for <c>0001_core.sql</c>.</param>
/// <param name="Sql">The script's text.</param>
public sealed record SchemaMigration(int Version, string Name, string Sql);

/// <summary>
/// Brings a database to the newest schema by running the hand-written scripts embedded from
/// Persistence/Migrations/&lt;provider&gt;/NNNN_name.sql in order, each in its own transaction, recording each in
/// <c>schema_migrations</c>. (EF Core's migration tooling cannot be restored here, and per-provider SQL keeps
/// the two databases' differences visible.)
/// </summary>
/// <remarks>
/// A script either applies completely with its row in <c>schema_migrations</c> or not at all, so a process that
/// dies mid-way leaves the database at the previous version and the next start carries on. On PostgreSQL an
/// advisory lock keeps two server instances starting together from running the same script twice.
/// </remarks>
public static partial class SchemaMigrator
{
    private const long PostgresAdvisoryLockKey = 0x1B0C_5C4E_3A00;

    /// <summary>The provider folder name for a context: <c>sqlite</c> or <c>postgresql</c>.</summary>
    public static string ProviderOf(DbContext context) =>
        context.Database.ProviderName switch
        {
            "Microsoft.EntityFrameworkCore.Sqlite" => "sqlite",
            "Npgsql.EntityFrameworkCore.PostgreSQL" => "postgresql",
            var other => throw new NotSupportedException($"Database provider '{other}' is not supported; use SQLite or PostgreSQL."),
        };

    /// <summary>Every embedded script for a provider, in version order.</summary>
    public static IReadOnlyList<SchemaMigration> ScriptsFor(string provider)
    {
        var assembly = typeof(SchemaMigrator).Assembly;
        var prefix = $"Migrations/{provider}/";
        var scripts = new List<SchemaMigration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var match = ScriptName().Match(resource[prefix.Length..]);
            if (!match.Success)
            {
                throw new InvalidOperationException($"Migration script '{resource}' is not named NNNN_name.sql.");
            }

            scripts.Add(new SchemaMigration(
                int.Parse(match.Groups["version"].Value, CultureInfo.InvariantCulture),
                match.Groups["name"].Value,
                ReadResource(assembly, resource)));
        }

        scripts.Sort((left, right) => left.Version.CompareTo(right.Version));
        for (var i = 1; i < scripts.Count; i++)
        {
            if (scripts[i].Version == scripts[i - 1].Version)
            {
                throw new InvalidOperationException($"Two {provider} migration scripts have version {scripts[i].Version}.");
            }
        }

        return scripts;
    }

    /// <summary>The newest version among the embedded scripts of a provider.</summary>
    public static int LatestVersion(string provider) => ScriptsFor(provider) is { Count: > 0 } scripts ? scripts[^1].Version : 0;

    /// <summary>The versions already applied to the database (empty for a new database).</summary>
    public static async Task<IReadOnlyList<int>> AppliedVersionsAsync(DbContext context, CancellationToken cancellationToken = default)
    {
        var connection = await OpenAsync(context, cancellationToken);
        await EnsureHistoryTableAsync(connection, null, cancellationToken);
        return await ReadAppliedAsync(connection, null, cancellationToken);
    }

    /// <summary>
    /// Applies every script newer than the database, up to <paramref name="targetVersion"/> (all when null);
    /// returns the versions applied now. On SQLite it also switches the file to write-ahead logging.
    /// </summary>
    public static async Task<IReadOnlyList<int>> MigrateAsync(
        DbContext context, int? targetVersion = null, CancellationToken cancellationToken = default)
    {
        var provider = ProviderOf(context);
        var connection = await OpenAsync(context, cancellationToken);
        if (provider == "sqlite")
        {
            await ExecuteAsync(connection, null, "PRAGMA journal_mode=WAL;", cancellationToken);
        }

        await EnsureHistoryTableAsync(connection, null, cancellationToken);
        var appliedNow = new List<int>();
        foreach (var script in ScriptsFor(provider))
        {
            if (targetVersion is { } target && script.Version > target)
            {
                break;
            }

            await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
            if (provider == "postgresql")
            {
                await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({PostgresAdvisoryLockKey});", cancellationToken);
            }

            // Read inside the transaction (after the lock): another instance may have applied it meanwhile.
            if ((await ReadAppliedAsync(connection, transaction, cancellationToken)).Contains(script.Version))
            {
                await transaction.RollbackAsync(cancellationToken);
                continue;
            }

            await ExecuteAsync(connection, transaction, script.Sql, cancellationToken);
            await using (var record = connection.CreateCommand())
            {
                record.Transaction = transaction;
                record.CommandText = "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, @name, @appliedAt);";
                AddParameter(record, "@version", script.Version);
                AddParameter(record, "@name", script.Name);
                AddParameter(record, "@appliedAt", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
                await record.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            appliedNow.Add(script.Version);
        }

        return appliedNow;
    }

    private static async Task<DbConnection> OpenAsync(DbContext context, CancellationToken cancellationToken)
    {
        var connection = context.Database.GetDbConnection();
        if (connection.State != ConnectionState.Open)
        {
            await context.Database.OpenConnectionAsync(cancellationToken);
        }

        return connection;
    }

    private static Task EnsureHistoryTableAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken) =>
        ExecuteAsync(
            connection,
            transaction,
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);",
            cancellationToken);

    private static async Task<IReadOnlyList<int>> ReadAppliedAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT version FROM schema_migrations ORDER BY version;";
        var versions = new List<int>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            versions.Add(Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture));
        }

        return versions;
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded migration '{name}' cannot be read.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"^(?<version>\d{4})_(?<name>[a-z0-9_]+)\.sql$")]
    private static partial Regex ScriptName();
}
