using IBok.GraphQL.DataLoader;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Model.Cases;
using IBok.GraphQL.Persistence.Model.Customers;
using IBok.GraphQL.Persistence.Model.Interest;
using Microsoft.EntityFrameworkCore;

namespace IBok.GraphQL.Application.CustomerReads.Loaders;

/// <summary>A customer's id and current data version, as the viewer filter lets the request read them.</summary>
/// <param name="Id">The customer id.</param>
/// <param name="DataVersion">The customer's <c>data_version</c>.</param>
public sealed record CustomerVersion(long Id, long DataVersion);

/// <summary>
/// The current data version of customers by id (the viewer filter applies: a customer the viewer may not see is
/// missing): the one statement a warm dashboard of staff costs, so it reads two columns, precompiled. A signed-in
/// customer's own version usually comes from the request's session check instead (<see cref="CurrentAsync"/>).
/// </summary>
public sealed class CustomerVersionByIdLoader(ReadDatabase database) : BatchDataLoader<long, CustomerVersion>
{
    private Task<CustomerVersion?>? _sessionVersion;
    private long _sessionCustomerId;

    /// <summary>
    /// Keeps a customer's <c>data_version</c> as this request's session check read it (the signed-in account's own
    /// customer joined by primary key, in the same statement as the session), for <see cref="CurrentAsync"/>. Only for
    /// the scope of one request: a WebSocket's scope outlives its handshake, and later operations must read their own.
    /// </summary>
    public void UseSessionVersion(long customerId, long dataVersion)
    {
        _sessionCustomerId = customerId;
        _sessionVersion = Task.FromResult<CustomerVersion?>(new CustomerVersion(customerId, dataVersion));
    }

    /// <summary>
    /// The current version of a customer as this request may know it: the session check's when the customer is the
    /// viewer's own (the version the request read through the viewer's identity, no statement), otherwise loaded with
    /// the other ids of the batch.
    /// </summary>
    public Task<CustomerVersion?> CurrentAsync(long customerId, CancellationToken cancellationToken) =>
        _sessionVersion is { } known && _sessionCustomerId == customerId && database.Viewer.CustomerId == customerId
            ? known
            : LoadAsync(customerId, cancellationToken);

    /// <inheritdoc />
    protected override async Task<IReadOnlyDictionary<long, CustomerVersion>> LoadBatchAsync(IReadOnlyList<long> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 1)
        {
            // EF Core turns a collection parameter into SQL again on every execution; one id is a plain parameter.
            var id = keys[0];
            var version = await database.RunAsync((db, token) => SingleQuery.For(db)(db, id, token), cancellationToken).ConfigureAwait(false);
            return version is null ? new Dictionary<long, CustomerVersion>() : new Dictionary<long, CustomerVersion> { [id] = version };
        }

        var ids = keys.ToArray();
        var rows = await database.RunAsync((db, token) => CompiledReads.ListAsync(Query.For(db)(db, ids), token), cancellationToken).ConfigureAwait(false);
        return rows.ToDictionary(row => row.Id);
    }

    private static readonly ModelCompiledQuery<Func<IBokDbContext, long[], IAsyncEnumerable<CustomerVersion>>> Query = new(() => EF.CompileAsyncQuery(
        (IBokDbContext db, long[] ids) => db.Set<CustomerRow>().AsNoTracking()
            .Where(row => ids.Contains(row.Id))
            .Select(row => new CustomerVersion(row.Id, row.DataVersion))));

    private static readonly ModelCompiledQuery<Func<IBokDbContext, long, CancellationToken, Task<CustomerVersion?>>> SingleQuery = new(() => EF.CompileAsyncQuery(
        (IBokDbContext db, long id, CancellationToken token) => db.Set<CustomerRow>().AsNoTracking()
            .Where(row => row.Id == id)
            .Select(row => new CustomerVersion(row.Id, row.DataVersion))
            .FirstOrDefault()));
}

/// <summary>The premises of each customer, by code.</summary>
public sealed class PremisesByCustomerLoader(ReadDatabase database, RequestCustomers customers, CustomerReadCache cache)
    : CustomerScopedLoader<PremisesRow>(database, customers, cache)
{
    /// <inheritdoc />
    protected override Task<List<PremisesRow>> QueryAsync(IBokDbContext database, long[] customerIds, CancellationToken cancellationToken) =>
        CompiledReads.ListAsync(Query.For(database)(database, customerIds), cancellationToken);

    private static readonly ModelCompiledQuery<Func<IBokDbContext, long[], IAsyncEnumerable<PremisesRow>>> Query = new(() => EF.CompileAsyncQuery<IBokDbContext, long[], PremisesRow>(
        (IBokDbContext database, long[] customerIds) => database.Set<PremisesRow>().AsNoTracking()
            .Where(row => customerIds.Contains(row.CustomerId))
            .OrderBy(row => row.Code).ThenBy(row => row.Id)));

    /// <inheritdoc />
    protected override long CustomerOf(PremisesRow row) => row.CustomerId;
}

