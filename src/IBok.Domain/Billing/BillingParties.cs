using IBok.Domain.Customers;
using IBok.Domain.Payments;

namespace IBok.Domain.Billing;

/// <summary>The seller as an invoice prints it (art. 106e ust. 1 pkt 3 and 4 of the VAT act: name, address, NIP),
/// with the account the buyer pays to.</summary>
public sealed record Seller
{
    /// <summary>Creates the seller.</summary>
    /// <param name="name">Full name of the utility.</param>
    /// <param name="address">Registered address.</param>
    /// <param name="nip">Tax identification number; mandatory for the seller.</param>
    /// <param name="bankAccountNumber">Account to pay to: a Polish NRB of 26 digits, spaces allowed, with valid
    /// check digits (ISO 13616 modulo 97, as in IBAN PL). Often the customer's individual (virtual) account.</param>
    /// <exception cref="InvalidBillingInputException">A blank name or an invalid account number.</exception>
    public Seller(string name, PostalAddress address, Nip nip, string bankAccountNumber)
    {
        Name = BillingText.Required(name, nameof(Name));
        Address = address ?? throw new ArgumentNullException(nameof(address));
        Nip = nip ?? throw new ArgumentNullException(nameof(nip));
        BankAccountNumber = BankAccount.Normalize(bankAccountNumber);
    }

    /// <summary>Full name.</summary>
    public string Name { get; }

    /// <summary>Registered address.</summary>
    public PostalAddress Address { get; }

    /// <summary>Tax identification number.</summary>
    public Nip Nip { get; }

    /// <summary>The 26 digits of the NRB, without spaces.</summary>
    public string BankAccountNumber { get; }
}

/// <summary>The buyer as an invoice prints it (art. 106e ust. 1 pkt 3 and 5 of the VAT act): name, address, and the
/// NIP when the buyer is a taxpayer; a household has none.</summary>
public sealed record Buyer
{
    /// <summary>Creates the buyer.</summary>
    /// <param name="name">Full name.</param>
    /// <param name="address">Address.</param>
    /// <param name="nip">NIP of a business buyer, or null for a consumer.</param>
    /// <exception cref="InvalidBillingInputException">A blank name.</exception>
    public Buyer(string name, PostalAddress address, Nip? nip = null)
    {
        Name = BillingText.Required(name, nameof(Name));
        Address = address ?? throw new ArgumentNullException(nameof(address));
        Nip = nip;
    }

    /// <summary>Full name.</summary>
    public string Name { get; }

    /// <summary>Address.</summary>
    public PostalAddress Address { get; }

    /// <summary>NIP of a business buyer, or null.</summary>
    public Nip? Nip { get; }
}

/// <summary>Validation of the seller's account number, with the NRB check of <see cref="BankAccountNumber"/>.</summary>
internal static class BankAccount
{
    /// <summary>The 26 digits of a valid NRB.</summary>
    /// <exception cref="InvalidBillingInputException">Not 26 digits, or the check digits are wrong.</exception>
    public static string Normalize(string? text)
    {
        var digits = (text ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (digits.Length != 26 || !digits.All(char.IsAsciiDigit))
        {
            throw new InvalidBillingInputException("BankAccountNumber", $"A Polish bank account number (NRB) has 26 digits; '{text}' does not.");
        }

        if (!BankAccountNumber.TryParse(digits, out var account, out _))
        {
            throw new InvalidBillingInputException("BankAccountNumber", $"Bank account number '{text}' has wrong check digits.");
        }

        return account.Value;
    }
}

/// <summary>Validation of required text fields.</summary>
internal static class BillingText
{
    /// <summary>The trimmed text.</summary>
    /// <exception cref="InvalidBillingInputException">The text is null or blank.</exception>
    public static string Required(string? text, string field) =>
        string.IsNullOrWhiteSpace(text) ? throw new InvalidBillingInputException(field, $"{field} must not be blank.") : text.Trim();
}
