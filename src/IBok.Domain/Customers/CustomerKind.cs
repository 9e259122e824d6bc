namespace IBok.Domain.Customers;

/// <summary>Whether a customer is a consumer or a business; it decides whether a NIP is required.</summary>
public enum CustomerKind
{
    /// <summary>A household (gospodarstwo domowe): a consumer, no NIP needed; invoices to it need not go through KSeF.</summary>
    Household,

    /// <summary>A business or institution: identified by its NIP, which every invoice to it carries (art. 106e ust. 1 pkt 5 of the VAT act).</summary>
    Business,
}
