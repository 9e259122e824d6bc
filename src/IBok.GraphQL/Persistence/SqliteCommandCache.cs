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
    internal Entry? TryTake(SqliteConnection connection, string sql)
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
        return entry;
    }

    /// <summary>Forgets every command (the connection closed, which disposed them).</summary>
    internal void Clear() => _commands.Clear();

    /// <summary>One cached command, and the parameter objects of its last use to give to the next one.</summary>
    internal sealed class Entry(SqliteCommand command)
    {
        private readonly List<SqliteParameter> _spare = [];

        public SqliteCommand Command { get; } = command;

        public bool InUse { get; set; }

        /// <summary>A parameter of the command's last use named <paramref name="name"/>, taken out of the spares; null if none.</summary>
        public SqliteParameter? TakeSpare(string name)
        {
            for (var i = 0; i < _spare.Count; i++)
            {
                if (string.Equals(_spare[i].ParameterName, name, StringComparison.Ordinal))
                {
                    var parameter = _spare[i];
                    _spare.RemoveAt(i);
                    return parameter;
                }
            }

            return null;
        }

        /// <summary>
        /// Takes the command back: its parameters become the spares (their values dropped, so nothing of one request's
        /// input stays referenced), the command is left without parameters or transaction.
        /// </summary>
        public void Return()
        {
            var parameters = Command.Parameters;
            // Only the last use's parameters are kept (the same SQL takes the same names), so the spares never grow.
            _spare.Clear();
            for (var i = 0; i < parameters.Count; i++)
            {
                var parameter = parameters[i];
                parameter.Value = null;
                _spare.Add(parameter);
            }

            parameters.Clear();
            Command.Transaction = null;
            InUse = false;
        }
    }
}

/// <summary>
/// A command for one SQL text on a context's connection, for statements run on hot paths straight in ADO.NET: on a
/// pooled SQLite context it is the connection's cached command (its SQL is parsed once per connection), otherwise a
/// new one. Set its parameters and transaction each time; dispose it (<c>await using</c>) to give it back.
/// </summary>
public readonly struct ReusableCommand : IAsyncDisposable, IDisposable
{
    private readonly SqliteCommandCache.Entry? _cached;

    private ReusableCommand(DbCommand command, SqliteCommandCache.Entry? cached)
    {
        Command = command;
        _cached = cached;
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
            return new ReusableCommand(cached.Command, cached);
        }

        var command = connection.CreateCommand();
        command.CommandText = sql;
        return new ReusableCommand(command, null);
    }

    /// <summary>
    /// Adds the parameter <paramref name="name"/> with <paramref name="value"/>: on a cached command the parameter
    /// object of the command's previous use, not a new one.
    /// </summary>
    public void SetParameter(string name, object value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(value);
        DbParameter? parameter = _cached?.TakeSpare(name);
        if (parameter is null)
        {
            parameter = Command.CreateParameter();
            parameter.ParameterName = name;
        }

        parameter.Value = value;
        Command.Parameters.Add(parameter);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_cached is not null)
        {
            _cached.Return();
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
