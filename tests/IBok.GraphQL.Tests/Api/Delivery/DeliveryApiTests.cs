using IBok.Domain.Customers;
using IBok.GraphQL.Api.Common;
using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Persistence.Model.Delivery;
using IBok.GraphQL.Tests.Api.Staff;
using IBok.GraphQL.Tests.Application.Delivery;
using IBok.GraphQL.Tests.Persistence;

namespace IBok.GraphQL.Tests.Api.Delivery;

public sealed class DeliveryApiTests
{
    private static async Task<long> ParkedMessageAsync(StaffApiHost host)
    {
        await using var db = host.CreateContext();
        var customer = await DeliverySeed.CustomerAsync(db, "100001");
        var row = new OutboxMessageRow
        {
            CustomerId = customer.Id, IdempotencyKey = "100001:email:outage:1", Kind = NotificationKind.Outage, Channel = NotificationChannel.Email,
            Recipient = "anna@example.pl", Subject = "Awaria: Awaria wodociągu", TextBody = "…", Status = OutboxStatus.Parked, Attempts = 8,
            NextAttemptAt = new DateTime(2026, 3, 9, 12, 0, 0, DateTimeKind.Utc), LastError = "IOException: Connection refused",
            CreatedAt = new DateTime(2026, 3, 9, 8, 0, 0, DateTimeKind.Utc),
        };
        db.Add(row);
        await db.SaveChangesAsync();
        return row.Id;
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ParkedOutboxMessagesThenRetry_Operator_SeesAndRequeuesTheMessage(string provider)
    {
        await using var host = await StaffApiHost.CreateAsync(provider);
        var id = await ParkedMessageAsync(host);
        var globalId = TypedIds.Of("OutboxMessage", id);

        var parked = await host.ExecuteAsync(StaffApiHost.Operator, "{ parkedOutboxMessages { id kind channel recipient subject status attempts lastError } lastNoticeRun { customers } }");
        var retried = await host.ExecuteAsync(StaffApiHost.Operator, $$"""mutation { retryOutboxMessage(messageId: "{{globalId}}") { message { id status attempts } errors { code message } } }""");
        var again = await host.ExecuteAsync(StaffApiHost.Operator, $$"""mutation { retryOutboxMessage(messageId: "{{globalId}}") { message { id } errors { code message } } }""");

        Assert.Equal(
            """{"data":{"parkedOutboxMessages":[{"id":"GID","kind":"OUTAGE","channel":"EMAIL","recipient":"anna@example.pl","subject":"Awaria: Awaria wodociągu","status":"PARKED","attempts":8,"lastError":"IOException: Connection refused"}],"lastNoticeRun":null}}""".Replace("GID", globalId, StringComparison.Ordinal),
            parked);
        Assert.Equal("""{"data":{"retryOutboxMessage":{"message":{"id":"GID","status":"PENDING","attempts":0},"errors":[]}}}""".Replace("GID", globalId, StringComparison.Ordinal), retried);
        Assert.Equal("""{"data":{"retryOutboxMessage":{"message":null,"errors":[{"code":"MESSAGE_NOT_PARKED","message":"Only a parked message can be retried; this one is PENDING."}]}}}""", again);
    }

    [Theory]
    [InlineData("{ parkedOutboxMessages { id } }")]
    [InlineData("{ lastNoticeRun { customers } }")]
    [InlineData("""mutation { retryOutboxMessage(messageId: "T3V0Ym94TWVzc2FnZTox") { errors { code } } }""")]
    public async Task DeliveryFields_Customer_AreForbidden(string query)
    {
        await using var host = await StaffApiHost.CreateAsync("sqlite");

        var response = await host.ExecuteAsync(Viewer.ForCustomer(1, 1, "Jan Klient"), query);

        Assert.Contains("\"code\":\"FORBIDDEN\"", response, StringComparison.Ordinal);
        Assert.DoesNotContain("\"status\"", response, StringComparison.Ordinal);
    }
}
