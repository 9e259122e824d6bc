using System.Linq.Expressions;
using IBok.GraphQL.Persistence.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace IBok.GraphQL.Persistence;

/// <summary>
/// iBOK's database. Entity types register themselves with an <see cref="IEntityTypeConfiguration{TEntity}"/> in
/// this assembly; their tables come from the hand-written scripts under Persistence/Migrations (see
/// <see cref="SchemaMigrator"/>), never from <c>EnsureCreated</c>.
/// </summary>
/// <remarks>
/// Every <see cref="ICustomerOwned"/> and <see cref="ICustomerRoot"/> entity gets a query filter by the current
/// <see cref="Viewer"/>: a customer's queries see only their own rows, so another customer's id is "not found"
/// in every resolver without each resolver checking. Staff, integrations and the system see everything.
/// </remarks>
public class IBokDbContext : DbContext
{
    // What a pooled context shows while it waits in the pool: nothing customer-owned, so a context used after its
    // request ended (a bug) cannot show the previous request's customer's rows, let alone everyone's.
    private static readonly ViewerAccessor Unrented = new();

    private ViewerAccessor _viewerAccessor;

    // Resolved once per context: a pooled context keeps its EF Core services (and so its connection) across rents.
    private KeptOpenSqliteRelationalConnection? _keptOpenConnection;
    private bool _keptOpenConnectionResolved;
    private int _disposeDepth;

    /// <summary>Creates a context for the viewer of the current request (the system viewer when none is given).</summary>
    public IBokDbContext(DbContextOptions<IBokDbContext> options, ViewerAccessor? viewerAccessor = null)
        : base(options)
    {
        _viewerAccessor = viewerAccessor ?? new ViewerAccessor { Viewer = Viewer.System };
    }

    /// <summary>Creates a context for <see cref="IBokDbContextPool"/>: it shows nothing until a request rents it.</summary>
    private protected IBokDbContext(DbContextOptions options)
        : base(options)
    {
        _viewerAccessor = Unrented;
    }

    /// <summary>The viewer whose data this context shows.</summary>
    public Viewer Viewer => _viewerAccessor.Viewer;

    // Read by the query filters at query time; EF Core turns these members into parameters.
    private bool SeesAllCustomers => _viewerAccessor.Viewer.SeesAllCustomers;

    private long? ViewerCustomerId => _viewerAccessor.Viewer.CustomerId;

    /// <summary>
    /// The connection that stays open while this context waits in the pool (a pooled context on SQLite); null for
    /// other contexts.
    /// </summary>
    internal KeptOpenSqliteRelationalConnection? KeptOpenConnection
    {
        get
        {
            if (!_keptOpenConnectionResolved)
            {
                _keptOpenConnection = this.GetService<IRelationalConnection>() as KeptOpenSqliteRelationalConnection;
                _keptOpenConnectionResolved = true;
            }

            return _keptOpenConnection;
        }
    }

    /// <summary>
    /// Gives a context just rented from <see cref="IBokDbContextPool"/> to a request: from now on it filters by the
    /// viewer <paramref name="viewerAccessor"/> holds (read at each query, so the viewer may be set after renting).
    /// </summary>
    internal void AttachRequest(ViewerAccessor viewerAccessor) => _viewerAccessor = viewerAccessor;

    /// <inheritdoc />
    public override void Dispose()
    {
        // A pooled context goes back to the pool here (EF Core then clears its tracked entities and transaction);
        // it must not keep the request's viewer either.
        EnterDispose();
        try
        {
            _viewerAccessor = Unrented;
            base.Dispose();
        }
        finally
        {
            Interlocked.Decrement(ref _disposeDepth);
        }
    }

    /// <inheritdoc />
    public override async ValueTask DisposeAsync()
    {
        EnterDispose();
        try
        {
            _viewerAccessor = Unrented;
            await base.DisposeAsync().ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Decrement(ref _disposeDepth);
        }
    }

    /// <summary>
    /// For a context that stays rented long and is used rarely (the scope of an open WebSocket): closes the SQLite
    /// connection a pooled context comes with, so an idle socket holds no database connection; later statements open
    /// and close it as EF Core does for any context. Does nothing on PostgreSQL, inside a transaction, or when the
    /// connection is closed already.
    /// </summary>
    public void CloseKeptOpenConnection()
    {
        if (KeptOpenConnection is { } kept && Database.CurrentTransaction is null)
        {
            kept.DbConnection.Close();
        }
    }

    // A full EF Core pool disposes the context it does not keep from inside the request's own dispose call, without
    // resetting it: a kept-open connection would stay open until the GC finalized it, so it is closed here.
    private void EnterDispose()
    {
        var nested = Interlocked.Increment(ref _disposeDepth) > 1;
        if (nested && _keptOpenConnection is { } kept)
        {
            kept.DbConnection.Close();
        }
    }

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(IBokDbContext).Assembly);

        foreach (var entityType in modelBuilder.Model.GetEntityTypes().ToList())
        {
            var clrType = entityType.ClrType;
            if (entityType.IsOwned() || entityType.BaseType is not null)
            {
                continue;
            }

            if (typeof(ICustomerOwned).IsAssignableFrom(clrType))
            {
                modelBuilder.Entity(clrType).HasQueryFilter(CustomerFilter(clrType, nameof(ICustomerOwned.CustomerId)));
            }
            else if (typeof(ICustomerRoot).IsAssignableFrom(clrType))
            {
                modelBuilder.Entity(clrType).HasQueryFilter(CustomerFilter(clrType, nameof(ICustomerRoot.Id)));
            }
        }
    }

    /// <summary>Builds <c>row =&gt; this.SeesAllCustomers || row.{property} == this.ViewerCustomerId</c>.</summary>
    private LambdaExpression CustomerFilter(Type clrType, string customerIdProperty)
    {
        var row = Expression.Parameter(clrType, "row");
        // Typed as IBokDbContext: the filter's members are private to this class, and EF Core swaps the constant for
        // the context running the query (a pooled context is of a derived type).
        var context = Expression.Constant(this, typeof(IBokDbContext));
        var seesAll = Expression.Property(context, nameof(SeesAllCustomers));
        var rowCustomerId = Expression.Convert(Expression.Property(row, customerIdProperty), typeof(long?));
        var viewerCustomerId = Expression.Property(context, nameof(ViewerCustomerId));
        return Expression.Lambda(Expression.OrElse(seesAll, Expression.Equal(rowCustomerId, viewerCustomerId)), row);
    }
}
