using IBok.GraphQL.Persistence.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace IBok.GraphQL.Persistence;

/// <summary>
/// The <see cref="IBokDbContext"/> instances requests rent (EF Core context pooling): the options are built once, so
/// a request gets a ready context instead of configuring and building a new one. Renting attaches the request's
/// <see cref="ViewerAccessor"/>; returning (disposing the context with its scope) detaches it and EF Core clears the
/// tracked entities and the transaction, so nothing of one request reaches the next. On SQLite a context keeps its
/// connection open across rents (<see cref="KeptOpenSqliteRelationalConnection"/>, which closes it when the request
/// left anything on it or <see cref="DatabaseOptions.SqliteOpenConnections"/> idle ones are open already), and renting
/// opens it when it is not: every rented context's connection is open.
/// </summary>
/// <remarks>
/// Deliberately not an <c>IDbContextFactory</c> in the container: a context from such a factory would carry no
/// viewer, and every context of a request must be filtered by the request's viewer.
/// </remarks>
internal sealed class IBokDbContextPool(DbContextOptions<PooledIBokDbContext> options, int size, KeptOpenConnectionBudget? keptOpenConnections = null)
{
    private readonly PooledDbContextFactory<PooledIBokDbContext> _factory = new(options, size);

    /// <summary>A context filtered by the viewer <paramref name="viewerAccessor"/> holds, until it is disposed.</summary>
    public IBokDbContext Rent(ViewerAccessor viewerAccessor)
    {
        var context = _factory.CreateDbContext();
        if (keptOpenConnections is not null)
        {
            context.KeptOpenConnection?.Rent(keptOpenConnections);
        }

        context.AttachRequest(viewerAccessor);
        return context;
    }
}

/// <summary>
/// The pooled kind of <see cref="IBokDbContext"/>: EF Core pools only a context type whose one public constructor takes
/// just the options, while the request-less uses (tests, tools, background jobs) construct the context with a viewer.
/// </summary>
internal sealed class PooledIBokDbContext(DbContextOptions<PooledIBokDbContext> options) : IBokDbContext(options);
