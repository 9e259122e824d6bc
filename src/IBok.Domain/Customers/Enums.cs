namespace IBok.Domain.Customers;

/// <summary>A service a contract provides.</summary>
public enum UtilityService
{
    /// <summary>Water supply (zaopatrzenie w wodę), billed per m³ read on the main water meter.</summary>
    WaterSupply,

    /// <summary>Sewage disposal (odprowadzanie ścieków), billed per m³: water taken minus water measured by submeters.</summary>
    SewageDisposal,

    /// <summary>District heat (sprzedaż ciepła): a fixed fee per ordered MW and a variable fee per GJ.</summary>
    Heat,
}

/// <summary>How often a contract is billed.</summary>
public enum BillingCycle
{
    /// <summary>Every calendar month.</summary>
    Monthly,

    /// <summary>Every two calendar months (January–February, March–April, …).</summary>
    BiMonthly,

    /// <summary>Every calendar quarter.</summary>
    Quarterly,
}

/// <summary>How the consumption at a billing point is established; subscription fees differ by it.</summary>
public enum ReadingMethod
{
    /// <summary>Read on site by the utility's collector (inkasent).</summary>
    Collector,

    /// <summary>Read remotely (radio or network).</summary>
    Remote,

    /// <summary>Read and reported by the customer (e-odczyt).</summary>
    SelfReading,

    /// <summary>No meter: billed by the average consumption norm (ryczałt).</summary>
    Norm,
}

/// <summary>A channel a notice can be delivered through.</summary>
public enum NotificationChannel
{
    /// <summary>E-mail.</summary>
    Email,

    /// <summary>Text message.</summary>
    Sms,
}

/// <summary>The kinds of notice a customer can consent to receive.</summary>
public enum NotificationKind
{
    /// <summary>An invoice was issued (e-faktura / e-powiadomienie Faktura).</summary>
    InvoiceIssued,

    /// <summary>A payment falls due in a few days (e-monit).</summary>
    PaymentReminder,

    /// <summary>Documents are overdue; lists them (e-wezwanie).</summary>
    PaymentDemand,

    /// <summary>An interest note was issued (e-nota).</summary>
    InterestNote,

    /// <summary>A fixed-term contract ends soon (e-powiadomienie Umowa).</summary>
    ContractEnding,

    /// <summary>A meter's legalization expires soon (e-komunikat).</summary>
    LegalizationExpiring,

    /// <summary>An outage or planned shutdown affects the customer's premises.</summary>
    Outage,
}
