using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace IBok.Domain.Customers;

/// <summary>An e-mail address, checked for a plausible shape (not for deliverability: only a confirmation e-mail proves that).</summary>
/// <remarks>
/// Accepted: <c>local@domain</c> with exactly one <c>@</c>, no white space or control characters, a local part of 1 to
/// 64 characters that neither starts nor ends with a dot nor contains two dots in a row, and a domain of at least two
/// labels, each 1 to 63 letters, digits or hyphens not starting or ending with a hyphen (RFC 5321 §4.5.3.1 length
/// limits, 254 characters in all). Quoted local parts and IP-literal domains, legal but unseen in practice, are
/// rejected. The domain is stored in lower case, the local part as typed.
/// </remarks>
public sealed record EmailAddress
{
    /// <summary>The longest address accepted (RFC 5321 §4.5.3.1, a 256-octet path minus the angle brackets).</summary>
    public const int MaxLength = 254;

    private EmailAddress(string value) => Value = value;

    /// <summary>The address, domain in lower case.</summary>
    public string Value { get; }

    /// <summary>Parses an e-mail address, returning why it is invalid instead of throwing.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out EmailAddress? address, [NotNullWhen(false)] out string? error)
    {
        address = null;
        error = Check((text ?? string.Empty).Trim(), text);
        if (error is not null)
        {
            return false;
        }

        var trimmed = text!.Trim();
        var at = trimmed.IndexOf('@', StringComparison.Ordinal);
        address = new EmailAddress(trimmed[..at] + "@" + trimmed[(at + 1)..].ToLowerInvariant());
        return true;
    }

    /// <summary>Parses an e-mail address.</summary>
    /// <exception cref="FormatException">The text is not a plausible e-mail address; the message says why.</exception>
    public static EmailAddress Parse(string text) => TryParse(text, out var address, out var error) ? address : throw new FormatException(error);

    /// <summary>The address.</summary>
    public override string ToString() => Value;

    private static string? Check(string trimmed, string? original)
    {
        if (trimmed.Length == 0)
        {
            return "An e-mail address cannot be empty.";
        }

        if (trimmed.Length > MaxLength)
        {
            return string.Create(CultureInfo.InvariantCulture, $"An e-mail address has at most {MaxLength} characters; '{original}' has {trimmed.Length}.");
        }

        if (trimmed.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return string.Create(CultureInfo.InvariantCulture, $"An e-mail address cannot contain spaces; '{original}' does.");
        }

        var parts = trimmed.Split('@');
        if (parts.Length != 2)
        {
            return string.Create(CultureInfo.InvariantCulture, $"An e-mail address has exactly one '@'; '{original}' does not.");
        }

        var (local, domain) = (parts[0], parts[1]);
        if (local.Length is 0 or > 64 || local.StartsWith('.') || local.EndsWith('.') || local.Contains("..", StringComparison.Ordinal))
        {
            return string.Create(CultureInfo.InvariantCulture, $"The part before '@' in '{original}' must be 1 to 64 characters, without a leading, trailing or doubled dot.");
        }

        var labels = domain.Split('.');
        if (labels.Length < 2 || labels.Any(label => !IsDomainLabel(label)))
        {
            return string.Create(CultureInfo.InvariantCulture, $"The domain of '{original}' must be like 'example.pl': labels of letters, digits and inner hyphens, separated by dots.");
        }

        return null;
    }

    private static bool IsDomainLabel(string label) =>
        label.Length is >= 1 and <= 63
        && !label.StartsWith('-')
        && !label.EndsWith('-')
        && label.All(c => char.IsLetterOrDigit(c) || c == '-');
}
