namespace IBok.GraphQL.Api.Events;

/// <summary>Settings of <see cref="InProcessEventBus"/> (configuration section <c>GraphQL:Events</c>).</summary>
public sealed class InProcessEventBusOptions
{
    /// <summary>The number of events the bus keeps unless configured.</summary>
    public const int DefaultSubscriberCapacity = 256;

    /// <summary>
    /// How many published events a subscriber may have unread; one more and the subscriber is dropped with
    /// <see cref="EventSubscriberOverflowException"/>. Must be positive.
    /// </summary>
    public int SubscriberCapacity
    {
        get;
        set
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value);
            field = value;
        }
    } = DefaultSubscriberCapacity;
}
