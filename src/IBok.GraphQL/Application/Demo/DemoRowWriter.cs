using System.Data.Common;
using System.Globalization;
using System.Linq.Expressions;
using IBok.GraphQL.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace IBok.GraphQL.Application.Demo;

/// <summary>
/// Inserts many entity rows fast, straight through the context's connection and transaction, with the columns, value
/// converters and type mappings of the EF Core model, so every value is stored exactly as <c>SaveChanges</c> would
/// store it. Ids are given out here (from the table's largest id), so children can name their parents without a
/// round trip per row.
/// </summary>
/// <remarks>
/// Why not <c>AddRange</c> + <c>SaveChanges</c>: 100,000 demo customers are about 15 million rows, and the change
/// tracker, SQL generation and <c>RETURNING id</c> per row cost several times the insert itself. Here SQLite gets one
/// prepared statement per table reused for every row, PostgreSQL a batch of up to <see cref="PostgresBatchSize"/>
/// statements per round trip. Only for a database the caller owns exclusively (the demo seeding of an empty database):
/// ids are not taken from the database's identity generators, which <see cref="SyncIdentitiesAsync"/> advances after.
/// </remarks>
internal sealed class DemoRowWriter : IAsyncDisposable
{
    private const int PostgresBatchSize = 1_000;

    private readonly IBokDbContext db;
    private readonly bool postgres;
    private readonly Dictionary<Type, Table> tables = [];
    private readonly List<Table> inOrder = [];

    public DemoRowWriter(IBokDbContext db)
    {
        this.db = db;
        postgres = db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true;
    }

    /// <summary>Rows written so far per table name.</summary>
    public IReadOnlyDictionary<string, long> Written => inOrder.ToDictionary(table => table.Name, table => table.Written);

    /// <summary>Names a table before any row of it is queued, so it is written in this order relative to the others.</summary>
    public void Declare(Type rowType) => TableOf(rowType);

