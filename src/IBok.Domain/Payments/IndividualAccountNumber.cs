using System.Globalization;
using IBok.Domain.Customers;

namespace IBok.Domain.Payments;

/// <summary>Builds a customer's individual (virtual) bank account number (indywidualny rachunek wirtualny), so
/// every incoming transfer can be matched to its payer by the account it was sent to.</summary>
/// <remarks>
/// The 26-digit NRB is laid out as 2 check digits + the 8-digit bank sort code + an 8-digit payee code fixed by the
/// bank for the utility + an 8-digit identifier the utility chooses, here the customer number left-padded with zeros
/// (the layout banks offer for mass payments, "Individual (virtual) bank account" in DOMAIN-FACTS.md). The check
/// digits follow ISO 13616 (see <see cref="BankAccountNumber"/>).
/// </remarks>
public static class IndividualAccountNumber
{
    /// <summary>The length of the payee-chosen identifier, and so the longest customer number that fits.</summary>
    public const int IdentifierLength = 8;

    private static readonly int[] SortCodeWeights = [3, 9, 7, 1, 3, 9, 7];

    /// <summary>The individual account number of <paramref name="customerNumber"/>.</summary>
    /// <param name="bankSortCode">The bank's 8-digit sort code (numer rozliczeniowy), for example <c>10901014</c>;
    /// its last digit is a check digit: the first seven digits weighted 3, 9, 7, 1, 3, 9, 7, and
    /// (10 − sum mod 10) mod 10 must equal the eighth (the check NBP defines for numery rozliczeniowe).</param>
    /// <param name="payeePrefix">The 8-digit code the bank assigned to the utility for mass payments.</param>
    /// <param name="customerNumber">The customer number, at most <see cref="IdentifierLength"/> digits.</param>
    /// <exception cref="ArgumentException">The sort code or payee prefix is not 8 digits, the sort code's check
    /// digit is wrong, or the customer number is longer than 8 digits.</exception>
    public static BankAccountNumber For(string bankSortCode, string payeePrefix, CustomerNumber customerNumber)
    {
        ArgumentNullException.ThrowIfNull(customerNumber);
        if (bankSortCode is null || bankSortCode.Length != 8 || !bankSortCode.All(char.IsAsciiDigit))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"A bank sort code has exactly 8 digits; got '{bankSortCode}'."), nameof(bankSortCode));
        }

        if (!HasValidSortCodeCheckDigit(bankSortCode))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Bank sort code '{bankSortCode}' has a wrong check digit."), nameof(bankSortCode));
        }

        if (payeePrefix is null || payeePrefix.Length != 8 || !payeePrefix.All(char.IsAsciiDigit))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"A payee prefix for individual accounts has exactly 8 digits; got '{payeePrefix}'."), nameof(payeePrefix));
        }

        if (customerNumber.Value.Length > IdentifierLength)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Customer number '{customerNumber.Value}' has {customerNumber.Value.Length} digits; an individual account identifier holds at most {IdentifierLength}."),
                nameof(customerNumber));
        }

        return BankAccountNumber.FromBban(bankSortCode + payeePrefix + customerNumber.Value.PadLeft(IdentifierLength, '0'));
    }

    private static bool HasValidSortCodeCheckDigit(string sortCode)
    {
        var sum = 0;
        for (var i = 0; i < SortCodeWeights.Length; i++)
        {
            sum += (sortCode[i] - '0') * SortCodeWeights[i];
        }

        return (10 - (sum % 10)) % 10 == sortCode[7] - '0';
    }
}
