using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace IBok.Domain.Payments;

/// <summary>A Polish bank account number (NRB, Numer Rachunku Bankowego): 26 digits, the first two check digits.</summary>
/// <remarks>
/// <para>The NRB is the Polish IBAN without its country code: 2 check digits, the 8-digit bank sort code (numer
/// rozliczeniowy) and a 16-digit account number inside the bank. The check digits follow ISO 13616 (IBAN): moving the
/// country code <c>PL</c> and the check digits to the end, with letters replaced by numbers (P = 25, L = 21), the
/// number read as an integer leaves remainder 1 when divided by 97 (ISO 7064 MOD 97-10).</para>
/// <para>Input may contain spaces and dashes and may start with <c>PL</c>; <see cref="Value"/> is the bare 26 digits.</para>
/// </remarks>
public sealed record BankAccountNumber
{
    /// <summary>The digits of "PL" in the ISO 13616 check (P = 25, L = 21).</summary>
    internal const string PolandCountryDigits = "2521";

    private BankAccountNumber(string digits) => Value = digits;

    /// <summary>The 26 digits, without separators or country code.</summary>
    public string Value { get; }

    /// <summary>The two check digits (the first two digits).</summary>
    public string CheckDigits => Value[..2];

    /// <summary>The 8-digit bank sort code (numer rozliczeniowy banku), digits 3 to 10.</summary>
    public string BankSortCode => Value[2..10];

    /// <summary>The electronic IBAN: <c>PL61109010140000071219812874</c>.</summary>
    public string Iban => "PL" + Value;

    /// <summary>Parses an NRB or a Polish IBAN, returning why it is invalid instead of throwing.</summary>
    /// <param name="text">Such as <c>61 1090 1014 0000 0712 1981 2874</c> or <c>PL61109010140000071219812874</c>.</param>
    /// <param name="account">The account number, or null.</param>
    /// <param name="error">Why the text is not a valid NRB, or null.</param>
    public static bool TryParse(string? text, [NotNullWhen(true)] out BankAccountNumber? account, [NotNullWhen(false)] out string? error)
    {
        account = null;
        var compact = (text ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        if (compact.StartsWith("PL", StringComparison.OrdinalIgnoreCase))
        {
            compact = compact[2..];
        }

        if (compact.Length != 26 || !compact.All(char.IsAsciiDigit))
        {
            error = string.Create(CultureInfo.InvariantCulture, $"A Polish bank account number (NRB) has exactly 26 digits; '{text}' does not.");
            return false;
        }

        if (Mod97(compact[2..] + PolandCountryDigits + compact[..2]) != 1)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"Bank account number '{text}' has wrong check digits (ISO 13616 MOD 97-10).");
            return false;
        }

        account = new BankAccountNumber(compact);
        error = null;
        return true;
    }

    /// <summary>Parses an NRB or a Polish IBAN.</summary>
    /// <exception cref="FormatException">The text is not a valid NRB; the message says why.</exception>
    public static BankAccountNumber Parse(string text) =>
        TryParse(text, out var account, out var error) ? account : throw new FormatException(error);

    /// <summary>Builds an account number from a 24-digit basic account number (BBAN: sort code + account number
    /// inside the bank), computing its ISO 13616 check digits: 98 minus the remainder of
    /// <c>BBAN + "2521" + "00"</c> divided by 97, as two digits.</summary>
    /// <exception cref="ArgumentException">The BBAN is not exactly 24 digits.</exception>
    public static BankAccountNumber FromBban(string bban)
    {
        if (bban is null || bban.Length != 24 || !bban.All(char.IsAsciiDigit))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"A Polish basic bank account number (BBAN) has exactly 24 digits; got '{bban}'."), nameof(bban));
        }

        var check = 98 - Mod97(bban + PolandCountryDigits + "00");
        return new BankAccountNumber(check.ToString("00", System.Globalization.CultureInfo.InvariantCulture) + bban);
    }

    /// <summary>The NRB as printed on invoices and transfer forms: <c>61 1090 1014 0000 0712 1981 2874</c>
    /// (the check digits, then six groups of four).</summary>
    public string ToDisplayString() =>
        string.Join(' ', [Value[..2], .. Enumerable.Range(0, 6).Select(i => Value.Substring(2 + (i * 4), 4))]);

    /// <summary>The bare 26 digits.</summary>
    public override string ToString() => Value;

    /// <summary>The remainder of a long decimal digit string divided by 97, computed digit by digit.</summary>
    internal static int Mod97(string digits)
    {
        var remainder = 0;
        foreach (var digit in digits)
        {
            remainder = ((remainder * 10) + (digit - '0')) % 97;
        }

        return remainder;
    }
}
