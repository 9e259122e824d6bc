using System.Globalization;
using System.Text;

namespace IBok.GraphQL.Application.Documents;

/// <summary>
/// The text of a payment QR code in the Polish banks' "standard 2D" (Związek Banków Polskich, Rekomendacja
/// dotycząca kodu dwuwymiarowego, 2013): nine fields joined by <c>|</c> — recipient NIP (10 digits) | country
/// <c>PL</c> | account NRB (26 digits) | amount in grosze, zero-padded to 6 digits | recipient name (at most 20
/// characters) | title (at most 32) | three reserved fields (at most 20, 12 and 24), left empty. The code itself is
/// a QR code with error correction level L, UTF-8.
/// </summary>
public static class PaymentQrPayload
{
    /// <summary>The largest amount the 6-digit field holds: 9 999,99 zł.</summary>
    public const long MaxAmountGrosze = 999_999;

    /// <summary>The longest recipient name the standard allows.</summary>
    public const int MaxRecipientNameLength = 20;

    /// <summary>The longest title the standard allows.</summary>
    public const int MaxTitleLength = 32;

    /// <summary>
    /// The payload for a transfer, or null when the amount cannot be encoded: nothing to pay (zero or a credit), or
    /// more than <see cref="MaxAmountGrosze"/>, which the standard's 6-digit field cannot carry (a printed document
    /// still shows the account and title, so the customer types the transfer in).
    /// </summary>
    /// <param name="recipientNip">The recipient's NIP, 10 digits (dashes and spaces are dropped).</param>
    /// <param name="accountNumber">The account to pay to, an NRB of 26 digits (spaces and a PL prefix are dropped).</param>
    /// <param name="amountGrosze">The amount in grosze.</param>
    /// <param name="recipientName">The recipient's name; cut to 20 characters.</param>
    /// <param name="title">The transfer title, e.g. the invoice number; cut to 32 characters.</param>
    /// <exception cref="ArgumentException">The NIP or the account number does not have its exact digit count.</exception>
    public static string? TryBuild(string recipientNip, string accountNumber, long amountGrosze, string recipientName, string title)
    {
        var nip = DigitsOnly(recipientNip, nameof(recipientNip));
        if (nip.Length != 10 || !nip.All(char.IsAsciiDigit))
        {
            throw new ArgumentException($"The recipient NIP must have 10 digits; '{recipientNip}' does not.", nameof(recipientNip));
        }

        var account = DigitsOnly(accountNumber, nameof(accountNumber));
        if (account.Length != 26 || !account.All(char.IsAsciiDigit))
        {
            throw new ArgumentException($"The account number (NRB) must have 26 digits; '{accountNumber}' does not.", nameof(accountNumber));
        }

        if (amountGrosze is <= 0 or > MaxAmountGrosze)
        {
            return null;
        }

        return string.Join('|',
            nip,
            "PL",
            account,
            amountGrosze.ToString("000000", CultureInfo.InvariantCulture),
            FreeText(recipientName, MaxRecipientNameLength),
            FreeText(title, MaxTitleLength),
            "",
            "",
            "");
    }

    private static string DigitsOnly(string text, string parameter)
    {
        ArgumentNullException.ThrowIfNull(text, parameter);
        var trimmed = text.StartsWith("PL", StringComparison.OrdinalIgnoreCase) ? text[2..] : text;
        return string.Concat(trimmed.Where(character => character is not (' ' or '-')));
    }

    /// <summary>The text without the field separator and line breaks, single-spaced, cut to a number of characters.</summary>
    private static string FreeText(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cleaned = new StringBuilder(text.Length);
        foreach (var character in text)
        {
            var next = character is '|' || char.IsControl(character) ? ' ' : character;
            if (next != ' ' || (cleaned.Length > 0 && cleaned[^1] != ' '))
            {
                cleaned.Append(next);
            }
        }

        var result = cleaned.ToString().Trim();
        return result.Length <= maxLength ? result : result[..maxLength].TrimEnd();
    }
}
