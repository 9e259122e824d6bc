namespace IBok.GraphQL.Api.Events;

/// <summary>
/// Carries application events (an invoice issued, a case updated) from whoever publishes them to the GraphQL
/// subscriptions that listen, by topic. Implementations: <see cref="InProcessEventBus"/> for one server
/// process; <see cref="PostgresEventBus"/> (LISTEN/NOTIFY) for several instances sharing a PostgreSQL database.
/// </summary>
/// <remarks>
/// A topic is a plain string such as <c>invoiceIssued:customer/42</c>, compared ordinally. A payload must be
/// serialisable with <see cref="System.Text.Json.JsonSerializer"/> and small (ids and a few fields, not whole
/// documents): a bus between processes sends it as JSON, and a subscriber reads it back as the type it asked
/// for, so publish and subscribe to one topic with one payload type. Delivery is at most once: a subscriber
/// sees the events published after its subscription started, in the order they were published, and none
/// from before.
/// </remarks>
public interface IEventBus
{
    /// <summary>Sends <paramref name="payload"/> to every current subscriber of <paramref name="topic"/>; never waits for a slow subscriber.</summary>
    /// <exception cref="ArgumentException"><paramref name="topic"/> is null, empty or white space.</exception>
    ValueTask PublishAsync<TPayload>(string topic, TPayload payload, CancellationToken cancellationToken = default);

    /// <summary>
    /// The events of <paramref name="topic"/>, from when the enumeration starts until
    /// <paramref name="cancellationToken"/> (or the enumerator's own token) is cancelled or the enumerator is
    /// disposed, which ends the subscription.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="topic"/> is null, empty or white space.</exception>
    /// <exception cref="EventSubscriberOverflowException">Thrown by the enumeration when the subscriber fell so far
    /// behind that the bus dropped it.</exception>
    IAsyncEnumerable<TPayload> SubscribeAsync<TPayload>(string topic, CancellationToken cancellationToken = default);
}
