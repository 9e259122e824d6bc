using System.Linq.Expressions;
using IBok.GraphQL.Persistence.Access;
using Microsoft.EntityFrameworkCore;

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
public sealed class IBokDbContext : DbContext
{
    private readonly ViewerAccessor _viewerAccessor;

    /// <summary>Creates a context for the viewer of the current request (the system viewer when none is given).</summary>
    public IBokDbContext(DbContextOptions<IBokDbContext> options, ViewerAccessor? viewerAccessor = null)
        : base(options)
    {
        _viewerAccessor = viewerAccessor ?? new ViewerAccessor { Viewer = Viewer.System };
    }

    /// <summary>The viewer whose data this context shows.</summary>
    public Viewer Viewer => _viewerAccessor.Viewer;

    // Read by the query filters at query time; EF Core turns these members into parameters.
    private bool SeesAllCustomers => _viewerAccessor.Viewer.SeesAllCustomers;

    private long? ViewerCustomerId => _viewerAccessor.Viewer.CustomerId;

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
        var context = Expression.Constant(this);
        var seesAll = Expression.Property(context, nameof(SeesAllCustomers));
        var rowCustomerId = Expression.Convert(Expression.Property(row, customerIdProperty), typeof(long?));
        var viewerCustomerId = Expression.Property(context, nameof(ViewerCustomerId));
        return Expression.Lambda(Expression.OrElse(seesAll, Expression.Equal(rowCustomerId, viewerCustomerId)), row);
    }
}
