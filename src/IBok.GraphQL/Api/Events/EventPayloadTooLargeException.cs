namespace IBok.GraphQL.Api.Events;

/// <summary>
/// An event's payload, as JSON, is larger than the bus can carry (<see cref="PostgresEventBus.MaxPayloadBytes"/>
/// for PostgreSQL NOTIFY); nothing was published. Publish ids and a few fields, and let subscribers load the rest.
/// </summary>
public sealed class EventPayloadTooLargeException : ArgumentException
{
    /// <summary>Creates the exception for a payload of <paramref name="payloadBytes"/> bytes published to <paramref name="topic"/>.</summary>
    public EventPayloadTooLargeException(string topic, int payloadBytes, int maxPayloadBytes)
        : base($"The event payload of topic \"{topic}\" is {payloadBytes} bytes of JSON; the event bus carries at most {maxPayloadBytes}. Publish ids and a few fields, and let subscribers load the rest.", "payload")
    {
        Topic = topic;
        PayloadBytes = payloadBytes;
        MaxPayloadBytes = maxPayloadBytes;
    }

    /// <summary>The topic the payload was published to.</summary>
    public string Topic { get; }

    /// <summary>The size of the payload's JSON in bytes.</summary>
    public int PayloadBytes { get; }

    /// <summary>The largest payload the bus carries, in bytes.</summary>
    public int MaxPayloadBytes { get; }
}
