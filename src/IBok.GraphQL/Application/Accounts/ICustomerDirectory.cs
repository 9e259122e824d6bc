using IBok.Domain;

namespace IBok.GraphQL.Application.Accounts;

/// <summary>What sign-in needs to know about a customer.</summary>
/// <param name="Id">The customer's id.</param>
/// <param name="Number">The customer number (numer klienta) printed on invoices.</param>
/// <param name="DisplayName">The customer's name for greetings.</param>
/// <param name="Email">The e-mail address on file, or null.</param>
public sealed record DirectoryCustomer(long Id, string Number, string DisplayName, string? Email);

/// <summary>
/// The customer lookups registration and sign-in need, over the customer tables. They run before anyone is
/// signed in, so an implementation reads past the per-viewer filters; it must answer only these questions.
/// </summary>
public interface ICustomerDirectory
{
    /// <summary>The customer with this customer number (exact, after trimming), or null.</summary>
    Task<DirectoryCustomer?> FindByNumberAsync(string customerNumber, CancellationToken cancellationToken = default);

    /// <summary>The customer with this id, or null.</summary>
    Task<DirectoryCustomer?> FindByIdAsync(long customerId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Whether one of the customer's three most recent invoices has this number and this gross amount: the proof
    /// of identity for registering without a code from staff.
    /// </summary>
    Task<bool> IsRecentInvoiceAsync(long customerId, string invoiceNumber, Money grossAmount, CancellationToken cancellationToken = default);
}
