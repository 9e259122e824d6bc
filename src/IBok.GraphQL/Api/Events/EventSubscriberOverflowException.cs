namespace IBok.GraphQL.Api.Events;

/// <summary>
/// A subscriber read its events more slowly than they were published, its buffer filled up, and the bus dropped
/// it rather than make publishers wait or lose events silently. Subscribe again to continue (events published
/// in between are not delivered).
/// </summary>
public sealed class EventSubscriberOverflowException : InvalidOperationException
{
    /// <summary>Creates the exception for a subscriber of <paramref name="topic"/> whose buffer held <paramref name="capacity"/> events.</summary>
    public EventSubscriberOverflowException(string topic, int capacity)
        : base($"The subscriber of topic \"{topic}\" fell {capacity} events behind and was dropped.")
    {
        Topic = topic;
        Capacity = capacity;
    }

    /// <summary>The topic the subscriber listened to.</summary>
    public string Topic { get; }

    /// <summary>How many unread events the subscriber's buffer held when it was dropped.</summary>
    public int Capacity { get; }
}
