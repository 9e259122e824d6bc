using System.Globalization;
using IBok.Domain.Cases;
using IBok.GraphQL.Application.Common;

namespace IBok.GraphQL.Application.Cases;

/// <summary>A file sent with a case or a message, its content as base64 (standard alphabet, padded).</summary>
/// <param name="FileName">The file's name, e.g. <c>licznik.jpg</c>.</param>
/// <param name="ContentType">Its MIME type: <c>image/jpeg</c>, <c>image/png</c> or <c>application/pdf</c>.</param>
/// <param name="ContentBase64">The content, base64-encoded.</param>
public sealed record CaseAttachmentInput(string FileName, string ContentType, string ContentBase64);

/// <summary>An attachment was refused (codes <c>TOO_MANY_ATTACHMENTS</c>, <c>ATTACHMENT_NOT_BASE64</c>,
/// <c>ATTACHMENT_EMPTY</c>, <c>ATTACHMENT_TOO_LARGE</c>, <c>ATTACHMENT_TYPE_NOT_ALLOWED</c>,
/// <c>ATTACHMENT_CONTENT_MISMATCH</c>, <c>ATTACHMENT_NAME_INVALID</c>); the whole case or message is then not stored.</summary>
public sealed class AttachmentRejectedError : UserError
{
    internal AttachmentRejectedError(string code, int? index, string? fileName, string polishMessage, string englishMessage)
        : base(code, polishMessage, englishMessage)
    {
        Index = index;
        FileName = fileName;
    }

    /// <summary>The zero-based position of the attachment in the list; null when the list as a whole is refused.</summary>
    public int? Index { get; }

    /// <summary>The attachment's file name as sent; null when the list as a whole is refused.</summary>
    public string? FileName { get; }
}

/// <summary>An attachment that passed <see cref="CaseAttachmentPolicy"/>: the domain's description plus the bytes.</summary>
/// <param name="Description">File name, normalized content type and size (IBok.Domain's <see cref="CaseAttachment"/>).</param>
/// <param name="Content">The decoded content.</param>
public sealed record AcceptedAttachment(CaseAttachment Description, byte[] Content);

/// <summary>
/// What a case attachment may be: at most <see cref="MaxCount"/> per message, each at most <see cref="MaxBytes"/>
/// (5 MiB) and a JPEG, PNG or PDF whose first bytes match its declared type, so a renamed executable is not stored
/// under an image's name.
/// </summary>
public static class CaseAttachmentPolicy
{
    /// <summary>The largest attachment: 5 MiB.</summary>
    public const int MaxBytes = 5 * 1024 * 1024;

    /// <summary>The most attachments one message carries.</summary>
    public const int MaxCount = 5;

    private static readonly Dictionary<string, byte[]> Signatures = new(StringComparer.Ordinal)
    {
        ["image/jpeg"] = [0xFF, 0xD8, 0xFF],
        ["image/png"] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A],
        ["application/pdf"] = "%PDF-"u8.ToArray(),
    };

    /// <summary>Decodes and checks every attachment; the first problem fails them all.</summary>
    public static Outcome<IReadOnlyList<AcceptedAttachment>> Check(IReadOnlyList<CaseAttachmentInput>? attachments)
    {
        attachments ??= [];
        if (attachments.Count > MaxCount)
        {
            return Reject(
                "TOO_MANY_ATTACHMENTS", null, null,
                $"Można dołączyć najwyżej {MaxCount} plików; wysłano {attachments.Count}.",
                $"At most {MaxCount} files can be attached; {attachments.Count} were sent.");
        }

        var accepted = new List<AcceptedAttachment>(attachments.Count);
        for (var index = 0; index < attachments.Count; index++)
        {
            var input = attachments[index];
            var name = input.FileName;
            var type = (input.ContentType ?? string.Empty).Trim().ToLowerInvariant();
            if (!Signatures.TryGetValue(type, out var signature))
            {
                return Reject(
                    "ATTACHMENT_TYPE_NOT_ALLOWED", index, name,
                    $"Plik „{name}” ma niedozwolony typ ({input.ContentType}); dozwolone są JPEG, PNG i PDF.",
                    $"File '{name}' has a type that is not allowed ({input.ContentType}); JPEG, PNG and PDF are.");
            }

            // Checked before decoding, so an oversized upload is refused without allocating its bytes.
            var text = input.ContentBase64 ?? string.Empty;
            if ((long)text.Length / 4 * 3 > MaxBytes + 2)
            {
                return TooLarge(index, name);
            }

            var buffer = new byte[text.Length / 4 * 3 + 3];
            if (!Convert.TryFromBase64String(text, buffer, out var length))
            {
                return Reject(
                    "ATTACHMENT_NOT_BASE64", index, name,
                    $"Zawartość pliku „{name}” nie jest poprawnie zakodowana (base64).",
                    $"The content of file '{name}' is not valid base64.");
            }

            if (length == 0)
            {
                return Reject("ATTACHMENT_EMPTY", index, name, $"Plik „{name}” jest pusty.", $"File '{name}' is empty.");
            }

            if (length > MaxBytes)
            {
                return TooLarge(index, name);
            }

            var content = buffer.AsSpan(0, length).ToArray();
            if (!content.AsSpan().StartsWith(signature))
            {
                return Reject(
                    "ATTACHMENT_CONTENT_MISMATCH", index, name,
                    $"Zawartość pliku „{name}” nie jest plikiem typu {type}.",
                    $"The content of file '{name}' is not a {type} file.");
            }

            CaseAttachment description;
            try
            {
                description = new CaseAttachment(name, type, length);
            }
            catch (ArgumentException)
            {
                return Reject(
                    "ATTACHMENT_NAME_INVALID", index, name,
                    $"Nazwa pliku „{name}” jest niepoprawna: podaj od 1 do {CaseAttachment.MaxFileNameLength} znaków bez „/” i „\\”.",
                    $"File name '{name}' is invalid: use 1 to {CaseAttachment.MaxFileNameLength} characters without '/' and '\\'.");
            }

            accepted.Add(new AcceptedAttachment(description, content));
        }

        return Outcome<IReadOnlyList<AcceptedAttachment>>.Success(accepted);
    }

    private static Outcome<IReadOnlyList<AcceptedAttachment>> TooLarge(int index, string name) =>
        Reject(
            "ATTACHMENT_TOO_LARGE", index, name,
            string.Create(CultureInfo.InvariantCulture, $"Plik „{name}” jest za duży; największy dozwolony rozmiar to {MaxBytes / 1024 / 1024} MB."),
            string.Create(CultureInfo.InvariantCulture, $"File '{name}' is too large; the largest allowed size is {MaxBytes / 1024 / 1024} MB."));

    private static Outcome<IReadOnlyList<AcceptedAttachment>> Reject(string code, int? index, string? name, string polish, string english) =>
        Outcome<IReadOnlyList<AcceptedAttachment>>.Failure(new AttachmentRejectedError(code, index, name, polish, english));
}
