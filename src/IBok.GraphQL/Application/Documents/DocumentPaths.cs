using System.Globalization;

namespace IBok.GraphQL.Application.Documents;

/// <summary>Where the web host serves each document's PDF (the host maps these paths; the API hands them out).</summary>
public static class DocumentPaths
{
    /// <summary>The PDF of an invoice or correction: <c>/files/invoices/{id}.pdf</c>.</summary>
    public static string Invoice(long invoiceId) => string.Create(CultureInfo.InvariantCulture, $"/files/invoices/{invoiceId}.pdf");

    /// <summary>The PDF of an interest note: <c>/files/interest-notes/{id}.pdf</c>.</summary>
    public static string InterestNote(long interestNoteId) => string.Create(CultureInfo.InvariantCulture, $"/files/interest-notes/{interestNoteId}.pdf");
}
