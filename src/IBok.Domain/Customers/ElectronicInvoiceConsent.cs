namespace IBok.Domain.Customers;

/// <summary>Whether invoices under a contract are delivered electronically (e-faktura) instead of on paper, with the
/// history of every grant and withdrawal.</summary>
/// <remarks>
/// <para>Electronic invoices need the buyer's acceptance (art. 106n ust. 1 of the VAT act); invoices sent through
/// KSeF do not, but consumers' invoices usually stay outside KSeF. It is held per contract because the subscription
/// fee per billing point is often lower with e-invoices. Recorded the same way as notification consents
/// (<see cref="ConsentChange"/> with <see cref="ConsentSubject.ElectronicInvoice"/>), in time order; granting when
/// already granted or revoking when not granted records nothing.</para>
/// <para>Two values are equal when their histories are equal, change by change.</para>
/// </remarks>
public sealed class ElectronicInvoiceConsent : IEquatable<ElectronicInvoiceConsent>
{
    private ElectronicInvoiceConsent(IReadOnlyList<ConsentChange> history) => History = history;

    /// <summary>Never granted: invoices go on paper.</summary>
    public static ElectronicInvoiceConsent NotGranted { get; } = new([]);

    /// <summary>Every grant and withdrawal, oldest first.</summary>
    public IReadOnlyList<ConsentChange> History { get; }

    /// <summary>True when invoices are now delivered electronically.</summary>
    public bool IsGranted => History.Count > 0 && History[^1].Granted;

    /// <summary>True when the consent was in force at <paramref name="at"/>: the latest change at or before it was a grant.</summary>
    public bool GrantedAt(DateTimeOffset at) => History.LastOrDefault(change => change.At <= at)?.Granted ?? false;

    /// <summary>Records the customer's acceptance of electronic invoices.</summary>
    /// <returns>The new consent and the change, or this and no change when already granted.</returns>
    /// <exception cref="ArgumentException"><paramref name="at"/> precedes the last recorded change, or the source is undefined.</exception>
    public ConsentUpdate<ElectronicInvoiceConsent> Grant(DateTimeOffset at, ConsentSource source) => Record(granting: true, at, source);

    /// <summary>Records the withdrawal of the acceptance: invoices go on paper again.</summary>
    /// <returns>The new consent and the change, or this and no change when not granted.</returns>
    /// <exception cref="ArgumentException"><paramref name="at"/> precedes the last recorded change, or the source is undefined.</exception>
    public ConsentUpdate<ElectronicInvoiceConsent> Revoke(DateTimeOffset at, ConsentSource source) => Record(granting: false, at, source);

    /// <inheritdoc />
    public bool Equals(ElectronicInvoiceConsent? other) => other is not null && History.SequenceEqual(other.History);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ElectronicInvoiceConsent);

    /// <inheritdoc />
    public override int GetHashCode() => History.Count == 0 ? 0 : HashCode.Combine(History.Count, History[^1]);

    private ConsentUpdate<ElectronicInvoiceConsent> Record(bool granting, DateTimeOffset at, ConsentSource source)
    {
        ConsentHistory.EnsureInOrder(History, at, source);
        if (IsGranted == granting)
        {
            return new(this, null);
        }

        var change = new ConsentChange(ConsentSubject.ElectronicInvoice, granting, at, source);
        return new(new ElectronicInvoiceConsent([.. History, change]), change);
    }
}
