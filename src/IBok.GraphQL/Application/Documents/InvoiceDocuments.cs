using IBok.GraphQL.Application.Staff.Billing;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Model.Billing;
using IBok.GraphQL.Persistence.Model.Customers;
using IBok.GraphQL.Persistence.Model.Interest;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IBok.GraphQL.Application.Documents;

/// <summary>
/// Renders invoices, corrections and interest notes from the database. Rows load through the request's
/// <see cref="IBokDbContext"/>, whose viewer filter makes another customer's document (and anything for an anonymous
/// viewer) simply not found, so this class has no authorization code of its own.
/// </summary>
public sealed class InvoiceDocuments(IBokDbContext db, IOptions<BillingOptions> billing) : IInvoiceDocuments
{
    /// <inheritdoc />
    public async Task<RenderedDocument?> RenderInvoiceAsync(long invoiceId, CancellationToken cancellationToken)
    {
        var invoice = await db.Set<InvoiceRow>()
            .AsNoTracking()
            .AsSplitQuery()
            .Include(row => row.Lines)
            .Include(row => row.VatSummary)
            .SingleOrDefaultAsync(row => row.Id == invoiceId, cancellationToken)
            .ConfigureAwait(false);
        return invoice is null ? null : InvoicePdf.Render(invoice);
    }

    /// <inheritdoc />
    public async Task<RenderedDocument?> RenderInterestNoteAsync(long interestNoteId, CancellationToken cancellationToken)
    {
        var note = await db.Set<InterestNoteRow>()
            .AsNoTracking()
            .Include(row => row.Lines)
            .SingleOrDefaultAsync(row => row.Id == interestNoteId, cancellationToken)
            .ConfigureAwait(false);
        if (note is null)
        {
            return null;
        }

        var customer = await db.Set<CustomerRow>().AsNoTracking().SingleOrDefaultAsync(row => row.Id == note.CustomerId, cancellationToken).ConfigureAwait(false);
        return customer is null ? null : InterestNotePdf.Render(note, customer, Issuer(billing.Value));
    }

    /// <summary>The utility as the billing configuration names it (the seller of its invoices).</summary>
    public static DocumentIssuer Issuer(BillingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new DocumentIssuer(
            options.SellerName,
            DocumentFormat.StreetLine(options.SellerStreet, options.SellerBuildingNumber, options.SellerApartmentNumber),
            $"{options.SellerPostalCode} {options.SellerCity}",
            options.SellerNip,
            options.SellerBankAccount);
    }
}
