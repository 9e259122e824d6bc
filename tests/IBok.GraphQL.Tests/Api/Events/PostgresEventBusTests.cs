using IBok.GraphQL.Api.Events;

namespace IBok.GraphQL.Tests.Api.Events;

public sealed record InvoiceIssued(long InvoiceId, string Number);

public sealed record Bulky(string Text);

/// <summary>Publishing and subscribing across two buses (two processes' worth of connections) on a real PostgreSQL.</summary>
public sealed class PostgresEventBusTests
{
    [Fact]
    public async Task PublishAsync_OnOneBus_ReachesSubscribersOfBothBuses()
    {
        await using var buses = await PostgresBusPair.StartAsync();
        await using var onA = await TestSubscriber<InvoiceIssued>.StartAsync(buses.A, "invoiceIssued:customer/42");
        await using var onB = await TestSubscriber<InvoiceIssued>.StartAsync(buses.B, "invoiceIssued:customer/42");

        await buses.A.PublishAsync("invoiceIssued:customer/42", new InvoiceIssued(7, "FV/2026/11/0007"));

        Assert.Equal(new InvoiceIssued(7, "FV/2026/11/0007"), await onB.NextAsync());
        Assert.Equal(new InvoiceIssued(7, "FV/2026/11/0007"), await onA.NextAsync());
    }

    [Fact]
    public async Task PublishAsync_ManyEventsFromOnePublisher_ArriveInPublishOrder()
    {
        await using var buses = await PostgresBusPair.StartAsync();
        await using var subscriber = await TestSubscriber<int>.StartAsync(buses.B, "counter");

        for (var number = 1; number <= 50; number++)
        {
            await buses.A.PublishAsync("counter", number);
        }

        var received = new List<int>();
        for (var index = 0; index < 50; index++)
        {
            received.Add(await subscriber.NextAsync());
        }

        Assert.Equal(Enumerable.Range(1, 50), received);
    }

    [Fact]
    public async Task PublishAsync_ToAnotherTopic_DoesNotReachTheSubscriber()
    {
        await using var buses = await PostgresBusPair.StartAsync();
        var prefix = new string('t', 70); // both topics are hashed: they differ only after the readable length
        await using var subscriber = await TestSubscriber<string>.StartAsync(buses.B, prefix + "/mine");
        await using var other = await TestSubscriber<string>.StartAsync(buses.B, prefix + "/other");

        await buses.A.PublishAsync(prefix + "/other", "not for me");
        await buses.A.PublishAsync("chat:mine", "not for me either");
        await buses.A.PublishAsync(prefix + "/mine", "for me");

        Assert.Equal("not for me", await other.NextAsync());
        Assert.Equal("for me", await subscriber.NextAsync());
        Assert.False(subscriber.HasMore);
    }

    [Theory]
    [InlineData("Case \"ZG/2026/000123\" updated")]
    [InlineData("zgłoszenie: Łódź, ul. Piotrkowska")]
    public async Task PublishAsync_TopicWithQuotesOrNonAscii_IsDelivered(string topic)
    {
        await using var buses = await PostgresBusPair.StartAsync();
        await using var subscriber = await TestSubscriber<string>.StartAsync(buses.B, topic);

        await buses.A.PublishAsync(topic, "Zażółć gęślą jaźń");

        Assert.Equal("Zażółć gęślą jaźń", await subscriber.NextAsync());
    }

    [Fact]
    public async Task SubscribeAsync_SeveralLocalSubscribersOfATopic_ShareOneListen()
    {
        await using var buses = await PostgresBusPair.StartAsync();
        await using var first = await TestSubscriber<int>.StartAsync(buses.B, "outage:street/12");
        await using var second = await TestSubscriber<int>.StartAsync(buses.B, "outage:street/12");
        await using var third = await TestSubscriber<int>.StartAsync(buses.B, "outage:street/12");
        await PostgresBusPair.WaitUntilAsync(() => buses.B.SubscriberCount("outage:street/12") == 3, "three subscribers");

        await buses.A.PublishAsync("outage:street/12", 12);

        Assert.Equal(1, buses.B.ListeningChannelCount);
        Assert.Equal(12, await first.NextAsync());
        Assert.Equal(12, await second.NextAsync());
        Assert.Equal(12, await third.NextAsync());
    }

    [Fact]
    public async Task SubscribeAsync_LastSubscriberLeaves_Unlistens()
    {
        await using var buses = await PostgresBusPair.StartAsync();
        var staying = await TestSubscriber<int>.StartAsync(buses.B, "notice");
        var leaving = await TestSubscriber<int>.StartAsync(buses.B, "notice");
        await PostgresBusPair.WaitUntilAsync(() => buses.B.SubscriberCount("notice") == 2, "two subscribers");

        await leaving.DisposeAsync();
        await buses.A.PublishAsync("notice", 1);

        Assert.Equal(1, await staying.NextAsync());
        Assert.True(buses.B.IsListening("notice"));
        Assert.Equal(1, buses.B.SubscriberCount("notice"));

        await staying.DisposeAsync();
        await PostgresBusPair.WaitUntilAsync(() => !buses.B.IsListening("notice"), "the bus unlistened");
        Assert.Equal(0, buses.B.SubscriberCount("notice"));
        Assert.Equal(0, buses.B.ListeningChannelCount);
    }

