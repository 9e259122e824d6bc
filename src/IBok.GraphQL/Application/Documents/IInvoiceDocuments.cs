namespace IBok.GraphQL.Application.Documents;

/// <summary>
/// Renders the printable document (PDF) of an invoice, correction or interest note. Reads go through the request's
/// viewer like every other read, so a customer gets only their own documents and another customer's id is "not found".
/// </summary>
public interface IInvoiceDocuments
{
    /// <summary>The PDF of the invoice (or correction) with this database id, or null when the viewer cannot see it.</summary>
    Task<RenderedDocument?> RenderInvoiceAsync(long invoiceId, CancellationToken cancellationToken);

    /// <summary>The PDF of the interest note with this database id, or null when the viewer cannot see it.</summary>
    Task<RenderedDocument?> RenderInterestNoteAsync(long interestNoteId, CancellationToken cancellationToken);
}

/// <summary>A rendered document: the file name a customer sees (e.g. <c>FV-2026-01-000123.pdf</c>) and its bytes.</summary>
public sealed record RenderedDocument(string FileName, string ContentType, byte[] Content);
