using System.Globalization;

namespace IBok.Domain.Tariffs;

/// <summary>The monthly net subscription fee (opłata abonamentowa) per billing point for one reading method.</summary>
/// <remarks>Tariffs price the subscription fee per customer per billing period by metered or by-norm billing and by
/// how the meter is read (Rozporządzenie Ministra Gospodarki Morskiej i Żeglugi Śródlądowej z 27 lutego 2018 r.,
/// Dz.U. 2018 poz. 472, § 6); many utilities grant a lower fee to customers who accept e-invoices, so
/// <see cref="WithEInvoice"/> may never exceed <see cref="Standard"/>.</remarks>
public sealed record SubscriptionFeeRate
{
    /// <summary>Creates a fee pair.</summary>
    /// <param name="standard">Net fee per billing point per month with paper invoices, at most four decimals.</param>
    /// <param name="withEInvoice">Net fee per billing point per month with e-invoice consent, not above <paramref name="standard"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A fee is negative, has more than four decimals, or the e-invoice fee exceeds the standard one.</exception>
    public SubscriptionFeeRate(decimal standard, decimal withEInvoice)
    {
        Standard = UnitPrice.Validate(standard, nameof(standard));
        WithEInvoice = UnitPrice.Validate(withEInvoice, nameof(withEInvoice));
        if (withEInvoice > standard)
        {
            throw new ArgumentOutOfRangeException(
                nameof(withEInvoice),
                withEInvoice,
                $"The e-invoice subscription fee ({withEInvoice.ToString(CultureInfo.InvariantCulture)}) cannot exceed the standard fee ({standard.ToString(CultureInfo.InvariantCulture)}).");
        }
    }

    /// <summary>Net fee per billing point per month with paper invoices.</summary>
    public decimal Standard { get; }

    /// <summary>Net fee per billing point per month with e-invoice consent.</summary>
    public decimal WithEInvoice { get; }

    /// <summary>The fee that applies given the customer's e-invoice consent.</summary>
    public decimal For(bool eInvoiceConsent) => eInvoiceConsent ? WithEInvoice : Standard;
}
