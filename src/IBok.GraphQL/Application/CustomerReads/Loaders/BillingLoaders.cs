using IBok.GraphQL.DataLoader;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Model.Billing;
using IBok.GraphQL.Persistence.Model.Notices;
using IBok.GraphQL.Persistence.Model.Settlements;
using Microsoft.EntityFrameworkCore;

namespace IBok.GraphQL.Application.CustomerReads.Loaders;

/// <summary>The invoice headers (no lines) of each customer; selection and order are applied in memory per request.</summary>
public sealed class InvoicesByCustomerLoader(ReadDatabase database, RequestCustomers customers, CustomerReadCache cache)
    : CustomerScopedLoader<InvoiceRow>(database, customers, cache)
{
    /// <inheritdoc />
    protected override Task<List<InvoiceRow>> QueryAsync(IBokDbContext database, long[] customerIds, CancellationToken cancellationToken) =>
        CompiledReads.ListAsync(Query.For(database)(database, customerIds), cancellationToken);

    private static readonly ModelCompiledQuery<Func<IBokDbContext, long[], IAsyncEnumerable<InvoiceRow>>> Query = new(() => EF.CompileAsyncQuery(
        (IBokDbContext database, long[] customerIds) => database.Set<InvoiceRow>().AsNoTracking()
            .Where(row => customerIds.Contains(row.CustomerId))));

    /// <inheritdoc />
    protected override long CustomerOf(InvoiceRow row) => row.CustomerId;
}

/// <summary>Every ledger entry of each customer: the domain's ledger is rebuilt from them.</summary>
public sealed class LedgerEntriesByCustomerLoader(ReadDatabase database, RequestCustomers customers, CustomerReadCache cache)
    : CustomerScopedLoader<LedgerEntryRow>(database, customers, cache)
{
    /// <inheritdoc />
    protected override Task<List<LedgerEntryRow>> QueryAsync(IBokDbContext database, long[] customerIds, CancellationToken cancellationToken) =>
        CompiledReads.ListAsync(Query.For(database)(database, customerIds), cancellationToken);

    private static readonly ModelCompiledQuery<Func<IBokDbContext, long[], IAsyncEnumerable<LedgerEntryRow>>> Query = new(() => EF.CompileAsyncQuery<IBokDbContext, long[], LedgerEntryRow>(
        (IBokDbContext database, long[] customerIds) => database.Set<LedgerEntryRow>().AsNoTracking()
            .Where(row => customerIds.Contains(row.CustomerId))
            .OrderBy(row => row.Id)));

    /// <inheritdoc />
    protected override long CustomerOf(LedgerEntryRow row) => row.CustomerId;
}

/// <summary>The lines of each invoice, in print order.</summary>
public sealed class InvoiceLinesByInvoiceLoader(ReadDatabase database) : GroupDataLoader<long, InvoiceLineRow>
{
    /// <inheritdoc />
    protected override async Task<ILookup<long, InvoiceLineRow>> LoadGroupedBatchAsync(IReadOnlyList<long> keys, CancellationToken cancellationToken)
    {
        var ids = keys.ToArray();
        var rows = await database.RunAsync(
            (db, token) => db.Set<InvoiceLineRow>().AsNoTracking()
                .Where(row => ids.Contains(row.InvoiceId))
                .OrderBy(row => row.LineNumber).ThenBy(row => row.CorrectionSide).ThenBy(row => row.Id)
                .ToListAsync(token),
            cancellationToken).ConfigureAwait(false);
        return rows.ToLookup(row => row.InvoiceId);
    }
}

/// <summary>The VAT summary rows of each invoice, by rate.</summary>
public sealed class InvoiceVatSummaryByInvoiceLoader(ReadDatabase database) : GroupDataLoader<long, InvoiceVatSummaryRow>
{
    /// <inheritdoc />
    protected override async Task<ILookup<long, InvoiceVatSummaryRow>> LoadGroupedBatchAsync(IReadOnlyList<long> keys, CancellationToken cancellationToken)
    {
        var ids = keys.ToArray();
        var rows = await database.RunAsync(
            (db, token) => db.Set<InvoiceVatSummaryRow>().AsNoTracking()
                .Where(row => ids.Contains(row.InvoiceId))
                .OrderByDescending(row => row.VatPercent).ThenBy(row => row.Id)
                .ToListAsync(token),
            cancellationToken).ConfigureAwait(false);
        return rows.ToLookup(row => row.InvoiceId);
    }
}

/// <summary>A notice as one customer received it.</summary>
/// <param name="Delivery">The delivery to the customer (read or not).</param>
/// <param name="Notice">The notice.</param>
public sealed record DeliveredNotice(NoticeDeliveryRow Delivery, NoticeRow Notice);

/// <summary>The notices delivered to each customer, newest first.</summary>
public sealed class NoticesByCustomerLoader(ReadDatabase database, RequestCustomers customers, CustomerReadCache cache)
    : CustomerScopedLoader<DeliveredNotice>(database, customers, cache)
{
    /// <inheritdoc />
    protected override Task<List<DeliveredNotice>> QueryAsync(IBokDbContext database, long[] customerIds, CancellationToken cancellationToken) =>
        CompiledReads.ListAsync(Query.For(database)(database, customerIds), cancellationToken);

    private static readonly ModelCompiledQuery<Func<IBokDbContext, long[], IAsyncEnumerable<DeliveredNotice>>> Query = new(() => EF.CompileAsyncQuery(
        (IBokDbContext database, long[] customerIds) =>
            from delivery in database.Set<NoticeDeliveryRow>().AsNoTracking()
            where customerIds.Contains(delivery.CustomerId)
            join notice in database.Set<NoticeRow>().AsNoTracking() on delivery.NoticeId equals notice.Id
            orderby delivery.DeliveredAt descending, delivery.Id descending
            select new DeliveredNotice(delivery, notice)));

    /// <inheritdoc />
    protected override long CustomerOf(DeliveredNotice row) => row.Delivery.CustomerId;
}
