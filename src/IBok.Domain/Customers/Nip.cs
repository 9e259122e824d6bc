using System.Diagnostics.CodeAnalysis;

namespace IBok.Domain.Customers;

/// <summary>A Polish tax identification number (NIP): ten digits, the last a checksum.</summary>
/// <remarks>The checksum is the sum of the first nine digits weighted 6, 5, 7, 2, 3, 4, 5, 6, 7, modulo 11; a
/// remainder of 10 makes the number invalid (Rozporządzenie Ministra Finansów z 1995 r. w sprawie szczegółowych
/// zasad nadawania NIP). Input may contain dashes, spaces and a leading "PL"; <see cref="Value"/> is the bare digits.</remarks>
public sealed record Nip
{
    private static readonly int[] Weights = [6, 5, 7, 2, 3, 4, 5, 6, 7];

    private Nip(string digits) => Value = digits;

    /// <summary>The ten digits, without separators.</summary>
    public string Value { get; }

    /// <summary>Parses a NIP, returning why it is invalid instead of throwing.</summary>
    /// <param name="text">Such as <c>525-000-12-10</c>, <c>5250001210</c> or <c>PL5250001210</c>.</param>
    /// <param name="nip">The parsed NIP, or null.</param>
    /// <param name="error">Why the text is not a valid NIP, or null.</param>
    public static bool TryParse(string? text, [NotNullWhen(true)] out Nip? nip, [NotNullWhen(false)] out string? error)
    {
        nip = null;
        var trimmed = (text ?? string.Empty).Trim();
        if (trimmed.StartsWith("PL", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed[2..];
        }

        var digits = trimmed.Replace("-", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (digits.Length != 10 || !digits.All(char.IsAsciiDigit))
        {
            error = $"A NIP has exactly 10 digits; '{text}' does not.";
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += (digits[i] - '0') * Weights[i];
        }

        var check = sum % 11;
        if (check == 10 || check != digits[9] - '0')
        {
            error = $"NIP '{text}' has a wrong check digit.";
            return false;
        }

        nip = new Nip(digits);
        error = null;
        return true;
    }

    /// <summary>Parses a NIP.</summary>
    /// <exception cref="FormatException">The text is not a valid NIP; the message says why.</exception>
    public static Nip Parse(string text) => TryParse(text, out var nip, out var error) ? nip : throw new FormatException(error);

    /// <summary>The NIP as printed on invoices: <c>525-000-12-10</c>.</summary>
    public string ToDisplayString() => $"{Value[..3]}-{Value[3..6]}-{Value[6..8]}-{Value[8..]}";

    /// <summary>The bare ten digits.</summary>
    public override string ToString() => Value;
}
