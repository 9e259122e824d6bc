using IBok.GraphQL.Application.Documents;
using IBok.GraphQL.Persistence.Access;

namespace IBok.Web.Documents;

/// <summary>
/// Downloads of printable documents: <c>GET /files/invoices/{id}.pdf</c> (invoices and corrections) and
/// <c>GET /files/interest-notes/{id}.pdf</c>. Access follows the request's viewer like every read: anonymous gets
/// 401, another customer's id gets 404 exactly like an id that does not exist, so ids cannot be probed.
/// </summary>
public static class DocumentEndpoints
{
    /// <summary>Maps the download endpoints.</summary>
    public static IEndpointRouteBuilder MapIBokDocuments(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/files/invoices/{id:long}.pdf", DownloadInvoiceAsync);
        endpoints.MapGet("/files/interest-notes/{id:long}.pdf", DownloadInterestNoteAsync);
        return endpoints;
    }

    private static async Task<IResult> DownloadInvoiceAsync(long id, ViewerAccessor viewer, IInvoiceDocuments documents, HttpContext context) =>
        viewer.Viewer.Role == ViewerRole.Anonymous
            ? SignInRequired()
            : File(context, await documents.RenderInvoiceAsync(id, context.RequestAborted));

    private static async Task<IResult> DownloadInterestNoteAsync(long id, ViewerAccessor viewer, IInvoiceDocuments documents, HttpContext context) =>
        viewer.Viewer.Role == ViewerRole.Anonymous
            ? SignInRequired()
            : File(context, await documents.RenderInterestNoteAsync(id, context.RequestAborted));

    private static IResult SignInRequired() =>
        Results.Json(new { errors = new[] { new { message = "Zaloguj się, aby pobrać dokument. (Sign in to download the document.)" } } }, statusCode: StatusCodes.Status401Unauthorized);

    private static IResult File(HttpContext context, RenderedDocument? document)
    {
        if (document is null)
        {
            return Results.Json(new { errors = new[] { new { message = "Nie znaleziono dokumentu. (Document not found.)" } } }, statusCode: StatusCodes.Status404NotFound);
        }

        // A customer's invoice must not sit in shared caches or the browser's disk cache.
        context.Response.Headers.CacheControl = "private, no-store";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.File(document.Content, document.ContentType, document.FileName);
    }
}