    [Fact]
    public async Task SubscribeAsync_AfterUnlisten_ListensAgainAndReceives()
    {
        await using var buses = await PostgresBusPair.StartAsync();
        var first = await TestSubscriber<int>.StartAsync(buses.B, "notice");
        await first.DisposeAsync();
        await PostgresBusPair.WaitUntilAsync(() => !buses.B.IsListening("notice"), "the bus unlistened");

        await using var second = await TestSubscriber<int>.StartAsync(buses.B, "notice");
        await buses.A.PublishAsync("notice", 2);

        Assert.Equal(2, await second.NextAsync());
    }

    [Fact]
    public async Task SubscribeAsync_NewTopics_ReuseTheListeningConnection()
    {
        await using var buses = await PostgresBusPair.StartAsync();
        var processId = buses.B.ListenerProcessId;

        await using var first = await TestSubscriber<int>.StartAsync(buses.B, "one");
        await using var second = await TestSubscriber<int>.StartAsync(buses.B, "two");
        await using var third = await TestSubscriber<int>.StartAsync(buses.B, "three");
        await buses.A.PublishAsync("three", 3);

        Assert.Equal(3, await third.NextAsync());
        Assert.Equal(processId, buses.B.ListenerProcessId);
        Assert.Equal(3, buses.B.ListeningChannelCount);
    }

    [Fact]
    public async Task Listener_TerminatedByTheServer_ReconnectsAndListensAgain()
    {
        await using var buses = await PostgresBusPair.StartAsync();
        await using var subscriber = await TestSubscriber<string>.StartAsync(buses.B, "invoiceIssued:customer/7");
        await using var other = await TestSubscriber<string>.StartAsync(buses.B, "invoiceIssued:customer/8");
        var terminated = buses.B.ListenerProcessId;

        await buses.TerminateListenerAsync(buses.B);
        await PostgresBusPair.WaitUntilAsync(
            () => buses.B.ListenerProcessId is { } processId && processId != terminated && buses.B.ListeningChannelCount == 2,
            "the bus reconnected and listened to both topics again");
        await buses.A.PublishAsync("invoiceIssued:customer/7", "after the reconnection");
        await buses.A.PublishAsync("invoiceIssued:customer/8", "to the other one too");

        Assert.Equal("after the reconnection", await subscriber.NextAsync());
        Assert.Equal("to the other one too", await other.NextAsync());
    }

    [Fact]
    public async Task Listener_QuietLongerThanTheKeepAlive_KeepsItsConnectionAndReceives()
    {
        await using var buses = await PostgresBusPair.StartAsync(keepAliveSeconds: 1);
        await using var subscriber = await TestSubscriber<string>.StartAsync(buses.B, "quiet");
        var processId = buses.B.ListenerProcessId;

        await Task.Delay(TimeSpan.FromSeconds(2.5)); // two keepalive rounds
        await buses.A.PublishAsync("quiet", "still here");

        Assert.Equal("still here", await subscriber.NextAsync());
        Assert.Equal(processId, buses.B.ListenerProcessId);
    }

    [Fact]
    public async Task PublishAsync_PayloadOverTheNotifyLimit_ThrowsNamingTheSize()
    {
        await using var buses = await PostgresBusPair.StartAsync();

        // {"text":"…"} is 11 bytes around the text.
        var error = await Assert.ThrowsAsync<EventPayloadTooLargeException>(
            async () => await buses.A.PublishAsync("big", new Bulky(new string('x', 7989))));

        Assert.Equal(
            "The event payload of topic \"big\" is 8000 bytes of JSON; the event bus carries at most 7999. " +
            "Publish ids and a few fields, and let subscribers load the rest. (Parameter 'payload')",
            error.Message);
        Assert.Equal(("big", 8000, 7999), (error.Topic, error.PayloadBytes, error.MaxPayloadBytes));
    }

    [Fact]
    public async Task PublishAsync_PayloadAtTheNotifyLimit_IsDelivered()
    {
        await using var buses = await PostgresBusPair.StartAsync();
        await using var subscriber = await TestSubscriber<Bulky>.StartAsync(buses.B, "big");

        await buses.A.PublishAsync("big", new Bulky(new string('x', 7988)));

        Assert.Equal(7988, (await subscriber.NextAsync()).Text.Length);
    }

    [Fact]
    public async Task PublishAsync_NonAsciiPayload_CountsItsEscapedJson()
    {
        await using var buses = await PostgresBusPair.StartAsync();

        // Each "ż" is escaped to \u017C: 6 bytes, so 1331 of them make 7986 + 11 = 7997 bytes and 1332 make 8003.
        await buses.A.PublishAsync("big", new Bulky(new string('ż', 1331)));
        var error = await Assert.ThrowsAsync<EventPayloadTooLargeException>(
            async () => await buses.A.PublishAsync("big", new Bulky(new string('ż', 1332))));

        Assert.Equal(8003, error.PayloadBytes);
    }

    [Fact]
    public async Task SubscribeAsync_PayloadOfAnotherType_IsSkipped()
    {
        await using var buses = await PostgresBusPair.StartAsync();
        await using var subscriber = await TestSubscriber<InvoiceIssued>.StartAsync(buses.B, "mixed");

        await buses.A.PublishAsync("mixed", "a plain string");
        await buses.A.PublishAsync("mixed", new InvoiceIssued(1, "FV/1"));

        Assert.Equal(new InvoiceIssued(1, "FV/1"), await subscriber.NextAsync());
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public async Task PublishAndSubscribe_BlankTopic_Throw(string topic)
    {
        await using var buses = await PostgresBusPair.StartAsync();

        await Assert.ThrowsAsync<ArgumentException>(async () => await buses.A.PublishAsync(topic, 1));
        Assert.Throws<ArgumentException>(() => buses.A.SubscribeAsync<int>(topic));
    }
}
