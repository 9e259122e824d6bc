namespace IBok.Domain.Customers;

/// <summary>The language a customer wants notices and the portal in.</summary>
public enum PreferredLanguage
{
    /// <summary>Polish, the default.</summary>
    Polish,

    /// <summary>English.</summary>
    English,
}
