using System.Globalization;

namespace IBok.Domain.Cases;

/// <summary>The metadata of a file attached to a case message; the content itself is stored elsewhere.</summary>
/// <remarks>Rules: a file name of 1 to <see cref="MaxFileNameLength"/> characters with no path separators or control
/// characters (it is shown and offered for download, never used as a path); a content type shaped
/// <c>type/subtype</c> (RFC 6838 §4.2), stored in lower case; a size of at least one byte.</remarks>
public sealed record CaseAttachment
{
    /// <summary>The longest file name accepted.</summary>
    public const int MaxFileNameLength = 255;

    /// <summary>Creates attachment metadata, validating it.</summary>
    /// <param name="fileName">Such as <c>faktura-03-2026.pdf</c>.</param>
    /// <param name="contentType">Such as <c>application/pdf</c>.</param>
    /// <param name="sizeBytes">The size in bytes; at least 1.</param>
    /// <exception cref="ArgumentException">A rule is broken; the message names the value.</exception>
    public CaseAttachment(string fileName, string contentType, long sizeBytes)
    {
        var name = (fileName ?? string.Empty).Trim();
        if (name.Length is 0 or > MaxFileNameLength || name.Any(c => c is '/' or '\\' || char.IsControl(c)) || name is "." or "..")
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"An attachment file name has 1 to {MaxFileNameLength} characters and no '/', '\\' or control characters; got '{fileName}'."),
                nameof(fileName));
        }

        var type = (contentType ?? string.Empty).Trim().ToLowerInvariant();
        var parts = type.Split('/');
        if (parts.Length != 2 || parts.Any(part => part.Length == 0 || !part.All(IsTokenCharacter)))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"An attachment content type looks like 'application/pdf'; got '{contentType}'."), nameof(contentType));
        }

        if (sizeBytes < 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(sizeBytes), sizeBytes, string.Create(CultureInfo.InvariantCulture, $"An attachment has at least 1 byte; '{name}' has {sizeBytes}."));
        }

        (FileName, ContentType, SizeBytes) = (name, type, sizeBytes);
    }

    /// <summary>The file name, trimmed.</summary>
    public string FileName { get; }

    /// <summary>The content type, lower case.</summary>
    public string ContentType { get; }

    /// <summary>The size in bytes.</summary>
    public long SizeBytes { get; }

    // RFC 6838 §4.2 restricted-name characters.
    private static bool IsTokenCharacter(char c) => char.IsAsciiLetterOrDigit(c) || "!#$&-^_.+".Contains(c, StringComparison.Ordinal);
}
