using System.Linq.Expressions;
using IBok.GraphQL.DataLoader;
using IBok.GraphQL.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IBok.GraphQL.Application.CustomerReads.Loaders;

/// <summary>
/// Rows of one table by id (for <c>node(id:)</c> and <c>customerById</c>), batched; the viewer filter of
/// <see cref="IBokDbContext"/> applies, so another customer's id is simply missing (null).
/// </summary>
/// <typeparam name="TRow">An entity with a <c>long Id</c> key.</typeparam>
public sealed class RowByIdLoader<TRow>(ReadDatabase database) : BatchDataLoader<long, TRow>
    where TRow : class
{
    private static readonly Func<TRow, long> IdOf = CompileIdGetter();

    /// <inheritdoc />
    protected override async Task<IReadOnlyDictionary<long, TRow>> LoadBatchAsync(IReadOnlyList<long> keys, CancellationToken cancellationToken)
    {
        var ids = keys.ToArray();
        var rows = await database.RunAsync((db, token) => CompiledReads.ListAsync(Query.For(db)(db, ids), token), cancellationToken).ConfigureAwait(false);
        return rows.ToDictionary(IdOf);
    }

    private static readonly ModelCompiledQuery<Func<IBokDbContext, long[], IAsyncEnumerable<TRow>>> Query = new(() => EF.CompileAsyncQuery(
        (IBokDbContext db, long[] ids) => db.Set<TRow>().AsNoTracking().Where(row => ids.Contains(EF.Property<long>(row, "Id")))));

    private static Func<TRow, long> CompileIdGetter()
    {
        var row = Expression.Parameter(typeof(TRow), "row");
        return Expression.Lambda<Func<TRow, long>>(Expression.Property(row, "Id"), row).Compile();
    }
}
