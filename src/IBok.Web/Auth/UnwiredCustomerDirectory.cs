using IBok.Domain;
using IBok.GraphQL.Application.Accounts;

namespace IBok.Web.Auth;

/// <summary>
/// Stands in for the customer directory until one over the customer tables is registered (any registration of
/// <see cref="ICustomerDirectory"/> replaces it): knows no customers, so only staff can sign in.
/// </summary>
internal sealed class UnwiredCustomerDirectory : ICustomerDirectory
{
    public Task<DirectoryCustomer?> FindByNumberAsync(string customerNumber, CancellationToken cancellationToken = default) =>
        Task.FromResult<DirectoryCustomer?>(null);

    public Task<DirectoryCustomer?> FindByIdAsync(long customerId, CancellationToken cancellationToken = default) =>
        Task.FromResult<DirectoryCustomer?>(null);

    public Task<bool> IsRecentInvoiceAsync(long customerId, string invoiceNumber, Money grossAmount, CancellationToken cancellationToken = default) =>
        Task.FromResult(false);
}
