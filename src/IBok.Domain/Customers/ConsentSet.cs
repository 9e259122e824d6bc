using System.Collections.Immutable;

namespace IBok.Domain.Customers;

/// <summary>A customer's notification consents (which notices may be sent through which channel), with the full
/// history of every grant and withdrawal.</summary>
/// <remarks>
/// <para>Immutable: <see cref="Grant"/> and <see cref="Revoke"/> return a new set and the change they recorded.
/// Nothing is ever removed from <see cref="History"/>, so the utility can show when and how each consent was given
/// or withdrawn (art. 7 ust. 1 and 3 RODO / GDPR). Granting a consent already granted, or revoking one not granted,
/// records nothing and returns this same set.</para>
/// <para>Without a recorded grant nothing is allowed: consent must be an affirmative act (art. 4 pkt 11 RODO), so
/// there are no pre-ticked defaults. Changes must be recorded in time order.</para>
/// <para>Two sets are equal when their histories are equal, change by change.</para>
/// </remarks>
public sealed class ConsentSet : IEquatable<ConsentSet>
{
    private readonly ImmutableHashSet<ConsentSubject> granted;

    private ConsentSet(ImmutableHashSet<ConsentSubject> granted, IReadOnlyList<ConsentChange> history) =>
        (this.granted, History) = (granted, history);

    /// <summary>No consent given, no history.</summary>
    public static ConsentSet Empty { get; } = new(ImmutableHashSet<ConsentSubject>.Empty, []);

    /// <summary>Every grant and withdrawal, oldest first.</summary>
    public IReadOnlyList<ConsentChange> History { get; }

    /// <summary>The notifications currently consented to.</summary>
    public IReadOnlyCollection<ConsentSubject> Granted => granted;

    /// <summary>True when notices of <paramref name="kind"/> may be sent through <paramref name="channel"/> now.</summary>
    public bool Allows(NotificationChannel channel, NotificationKind kind) => granted.Contains(ConsentSubject.Notification(channel, kind));

    /// <summary>True when notices of <paramref name="kind"/> could be sent through <paramref name="channel"/> at
    /// <paramref name="at"/>: the latest change at or before that moment was a grant.</summary>
    public bool AllowedAt(NotificationChannel channel, NotificationKind kind, DateTimeOffset at)
    {
        var subject = ConsentSubject.Notification(channel, kind);
        return History.LastOrDefault(change => change.Subject == subject && change.At <= at)?.Granted ?? false;
    }

    /// <summary>Records consent to notices of <paramref name="kind"/> through <paramref name="channel"/>.</summary>
    /// <returns>The new set and the change, or this set and no change when the consent was already granted.</returns>
    /// <exception cref="ArgumentException"><paramref name="at"/> precedes the last recorded change, or an enum value is undefined.</exception>
    public ConsentUpdate<ConsentSet> Grant(NotificationChannel channel, NotificationKind kind, DateTimeOffset at, ConsentSource source) =>
        Record(ConsentSubject.Notification(channel, kind), granting: true, at, source);

    /// <summary>Records withdrawal of consent to notices of <paramref name="kind"/> through <paramref name="channel"/>.</summary>
    /// <returns>The new set and the change, or this set and no change when the consent was not granted.</returns>
    /// <exception cref="ArgumentException"><paramref name="at"/> precedes the last recorded change, or an enum value is undefined.</exception>
    public ConsentUpdate<ConsentSet> Revoke(NotificationChannel channel, NotificationKind kind, DateTimeOffset at, ConsentSource source) =>
        Record(ConsentSubject.Notification(channel, kind), granting: false, at, source);

    /// <inheritdoc />
    public bool Equals(ConsentSet? other) => other is not null && History.SequenceEqual(other.History);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ConsentSet);

    /// <inheritdoc />
    public override int GetHashCode() => History.Count == 0 ? 0 : HashCode.Combine(History.Count, History[^1]);

    private ConsentUpdate<ConsentSet> Record(ConsentSubject subject, bool granting, DateTimeOffset at, ConsentSource source)
    {
        ConsentHistory.EnsureInOrder(History, at, source);
        if (granted.Contains(subject) == granting)
        {
            return new(this, null);
        }

        var change = new ConsentChange(subject, granting, at, source);
        var next = granting ? granted.Add(subject) : granted.Remove(subject);
        return new(new ConsentSet(next, [.. History, change]), change);
    }
}
