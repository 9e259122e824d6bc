using System.Text;
using System.Text.RegularExpressions;

namespace IBok.Web.Tests.Delivery;

/// <summary>
/// Just enough MIME (RFC 2045-2047) to check what the server sent: unfolded headers with encoded-words decoded, and the
/// leaf parts of multiparts with base64 or quoted-printable bodies decoded. A test helper, not a general parser.
/// </summary>
internal sealed partial class MimeMessageReader
{
    private MimeMessageReader(Dictionary<string, string> headers, List<MimeMessageReader> parts, byte[] body)
    {
        Headers = headers;
        Parts = parts;
        Body = body;
    }

    public Dictionary<string, string> Headers { get; }

    public List<MimeMessageReader> Parts { get; }

    public byte[] Body { get; }

    public string ContentType => Headers.GetValueOrDefault("Content-Type", "text/plain").Split(';')[0].Trim().ToLowerInvariant();

    public string Text => Encoding.UTF8.GetString(Body);

    /// <summary>Every leaf part, depth first.</summary>
    public IEnumerable<MimeMessageReader> Leaves => Parts.Count == 0 ? [this] : Parts.SelectMany(part => part.Leaves);

    public static MimeMessageReader Parse(string raw)
    {
        var split = raw.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = split < 0 ? raw : raw[..split];
        var body = split < 0 ? "" : raw[(split + 4)..];
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in Regex.Replace(head, "\r\n[ \t]+", " ").Split("\r\n"))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers[line[..colon].Trim()] = DecodeWords(line[(colon + 1)..].Trim());
            }
        }

        var type = headers.GetValueOrDefault("Content-Type", "text/plain");
        var boundary = Boundary().Match(type);
        if (type.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) && boundary.Success)
        {
            var marker = "--" + boundary.Groups[1].Value;
            var parts = body.Split(marker).Skip(1).TakeWhile(part => !part.StartsWith("--", StringComparison.Ordinal))
                .Select(part => Parse(part.TrimStart('\r', '\n'))).ToList();
            return new MimeMessageReader(headers, parts, []);
        }

        var encoding = headers.GetValueOrDefault("Content-Transfer-Encoding", "7bit").Trim().ToLowerInvariant();
        var bytes = encoding switch
        {
            "base64" => Convert.FromBase64String(Regex.Replace(body, "\\s", "")),
            "quoted-printable" => QuotedPrintable(body),
            _ => Encoding.UTF8.GetBytes(body),
        };
        return new MimeMessageReader(headers, [], bytes);
    }

    private static string DecodeWords(string value)
    {
        var decoded = EncodedWord().Replace(value, match =>
        {
            var bytes = match.Groups[2].Value.Equals("B", StringComparison.OrdinalIgnoreCase)
                ? Convert.FromBase64String(match.Groups[3].Value)
                : QuotedPrintable(match.Groups[3].Value.Replace('_', ' '));
            return Encoding.GetEncoding(match.Groups[1].Value).GetString(bytes);
        });

        // White space between two encoded-words is not part of the text (RFC 2047 section 6.2).
        return decoded;
    }

    private static byte[] QuotedPrintable(string text)
    {
        var output = new List<byte>();
        text = text.Replace("=\r\n", "", StringComparison.Ordinal);
        for (var index = 0; index < text.Length; index++)
        {
            if (text[index] == '=' && index + 2 < text.Length)
            {
                output.Add(Convert.ToByte(text.Substring(index + 1, 2), 16));
                index += 2;
            }
            else
            {
                output.AddRange(Encoding.UTF8.GetBytes(text[index].ToString()));
            }
        }

        return [.. output];
    }

    [GeneratedRegex("boundary=\"?([^\";]+)\"?", RegexOptions.IgnoreCase)]
    private static partial Regex Boundary();

    [GeneratedRegex(@"=\?([^?]+)\?([BbQq])\?([^?]*)\?=(?:\s+(?==\?))?")]
    private static partial Regex EncodedWord();
}
