using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace IBok.Domain.Customers;

/// <summary>A Polish phone number, normalized to the E.164 form <c>+48XXXXXXXXX</c> (nine national digits).</summary>
/// <remarks>
/// Polish numbers have nine digits (the closed numbering plan, Rozporządzenie Ministra Infrastruktury w sprawie planu
/// numeracji krajowej), and none starts with 0. Accepted input: the nine digits, optionally preceded by <c>+48</c>,
/// <c>0048</c> or <c>48</c>, with spaces, dashes, dots and parentheses anywhere (<c>(+48) 601-234-567</c>). Foreign
/// numbers are rejected: SMS notices are sent only through Polish gateways.
/// </remarks>
public sealed record PhoneNumber
{
    private PhoneNumber(string e164) => Value = e164;

    /// <summary>The number in E.164 form: <c>+48601234567</c>.</summary>
    public string Value { get; }

    /// <summary>The nine national digits.</summary>
    public string NationalNumber => Value[3..];

    /// <summary>Parses and normalizes a Polish phone number, returning why it is invalid instead of throwing.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out PhoneNumber? phone, [NotNullWhen(false)] out string? error)
    {
        phone = null;
        var compact = new string((text ?? string.Empty).Where(c => c is not (' ' or '-' or '.' or '(' or ')')).ToArray());
        if (compact.Length == 0)
        {
            error = "A phone number cannot be empty.";
            return false;
        }

        var national = compact switch
        {
            _ when compact.StartsWith("+48", StringComparison.Ordinal) => compact[3..],
            _ when compact.StartsWith("0048", StringComparison.Ordinal) => compact[4..],
            { Length: 11 } when compact.StartsWith("48", StringComparison.Ordinal) => compact[2..],
            _ => compact,
        };

        if (national.Length != 9 || !national.All(char.IsAsciiDigit))
        {
            error = string.Create(CultureInfo.InvariantCulture, $"A Polish phone number has 9 digits, optionally after +48; '{text}' does not.");
            return false;
        }

        if (national[0] == '0')
        {
            error = string.Create(CultureInfo.InvariantCulture, $"A Polish phone number does not start with 0; '{text}' does.");
            return false;
        }

        phone = new PhoneNumber("+48" + national);
        error = null;
        return true;
    }

    /// <summary>Parses and normalizes a Polish phone number.</summary>
    /// <exception cref="FormatException">The text is not a Polish phone number; the message says why.</exception>
    public static PhoneNumber Parse(string text) => TryParse(text, out var phone, out var error) ? phone : throw new FormatException(error);

    /// <summary>The number in E.164 form.</summary>
    public override string ToString() => Value;
}
