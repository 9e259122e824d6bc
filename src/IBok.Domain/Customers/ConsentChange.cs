using System.Globalization;

namespace IBok.Domain.Customers;

/// <summary>One grant or withdrawal of a consent: the evidence RODO asks a controller to keep (art. 7 ust. 1 GDPR:
/// demonstrate that consent was given; art. 7 ust. 3: withdrawal as easy as giving, effective from then on).</summary>
/// <param name="Subject">What the consent is for.</param>
/// <param name="Granted">True when the consent was given, false when withdrawn.</param>
/// <param name="At">When it happened, as passed in by the caller (never read from a clock here).</param>
/// <param name="Source">How it was given or withdrawn.</param>
public sealed record ConsentChange(ConsentSubject Subject, bool Granted, DateTimeOffset At, ConsentSource Source);

/// <summary>The result of granting or revoking a consent: the new consents and the change made, which is null when the
/// consent already was in the requested state (then <paramref name="Consents"/> is the unchanged original).</summary>
/// <typeparam name="TConsents">The consent holder, <see cref="ConsentSet"/> or <see cref="ElectronicInvoiceConsent"/>.</typeparam>
/// <param name="Consents">The consents after the operation.</param>
/// <param name="Change">The change recorded, or null when nothing changed.</param>
public sealed record ConsentUpdate<TConsents>(TConsents Consents, ConsentChange? Change)
{
    /// <summary>True when the operation recorded a change.</summary>
    public bool Changed => Change is not null;
}

/// <summary>The rule shared by every consent history: changes are appended in time order.</summary>
internal static class ConsentHistory
{
    public static void EnsureInOrder(IReadOnlyList<ConsentChange> history, DateTimeOffset at, ConsentSource source)
    {
        if (!Enum.IsDefined(source))
        {
            throw new ArgumentOutOfRangeException(nameof(source), source, string.Create(CultureInfo.InvariantCulture, $"Unknown consent source {(int)source}."));
        }

        if (history.Count > 0 && at < history[^1].At)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"A consent change at {at:O} cannot precede the last recorded change at {history[^1].At:O}; history is kept in time order."),
                nameof(at));
        }
    }
}
