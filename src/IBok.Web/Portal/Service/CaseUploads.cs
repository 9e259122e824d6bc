using System.Globalization;
using IBok.GraphQL.Application.Cases;

namespace IBok.Web.Portal.Service;

/// <summary>
/// Turns the files of a multipart case form into the application's attachment inputs. The application's
/// <see cref="CaseAttachmentPolicy"/> decides what is allowed; this only refuses, with the same words, a count or a
/// size that is already too large before reading any file into memory.
/// </summary>
public static class CaseUploads
{
    /// <summary>The form field of the files.</summary>
    public const string Field = "attachments";

    /// <summary>The largest case form: every allowed file at its largest plus room for the text.</summary>
    public const long MaxRequestBytes = (long)CaseAttachmentPolicy.MaxCount * CaseAttachmentPolicy.MaxBytes + 1024 * 1024;

    /// <summary>The types a file input offers (<c>accept</c>).</summary>
    public const string Accept = "image/jpeg,image/png,application/pdf,.jpg,.jpeg,.png,.pdf";

    /// <summary>The files the user chose (a browser sends an empty, nameless part when none was).</summary>
    public static IReadOnlyList<IFormFile> Chosen(IFormFileCollection files)
    {
        ArgumentNullException.ThrowIfNull(files);
        return [.. files.Where(file => file.Name == Field && (file.FileName.Length > 0 || file.Length > 0))];
    }

    /// <summary>The files as attachment inputs, or the message why they are refused.</summary>
    public static async Task<(IReadOnlyList<CaseAttachmentInput>? Inputs, string? Error)> ReadAsync(
        IReadOnlyList<IFormFile> files, PortalLanguage language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (files.Count > CaseAttachmentPolicy.MaxCount)
        {
            return (null, language.Text(
                $"Można dołączyć najwyżej {CaseAttachmentPolicy.MaxCount} plików; wysłano {files.Count}.",
                $"At most {CaseAttachmentPolicy.MaxCount} files can be attached; {files.Count} were sent."));
        }

        var inputs = new List<CaseAttachmentInput>(files.Count);
        foreach (var file in files)
        {
            var name = Path.GetFileName(file.FileName);
            if (file.Length > CaseAttachmentPolicy.MaxBytes)
            {
                var megabytes = (CaseAttachmentPolicy.MaxBytes / 1024 / 1024).ToString(CultureInfo.InvariantCulture);
                return (null, language.Text(
                    $"Plik „{name}” jest za duży; największy dozwolony rozmiar to {megabytes} MB.",
                    $"File '{name}' is too large; the largest allowed size is {megabytes} MB."));
            }

            using var content = new MemoryStream((int)file.Length);
            await file.CopyToAsync(content, cancellationToken);
            inputs.Add(new CaseAttachmentInput(name, file.ContentType ?? "", Convert.ToBase64String(content.GetBuffer(), 0, (int)content.Length)));
        }

        return (inputs, null);
    }

    /// <summary>A file size for people: <c>1,2 MB</c>, <c>340 kB</c>, <c>12 B</c>.</summary>
    public static string Size(this PortalFormat format, long bytes)
    {
        ArgumentNullException.ThrowIfNull(format);
        return bytes >= 1024 * 1024 ? format.Number(Math.Round(bytes / 1024m / 1024m, 1), 1) + "\u00A0MB"
            : bytes >= 1024 ? format.Number((long)Math.Ceiling(bytes / 1024m)) + "\u00A0kB"
            : format.Number(bytes) + "\u00A0B";
    }
}
