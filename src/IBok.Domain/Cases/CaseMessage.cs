using System.Globalization;

namespace IBok.Domain.Cases;

/// <summary>One message in a case's thread: who wrote it, when, the text and the attachments' metadata.</summary>
/// <remarks>The text is trimmed and must not be blank nor longer than <see cref="MaxTextLength"/> characters. The time is
/// the caller's (the domain reads no clock).</remarks>
public sealed class CaseMessage
{
    /// <summary>The longest text accepted.</summary>
    public const int MaxTextLength = 10_000;

    /// <summary>Creates a message, validating its text.</summary>
    /// <param name="author">Who wrote it.</param>
    /// <param name="text">The text.</param>
    /// <param name="sentAt">When it was sent.</param>
    /// <param name="attachments">Metadata of attached files; none when null.</param>
    /// <exception cref="ArgumentException">The text is blank or too long.</exception>
    public CaseMessage(CaseActor author, string text, DateTimeOffset sentAt, IEnumerable<CaseAttachment>? attachments = null)
    {
        ArgumentNullException.ThrowIfNull(author);
        var trimmed = (text ?? string.Empty).Trim();
        if (trimmed.Length == 0)
        {
            throw new ArgumentException("A case message needs text.", nameof(text));
        }

        if (trimmed.Length > MaxTextLength)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"A case message has at most {MaxTextLength} characters; got {trimmed.Length}."), nameof(text));
        }

        var files = (attachments ?? []).ToArray();
        if (files.Any(file => file is null))
        {
            throw new ArgumentException("A case message's attachments cannot include null.", nameof(attachments));
        }

        (Author, Text, SentAt) = (author, trimmed, sentAt);
        Attachments = [.. files];
    }

    /// <summary>Who wrote it.</summary>
    public CaseActor Author { get; }

    /// <summary>The text, trimmed.</summary>
    public string Text { get; }

    /// <summary>When it was sent.</summary>
    public DateTimeOffset SentAt { get; }

    /// <summary>Metadata of attached files, in the order given.</summary>
    public IReadOnlyList<CaseAttachment> Attachments { get; }
}