    /// <summary>Disposes the prepared statements.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var table in inOrder.Where(table => table.Prepared is not null))
        {
            await table.Prepared!.DisposeAsync().ConfigureAwait(false);
            table.Prepared = null;
        }
    }

    /// <summary>Queues a row, giving it the next id of its table when it has none; returns the id.</summary>
    /// <remarks>Tables are written in the order their first row was queued, so queue parents before children.</remarks>
    public long Add<T>(T row)
        where T : class
    {
        var table = TableOf(typeof(T));
        var id = table.GetId(row);
        if (id == 0)
        {
            id = ++table.LastId;
            table.SetId(row, id);
        }
        else if (id > table.LastId)
        {
            table.LastId = id;
        }

        table.Pending.Add(row);
        return id;
    }

    /// <summary>Writes every queued row in the context's current transaction.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        foreach (var table in inOrder)
        {
            if (table.Pending.Count == 0)
            {
                continue;
            }

            if (postgres)
            {
                await WritePostgresAsync(table, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await WriteSqliteAsync(table, cancellationToken).ConfigureAwait(false);
            }

            table.Written += table.Pending.Count;
            table.Pending.Clear();
        }
    }

    /// <summary>Moves PostgreSQL's identity generators past the ids given out here (SQLite's AUTOINCREMENT follows by itself).</summary>
    public async Task SyncIdentitiesAsync(CancellationToken cancellationToken)
    {
        if (!postgres)
        {
            return;
        }

        foreach (var table in inOrder.Where(table => table.LastId > 0))
        {
            await using var command = NewCommand(string.Create(
                CultureInfo.InvariantCulture,
                $"SELECT setval(pg_get_serial_sequence('{table.Name}', '{table.IdColumn}'), GREATEST({table.LastId}, (SELECT COALESCE(MAX({table.IdColumn}), 0) FROM {table.Name})))"));
            await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task WriteSqliteAsync(Table table, CancellationToken cancellationToken)
    {
        if (table.Prepared is null || table.Prepared.Transaction != CurrentTransaction)
        {
            if (table.Prepared is not null)
            {
                await table.Prepared.DisposeAsync().ConfigureAwait(false);
            }

            var command = NewCommand(table.InsertSql(index => "@p" + index.ToString(CultureInfo.InvariantCulture)));
            for (var i = 0; i < table.Columns.Length; i++)
            {
                var column = table.Columns[i];
                command.Parameters.Add(column.Mapping.CreateParameter(command, "@p" + i.ToString(CultureInfo.InvariantCulture), null, column.Nullable));
            }

            await command.PrepareAsync(cancellationToken).ConfigureAwait(false);
            table.Prepared = command;
        }

        var parameters = table.Prepared.Parameters;
        foreach (var row in table.Pending)
        {
            for (var i = 0; i < table.Columns.Length; i++)
            {
                parameters[i].Value = table.Columns[i].ProviderValue(row) ?? DBNull.Value;
            }

            await table.Prepared.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task WritePostgresAsync(Table table, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var sql = table.InsertSql(index => "$" + (index + 1).ToString(CultureInfo.InvariantCulture));
        await using var parameterFactory = connection.CreateCommand();
        for (var start = 0; start < table.Pending.Count; start += PostgresBatchSize)
        {
            await using var batch = connection.CreateBatch();
            batch.Transaction = (NpgsqlTransaction?)CurrentTransaction;
            foreach (var row in table.Pending.Skip(start).Take(PostgresBatchSize))
            {
                var command = batch.CreateBatchCommand();
                command.CommandText = sql;
                foreach (var column in table.Columns)
                {
                    // Positional parameters (empty names); the mapping sets the PostgreSQL type as SaveChanges would.
                    command.Parameters.Add(column.Mapping.CreateParameter(parameterFactory, "", column.Value(row), column.Nullable));
                }

                batch.BatchCommands.Add(command);
            }

            await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private DbTransaction? CurrentTransaction => db.Database.CurrentTransaction?.GetDbTransaction();

    private DbCommand NewCommand(string sql)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = CurrentTransaction;
        return command;
    }

    private Table TableOf(Type type)
    {
        if (tables.TryGetValue(type, out var table))
        {
            return table;
        }

        var entityType = db.Model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not an entity of IBokDbContext.");
        var name = entityType.GetTableName() ?? throw new InvalidOperationException($"{type.Name} is not mapped to a table.");
        var store = StoreObjectIdentifier.Table(name, entityType.GetSchema());
        var key = entityType.FindPrimaryKey()?.Properties.Single() ?? throw new InvalidOperationException($"{type.Name} has no single-column key.");
        var columns = entityType.GetProperties()
            .Select(property => new Column(
                property.GetColumnName(store) ?? throw new InvalidOperationException($"{type.Name}.{property.Name} has no column."),
                property.GetRelationalTypeMapping(),
                Getter(type, property),
                property.IsNullable))
            .ToArray();
        table = new Table(name, key.GetColumnName(store)!, columns, Getter(type, key), IdSetter(type, key));
        using (var command = NewCommand(string.Create(CultureInfo.InvariantCulture, $"SELECT COALESCE(MAX({table.IdColumn}), 0) FROM {name}")))
        {
            table.LastId = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        tables.Add(type, table);
        inOrder.Add(table);
        return table;
    }

    private static Func<object, object?> Getter(Type type, IProperty property)
    {
        var info = property.PropertyInfo ?? throw new InvalidOperationException($"{type.Name}.{property.Name} is a shadow property; the writer needs CLR properties.");
        var row = Expression.Parameter(typeof(object), "row");
        var body = Expression.Convert(Expression.Property(Expression.Convert(row, type), info), typeof(object));
        return Expression.Lambda<Func<object, object?>>(body, row).Compile();
    }

    private static Action<object, long> IdSetter(Type type, IProperty key)
    {
        var info = key.PropertyInfo ?? throw new InvalidOperationException($"{type.Name}.{key.Name} is a shadow key.");
        var row = Expression.Parameter(typeof(object), "row");
        var id = Expression.Parameter(typeof(long), "id");
        var body = Expression.Assign(Expression.Property(Expression.Convert(row, type), info), id);
        return Expression.Lambda<Action<object, long>>(body, row, id).Compile();
    }

    private sealed record Column(string Name, RelationalTypeMapping Mapping, Func<object, object?> Value, bool Nullable)
    {
        public object? ProviderValue(object row)
        {
            var value = Value(row);
            return value is null || Mapping.Converter is null ? value : Mapping.Converter.ConvertToProvider(value);
        }
    }

    private sealed class Table(string name, string idColumn, Column[] columns, Func<object, object?> getId, Action<object, long> setId)
    {
        public string Name { get; } = name;

        public string IdColumn { get; } = idColumn;

        public Column[] Columns { get; } = columns;

        public List<object> Pending { get; } = [];

        public long LastId { get; set; }

        public long Written { get; set; }

        public DbCommand? Prepared { get; set; }

        public long GetId(object row) => (long)getId(row)!;

        public void SetId(object row, long id) => setId(row, id);

        public string InsertSql(Func<int, string> parameter) =>
            $"INSERT INTO {Name} ({string.Join(", ", Columns.Select(column => column.Name))}) VALUES ({string.Join(", ", Columns.Select((_, index) => parameter(index)))})";
    }
}
