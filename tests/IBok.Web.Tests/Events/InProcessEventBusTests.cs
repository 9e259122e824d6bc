using IBok.GraphQL.Api.Events;
using IBok.Web.Tests.GraphQL.WebSockets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IBok.Web.Tests.Events;

public sealed record OutageNotice(int Number, string Street);

public sealed class InProcessEventBusTests
{
    private readonly ListLogger _logger = new();

    private InProcessEventBus CreateBus(int capacity = InProcessEventBusOptions.DefaultSubscriberCapacity) =>
        new(Options.Create(new InProcessEventBusOptions { SubscriberCapacity = capacity }), _logger);

    /// <summary>Starts enumerating, which registers the subscriber, and returns the pending first read.</summary>
    private static (IAsyncEnumerator<T> Enumerator, ValueTask<bool> FirstRead) Start<T>(IEventBus bus, string topic, CancellationToken cancellationToken = default)
    {
        var enumerator = bus.SubscribeAsync<T>(topic, cancellationToken).GetAsyncEnumerator(CancellationToken.None);
        return (enumerator, enumerator.MoveNextAsync());
    }

    private static async Task<List<T>> Take<T>(IAsyncEnumerator<T> enumerator, ValueTask<bool> firstRead, int count)
    {
        var items = new List<T>();
        Assert.True(await firstRead);
        items.Add(enumerator.Current);
        while (items.Count < count)
        {
            Assert.True(await enumerator.MoveNextAsync());
            items.Add(enumerator.Current);
        }

        return items;
    }

    [Fact]
    public async Task Publish_WithoutSubscribers_DoesNothing()
    {
        var bus = CreateBus();

        await bus.PublishAsync("outages", new OutageNotice(1, "Długa"));

        Assert.Equal(0, bus.TotalSubscriberCount);
    }

    [Fact]
    public async Task Subscriber_ReceivesEventsInPublishOrder()
    {
        var bus = CreateBus();
        var (events, first) = Start<OutageNotice>(bus, "outages");

        await bus.PublishAsync("outages", new OutageNotice(1, "Długa"));
        await bus.PublishAsync("outages", new OutageNotice(2, "Krótka"));

        Assert.Equal([new OutageNotice(1, "Długa"), new OutageNotice(2, "Krótka")], await Take(events, first, 2));
        await events.DisposeAsync();
    }

    [Fact]
    public async Task TwoSubscribers_EachReceiveEveryEvent()
    {
        var bus = CreateBus();
        var (a, firstA) = Start<int>(bus, "numbers");
        var (b, firstB) = Start<int>(bus, "numbers");
        Assert.Equal(2, bus.SubscriberCount("numbers"));

        for (var i = 1; i <= 3; i++)
        {
            await bus.PublishAsync("numbers", i);
        }

        Assert.Equal([1, 2, 3], await Take(a, firstA, 3));
        Assert.Equal([1, 2, 3], await Take(b, firstB, 3));
        await a.DisposeAsync();
        await b.DisposeAsync();
    }

    [Fact]
    public async Task Subscriber_DoesNotReceiveEventsPublishedBeforeItStarted()
    {
        var bus = CreateBus();
        await bus.PublishAsync("numbers", 1);
        var (events, first) = Start<int>(bus, "numbers");

        await bus.PublishAsync("numbers", 2);

        Assert.Equal([2], await Take(events, first, 1));
        await events.DisposeAsync();
    }

    [Fact]
    public async Task Topics_AreSeparateAndCaseSensitive()
    {
        var bus = CreateBus();
        var (events, first) = Start<string>(bus, "invoiceIssued:customer/1");

        await bus.PublishAsync("invoiceIssued:customer/2", "FV/2/2026");
        await bus.PublishAsync("InvoiceIssued:customer/1", "FV/3/2026");
        await bus.PublishAsync("invoiceIssued:customer/1", "FV/1/2026");

        Assert.Equal(["FV/1/2026"], await Take(events, first, 1));
        await events.DisposeAsync();
    }

