using IBok.Domain.Customers;
using IBok.GraphQL.Persistence.Model.Customers;

namespace IBok.GraphQL.Api.Customers;

/// <summary>A consent the customer gave or refused.</summary>
public sealed class Consent
{
    private readonly ConsentRow _row;

    internal Consent(ConsentRow row) => _row = row;

    /// <summary>What the consent is about.</summary>
    public ConsentTopic Topic => _row.Topic;

    /// <summary>For a notification consent: the channel (e-mail, SMS).</summary>
    public NotificationChannel? Channel => _row.Channel;

    /// <summary>For a notification consent: the kind of notice.</summary>
    public NotificationKind? Kind => _row.Kind;

    /// <summary>Whether the consent is given.</summary>
    public bool Granted => _row.Granted;

    /// <summary>When it was last changed (UTC).</summary>
    public DateTime ChangedAt => _row.ChangedAt;
}
