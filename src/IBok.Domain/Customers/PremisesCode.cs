using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace IBok.Domain.Customers;

/// <summary>The utility's code of a premises or point of supply (kod posesji / punktu poboru), such as <c>P-001234</c>.</summary>
/// <remarks>1 to <see cref="MaxLength"/> characters: ASCII letters, digits, <c>-</c>, <c>/</c> and <c>.</c>; stored in
/// upper case with surrounding white space removed, so codes compare the way staff read them.</remarks>
public sealed record PremisesCode
{
    /// <summary>The longest code accepted.</summary>
    public const int MaxLength = 32;

    private PremisesCode(string value) => Value = value;

    /// <summary>The code, upper case.</summary>
    public string Value { get; }

    /// <summary>Parses a premises code, returning why it is invalid instead of throwing.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out PremisesCode? code, [NotNullWhen(false)] out string? error)
    {
        code = null;
        var trimmed = (text ?? string.Empty).Trim();
        if (trimmed.Length == 0)
        {
            error = "A premises code cannot be empty.";
            return false;
        }

        if (trimmed.Length > MaxLength)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"A premises code has at most {MaxLength} characters; '{text}' has {trimmed.Length}.");
            return false;
        }

        if (!trimmed.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '/' or '.'))
        {
            error = string.Create(CultureInfo.InvariantCulture, $"A premises code has only letters, digits, '-', '/' and '.'; '{text}' does not.");
            return false;
        }

        code = new PremisesCode(trimmed.ToUpperInvariant());
        error = null;
        return true;
    }

    /// <summary>Parses a premises code.</summary>
    /// <exception cref="FormatException">The text is not a premises code; the message says why.</exception>
    public static PremisesCode Parse(string text) => TryParse(text, out var code, out var error) ? code : throw new FormatException(error);

    /// <summary>The code.</summary>
    public override string ToString() => Value;
}
