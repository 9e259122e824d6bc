namespace IBok.GraphQL.Application.Mail;

/// <summary>An e-mail to one recipient: plain text, optionally with an HTML alternative and attachments.</summary>
/// <param name="To">The recipient's address.</param>
/// <param name="ToName">The recipient's name, or null.</param>
/// <param name="Subject">The subject (any Unicode text; senders encode it).</param>
/// <param name="TextBody">The body as plain text.</param>
public sealed record EmailMessage(string To, string? ToName, string Subject, string TextBody)
{
    /// <summary>The same content as HTML (sent as multipart/alternative with the text), or null for text only.</summary>
    public string? HtmlBody { get; init; }

    /// <summary>Files sent with the message (e.g. the invoice PDF of an e-invoice).</summary>
    public IReadOnlyList<EmailAttachment> Attachments { get; init; } = [];

    /// <summary>
    /// The Message-ID's left part (before the <c>@</c>; the sender's domain follows), or null for a new random one. A
    /// stable value lets mail programs recognise a message that had to be sent again as the same message.
    /// </summary>
    public string? MessageIdLocalPart { get; init; }

    /// <summary>The unsubscribe link (header <c>List-Unsubscribe</c>, RFC 2369), or null.</summary>
    public string? UnsubscribeUrl { get; init; }
}

/// <summary>A file attached to an e-mail.</summary>
/// <param name="FileName">The name the recipient sees.</param>
/// <param name="ContentType">The media type, e.g. <c>application/pdf</c>.</param>
/// <param name="Content">The bytes.</param>
public sealed record EmailAttachment(string FileName, string ContentType, byte[] Content);

/// <summary>Sends e-mail (a pickup folder by default; SMTP by configuration).</summary>
public interface IEmailSender
{
    /// <summary>Sends one message; throws when it cannot be handed over.</summary>
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}

/// <summary>Where and as whom the pickup folder sender writes (configuration section <c>Mail</c>).</summary>
public sealed record PickupFolderEmailOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Mail";

    /// <summary>The folder that receives one <c>.eml</c> file per message.</summary>
    public string PickupFolder { get; init; } = "data/mail";

    /// <summary>The sender's address.</summary>
    public string FromAddress { get; init; } = "no-reply@ibok.local";

    /// <summary>The sender's display name.</summary>
    public string FromName { get; init; } = "iBOK — Biuro Obsługi Klienta";
}
