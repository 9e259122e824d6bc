using System.Globalization;

namespace IBok.Domain.Customers;

/// <summary>What a consent is for: receiving invoices electronically (e-faktura), or one kind of notice through one
/// channel.</summary>
public sealed record ConsentSubject
{
    private ConsentSubject(NotificationChannel? channel, NotificationKind? kind) => (Channel, Kind) = (channel, kind);

    /// <summary>Consent to receive invoices electronically instead of on paper (art. 106n ust. 1 of the VAT act:
    /// electronic invoices need the buyer's acceptance).</summary>
    public static ConsentSubject ElectronicInvoice { get; } = new(null, null);

    /// <summary>True for the e-invoice consent.</summary>
    public bool IsElectronicInvoice => Channel is null;

    /// <summary>The notice channel, or null for the e-invoice consent.</summary>
    public NotificationChannel? Channel { get; }

    /// <summary>The notice kind, or null for the e-invoice consent.</summary>
    public NotificationKind? Kind { get; }

    /// <summary>Consent to receive notices of <paramref name="kind"/> through <paramref name="channel"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The channel or kind is not a defined value.</exception>
    public static ConsentSubject Notification(NotificationChannel channel, NotificationKind kind)
    {
        if (!Enum.IsDefined(channel))
        {
            throw new ArgumentOutOfRangeException(nameof(channel), channel, string.Create(CultureInfo.InvariantCulture, $"Unknown notification channel {((int)channel).ToString(CultureInfo.InvariantCulture)}."));
        }

        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, string.Create(CultureInfo.InvariantCulture, $"Unknown notification kind {((int)kind).ToString(CultureInfo.InvariantCulture)}."));
        }

        return new ConsentSubject(channel, kind);
    }

    /// <summary><c>ElectronicInvoice</c>, or channel and kind such as <c>Email/PaymentReminder</c>.</summary>
    public override string ToString() => IsElectronicInvoice ? "ElectronicInvoice" : string.Create(CultureInfo.InvariantCulture, $"{Channel}/{Kind}");
}
