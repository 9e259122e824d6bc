using System.Globalization;

namespace IBok.GraphQL.Api.Common;

/// <summary>A file the client can download (a form, a scanned contract); its bytes come from <see cref="DownloadPath"/>, not through GraphQL.</summary>
/// <param name="FileName">The file name to save as.</param>
/// <param name="ContentType">The MIME type.</param>
/// <param name="SizeBytes">The size in bytes.</param>
/// <param name="DownloadPath">The server-relative path that serves the file to a viewer allowed to see it.</param>
public sealed record FileReference(string FileName, string ContentType, long SizeBytes, string DownloadPath)
{
    /// <summary>The path of a customer's own file (e.g. a scanned contract); the server checks the viewer like any read.</summary>
    public static string CustomerFilePath(long fileId) => string.Create(CultureInfo.InvariantCulture, $"/files/customer/{fileId}");

    /// <summary>The path of a case's attachment; like a customer's file, only its customer and staff get it.</summary>
    public static string CaseAttachmentPath(long attachmentId) => string.Create(CultureInfo.InvariantCulture, $"/files/case-attachments/{attachmentId}");

    /// <summary>The path of a public downloadable form.</summary>
    public static string FormPath(long documentId) => string.Create(CultureInfo.InvariantCulture, $"/files/forms/{documentId}");
}
