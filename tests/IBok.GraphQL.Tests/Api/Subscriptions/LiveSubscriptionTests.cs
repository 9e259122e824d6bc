using System.Text.Json.Nodes;
using IBok.GraphQL.Api.Subscriptions;
using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Persistence.Model.Settlements;
using IBok.GraphQL.Relay;
using IBok.GraphQL.Tests.Api.Staff;
using IBok.GraphQL.Tests.Persistence;

namespace IBok.GraphQL.Tests.Api.Subscriptions;

public sealed class LiveSubscriptionTests
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task PaymentRegistered_ReachesTheOwningCustomerAndNotAnother(string provider)
    {
        await using var host = await StaffApiHost.CreateAsync(provider);
        long first, second;
        await using (var db = host.CreateContext())
        {
            first = (await StaffRows.AddCustomerAsync(db, "400001", "Gniezno", "Lipowa")).Id;
            second = (await StaffRows.AddCustomerAsync(db, "400002", "Gniezno", "Polna")).Id;
        }

        const string Subscription = "subscription { paymentRegistered { customerId amount reference } }";
        await using var firstEvents = host.SubscribeAsync(Viewer.ForCustomer(first, 1, "Pierwszy"), Subscription).GetAsyncEnumerator();
        await using var secondEvents = host.SubscribeAsync(Viewer.ForCustomer(second, 2, "Drugi"), Subscription).GetAsyncEnumerator();
        var firstNext = firstEvents.MoveNextAsync().AsTask();
        var secondNext = secondEvents.MoveNextAsync().AsTask();
        await WaitForSubscriberAsync(host, LiveEvents.CustomerTopic(LiveEvents.PaymentRegistered, first));
        await WaitForSubscriberAsync(host, LiveEvents.CustomerTopic(LiveEvents.PaymentRegistered, second));

        await host.ExecuteAsync(StaffApiHost.Operator, """mutation { registerPayment(customerNumber: "400001", amount: 12.5, valueDate: "2026-03-09", reference: "A-1") { errors { code } } }""");
        await host.ExecuteAsync(StaffApiHost.Operator, """mutation { registerPayment(customerNumber: "400002", amount: 7, valueDate: "2026-03-09", reference: "B-1") { errors { code } } }""");

        Assert.True(await firstNext);
        Assert.Equal("{\"data\":{\"paymentRegistered\":{\"customerId\":\"" + GlobalId.Serialize("Customer", first) + "\",\"amount\":\"12.5\",\"reference\":\"A-1\"}}}", firstEvents.Current);
        // The bus keeps publish order, so the second customer's first event being their own shows the first one's never reached them.
        Assert.True(await secondNext);
        Assert.Equal("{\"data\":{\"paymentRegistered\":{\"customerId\":\"" + GlobalId.Serialize("Customer", second) + "\",\"amount\":\"7\",\"reference\":\"B-1\"}}}", secondEvents.Current);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task NoticePublished_ReachesCustomerOnTargetedStreetAndStaff(string provider)
    {
        await using var host = await StaffApiHost.CreateAsync(provider);
        long onStreet, elsewhere;
        await using (var db = host.CreateContext())
        {
            onStreet = (await StaffRows.AddCustomerAsync(db, "500001", "Gniezno", "Lipowa")).Id;
            elsewhere = (await StaffRows.AddCustomerAsync(db, "500002", "Gniezno", "Polna")).Id;
        }

        const string Subscription = "subscription { noticePublished { title kind } }";
        await using var customerEvents = host.SubscribeAsync(Viewer.ForCustomer(onStreet, 1, "Na Lipowej"), Subscription).GetAsyncEnumerator();
        await using var otherEvents = host.SubscribeAsync(Viewer.ForCustomer(elsewhere, 2, "Na Polnej"), Subscription).GetAsyncEnumerator();
        await using var staffEvents = host.SubscribeAsync(StaffApiHost.Operator, Subscription).GetAsyncEnumerator();
        var customerNext = customerEvents.MoveNextAsync().AsTask();
        var otherNext = otherEvents.MoveNextAsync().AsTask();
        var staffNext = staffEvents.MoveNextAsync().AsTask();
        await WaitForSubscriberAsync(host, LiveEvents.CustomerTopic(LiveEvents.NoticePublished, onStreet));
        await WaitForSubscriberAsync(host, LiveEvents.CustomerTopic(LiveEvents.NoticePublished, elsewhere));
        await WaitForSubscriberAsync(host, LiveEvents.StaffTopic(LiveEvents.NoticePublished));

        await host.ExecuteAsync(StaffApiHost.Operator, """mutation { publishOutage(title: "Lipowa", body: "b", kind: FAILURE, startsAt: "2026-03-10T10:00:00Z", city: "Gniezno", streets: ["Lipowa"]) { errors { code } } }""");
        await host.ExecuteAsync(StaffApiHost.Operator, """mutation { publishOutage(title: "Polna", body: "b", kind: PLANNED_SHUTDOWN, startsAt: "2026-03-11T10:00:00Z", city: "Gniezno", streets: ["Polna"]) { errors { code } } }""");

        Assert.True(await customerNext);
        Assert.Equal("""{"data":{"noticePublished":{"title":"Lipowa","kind":"FAILURE"}}}""", customerEvents.Current);
        Assert.True(await otherNext);
        Assert.Equal("""{"data":{"noticePublished":{"title":"Polna","kind":"PLANNED_SHUTDOWN"}}}""", otherEvents.Current);
        Assert.True(await staffNext);
        Assert.Equal("""{"data":{"noticePublished":{"title":"Lipowa","kind":"FAILURE"}}}""", staffEvents.Current);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task NoticePublished_CarriesTheCustomersInboxItemIdAndStaffTheNoticeId(string provider)
    {
        await using var host = await StaffApiHost.CreateAsync(provider);
        long customerId;
        await using (var db = host.CreateContext())
        {
            customerId = (await StaffRows.AddCustomerAsync(db, "510001", "Gniezno", "Lipowa")).Id;
        }

        var customer = Viewer.ForCustomer(customerId, 1, "Na Lipowej");
        const string Subscription = "subscription { noticePublished { noticeId title } }";
        await using var customerEvents = host.SubscribeAsync(customer, Subscription).GetAsyncEnumerator();
        await using var staffEvents = host.SubscribeAsync(StaffApiHost.Operator, Subscription).GetAsyncEnumerator();
        var customerNext = customerEvents.MoveNextAsync().AsTask();
        var staffNext = staffEvents.MoveNextAsync().AsTask();
        await WaitForSubscriberAsync(host, LiveEvents.CustomerTopic(LiveEvents.NoticePublished, customerId));
        await WaitForSubscriberAsync(host, LiveEvents.StaffTopic(LiveEvents.NoticePublished));

        var published = JsonNode.Parse(await host.ExecuteAsync(
            StaffApiHost.Operator,
            """mutation { publishOutage(title: "Lipowa", body: "b", kind: FAILURE, startsAt: "2026-03-10T10:00:00Z", city: "Gniezno", streets: ["Lipowa"]) { notice { id } } }"""))!;
        var inbox = JsonNode.Parse(await host.ExecuteAsync(customer, "{ customer { notices { id title } } }"))!;

        var inboxId = inbox["data"]!["customer"]!["notices"]![0]!["id"]!.GetValue<string>();
        var noticeId = published["data"]!["publishOutage"]!["notice"]!["id"]!.GetValue<string>();
        Assert.Equal(("Notice", "PublishedOutage"), (GlobalId.Parse(inboxId).TypeName, GlobalId.Parse(noticeId).TypeName));
        Assert.True(await customerNext);
        Assert.Equal("{\"data\":{\"noticePublished\":{\"noticeId\":\"" + inboxId + "\",\"title\":\"Lipowa\"}}}", customerEvents.Current);
        Assert.True(await staffNext);
        Assert.Equal("{\"data\":{\"noticePublished\":{\"noticeId\":\"" + noticeId + "\",\"title\":\"Lipowa\"}}}", staffEvents.Current);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CaseUpdated_CaseFiledAndMessageAddedByTheCustomer_ReachTheCustomerAndStaff(string provider)
    {
        await using var host = await StaffApiHost.CreateAsync(provider);
        long customerId;
        await using (var db = host.CreateContext())
        {
            customerId = (await StaffRows.AddCustomerAsync(db, "520001", "Gniezno", "Lipowa")).Id;
        }

        var customer = Viewer.ForCustomer(customerId, 1, "Jan Lipowy");
        const string Subscription = "subscription { caseUpdated { caseId signature status } }";
        await using var customerEvents = host.SubscribeAsync(customer, Subscription).GetAsyncEnumerator();
        await using var staffEvents = host.SubscribeAsync(StaffApiHost.Operator, Subscription).GetAsyncEnumerator();
        var customerFiled = customerEvents.MoveNextAsync().AsTask();
        var staffFiled = staffEvents.MoveNextAsync().AsTask();
        await WaitForSubscriberAsync(host, LiveEvents.CustomerTopic(LiveEvents.CaseUpdated, customerId));
        await WaitForSubscriberAsync(host, LiveEvents.StaffTopic(LiveEvents.CaseUpdated));

        var created = JsonNode.Parse(await host.ExecuteAsync(customer, """mutation { createCase(kind: QUESTION, subject: "Pytanie", text: "Treść") { case { id signature status } } }"""))!["data"]!["createCase"]!["case"]!;
        var expectedFiled = "{\"data\":{\"caseUpdated\":{\"caseId\":\"" + created["id"]!.GetValue<string>() + "\",\"signature\":\"" + created["signature"]!.GetValue<string>() + "\",\"status\":\"" + created["status"]!.GetValue<string>() + "\"}}}";
        Assert.True(await customerFiled);
        Assert.Equal(expectedFiled, customerEvents.Current);
        Assert.True(await staffFiled);
        Assert.Equal(expectedFiled, staffEvents.Current);

        var customerMessaged = customerEvents.MoveNextAsync().AsTask();
        var added = JsonNode.Parse(await host.ExecuteAsync(
            customer, "mutation { addCaseMessage(caseId: \"" + created["id"]!.GetValue<string>() + "\", text: \"Dopisuję\") { case { status } errors { code } } }"))!;
        Assert.Equal("[]", added["data"]!["addCaseMessage"]!["errors"]!.ToJsonString());
        Assert.True(await customerMessaged);
        Assert.Equal(
            "{\"data\":{\"caseUpdated\":{\"caseId\":\"" + created["id"]!.GetValue<string>() + "\",\"signature\":\"" + created["signature"]!.GetValue<string>() + "\",\"status\":\"" + added["data"]!["addCaseMessage"]!["case"]!["status"]!.GetValue<string>() + "\"}}}",
            customerEvents.Current);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CaseUpdated_CaseFiledWithoutAnAccount_ReachesStaff(string provider)
    {
        await using var host = await StaffApiHost.CreateAsync(provider);
        await using var staffEvents = host.SubscribeAsync(StaffApiHost.Operator, "subscription { caseUpdated { signature status } }").GetAsyncEnumerator();
        var staffNext = staffEvents.MoveNextAsync().AsTask();
        await WaitForSubscriberAsync(host, LiveEvents.StaffTopic(LiveEvents.CaseUpdated));

        var filed = JsonNode.Parse(await host.ExecuteAsync(
            Viewer.Anonymous,
            """mutation { fileCaseAnonymously(kind: COMPLAINT, subject: "Brak wody", text: "Od rana", name: "Ewa Nowak", email: "ewa@example.pl") { signature errors { code } } }"""))!;

        var signature = filed["data"]!["fileCaseAnonymously"]!["signature"]!.GetValue<string>();
        Assert.True(await staffNext);
        Assert.Equal("{\"data\":{\"caseUpdated\":{\"signature\":\"" + signature + "\",\"status\":\"REGISTERED\"}}}", staffEvents.Current);
    }

    [Fact]
    public async Task PaymentRegistered_Anonymous_IsRefusedBeforeSubscribing()
    {
        await using var host = await StaffApiHost.CreateAsync("sqlite");

        var responses = new List<string>();
        await foreach (var response in host.SubscribeAsync(Viewer.Anonymous, "subscription { paymentRegistered { amount } }"))
        {
            responses.Add(response);
        }

        Assert.Equal(
            ["""{"errors":[{"message":"Sign in to use \"Subscription.paymentRegistered\".","locations":[{"line":1,"column":16}],"path":["paymentRegistered"],"extensions":{"code":"NOT_AUTHENTICATED"}}]}"""],
            responses);
        Assert.Equal(0, host.Bus.TotalSubscriberCount);
    }

    private static async Task WaitForSubscriberAsync(StaffApiHost host, string topic)
    {
        // Subscribing happens when the enumerator first runs; wait for it (no time limit asserted, the test runner's own applies).
        while (host.Bus.SubscriberCount(topic) == 0)
        {
            await Task.Delay(5);
        }
    }
}
