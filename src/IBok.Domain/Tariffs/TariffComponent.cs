namespace IBok.Domain.Tariffs;

/// <summary>A priced part of a tariff; each component carries its own VAT rate.</summary>
public enum TariffComponent
{
    /// <summary>Water supply (dostawa wody), priced per m³.</summary>
    Water,

    /// <summary>Sewage disposal (odprowadzanie ścieków), priced per m³.</summary>
    Sewage,

    /// <summary>The subscription fee (opłata abonamentowa), priced per billing point per month.</summary>
    Subscription,

    /// <summary>The fixed heat fee (opłata stała za zamówioną moc cieplną), priced per ordered MW per month.</summary>
    HeatFixed,

    /// <summary>The variable heat fee (opłata zmienna za ciepło), priced per GJ.</summary>
    HeatVariable,
}
