using System.Net.Http.Headers;
using IBok.GraphQL.Persistence.Model.Customers;
using IBok.GraphQL.Persistence.Model.Notices;
using Microsoft.EntityFrameworkCore;

namespace IBok.Web.Tests.Portal.Service;

/// <summary>A file a test uploads.</summary>
/// <param name="FileName">Its name.</param>
/// <param name="ContentType">The type the browser declares.</param>
/// <param name="Content">The bytes.</param>
internal sealed record UploadedFile(string FileName, string ContentType, byte[] Content)
{
    /// <summary>A tiny "JPEG": the format's signature and a few bytes.</summary>
    public static UploadedFile Jpeg(string name = "licznik.jpg") => new(name, "image/jpeg", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46]);
}

/// <summary>What the service pages' tests share: multipart posts and the demo database's customers.</summary>
internal static class ServicePages
{
    /// <summary>Posts a multipart form like a browser with a file input <c>attachments</c>, with the page's antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostMultipartAsync(
        HttpClient client, string url, IEnumerable<KeyValuePair<string, string>> fields, IEnumerable<UploadedFile> files)
    {
        var token = await PortalHost.AntiforgeryTokenAsync(client, url);
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        content.Add(new StringContent(token), PortalHost.AntiforgeryField);
        var any = false;
        foreach (var file in files)
        {
            var part = new ByteArrayContent(file.Content);
            part.Headers.ContentType = MediaTypeHeaderValue.Parse(file.ContentType);
            content.Add(part, "attachments", file.FileName);
            any = true;
        }

        if (!any)
        {
            // What a browser sends for a file input left empty.
            var empty = new ByteArrayContent([]);
            empty.Headers.ContentType = MediaTypeHeaderValue.Parse("application/octet-stream");
            empty.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"attachments\"", FileName = "\"\"" };
            content.Add(empty);
        }

        return await client.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    /// <summary>The id of a demo customer by number.</summary>
    public static Task<long> CustomerIdAsync(PortalHost host, string customerNumber) =>
        host.WithDatabaseAsync(db => db.Set<CustomerRow>().Where(row => row.Number == customerNumber).Select(row => row.Id).SingleAsync());

    /// <summary>Puts a notice into one customer's inbox (unread) and returns the inbox item's id.</summary>
    public static Task<long> DeliverNoticeAsync(PortalHost host, long customerId, string title, string body, DateTime deliveredAtUtc) =>
        host.WithDatabaseAsync(async db =>
        {
            var notice = new NoticeRow
            {
                Kind = NoticeKind.Information, Title = title, Body = body, Targeting = NoticeTargeting.All, PublishedAt = deliveredAtUtc,
                CreatedBy = "test", CreatedAt = deliveredAtUtc,
            };
            db.Add(notice);
            await db.SaveChangesAsync();
            var delivery = new NoticeDeliveryRow { CustomerId = customerId, NoticeId = notice.Id, DeliveredAt = deliveredAtUtc };
            db.Add(delivery);
            await db.SaveChangesAsync();
            return delivery.Id;
        });

    /// <summary>The texts of the error summary's items.</summary>
    public static IReadOnlyList<string> ErrorSummary(AngleSharp.Html.Dom.IHtmlDocument page) =>
        [.. page.QuerySelectorAll(".error-summary li").Select(item => item.TextContent.Trim())];
}
