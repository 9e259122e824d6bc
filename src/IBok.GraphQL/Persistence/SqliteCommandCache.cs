using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace IBok.GraphQL.Persistence;

/// <summary>
/// One <see cref="SqliteCommand"/> per SQL text on one kept-open connection
/// (<see cref="KeptOpenSqliteRelationalConnection"/>): Microsoft.Data.Sqlite keeps a command's prepared statements for
/// as long as the command lives and its text does not change, so a statement run by every request is parsed once per
/// connection instead of once per request. Cleared when the connection closes (closing disposes its commands).
/// </summary>
/// <remarks>Used by one request at a time, as its context is.</remarks>
internal sealed class SqliteCommandCache
{
    private readonly Dictionary<string, Entry> _commands = new(StringComparer.Ordinal);

    /// <summary>How many commands the cache holds (for tests).</summary>
    public int Count => _commands.Count;

    /// <summary>The cached command for <paramref name="sql"/> on <paramref name="connection"/>, unless it is in use.</summary>
    internal SqliteCommand? TryTake(SqliteConnection connection, string sql)
    {
        if (!_commands.TryGetValue(sql, out var entry))
        {
            entry = new Entry(connection.CreateCommand());
            entry.Command.CommandText = sql;
            _commands.Add(sql, entry);
        }

        if (entry.InUse || !ReferenceEquals(entry.Command.Connection, connection))
        {
            return null;
        }

        entry.InUse = true;
        return entry.Command;
    }

    /// <summary>Gives back a command from <see cref="TryTake"/>, cleared of the caller's parameters and transaction.</summary>
    internal void Return(SqliteCommand command)
    {
        command.Parameters.Clear();
        command.Transaction = null;
        if (_commands.TryGetValue(command.CommandText, out var entry) && ReferenceEquals(entry.Command, command))
        {
            entry.InUse = false;
        }
    }

    /// <summary>Forgets every command (the connection closed, which disposed them).</summary>
    internal void Clear() => _commands.Clear();

    private sealed class Entry(SqliteCommand command)
    {
        public SqliteCommand Command { get; } = command;

        public bool InUse { get; set; }
    }
}

/// <summary>
/// A command for one SQL text on a context's connection, for statements run on hot paths straight in ADO.NET: on a
/// pooled SQLite context it is the connection's cached command (its SQL is parsed once per connection), otherwise a
/// new one. Set its parameters and transaction each time; dispose it (<c>await using</c>) to give it back.
/// </summary>
public readonly struct ReusableCommand : IAsyncDisposable, IDisposable
{
    private readonly SqliteCommandCache? _cache;

    private ReusableCommand(DbCommand command, SqliteCommandCache? cache)
    {
        Command = command;
        _cache = cache;
    }

    /// <summary>The command, its text set; no parameters, no transaction.</summary>
    public DbCommand Command { get; }

    /// <summary>
    /// A command for <paramref name="sql"/> on <paramref name="database"/>'s connection: the cached one when the
    /// context is a pooled SQLite one whose connection is open and the command is not in use, a new one otherwise.
    /// </summary>
    public static ReusableCommand Rent(IBokDbContext database, string sql)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentException.ThrowIfNullOrEmpty(sql);
        var connection = database.Database.GetDbConnection();
        if (database.KeptOpenConnection is { } kept
            && connection is SqliteConnection sqlite
            && sqlite.State == System.Data.ConnectionState.Open
            && kept.Commands.TryTake(sqlite, sql) is { } cached)
        {
            return new ReusableCommand(cached, kept.Commands);
        }

        var command = connection.CreateCommand();
        command.CommandText = sql;
        return new ReusableCommand(command, null);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_cache is not null)
        {
            _cache.Return((SqliteCommand)Command);
        }
        else
        {
            Command?.Dispose();
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
