using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using System.Text;

namespace IBok.GraphQL.Application.Mail;

/// <summary>How the SMTP sender reaches the mail server (configuration section <c>Mail:Smtp</c>).</summary>
public sealed record SmtpEmailOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Mail:Smtp";

    /// <summary>The mail server; empty keeps the pickup folder (the embedded default).</summary>
    public string Host { get; init; } = "";

    /// <summary>The port: 587 (submission with STARTTLS) by default.</summary>
    public int Port { get; init; } = 587;

    /// <summary>Whether to upgrade the connection with STARTTLS (RFC 3207) before sending; true by default.
    /// (System.Net.Mail speaks STARTTLS only, not TLS from the first byte on port 465.)</summary>
    public bool StartTls { get; init; } = true;

    /// <summary>The user name for SMTP AUTH; empty sends without authentication.</summary>
    public string UserName { get; init; } = "";

    /// <summary>The password for SMTP AUTH.</summary>
    public string Password { get; init; } = "";

    /// <summary>How long one message may take, in seconds; 30 by default.</summary>
    public int TimeoutSeconds { get; init; } = 30;
}

/// <summary>
/// Sends through an SMTP server with the BCL's <see cref="SmtpClient"/> (MailKit does not restore here): text and HTML
/// as multipart/alternative, attachments, UTF-8 headers, and the message's stable Message-ID.
/// </summary>
/// <remarks>A new <see cref="SmtpClient"/> per message: it is not thread-safe, and the dispatcher sends few enough
/// messages that a connection per message costs nothing that matters.</remarks>
public sealed class SmtpEmailSender(SmtpEmailOptions smtp, PickupFolderEmailOptions sender) : IEmailSender
{
    /// <inheritdoc />
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var mail = ToMailMessage(message, sender);
        using var client = new SmtpClient(smtp.Host, smtp.Port)
        {
            EnableSsl = smtp.StartTls,
            DeliveryMethod = SmtpDeliveryMethod.Network,
            Timeout = smtp.TimeoutSeconds * 1000,
        };
        if (smtp.UserName.Length > 0)
        {
            client.Credentials = new NetworkCredential(smtp.UserName, smtp.Password);
        }

        await client.SendMailAsync(mail, cancellationToken);
    }

    /// <summary>The message as System.Net.Mail builds it.</summary>
    public static MailMessage ToMailMessage(EmailMessage message, PickupFolderEmailOptions sender)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(sender);
        var mail = new MailMessage
        {
            From = new MailAddress(sender.FromAddress, sender.FromName, Encoding.UTF8),
            Subject = message.Subject,
            SubjectEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
            BodyEncoding = Encoding.UTF8,
            BodyTransferEncoding = TransferEncoding.Base64,
        };
        mail.To.Add(new MailAddress(message.To, message.ToName, Encoding.UTF8));
        mail.Headers.Add("Message-ID", PickupFolderEmailSender.MessageId(message, Guid.NewGuid().ToString("N"), sender.FromAddress));
        if (message.UnsubscribeUrl is { } unsubscribe)
        {
            mail.Headers.Add("List-Unsubscribe", $"<{unsubscribe}>");
        }

        // Text travels with CRLF line ends (RFC 5322 section 2.3), whatever the templates were written with.
        var textBody = message.TextBody.ReplaceLineEndings("\r\n");
        if (message.HtmlBody is null)
        {
            mail.Body = textBody;
            mail.IsBodyHtml = false;
        }
        else
        {
            var text = AlternateView.CreateAlternateViewFromString(textBody, Encoding.UTF8, MediaTypeNames.Text.Plain);
            text.TransferEncoding = TransferEncoding.Base64;
            var html = AlternateView.CreateAlternateViewFromString(message.HtmlBody.ReplaceLineEndings("\r\n"), Encoding.UTF8, MediaTypeNames.Text.Html);
            html.TransferEncoding = TransferEncoding.Base64;
            mail.AlternateViews.Add(text);
            mail.AlternateViews.Add(html);
        }

        foreach (var attachment in message.Attachments)
        {
            mail.Attachments.Add(new Attachment(new MemoryStream(attachment.Content), attachment.FileName, attachment.ContentType));
        }

        return mail;
    }
}
