using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace IBok.GraphQL.Api.Events;

/// <summary>
/// An <see cref="IEventBus"/> within one process: every subscriber has a bounded buffer of
/// <see cref="InProcessEventBusOptions.SubscriberCapacity"/> events. Publishing only writes to those buffers, so
/// it never waits; a subscriber that keeps up receives every event, and one whose buffer is full is dropped (its
/// enumeration throws <see cref="EventSubscriberOverflowException"/>) and logged. Payloads are handed over as
/// they are, not copied: publish immutable values.
/// </summary>
public sealed partial class InProcessEventBus : IEventBus
{
    // Copy-on-write arrays: publishers read a topic's subscribers without a lock; (un)subscribing takes it.
    private readonly ConcurrentDictionary<string, Subscriber[]> _subscribersByTopic = new(StringComparer.Ordinal);
    private readonly Lock _changeLock = new();
    private readonly int _capacity;
    private readonly ILogger<InProcessEventBus> _logger;

    /// <summary>Creates a bus with the given options (default: <see cref="InProcessEventBusOptions"/>'s defaults).</summary>
    public InProcessEventBus(IOptions<InProcessEventBusOptions>? options = null, ILogger<InProcessEventBus>? logger = null)
    {
        _capacity = options?.Value.SubscriberCapacity ?? InProcessEventBusOptions.DefaultSubscriberCapacity;
        _logger = logger ?? NullLogger<InProcessEventBus>.Instance;
    }

    /// <summary>The number of active subscribers of <paramref name="topic"/> (for diagnostics and tests).</summary>
    public int SubscriberCount(string topic) =>
        _subscribersByTopic.TryGetValue(topic, out var subscribers) ? subscribers.Length : 0;

    /// <summary>The number of active subscribers of all topics together.</summary>
    public int TotalSubscriberCount => _subscribersByTopic.Values.Sum(subscribers => subscribers.Length);

    /// <inheritdoc />
    public ValueTask PublishAsync<TPayload>(string topic, TPayload payload, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(topic);
        cancellationToken.ThrowIfCancellationRequested();
        if (!_subscribersByTopic.TryGetValue(topic, out var subscribers))
        {
            return ValueTask.CompletedTask;
        }

        foreach (var subscriber in subscribers)
        {
            if (!subscriber.Events.Writer.TryWrite(payload))
            {
                Drop(subscriber);
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public IAsyncEnumerable<TPayload> SubscribeAsync<TPayload>(string topic, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(topic);
        return ReadEvents<TPayload>(topic, cancellationToken);
    }

    private async IAsyncEnumerable<TPayload> ReadEvents<TPayload>(string topic, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var subscriber = new Subscriber(topic, Channel.CreateBounded<object?>(new BoundedChannelOptions(_capacity)
        {
            SingleReader = true,
            SingleWriter = false,
            FullMode = BoundedChannelFullMode.Wait, // TryWrite then fails instead of discarding: the bus decides.
        }));
        Add(subscriber);
        try
        {
            var reader = subscriber.Events.Reader;
            while (await reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (reader.TryRead(out var item))
                {
                    if (item is TPayload payload)
                    {
                        yield return payload;
                    }
                    else if (item is null && default(TPayload) is null)
                    {
                        yield return default!;
                    }
                    else
                    {
                        LogPayloadTypeMismatch(_logger, topic, item?.GetType().FullName ?? "null", typeof(TPayload).FullName);
                    }
                }
            }
        }
        finally
        {
            Remove(subscriber);
        }
    }

    private void Add(Subscriber subscriber)
    {
        lock (_changeLock)
        {
            var current = _subscribersByTopic.GetValueOrDefault(subscriber.Topic) ?? [];
            _subscribersByTopic[subscriber.Topic] = [.. current, subscriber];
        }
    }

    /// <summary>Removes <paramref name="subscriber"/>; false when it was not (or no longer) subscribed.</summary>
    private bool Remove(Subscriber subscriber)
    {
        lock (_changeLock)
        {
            if (!_subscribersByTopic.TryGetValue(subscriber.Topic, out var current) || Array.IndexOf(current, subscriber) < 0)
            {
                return false;
            }

            if (current.Length == 1)
            {
                _subscribersByTopic.TryRemove(subscriber.Topic, out _);
            }
            else
            {
                _subscribersByTopic[subscriber.Topic] = Array.FindAll(current, other => !ReferenceEquals(other, subscriber));
            }

            return true;
        }
    }

    private void Drop(Subscriber subscriber)
    {
        // A completed buffer also refuses writes: that subscriber has left already and is not dropped twice.
        if (Remove(subscriber) && subscriber.Events.Writer.TryComplete(new EventSubscriberOverflowException(subscriber.Topic, _capacity)))
        {
            LogSubscriberDropped(_logger, subscriber.Topic, _capacity);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A subscriber of topic {Topic} fell {Capacity} events behind and was dropped.")]
    private static partial void LogSubscriberDropped(ILogger logger, string topic, int capacity);

    [LoggerMessage(Level = LogLevel.Error, Message = "An event of topic {Topic} carries a {PayloadType}, not the {ExpectedType} its subscriber reads; skipped.")]
    private static partial void LogPayloadTypeMismatch(ILogger logger, string topic, string payloadType, string? expectedType);

    /// <summary>One subscription: compared by reference, so equal topics never confuse two subscribers.</summary>
    private sealed class Subscriber(string topic, Channel<object?> events)
    {
        public string Topic { get; } = topic;

        public Channel<object?> Events { get; } = events;
    }
}