/// <summary>A contract with what is known of its scanned signed copy (never the file's content).</summary>
/// <param name="Contract">The contract.</param>
/// <param name="Scan">The scan's file, when one is stored.</param>
public sealed record ContractListing(ContractRow Contract, StoredFile? Scan);

/// <summary>A stored file's description, without its bytes.</summary>
/// <param name="Id">The file row id.</param>
/// <param name="FileName">The file name.</param>
/// <param name="ContentType">The MIME type.</param>
/// <param name="SizeBytes">The size in bytes.</param>
public sealed record StoredFile(long Id, string FileName, string ContentType, long SizeBytes);

/// <summary>The contracts of each customer, newest first, with their scans' descriptions.</summary>
/// <remarks>Not cached between requests: it joins two customer-owned tables (see <see cref="CustomerScopedLoader{TRow}"/>).</remarks>
public sealed class ContractsByCustomerLoader(ReadDatabase database, RequestCustomers customers)
    : CustomerScopedLoader<ContractListing>(database, customers)
{
    /// <inheritdoc />
    protected override Task<List<ContractListing>> QueryAsync(IBokDbContext database, long[] customerIds, CancellationToken cancellationToken) =>
        (from contract in database.Set<ContractRow>().AsNoTracking()
         where customerIds.Contains(contract.CustomerId)
         join file in database.Set<CustomerFileRow>() on contract.SignedScanFileId equals (long?)file.Id into scans
         from scan in scans.DefaultIfEmpty()
         orderby contract.StartDate descending, contract.Id descending
         select new ContractListing(
             contract,
             scan == null ? null : new StoredFile(scan.Id, scan.FileName, scan.ContentType, scan.SizeBytes)))
        .ToListAsync(cancellationToken);

    /// <inheritdoc />
    protected override long CustomerOf(ContractListing row) => row.Contract.CustomerId;
}

/// <summary>The consents currently given or refused by each customer.</summary>
public sealed class ConsentsByCustomerLoader(ReadDatabase database, RequestCustomers customers, CustomerReadCache cache)
    : CustomerScopedLoader<ConsentRow>(database, customers, cache)
{
    /// <inheritdoc />
    protected override Task<List<ConsentRow>> QueryAsync(IBokDbContext database, long[] customerIds, CancellationToken cancellationToken) =>
        database.Set<ConsentRow>().AsNoTracking()
            .Where(row => customerIds.Contains(row.CustomerId))
            .OrderBy(row => row.Id)
            .ToListAsync(cancellationToken);

    /// <inheritdoc />
    protected override long CustomerOf(ConsentRow row) => row.CustomerId;
}

/// <summary>The interest notes of each customer with their lines, newest first.</summary>
/// <remarks>Not cached between requests: it joins two customer-owned tables (see <see cref="CustomerScopedLoader{TRow}"/>).</remarks>
public sealed class InterestNotesByCustomerLoader(ReadDatabase database, RequestCustomers customers)
    : CustomerScopedLoader<InterestNoteRow>(database, customers)
{
    /// <inheritdoc />
    protected override Task<List<InterestNoteRow>> QueryAsync(IBokDbContext database, long[] customerIds, CancellationToken cancellationToken) =>
        database.Set<InterestNoteRow>().AsNoTracking()
            .Where(row => customerIds.Contains(row.CustomerId))
            .Include(row => row.Lines.OrderBy(line => line.Id))
            .OrderByDescending(row => row.IssueDate).ThenByDescending(row => row.Id)
            .ToListAsync(cancellationToken);

    /// <inheritdoc />
    protected override long CustomerOf(InterestNoteRow row) => row.CustomerId;
}

/// <summary>The cases (complaints, requests) of each customer, newest first, without messages and attachments.</summary>
public sealed class CasesByCustomerLoader(ReadDatabase database, RequestCustomers customers, CustomerReadCache cache)
    : CustomerScopedLoader<CaseRow>(database, customers, cache)
{
    /// <inheritdoc />
    protected override Task<List<CaseRow>> QueryAsync(IBokDbContext database, long[] customerIds, CancellationToken cancellationToken) =>
        database.Set<CaseRow>().AsNoTracking()
            .Where(row => row.CustomerId != null && customerIds.Contains(row.CustomerId.Value))
            .OrderByDescending(row => row.SubmittedAt).ThenByDescending(row => row.Id)
            .ToListAsync(cancellationToken);

    /// <inheritdoc />
    protected override long CustomerOf(CaseRow row) => row.CustomerId ?? 0;
}
