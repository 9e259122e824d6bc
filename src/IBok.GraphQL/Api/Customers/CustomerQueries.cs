using IBok.GraphQL.Api.Common;
using IBok.GraphQL.Application.CustomerReads;
using IBok.GraphQL.CodeFirst;

namespace IBok.GraphQL.Api.Customers;

/// <summary>Root fields that start from a customer.</summary>
[QueryType]
public sealed class CustomerQueries
{
    /// <summary>The signed-in customer; null when the caller is not a customer (anonymous, staff, an integration).</summary>
    public async Task<Customer?> Customer([Service] CustomerLookup customers, CancellationToken cancellationToken) =>
        Customers.Customer.Of(await customers.ViewerCustomerAsync(cancellationToken).ConfigureAwait(false));

    /// <summary>A customer by id, for staff and integrations; null when it does not exist or the caller may not see it.</summary>
    /// <param name="id">The customer's global id.</param>
    public async Task<Customer?> CustomerById([ID] string id, [Service] CustomerLookup customers, CancellationToken cancellationToken) =>
        Customers.Customer.Of(await customers.ByIdAsync(TypedIds.KeyOf(id, nameof(Customers.Customer)), cancellationToken).ConfigureAwait(false));

    /// <summary>Customers by id in the order given (at most 100), null for each one that does not exist or the caller may not see.</summary>
    /// <param name="ids">The customers' global ids.</param>
    public async Task<IReadOnlyList<Customer?>> CustomersById([ID] IReadOnlyList<string> ids, [Service] CustomerLookup customers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var keys = ids.Select(id => TypedIds.KeyOf(id, nameof(Customers.Customer))).ToArray();
        var rows = await customers.ByIdsAsync(keys, cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(Customers.Customer.Of)];
    }
}
