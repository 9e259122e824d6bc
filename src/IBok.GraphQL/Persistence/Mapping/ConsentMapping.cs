using IBok.Domain.Customers;
using IBok.GraphQL.Persistence.Model.Customers;

namespace IBok.GraphQL.Persistence.Mapping;

/// <summary>
/// Consent history rows ↔ IBok.Domain's <see cref="ConsentSet"/> (notifications) and
/// <see cref="ElectronicInvoiceConsent"/> (per contract). The domain is rebuilt by replaying the history in order
/// (by time, then row id), so its own rules (no change before the last one) check the stored history too.
/// </summary>
public static class ConsentMapping
{
    /// <summary>The notification consents of a customer from their history rows (e-invoice rows are skipped).</summary>
    public static ConsentSet ToConsentSet(IEnumerable<ConsentChangeRow> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var set = ConsentSet.Empty;
        foreach (var change in InOrder(changes.Where(change => change.Topic == ConsentTopic.Notification)))
        {
            var channel = change.Channel ?? throw new FormatException($"Consent change {change.Id} is a notification consent without a channel.");
            var kind = change.Kind ?? throw new FormatException($"Consent change {change.Id} is a notification consent without a kind.");
            var at = AsOffset(change.ChangedAt);
            set = (change.Granted ? set.Grant(channel, kind, at, change.Source) : set.Revoke(channel, kind, at, change.Source)).Consents;
        }

        return set;
    }

    /// <summary>The e-invoice consent of one contract from its history rows.</summary>
    public static ElectronicInvoiceConsent ToElectronicInvoiceConsent(IEnumerable<ConsentChangeRow> changes, long contractId)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var consent = ElectronicInvoiceConsent.NotGranted;
        foreach (var change in InOrder(changes.Where(change => change.Topic == ConsentTopic.ElectronicInvoice && change.ContractId == contractId)))
        {
            var at = AsOffset(change.ChangedAt);
            consent = (change.Granted ? consent.Grant(at, change.Source) : consent.Revoke(at, change.Source)).Consents;
        }

        return consent;
    }

    /// <summary>
    /// The history row of one domain change; <paramref name="contractId"/> is required for an e-invoice change and
    /// must be null for a notification change.
    /// </summary>
    public static ConsentChangeRow ToRow(ConsentChange change, long customerId, long? contractId = null)
    {
        ArgumentNullException.ThrowIfNull(change);
        var isInvoice = change.Subject.IsElectronicInvoice;
        if (isInvoice != contractId.HasValue)
        {
            throw new ArgumentException(
                isInvoice ? "An e-invoice consent change needs the contract it belongs to." : "A notification consent change belongs to no contract.",
                nameof(contractId));
        }

        return new ConsentChangeRow
        {
            CustomerId = customerId,
            Topic = isInvoice ? ConsentTopic.ElectronicInvoice : ConsentTopic.Notification,
            ContractId = contractId,
            Channel = change.Subject.Channel,
            Kind = change.Subject.Kind,
            Granted = change.Granted,
            ChangedAt = change.At.UtcDateTime,
            Source = change.Source,
        };
    }

    /// <summary>The current-state rows (<see cref="ConsentRow"/>) of a customer's notification consents, one per
    /// subject that has any history, as they stand after the last change.</summary>
    public static IReadOnlyList<ConsentRow> CurrentRows(ConsentSet consents, long customerId)
    {
        ArgumentNullException.ThrowIfNull(consents);
        return consents.History
            .GroupBy(change => change.Subject)
            .Select(group => group.Last())
            .Select(last => new ConsentRow
            {
                CustomerId = customerId,
                Topic = ConsentTopic.Notification,
                Channel = last.Subject.Channel,
                Kind = last.Subject.Kind,
                Granted = last.Granted,
                ChangedAt = last.At.UtcDateTime,
            })
            .ToList();
    }

    private static IEnumerable<ConsentChangeRow> InOrder(IEnumerable<ConsentChangeRow> changes) =>
        changes.OrderBy(change => change.ChangedAt).ThenBy(change => change.Id);

    private static DateTimeOffset AsOffset(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc), TimeSpan.Zero);
}
