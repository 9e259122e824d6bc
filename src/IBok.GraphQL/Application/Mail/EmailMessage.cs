namespace IBok.GraphQL.Application.Mail;

/// <summary>A plain-text e-mail to one recipient.</summary>
/// <param name="To">The recipient's address.</param>
/// <param name="ToName">The recipient's name, or null.</param>
/// <param name="Subject">The subject (any Unicode text; senders encode it).</param>
/// <param name="TextBody">The body as plain text.</param>
public sealed record EmailMessage(string To, string? ToName, string Subject, string TextBody);

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
