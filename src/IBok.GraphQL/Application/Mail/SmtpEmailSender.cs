using System.Globalization;
using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
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

    /// <summary>
    /// Off (empty) by default: the server's certificate must be one the operating system trusts, for <see cref="Host"/>.
    /// Set it to the SHA-256 fingerprint of one certificate (64 hex digits; colons and spaces allowed, e.g. as
    /// <c>openssl x509 -noout -fingerprint -sha256</c> prints it) to accept exactly that certificate as well — for a
    /// mail server with a certificate from a utility's internal CA or a self-signed one. Nothing else is relaxed: any
    /// other certificate still needs a trusted chain and a matching name.
    /// </summary>
    public string PinnedCertificateSha256 { get; init; } = "";

    /// <summary>The pinned fingerprint as 32 bytes, or null when none is set.</summary>
    /// <exception cref="ArgumentException">The option is set but is not 64 hexadecimal digits.</exception>
    public byte[]? PinnedFingerprint()
    {
        var hex = string.Concat(PinnedCertificateSha256.Where(character => character is not (':' or ' ' or '-')));
        if (hex.Length == 0)
        {
            return null;
        }

        if (hex.Length != 64 || !hex.All(char.IsAsciiHexDigit))
        {
            throw new ArgumentException(
                $"{SectionName}:{nameof(PinnedCertificateSha256)} must be a SHA-256 fingerprint of 64 hexadecimal digits; '{PinnedCertificateSha256}' is not.");
        }

        return Convert.FromHexString(hex);
    }
}

/// <summary>
/// Sending failed for a reason an administrator must fix in the SMTP settings (refused credentials, no STARTTLS where
/// it is required, an untrusted certificate). The outbox retries it like any failure and parks it in the end; the
/// message, which the outbox records, says what to check.
/// </summary>
public sealed class SmtpDeliveryException(string message, Exception inner) : Exception(message, inner);

/// <summary>
/// Sends through an SMTP server with the BCL's <see cref="SmtpClient"/> (MailKit does not restore here): text and HTML
/// as multipart/alternative, attachments, UTF-8 headers, and the message's stable Message-ID.
/// </summary>
/// <remarks>A new <see cref="SmtpClient"/> per message: it is not thread-safe, and the dispatcher sends few enough
/// messages that a connection per message costs nothing that matters.</remarks>
public sealed class SmtpEmailSender(SmtpEmailOptions smtp, PickupFolderEmailOptions sender) : IEmailSender
{
    private readonly byte[]? _pinnedFingerprint = smtp.PinnedFingerprint();

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
        var authenticating = smtp.UserName.Length > 0;
        if (authenticating)
        {
            client.Credentials = new NetworkCredential(smtp.UserName, smtp.Password);
        }

        if (_pinnedFingerprint is not null && smtp.StartTls)
        {
            SmtpCertificatePin.ApplyToThisSend(_pinnedFingerprint);
        }

        try
        {
            await client.SendMailAsync(mail, cancellationToken);
        }
        catch (SmtpException failure) when (Explain(failure, authenticating) is { } explanation)
        {
            throw new SmtpDeliveryException(explanation, failure);
        }
    }

    /// <summary>A message naming what to fix, for failures that come from the settings rather than the moment.</summary>
    private string? Explain(SmtpException failure, bool authenticating)
    {
        var server = $"The SMTP server {smtp.Host}:{smtp.Port.ToString(CultureInfo.InvariantCulture)}";
        if (smtp.StartTls && failure.InnerException is System.Security.Authentication.AuthenticationException certificate)
        {
            return $"{server} presented a certificate that is not trusted ({certificate.Message}); nothing was sent. "
                + $"Trust its CA in the operating system, or pin the certificate with {SmtpEmailOptions.SectionName}:{nameof(SmtpEmailOptions.PinnedCertificateSha256)}.";
        }

        if (smtp.StartTls && failure.StatusCode == SmtpStatusCode.GeneralFailure && failure.InnerException is null
            && failure.Message.Contains("secure", StringComparison.OrdinalIgnoreCase))
        {
            return $"{server} does not offer STARTTLS, and {SmtpEmailOptions.SectionName}:{nameof(SmtpEmailOptions.StartTls)} requires it; "
                + "nothing was sent in clear text.";
        }

        // System.Net.Mail does not stop when the server refuses the credentials (535): it carries on unauthenticated, and
        // a server that requires authentication then refuses the sender with 530 (RFC 4954). Either code means the
        // credentials were not accepted.
        if (authenticating && (int)failure.StatusCode is 530 or 535)
        {
            return $"{server} did not accept the credentials of user '{smtp.UserName}' and refuses mail without them "
                + $"({(int)failure.StatusCode}: {failure.Message}); check {SmtpEmailOptions.SectionName}:{nameof(SmtpEmailOptions.UserName)} "
                + $"and {nameof(SmtpEmailOptions.Password)}.";
        }

        return null;
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

/// <summary>
/// The pinned certificate of <see cref="SmtpEmailOptions.PinnedCertificateSha256"/>. System.Net.Mail validates the
/// server's certificate only through the process-wide <c>ServicePointManager.ServerCertificateValidationCallback</c>,
/// so the pin travels in an <see cref="AsyncLocal{T}"/> that only an SMTP send with a pin sets: every other TLS
/// connection of the process is judged as before (by the callback that was installed, or the default rule).
/// </summary>
internal static class SmtpCertificatePin
{
    private static readonly AsyncLocal<byte[]?> Pin = new();
    private static readonly Lock InstallLock = new();
    private static bool _installed;
    private static RemoteCertificateValidationCallback? _previous;

    /// <summary>Accepts the certificate with <paramref name="fingerprint"/> for the rest of the calling async method.</summary>
    public static void ApplyToThisSend(byte[] fingerprint)
    {
        Install();
        Pin.Value = fingerprint;
    }

    /// <summary>Whether a certificate is acceptable: trusted as usual, or exactly the pinned one during a pinned send.</summary>
    internal static bool Accepts(byte[]? pin, X509Certificate? certificate, SslPolicyErrors errors) =>
        errors == SslPolicyErrors.None
        || (pin is not null && certificate is not null && CryptographicOperations.FixedTimeEquals(SHA256.HashData(certificate.GetRawCertData()), pin));

    private static void Install()
    {
        lock (InstallLock)
        {
            if (_installed)
            {
                return;
            }

#pragma warning disable SYSLIB0014 // Obsolete, but the only hook System.Net.Mail reads for certificate validation.
            _previous = ServicePointManager.ServerCertificateValidationCallback;
            ServicePointManager.ServerCertificateValidationCallback = Validate;
#pragma warning restore SYSLIB0014
            _installed = true;
        }
    }

    private static bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (Pin.Value is { } pin)
        {
            return Accepts(pin, certificate, errors);
        }

        return _previous is { } previous ? previous(sender, certificate, chain, errors) : errors == SslPolicyErrors.None;
    }
}
