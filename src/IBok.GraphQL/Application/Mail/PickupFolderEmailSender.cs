using System.Globalization;
using System.Text;

namespace IBok.GraphQL.Application.Mail;

/// <summary>
/// Writes each message as an RFC 5322 file (<c>.eml</c>, openable by any mail program) into a folder: the embedded
/// default, so the server runs with no mail server and developers can read what would have been sent.
/// </summary>
/// <remarks>
/// The body is UTF-8 in base64 (RFC 2045 section 6.8) and non-ASCII header text is written as RFC 2047
/// encoded-words, so Polish letters survive any transport. The file appears under its final name only when it is
/// complete (written to a temporary name, then moved).
/// </remarks>
public sealed class PickupFolderEmailSender(PickupFolderEmailOptions options, TimeProvider timeProvider) : IEmailSender
{
    private const string CrLf = "\r\n";

    /// <inheritdoc />
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        RejectLineBreaks(message.To, nameof(message.To));
        Directory.CreateDirectory(options.PickupFolder);
        var now = timeProvider.GetUtcNow();
        var id = Guid.NewGuid().ToString("N");
        var text = Format(message, now, id);
        var name = $"{now.UtcDateTime:yyyyMMdd'T'HHmmssfff}-{id}.eml";
        var temporary = Path.Combine(options.PickupFolder, name + ".tmp");
        await File.WriteAllTextAsync(temporary, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), cancellationToken);
        File.Move(temporary, Path.Combine(options.PickupFolder, name));
    }

    /// <summary>The message as RFC 5322 text (CRLF line ends, ASCII only).</summary>
    public string Format(EmailMessage message, DateTimeOffset date, string uniqueId)
    {
        ArgumentNullException.ThrowIfNull(message);
        var builder = new StringBuilder();
        builder.Append("From: ").Append(Mailbox(options.FromName, options.FromAddress)).Append(CrLf);
        builder.Append("To: ").Append(Mailbox(message.ToName, message.To)).Append(CrLf);
        builder.Append("Subject: ").Append(EncodeHeaderText(message.Subject)).Append(CrLf);
        builder.Append("Date: ").Append(date.ToString("ddd, dd MMM yyyy HH:mm:ss +0000", CultureInfo.InvariantCulture)).Append(CrLf);
        builder.Append("Message-ID: ").Append(MessageId(message, uniqueId, options.FromAddress)).Append(CrLf);
        if (message.UnsubscribeUrl is { } unsubscribe)
        {
            RejectLineBreaks(unsubscribe, nameof(message.UnsubscribeUrl));
            builder.Append("List-Unsubscribe: <").Append(unsubscribe).Append('>').Append(CrLf);
        }

        builder.Append("MIME-Version: 1.0").Append(CrLf);
        if (message.HtmlBody is null && message.Attachments.Count == 0)
        {
            AppendBase64Part(builder, "text/plain; charset=utf-8", null, Encoding.UTF8.GetBytes(message.TextBody.ReplaceLineEndings(CrLf)));
            return builder.ToString();
        }

        // multipart/mixed (body + attachments) around multipart/alternative (text + HTML), RFC 2046 sections 5.1.3 and 5.1.4.
        var mixed = "mixed-" + uniqueId;
        var alternative = "alternative-" + uniqueId;
        var body = message.HtmlBody is null ? null : alternative;
        if (message.Attachments.Count > 0)
        {
            builder.Append("Content-Type: multipart/mixed; boundary=\"").Append(mixed).Append('"').Append(CrLf).Append(CrLf);
            builder.Append("--").Append(mixed).Append(CrLf);
        }

        if (body is not null)
        {
            builder.Append("Content-Type: multipart/alternative; boundary=\"").Append(alternative).Append('"').Append(CrLf).Append(CrLf);
            builder.Append("--").Append(alternative).Append(CrLf);
        }

        AppendBase64Part(builder, "text/plain; charset=utf-8", null, Encoding.UTF8.GetBytes(message.TextBody.ReplaceLineEndings(CrLf)));
        if (body is not null)
        {
            builder.Append("--").Append(alternative).Append(CrLf);
            AppendBase64Part(builder, "text/html; charset=utf-8", null, Encoding.UTF8.GetBytes(message.HtmlBody!.ReplaceLineEndings(CrLf)));
            builder.Append("--").Append(alternative).Append("--").Append(CrLf);
        }

        foreach (var attachment in message.Attachments)
        {
            builder.Append("--").Append(mixed).Append(CrLf);
            AppendBase64Part(builder, attachment.ContentType, attachment.FileName, attachment.Content);
        }

        if (message.Attachments.Count > 0)
        {
            builder.Append("--").Append(mixed).Append("--").Append(CrLf);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Header text as is when it is printable ASCII, otherwise as RFC 2047 "B" encoded-words of at most 75
    /// characters each (split between characters, never inside one), folded onto continuation lines.
    /// </summary>
    public static string EncodeHeaderText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        RejectLineBreaks(text, nameof(text));
        if (text.All(character => character is >= ' ' and <= '~') && !text.Contains("=?", StringComparison.Ordinal))
        {
            return text;
        }

        // 45 bytes of UTF-8 become 60 base64 characters: with "=?utf-8?B?" and "?=" a word stays under 75.
        const int maxBytesPerWord = 45;
        var words = new List<string>();
        var chunk = new StringBuilder();
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            var element = enumerator.GetTextElement();
            if (chunk.Length > 0 && Encoding.UTF8.GetByteCount(chunk.ToString() + element) > maxBytesPerWord)
            {
                words.Add(EncodedWord(chunk.ToString()));
                chunk.Clear();
            }

            chunk.Append(element);
        }

        if (chunk.Length > 0)
        {
            words.Add(EncodedWord(chunk.ToString()));
        }

        return string.Join(CrLf + " ", words);
    }

    /// <summary>The Message-ID header value: the message's stable left part when it has one, else <paramref name="uniqueId"/>.</summary>
    public static string MessageId(EmailMessage message, string uniqueId, string fromAddress)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(fromAddress);
        var domain = fromAddress[(fromAddress.LastIndexOf('@') + 1)..];
        return $"<{message.MessageIdLocalPart ?? uniqueId}@{domain}>";
    }

    private static void AppendBase64Part(StringBuilder builder, string contentType, string? fileName, byte[] content)
    {
        builder.Append("Content-Type: ").Append(contentType);
        if (fileName is not null)
        {
            RejectLineBreaks(fileName, nameof(fileName));
            builder.Append("; name=\"").Append(fileName).Append('"').Append(CrLf);
            builder.Append("Content-Disposition: attachment; filename=\"").Append(fileName).Append('"');
        }

        builder.Append(CrLf).Append("Content-Transfer-Encoding: base64").Append(CrLf).Append(CrLf);
        var encoded = Convert.ToBase64String(content);
        for (var start = 0; start < encoded.Length; start += 76)
        {
            builder.Append(encoded, start, Math.Min(76, encoded.Length - start)).Append(CrLf);
        }
    }

    private static string EncodedWord(string text) => "=?utf-8?B?" + Convert.ToBase64String(Encoding.UTF8.GetBytes(text)) + "?=";

    private static string Mailbox(string? name, string address) =>
        string.IsNullOrWhiteSpace(name) ? $"<{address}>" : $"{EncodeDisplayName(name)} <{address}>";

    private static string EncodeDisplayName(string name)
    {
        var encoded = EncodeHeaderText(name);
        // Plain ASCII names go in quotes so commas and dots need no further thought.
        return encoded == name ? "\"" + name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"" : encoded;
    }

    private static void RejectLineBreaks(string value, string name)
    {
        if (value.AsSpan().IndexOfAny('\r', '\n') >= 0)
        {
            throw new ArgumentException("A header value must not contain line breaks.", name);
        }
    }
}
