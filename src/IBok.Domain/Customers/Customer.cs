using System.Globalization;

namespace IBok.Domain.Customers;

/// <summary>A customer (odbiorca usług, klient) of the utility: who gets the invoices and whom notices go to.</summary>
/// <remarks>
/// <para>Created only through <see cref="Household"/> and <see cref="Business"/>, which validate; the
/// <c>With…</c> methods return validated copies. Properties have no setters, so a <c>with</c> expression cannot
/// bypass the rules.</para>
/// <para>Rules: the name is not blank and at most <see cref="MaxNameLength"/> characters (trimmed); a business has a
/// valid <see cref="Nip"/> (every invoice to it carries the buyer's NIP, art. 106e ust. 1 pkt 5 of the VAT act); a
/// household may have one or not.</para>
/// </remarks>
public sealed record Customer
{
    /// <summary>The longest name accepted.</summary>
    public const int MaxNameLength = 256;

    private Customer(
        CustomerNumber number,
        CustomerKind kind,
        string name,
        Nip? nip,
        PostalAddress correspondenceAddress,
        ContactDetails contact,
        PreferredLanguage language,
        ConsentSet consents)
    {
        ArgumentNullException.ThrowIfNull(number);
        ArgumentNullException.ThrowIfNull(correspondenceAddress);
        ArgumentNullException.ThrowIfNull(contact);
        ArgumentNullException.ThrowIfNull(consents);
        if (!Enum.IsDefined(language))
        {
            throw new ArgumentOutOfRangeException(nameof(language), language, string.Create(CultureInfo.InvariantCulture, $"Unknown preferred language {(int)language}."));
        }

        if (kind == CustomerKind.Business && nip is null)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Business customer {number} needs a NIP."), nameof(nip));
        }

        Number = number;
        Kind = kind;
        Name = ValidName(name);
        Nip = nip;
        CorrespondenceAddress = correspondenceAddress;
        Contact = contact;
        Language = language;
        Consents = consents;
    }

    /// <summary>The customer number.</summary>
    public CustomerNumber Number { get; }

    /// <summary>Household or business.</summary>
    public CustomerKind Kind { get; }

    /// <summary>Full name of the person, or the business's name, trimmed.</summary>
    public string Name { get; }

    /// <summary>The NIP: always set for a business, optional for a household.</summary>
    public Nip? Nip { get; }

    /// <summary>Where paper letters and invoices go (adres korespondencyjny); may differ from any premises.</summary>
    public PostalAddress CorrespondenceAddress { get; }

    /// <summary>E-mail and phone, each optional.</summary>
    public ContactDetails Contact { get; }

    /// <summary>The language for notices and the portal; Polish unless chosen otherwise.</summary>
    public PreferredLanguage Language { get; }

    /// <summary>Which notices the customer agreed to receive, with the history of those consents.</summary>
    public ConsentSet Consents { get; }

    /// <summary>Creates a household customer.</summary>
    /// <param name="number">The customer number.</param>
    /// <param name="name">The person's full name.</param>
    /// <param name="correspondenceAddress">Where letters go.</param>
    /// <param name="contact">E-mail and phone, or null for none.</param>
    /// <param name="language">Preferred language; Polish by default.</param>
    /// <param name="nip">A NIP, if the household has one; null is normal.</param>
    /// <exception cref="ArgumentException">The name is blank or too long, or the language is undefined.</exception>
    public static Customer Household(
        CustomerNumber number,
        string name,
        PostalAddress correspondenceAddress,
        ContactDetails? contact = null,
        PreferredLanguage language = PreferredLanguage.Polish,
        Nip? nip = null) =>
        new(number, CustomerKind.Household, name, nip, correspondenceAddress, contact ?? ContactDetails.None, language, ConsentSet.Empty);

    /// <summary>Creates a business customer.</summary>
    /// <param name="number">The customer number.</param>
    /// <param name="name">The business's name.</param>
    /// <param name="nip">The business's NIP; required.</param>
    /// <param name="correspondenceAddress">Where letters go.</param>
    /// <param name="contact">E-mail and phone, or null for none.</param>
    /// <param name="language">Preferred language; Polish by default.</param>
    /// <exception cref="ArgumentException">The name is blank or too long, the NIP is missing, or the language is undefined.</exception>
    public static Customer Business(
        CustomerNumber number,
        string name,
        Nip nip,
        PostalAddress correspondenceAddress,
        ContactDetails? contact = null,
        PreferredLanguage language = PreferredLanguage.Polish) =>
        new(number, CustomerKind.Business, name, nip, correspondenceAddress, contact ?? ContactDetails.None, language, ConsentSet.Empty);

    /// <summary>A copy with another name.</summary>
    /// <exception cref="ArgumentException">The name is blank or too long.</exception>
    public Customer WithName(string name) => new(Number, Kind, name, Nip, CorrespondenceAddress, Contact, Language, Consents);

    /// <summary>A copy with another NIP; null is refused for a business.</summary>
    /// <exception cref="ArgumentException">A business would be left without a NIP.</exception>
    public Customer WithNip(Nip? nip) => new(Number, Kind, Name, nip, CorrespondenceAddress, Contact, Language, Consents);

    /// <summary>A copy with another correspondence address.</summary>
    public Customer WithCorrespondenceAddress(PostalAddress address) => new(Number, Kind, Name, Nip, address, Contact, Language, Consents);

    /// <summary>A copy with other contact details.</summary>
    public Customer WithContact(ContactDetails contact) => new(Number, Kind, Name, Nip, CorrespondenceAddress, contact, Language, Consents);

    /// <summary>A copy with another preferred language.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The language is undefined.</exception>
    public Customer WithLanguage(PreferredLanguage language) => new(Number, Kind, Name, Nip, CorrespondenceAddress, Contact, language, Consents);

    /// <summary>A copy with other consents, typically the result of <see cref="ConsentSet.Grant"/> or
    /// <see cref="ConsentSet.Revoke"/> on <see cref="Consents"/>.</summary>
    /// <exception cref="ArgumentException">The new consents drop history the current ones have: history is append-only.</exception>
    public Customer WithConsents(ConsentSet consents)
    {
        ArgumentNullException.ThrowIfNull(consents);
        if (consents.History.Count < Consents.History.Count || !Consents.History.SequenceEqual(consents.History.Take(Consents.History.Count)))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The consents of customer {Number} can only be extended; their history cannot be rewritten."), nameof(consents));
        }

        return new(Number, Kind, Name, Nip, CorrespondenceAddress, Contact, Language, consents);
    }

    private static string ValidName(string name)
    {
        var trimmed = (name ?? string.Empty).Trim();
        if (trimmed.Length == 0)
        {
            throw new ArgumentException("A customer needs a name.", nameof(name));
        }

        if (trimmed.Length > MaxNameLength)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"A customer name has at most {MaxNameLength} characters; got {trimmed.Length}."), nameof(name));
        }

        return trimmed;
    }
}