    [Fact]
    public async Task Cancellation_EndsTheEnumerationAndUnsubscribes()
    {
        var bus = CreateBus();
        using var cancellation = new CancellationTokenSource();
        var (events, first) = Start<int>(bus, "numbers", cancellation.Token);
        Assert.Equal(1, bus.SubscriberCount("numbers"));

        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await first);
        Assert.Equal(0, bus.SubscriberCount("numbers"));
        await events.DisposeAsync();
    }

    [Fact]
    public async Task LeavingTheLoop_Unsubscribes()
    {
        var bus = CreateBus();
        var received = new List<int>();
        var reader = Task.Run(async () =>
        {
            await foreach (var number in bus.SubscribeAsync<int>("numbers"))
            {
                received.Add(number);
                if (number == 2)
                {
                    break;
                }
            }
        });
        await GraphQLWebSocketServer.WaitUntilAsync(() => bus.SubscriberCount("numbers") == 1, "the reader subscribed");

        await bus.PublishAsync("numbers", 1);
        await bus.PublishAsync("numbers", 2);
        await reader;

        Assert.Equal([1, 2], received);
        Assert.Equal(0, bus.TotalSubscriberCount);
    }

    [Fact]
    public async Task SubscriberKeepingUp_AtFullCapacity_LosesNothing()
    {
        var bus = CreateBus(capacity: 4);
        var events = bus.SubscribeAsync<int>("numbers").GetAsyncEnumerator();
        var firstRead = events.MoveNextAsync();
        var received = new List<int>();

        for (var batch = 0; batch < 50; batch++)
        {
            for (var i = 1; i <= 4; i++)
            {
                await bus.PublishAsync("numbers", (batch * 4) + i);
            }

            for (var i = 0; i < 4; i++)
            {
                Assert.True(batch == 0 && i == 0 ? await firstRead : await events.MoveNextAsync());
                received.Add(events.Current);
            }
        }

        Assert.Equal(Enumerable.Range(1, 200), received);
        Assert.Equal(1, bus.SubscriberCount("numbers"));
        Assert.Empty(_logger.Messages);
        await events.DisposeAsync();
    }

    [Fact]
    public async Task SlowSubscriber_OneEventOverCapacity_IsDroppedWithALogWhileOthersKeepReceiving()
    {
        var bus = CreateBus(capacity: 3);
        var (slow, slowFirst) = Start<int>(bus, "numbers");
        var (fast, fastFirst) = Start<int>(bus, "numbers");
        await bus.PublishAsync("numbers", 1);
        Assert.Equal([1], await Take(slow, slowFirst, 1));
        Assert.Equal([1], await Take(fast, fastFirst, 1));
        for (var number = 2; number <= 4; number++)
        {
            await bus.PublishAsync("numbers", number);
            Assert.True(await fast.MoveNextAsync());
            Assert.Equal(number, fast.Current);
        }

        Assert.Equal(2, bus.SubscriberCount("numbers"));

        await bus.PublishAsync("numbers", 5); // The slow subscriber has 2, 3, 4 unread: this one does not fit.

        Assert.Equal(1, bus.SubscriberCount("numbers"));
        Assert.Equal(["Warning: A subscriber of topic numbers fell 3 events behind and was dropped."], _logger.Messages);
        for (var number = 2; number <= 4; number++)
        {
            Assert.True(await slow.MoveNextAsync());
            Assert.Equal(number, slow.Current);
        }

        var overflow = await Assert.ThrowsAsync<EventSubscriberOverflowException>(async () => await slow.MoveNextAsync());
        Assert.Equal("The subscriber of topic \"numbers\" fell 3 events behind and was dropped.", overflow.Message);
        Assert.Equal(("numbers", 3), (overflow.Topic, overflow.Capacity));
        Assert.True(await fast.MoveNextAsync());
        Assert.Equal(5, fast.Current);
        await slow.DisposeAsync();
        await fast.DisposeAsync();
    }

    [Fact]
    public async Task ConcurrentPublishers_EveryEventArrivesInEachPublishersOrder()
    {
        var bus = CreateBus(capacity: 1000);
        var (events, first) = Start<(int Publisher, int Sequence)>(bus, "numbers");

        await Task.WhenAll(Enumerable.Range(0, 4).Select(publisher => Task.Run(async () =>
        {
            for (var sequence = 0; sequence < 250; sequence++)
            {
                await bus.PublishAsync("numbers", (publisher, sequence));
            }
        })));

        var received = await Take(events, first, 1000);
        foreach (var publisher in Enumerable.Range(0, 4))
        {
            Assert.Equal(Enumerable.Range(0, 250), received.Where(item => item.Publisher == publisher).Select(item => item.Sequence));
        }

        await events.DisposeAsync();
    }

    [Fact]
    public async Task PayloadOfAnotherType_IsSkippedWithALog()
    {
        var bus = CreateBus();
        var (events, first) = Start<OutageNotice>(bus, "outages");

        await bus.PublishAsync("outages", "not a notice");
        await bus.PublishAsync("outages", new OutageNotice(7, "Polna"));

        Assert.Equal([new OutageNotice(7, "Polna")], await Take(events, first, 1));
        Assert.Equal(
            ["Error: An event of topic outages carries a System.String, not the IBok.Web.Tests.Events.OutageNotice its subscriber reads; skipped."],
            _logger.Messages);
        await events.DisposeAsync();
    }

    [Fact]
    public async Task NullPayload_ReachesASubscriberOfANullableType()
    {
        var bus = CreateBus();
        var (events, first) = Start<string?>(bus, "maybe");

        await bus.PublishAsync<string?>("maybe", null);

        Assert.Equal([null], await Take(events, first, 1));
        await events.DisposeAsync();
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public async Task BlankTopic_IsRefused(string topic)
    {
        var bus = CreateBus();

        await Assert.ThrowsAsync<ArgumentException>(async () => await bus.PublishAsync(topic, 1));
        Assert.Throws<ArgumentException>(() => bus.SubscribeAsync<int>(topic));
    }

    [Fact]
    public void SubscriberCapacity_OfZero_IsRefused()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new InProcessEventBusOptions { SubscriberCapacity = 0 });

        Assert.Equal("value", exception.ParamName);
    }

    private sealed class ListLogger : ILogger<InProcessEventBus>
    {
        private readonly List<string> _messages = [];

        public IReadOnlyList<string> Messages
        {
            get
            {
                lock (_messages)
                {
                    return [.. _messages];
                }
            }
        }

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (_messages)
            {
                _messages.Add($"{logLevel}: {formatter(state, exception)}");
            }
        }
    }
}
