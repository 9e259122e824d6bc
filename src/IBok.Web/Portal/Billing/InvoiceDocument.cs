using IBok.Domain;
using IBok.GraphQL.Application.CustomerReads;
using IBok.GraphQL.Application.CustomerReads.Loaders;
using IBok.GraphQL.Persistence.Model.Billing;

namespace IBok.Web.Portal.Billing;

/// <summary>An invoice as the portal shows and prints it: header, lines, VAT summary and its settlement today.</summary>
/// <param name="Invoice">The header with its paid state.</param>
/// <param name="Lines">The lines in print order.</param>
/// <param name="VatSummary">The totals per VAT rate, highest rate first.</param>
public sealed record InvoiceDocument(SettledInvoice Invoice, IReadOnlyList<InvoiceLineRow> Lines, IReadOnlyList<InvoiceVatSummaryRow> VatSummary)
{
    /// <summary>The stored invoice.</summary>
    public InvoiceRow Row => Invoice.Row;

    /// <summary>What is paid of it.</summary>
    public Money Paid => Invoice.Status?.Paid ?? Money.Zero;

    /// <summary>What is left to pay (an invoice not in the ledger yet: its whole gross amount).</summary>
    public Money Outstanding => Invoice.Status is { } status ? status.Outstanding : Money.FromGrosze(Math.Max(0, Row.GrossGrosz));

    /// <summary>
    /// Loads one invoice by the API's loaders (the viewer filter makes another customer's invoice not found: null).
    /// </summary>
    public static async Task<InvoiceDocument?> LoadAsync(
        long id,
        RowByIdLoader<InvoiceRow> invoices,
        InvoiceLinesByInvoiceLoader lines,
        InvoiceVatSummaryByInvoiceLoader vatSummary,
        CustomerSettlements settlements,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invoices);
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(vatSummary);
        ArgumentNullException.ThrowIfNull(settlements);
        var row = await invoices.LoadAsync(id, cancellationToken);
        if (row is null)
        {
            return null;
        }

        var settlement = await settlements.OfAsync(row.CustomerId, cancellationToken);
        var invoiceLines = await lines.LoadAsync(row.Id, cancellationToken);
        var vat = await vatSummary.LoadAsync(row.Id, cancellationToken);
        return new InvoiceDocument(new SettledInvoice(row, settlement.StatusOf(row.Number)), invoiceLines, vat);
    }
}
