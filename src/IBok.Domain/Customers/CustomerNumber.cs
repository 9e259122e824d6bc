using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace IBok.Domain.Customers;

/// <summary>A customer number (numer klienta / numer odbiorcy): 1 to 12 digits, as printed on invoices.</summary>
/// <remarks>Leading zeros are significant and kept (<c>000123</c> and <c>123</c> are different numbers), because
/// utilities print them. Surrounding white space is ignored; anything else that is not a digit is rejected.</remarks>
public sealed record CustomerNumber
{
    /// <summary>The longest customer number accepted.</summary>
    public const int MaxLength = 12;

    private CustomerNumber(string digits) => Value = digits;

    /// <summary>The digits.</summary>
    public string Value { get; }

    /// <summary>Parses a customer number, returning why it is invalid instead of throwing.</summary>
    /// <param name="text">Such as <c>123456</c>.</param>
    /// <param name="number">The parsed number, or null.</param>
    /// <param name="error">Why the text is not a customer number, or null.</param>
    public static bool TryParse(string? text, [NotNullWhen(true)] out CustomerNumber? number, [NotNullWhen(false)] out string? error)
    {
        number = null;
        var trimmed = (text ?? string.Empty).Trim();
        if (trimmed.Length == 0)
        {
            error = "A customer number cannot be empty.";
            return false;
        }

        if (!trimmed.All(char.IsAsciiDigit))
        {
            error = string.Create(CultureInfo.InvariantCulture, $"A customer number has digits only; '{text}' does not.");
            return false;
        }

        if (trimmed.Length > MaxLength)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"A customer number has at most {MaxLength} digits; '{text}' has {trimmed.Length}.");
            return false;
        }

        number = new CustomerNumber(trimmed);
        error = null;
        return true;
    }

    /// <summary>Parses a customer number.</summary>
    /// <exception cref="FormatException">The text is not a customer number; the message says why.</exception>
    public static CustomerNumber Parse(string text) => TryParse(text, out var number, out var error) ? number : throw new FormatException(error);

    /// <summary>The digits.</summary>
    public override string ToString() => Value;
}
