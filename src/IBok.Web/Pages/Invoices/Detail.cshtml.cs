using IBok.GraphQL.Application.CustomerReads;
using IBok.GraphQL.Application.CustomerReads.Loaders;
using IBok.GraphQL.Persistence.Model.Billing;
using IBok.Web.Portal;
using IBok.Web.Portal.Billing;
using Microsoft.AspNetCore.Mvc;

namespace IBok.Web.Pages.Invoices;

/// <summary>
/// One invoice: header, lines, VAT summary, totals and payment status; the detail page (links to its PDF and print
/// view) and the print view (billing.css: <c>@media print</c>) both show it.
/// </summary>
public sealed class DetailModel(
    RowByIdLoader<InvoiceRow> invoices, InvoiceLinesByInvoiceLoader lines, InvoiceVatSummaryByInvoiceLoader vatSummary, CustomerSettlements settlements)
    : PortalPageModel
{
    /// <summary>The invoice.</summary>
    public InvoiceDocument Document { get; private set; } = null!;

    /// <summary>Shows the invoice; another customer's is not found.</summary>
    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (await InvoiceDocument.LoadAsync(id, invoices, lines, vatSummary, settlements, cancellationToken) is not { } document)
        {
            return NotFound();
        }

        Document = document;
        return Page();
    }
}
