using IBok.GraphQL.Application.CustomerReads.Loaders;
using IBok.GraphQL.Persistence.Model.Customers;
using Microsoft.EntityFrameworkCore;

namespace IBok.GraphQL.Application.CustomerReads;

/// <summary>
/// Finds the customers a request starts from and registers them in <see cref="RequestCustomers"/>, so their children
/// load in one batch. The viewer filter decides visibility: another customer's id is simply not found.
/// </summary>
/// <remarks>
/// A customer's row read by id is kept in <see cref="CustomerReadCache"/> under its own <c>data_version</c> (read in the
/// same statement, so the row is exactly that version). The next request for the customer reads only the id and
/// <c>data_version</c> through the viewer filter, a cheaper statement, and uses the cached row when the version matches;
/// otherwise (the customer changed) it reads the row again. A viewer who may not see the customer finds nothing, cached
/// or not. For the signed-in customer's own row the version the request's session check read is enough
/// (<see cref="CustomerVersionByIdLoader.UseSessionVersion"/>): a warm dashboard then runs no statement of its own.
/// </remarks>
public sealed class CustomerLookup(
    ReadDatabase database,
    RowByIdLoader<CustomerRow> customersById,
    CustomerVersionByIdLoader versionsById,
    RequestCustomers requestCustomers,
    CustomerReadCache cache)
{
    /// <summary>The most customers one request may ask for by id.</summary>
    public const int MaxIds = 100;

    /// <summary>The signed-in customer, or null when the viewer is not a customer.</summary>
    public Task<CustomerRow?> ViewerCustomerAsync(CancellationToken cancellationToken) =>
        database.Viewer.CustomerId is { } id ? ByIdAsync(id, cancellationToken) : Task.FromResult<CustomerRow?>(null);

    /// <summary>One customer by id, or null when it does not exist for this viewer.</summary>
    public async Task<CustomerRow?> ByIdAsync(long id, CancellationToken cancellationToken)
    {
        if (cache.TryGetAnyVersion(typeof(CustomerRow), id, out var cachedVersion, out CustomerRow cached))
        {
            var current = await versionsById.CurrentAsync(id, cancellationToken).ConfigureAwait(false);
            if (current is null)
            {
                return null;
            }

            if (current.DataVersion == cachedVersion)
            {
                requestCustomers.AddRead(id, cachedVersion);
                return cached;
            }
        }

        var row = await customersById.LoadAsync(id, cancellationToken).ConfigureAwait(false);
        if (row is not null)
        {
            requestCustomers.AddRead(row.Id, row.DataVersion);
            cache.Set(typeof(CustomerRow), row.Id, row.DataVersion, row, 1);
        }

        return row;
    }

    /// <summary>Customers by id in the order asked, null for those that do not exist for this viewer; one statement.</summary>
    /// <exception cref="Execution.GraphQLException">More than <see cref="MaxIds"/> ids.</exception>
    public async Task<IReadOnlyList<CustomerRow?>> ByIdsAsync(IReadOnlyList<long> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count > MaxIds)
        {
            throw new Execution.GraphQLException($"At most {MaxIds} customer ids may be asked for at once; got {ids.Count}.");
        }

        var distinct = ids.Distinct().ToArray();
        var rows = await database.RunAsync(
            (db, token) => db.Set<CustomerRow>().AsNoTracking().Where(row => distinct.Contains(row.Id)).ToListAsync(token),
            cancellationToken).ConfigureAwait(false);
        foreach (var row in rows)
        {
            requestCustomers.AddRead(row.Id, row.DataVersion);
            customersById.Prime(row.Id, row);
        }

        var byId = rows.ToDictionary(row => row.Id);
        return [.. ids.Select(id => byId.GetValueOrDefault(id))];
    }
}
