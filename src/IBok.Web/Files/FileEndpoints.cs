using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Persistence.Model.Cases;
using IBok.GraphQL.Persistence.Model.Customers;
using IBok.GraphQL.Persistence.Model.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace IBok.Web.Files;

/// <summary>
/// Serves the files the API points at with a <c>downloadPath</c> (<c>FileReference</c>): a customer's own files
/// (<c>/files/customer/{id}</c>, e.g. a signed contract's scan), case attachments (<c>/files/case-attachments/{id}</c>)
/// and the public forms (<c>/files/forms/{id}</c>).
/// </summary>
/// <remarks>
/// Customer files are read through <see cref="IBokDbContext"/>, whose viewer filter is the one place that decides
/// access: another customer's file does not exist for this viewer (404, no data), anonymous callers get 401. Every
/// file is sent as an attachment with <c>nosniff</c> and a sandboxing policy, so even stored content that claims to
/// be HTML never runs in the site's origin.
/// </remarks>
public static class FileEndpoints
{
    /// <summary>The generic type for a stored content type that does not parse as a media type.</summary>
    public const string FallbackContentType = "application/octet-stream";

    /// <summary>Maps the three download routes.</summary>
    public static IEndpointRouteBuilder MapIBokFiles(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/files/customer/{id:long}", CustomerFileAsync);
        endpoints.MapGet("/files/case-attachments/{id:long}", CaseAttachmentAsync);
        endpoints.MapGet("/files/forms/{id:long}", FormAsync);
        return endpoints;
    }

    private static async Task<IResult> CustomerFileAsync(long id, IBokDbContext db, CancellationToken cancellationToken)
    {
        if (db.Viewer.Role == ViewerRole.Anonymous)
        {
            return SignInRequired();
        }

        var file = await db.Set<CustomerFileRow>().AsNoTracking()
            .Where(row => row.Id == id)
            .Select(row => new StoredFile(row.FileName, row.ContentType, row.Content))
            .FirstOrDefaultAsync(cancellationToken);
        return file is null ? NotFound() : Download(file, isPrivate: true);
    }

    private static async Task<IResult> CaseAttachmentAsync(long id, IBokDbContext db, CancellationToken cancellationToken)
    {
        if (db.Viewer.Role == ViewerRole.Anonymous)
        {
            return SignInRequired();
        }

        var file = await db.Set<CaseAttachmentRow>().AsNoTracking()
            .Where(row => row.Id == id)
            .Select(row => new StoredFile(row.FileName, row.ContentType, row.Content))
            .FirstOrDefaultAsync(cancellationToken);
        return file is null ? NotFound() : Download(file, isPrivate: true);
    }

    private static async Task<IResult> FormAsync(long id, IBokDbContext db, CancellationToken cancellationToken)
    {
        var file = await db.Set<DocumentRow>().AsNoTracking()
            .Where(row => row.Id == id)
            .Select(row => new StoredFile(row.FileName, row.ContentType, row.Content))
            .FirstOrDefaultAsync(cancellationToken);
        return file is null ? NotFound() : Download(file, isPrivate: false);
    }

    private static IResult Download(StoredFile file, bool isPrivate) => new DownloadResult(file, isPrivate);

    private static IResult NotFound() =>
        Results.Json(new { errors = new[] { new { message = "Nie ma takiego pliku (No such file)." } } }, statusCode: StatusCodes.Status404NotFound);

    private static IResult SignInRequired() =>
        Results.Json(new { errors = new[] { new { message = "Zaloguj się, aby pobrać ten plik (Sign in to download this file)." } } }, statusCode: StatusCodes.Status401Unauthorized);

    private sealed record StoredFile(string FileName, string ContentType, byte[] Content);

    private sealed class DownloadResult(StoredFile file, bool isPrivate) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = MediaTypeHeaderValue.TryParse(file.ContentType, out var parsed) && parsed.MediaType.HasValue && !parsed.MatchesAllTypes
                ? parsed.ToString()
                : FallbackContentType;
            response.ContentLength = file.Content.Length;
            response.Headers.ContentDisposition = ContentDispositionHeader.Attachment(file.FileName);
            response.Headers.XContentTypeOptions = "nosniff";
            response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
            response.Headers.CacheControl = isPrivate ? "private, no-store" : "public, max-age=3600";
            await response.Body.WriteAsync(file.Content, httpContext.RequestAborted);
        }
    }
}
