using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal;
using Microsoft.EntityFrameworkCore.Storage;
using SQLitePCL;

namespace IBok.GraphQL.Persistence;

#pragma warning disable EF1001 // SqliteRelationalConnection is EF Core's internal API: the only place a pooled context's
// return closes its connection. Pinned EF Core version (Directory.Packages.props); the pool tests cover the behaviour.

/// <summary>
/// The connection of a pooled <see cref="IBokDbContext"/> on SQLite: it stays open while the context waits in
/// <see cref="IBokDbContextPool"/>, so the next request neither opens it (Microsoft.Data.Sqlite registers EF Core's
/// seven SQL functions on every open and removes them on every close) nor re-parses its cached statements
/// (<see cref="Commands"/>).
/// </summary>
/// <remarks>
/// EF Core still resets everything else on return (tracked entities, the transaction — disposing it rolls it back —,
/// command timeout, its open count). The connection is closed instead of kept when, after that, anything of the
/// request is left on it: a transaction (one begun in SQL or on the ADO.NET connection) or a statement in the middle of
/// its rows (a reader never disposed). Such a statement would also hold its read snapshot, so the next request would
/// see stale data and WAL checkpoints could not pass it; an idle connection with every statement reset holds none.
/// A context the pool does not keep (pool full, pool disposed) is disposed with its connection.
/// </remarks>
internal sealed class KeptOpenSqliteRelationalConnection(
    RelationalConnectionDependencies dependencies,
    IRawSqlCommandBuilder rawSqlCommandBuilder,
    IDiagnosticsLogger<DbLoggerCategory.Infrastructure> logger)
    : SqliteRelationalConnection(dependencies, rawSqlCommandBuilder, logger)
{
    private bool _returningToPool;
    private KeptOpenConnectionBudget? _budget;
    private bool _holdsBudgetSlot;

    /// <summary>The statements prepared on this connection while it stays open.</summary>
    public SqliteCommandCache Commands { get; } = new();

    /// <summary>
    /// Called by <see cref="IBokDbContextPool"/> when it hands this connection's context to a request: the connection
    /// is no longer idle, and it is opened here (not through EF Core, which then never closes it after a statement:
    /// only the pool's reset decides) when it was not kept open. SQLite opens synchronously anyway.
    /// </summary>
    public void Rent(KeptOpenConnectionBudget budget)
    {
        _budget = budget;
        ReleaseBudgetSlot();
        if (DbConnection.State != ConnectionState.Open)
        {
            DbConnection.Open();
        }
    }

    /// <inheritdoc />
    protected override DbConnection CreateDbConnection()
    {
        var connection = base.CreateDbConnection();
        // A closed connection has disposed every command it made (Microsoft.Data.Sqlite), the cached ones too.
        connection.StateChange += (sender, change) =>
        {
            if (change.CurrentState == ConnectionState.Open)
            {
                // Lets IsClean list the connection's statements (SQLitePCL tracks them only when asked to).
                ((SqliteConnection)sender!).Handle!.enable_sqlite3_next_stmt(true);
            }
            else
            {
                Commands.Clear();
            }
        };
        return connection;
    }

    /// <inheritdoc />
    protected override void ResetState(bool disposeDbConnection)
    {
        _returningToPool = !disposeDbConnection;
        try
        {
            base.ResetState(disposeDbConnection);
        }
        finally
        {
            _returningToPool = false;
        }
    }

    /// <inheritdoc />
    protected override async ValueTask ResetStateAsync(bool disposeDbConnection)
    {
        _returningToPool = !disposeDbConnection;
        try
        {
            await base.ResetStateAsync(disposeDbConnection).ConfigureAwait(false);
        }
        finally
        {
            _returningToPool = false;
        }
    }

    /// <inheritdoc />
    protected override void CloseDbConnection()
    {
        if (!KeepsOpen())
        {
            base.CloseDbConnection();
        }
    }

    /// <inheritdoc />
    protected override Task CloseDbConnectionAsync() => KeepsOpen() ? Task.CompletedTask : base.CloseDbConnectionAsync();

    // Called where EF Core's reset (after rolling back and forgetting the transaction) would close the connection.
    private bool KeepsOpen()
    {
        if (_returningToPool && !_holdsBudgetSlot && IsClean((SqliteConnection)DbConnection) && _budget?.TryTake() == true)
        {
            _holdsBudgetSlot = true;
            return true;
        }

        // Closing for good (the context is disposed) or because the request left something on it.
        ReleaseBudgetSlot();
        return false;
    }

    private void ReleaseBudgetSlot()
    {
        if (_holdsBudgetSlot)
        {
            _holdsBudgetSlot = false;
            _budget?.Release();
        }
    }

    /// <summary>
    /// Whether <paramref name="connection"/> is open with nothing of the last request left on it: no transaction, no
    /// statement stepped and not reset (it would hold a read snapshot).
    /// </summary>
    internal static bool IsClean(SqliteConnection connection)
    {
        if (connection.State != ConnectionState.Open || connection.Handle is not { } handle)
        {
            return false;
        }

        if (raw.sqlite3_get_autocommit(handle) == 0)
        {
            return false;
        }

        for (var statement = raw.sqlite3_next_stmt(handle, null); statement is not null; statement = raw.sqlite3_next_stmt(handle, statement))
        {
            if (raw.sqlite3_stmt_busy(statement) != 0)
            {
                return false;
            }
        }

        return true;
    }
}
#pragma warning restore EF1001

/// <summary>
/// How many more pooled SQLite contexts may keep their connection open while idle
/// (<see cref="DatabaseOptions.SqliteOpenConnections"/>): a slot is taken when a returned context keeps its connection
/// open, and given back when the context is rented again or disposed.
/// </summary>
internal sealed class KeptOpenConnectionBudget(int size)
{
    private int _available = size;

    /// <summary>Slots not taken (for tests).</summary>
    public int Available => Volatile.Read(ref _available);

    /// <summary>Takes a slot; false when none is left.</summary>
    public bool TryTake()
    {
        var available = Volatile.Read(ref _available);
        while (available > 0)
        {
            var seen = Interlocked.CompareExchange(ref _available, available - 1, available);
            if (seen == available)
            {
                return true;
            }

            available = seen;
        }

        return false;
    }

    /// <summary>Gives a slot back.</summary>
    public void Release() => Interlocked.Increment(ref _available);
}
