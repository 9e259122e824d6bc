using IBok.Domain;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Model.Billing;
using IBok.GraphQL.Persistence.Model.Customers;
using Microsoft.EntityFrameworkCore;

namespace IBok.GraphQL.Application.Accounts;

/// <summary>The customer directory over the customer and invoice tables.</summary>
/// <remarks>
/// Registration and sign-in happen before anyone is signed in, so these queries read past the per-viewer filters
/// (<c>IgnoreQueryFilters</c>); they answer only the three questions of <see cref="ICustomerDirectory"/>.
/// </remarks>
public sealed class DatabaseCustomerDirectory(IBokDbContext db) : ICustomerDirectory
{
    private const int RecentInvoicesForProof = 3;

    /// <inheritdoc />
    public async Task<DirectoryCustomer?> FindByNumberAsync(string customerNumber, CancellationToken cancellationToken = default)
    {
        var number = customerNumber.Trim();
        var row = await db.Set<CustomerRow>().IgnoreQueryFilters().AsNoTracking()
            .Where(customer => customer.Number == number)
            .Select(customer => new DirectoryCustomer(customer.Id, customer.Number, customer.Name, customer.Email))
            .SingleOrDefaultAsync(cancellationToken);
        return row;
    }

    /// <inheritdoc />
    public Task<DirectoryCustomer?> FindByIdAsync(long customerId, CancellationToken cancellationToken = default) =>
        db.Set<CustomerRow>().IgnoreQueryFilters().AsNoTracking()
            .Where(customer => customer.Id == customerId)
            .Select(customer => new DirectoryCustomer(customer.Id, customer.Number, customer.Name, customer.Email))
            .SingleOrDefaultAsync(cancellationToken);

    /// <inheritdoc />
    public async Task<bool> IsRecentInvoiceAsync(long customerId, string invoiceNumber, Money grossAmount, CancellationToken cancellationToken = default)
    {
        var recent = await db.Set<InvoiceRow>().IgnoreQueryFilters().AsNoTracking()
            .Where(invoice => invoice.CustomerId == customerId && invoice.Kind == InvoiceKind.Invoice)
            .OrderByDescending(invoice => invoice.IssueDate).ThenByDescending(invoice => invoice.Id)
            .Take(RecentInvoicesForProof)
            .Select(invoice => new { invoice.Number, invoice.GrossGrosz })
            .ToListAsync(cancellationToken);
        var number = invoiceNumber.Trim();
        return recent.Any(invoice =>
            string.Equals(invoice.Number, number, StringComparison.OrdinalIgnoreCase) && invoice.GrossGrosz == grossAmount.Grosze);
    }
}
