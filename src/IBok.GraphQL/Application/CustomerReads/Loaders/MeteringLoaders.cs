using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Model.Metering;
using Microsoft.EntityFrameworkCore;

namespace IBok.GraphQL.Application.CustomerReads.Loaders;

/// <summary>The meters of each customer (every premises), by serial number.</summary>
public sealed class MetersByCustomerLoader(ReadDatabase database, RequestCustomers customers, CustomerReadCache cache)
    : CustomerScopedLoader<MeterRow>(database, customers, cache)
{
    /// <inheritdoc />
    protected override Task<List<MeterRow>> QueryAsync(IBokDbContext database, long[] customerIds, CancellationToken cancellationToken) =>
        CompiledReads.ListAsync(Query.For(database)(database, customerIds), cancellationToken);

    private static readonly ModelCompiledQuery<Func<IBokDbContext, long[], IAsyncEnumerable<MeterRow>>> Query = new(() => EF.CompileAsyncQuery<IBokDbContext, long[], MeterRow>(
        (IBokDbContext database, long[] customerIds) => database.Set<MeterRow>().AsNoTracking()
            .Where(row => customerIds.Contains(row.CustomerId))
            .OrderBy(row => row.SerialNumber).ThenBy(row => row.Id)));

    /// <inheritdoc />
    protected override long CustomerOf(MeterRow row) => row.CustomerId;
}

/// <summary>
/// The latest reading of every meter of each customer that is part of the meter's history (accepted or flagged,
/// not rejected): one row per meter, the latest date, the latest stored on that day.
/// </summary>
public sealed class LastReadingsByCustomerLoader(ReadDatabase database, RequestCustomers customers, CustomerReadCache cache)
    : CustomerScopedLoader<MeterReadingRow>(database, customers, cache)
{
    /// <inheritdoc />
    protected override Task<List<MeterReadingRow>> QueryAsync(IBokDbContext database, long[] customerIds, CancellationToken cancellationToken) =>
        CompiledReads.ListAsync(Query.For(database)(database, customerIds), cancellationToken);

    private static readonly ModelCompiledQuery<Func<IBokDbContext, long[], IAsyncEnumerable<MeterReadingRow>>> Query = new(() => EF.CompileAsyncQuery(
        (IBokDbContext database, long[] customerIds) => database.Set<MeterReadingRow>().AsNoTracking()
            .Where(row => customerIds.Contains(row.CustomerId) && row.Status != ReadingStatus.Rejected)
            .Where(row => row.Id == database.Set<MeterReadingRow>()
                .Where(other => other.MeterId == row.MeterId && other.Status != ReadingStatus.Rejected)
                .OrderByDescending(other => other.ReadingDate).ThenByDescending(other => other.Id)
                .Select(other => other.Id)
                .First())));

    /// <inheritdoc />
    protected override long CustomerOf(MeterReadingRow row) => row.CustomerId;
}

/// <summary>Every reading of every meter of each customer, rejected ones included (the history shows them), newest first.</summary>
public sealed class ReadingsByCustomerLoader(ReadDatabase database, RequestCustomers customers, CustomerReadCache cache)
    : CustomerScopedLoader<MeterReadingRow>(database, customers, cache)
{
    /// <inheritdoc />
    protected override Task<List<MeterReadingRow>> QueryAsync(IBokDbContext database, long[] customerIds, CancellationToken cancellationToken) =>
        database.Set<MeterReadingRow>().AsNoTracking()
            .Where(row => customerIds.Contains(row.CustomerId))
            .OrderByDescending(row => row.ReadingDate).ThenByDescending(row => row.Id)
            .ToListAsync(cancellationToken);

    /// <inheritdoc />
    protected override long CustomerOf(MeterReadingRow row) => row.CustomerId;
}
