using IBok.GraphQL.Api.Invoices;
using IBok.GraphQL.Application.Documents;
using IBok.GraphQL.CodeFirst;

namespace IBok.GraphQL.Api.Documents;

/// <summary>The printable document of an invoice.</summary>
[ExtendObjectType(typeof(Invoice))]
public sealed class InvoiceDocumentFields
{
    /// <summary>
    /// Where the invoice's PDF downloads: a path on this server (e.g. /files/invoices/42.pdf), authorised by the same
    /// session cookie or bearer token as the API, and only for the invoice's own customer and staff.
    /// </summary>
    public string PdfUrl([Parent] Invoice invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        return DocumentPaths.Invoice(invoice.Id);
    }
}
