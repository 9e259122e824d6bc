using System.Globalization;
using System.Text;

namespace IBok.Web.Files;

/// <summary>
/// Builds <c>Content-Disposition: attachment</c> with the file name as RFC 6266 section 4.3 recommends: a plain
/// ASCII <c>filename</c> for old clients and a UTF-8 <c>filename*</c> (RFC 8187, formerly RFC 5987) that keeps
/// Polish letters, e.g. <c>attachment; filename="umowa-lodz.pdf"; filename*=UTF-8''umowa-%C5%82%C3%B3d%C5%BA.pdf</c>.
/// </summary>
public static class ContentDispositionHeader
{
    /// <summary>The header value that makes a browser save the content under <paramref name="fileName"/>.</summary>
    public static string Attachment(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        if (name.Length == 0)
        {
            name = "plik";
        }

        return $"attachment; filename=\"{AsciiFallback(name)}\"; filename*=UTF-8''{PercentEncode(name)}";
    }

    /// <summary>The name in printable ASCII: Polish letters without their marks (ł → l), anything else as '_'.</summary>
    public static string AsciiFallback(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var decomposed = name.Replace('ł', 'l').Replace('Ł', 'L').Normalize(NormalizationForm.FormD);
        var ascii = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            // A quoted-string may not hold '"' or '\' unescaped; some clients mishandle the escapes, so neither is kept.
            ascii.Append(c is >= ' ' and <= '~' and not '"' and not '\\' ? c : '_');
        }

        return ascii.ToString();
    }

    /// <summary>RFC 8187's <c>value-chars</c>: UTF-8 bytes, every byte outside <c>attr-char</c> as %XX.</summary>
    public static string PercentEncode(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var encoded = new StringBuilder(name.Length * 3);
        foreach (var b in Encoding.UTF8.GetBytes(name))
        {
            if (IsAttrChar(b))
            {
                encoded.Append((char)b);
            }
            else
            {
                encoded.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return encoded.ToString();
    }

    private static bool IsAttrChar(byte b) =>
        b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9')
            or (byte)'!' or (byte)'#' or (byte)'$' or (byte)'&' or (byte)'+' or (byte)'-' or (byte)'.' or (byte)'^' or (byte)'_' or (byte)'`' or (byte)'|' or (byte)'~';
}
