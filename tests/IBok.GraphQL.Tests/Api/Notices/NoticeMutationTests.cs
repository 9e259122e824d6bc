using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Persistence.Model.Notices;
using IBok.GraphQL.Relay;
using IBok.GraphQL.Tests.Api.Testing;
using IBok.GraphQL.Tests.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IBok.GraphQL.Tests.Api.Notices;

public sealed class NoticeMutationTests
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task MarkNoticeRead_KeepsFirstReadTime_MarkAllMarksOnlyTheCallersUnread(string provider)
    {
        await using var host = await WriteApiHost.CreateAsync(provider);
        var customerA = await host.SeedCustomerAsync("100001");
        var customerB = await host.SeedCustomerAsync("100002");
        var (first, _, _) = await SeedInboxAsync(host, customerA.CustomerId, customerB.CustomerId);
        const string MarkOne = """mutation($id: ID!) { markNoticeRead(noticeId: $id) { noticeId readAt errors { code } } }""";
        const string MarkAll = """mutation { markAllNoticesRead { markedCount errors { code } } }""";
        var id = GlobalId.Serialize("Notice", first);

        var read = await host.MutateAsync(customerA.Viewer, "markNoticeRead", MarkOne, new { id });
        host.Clock.Now = host.Clock.Now.AddHours(1);
        var readAgain = await host.MutateAsync(customerA.Viewer, "markNoticeRead", MarkOne, new { id });
        var all = await host.MutateAsync(customerA.Viewer, "markAllNoticesRead", MarkAll);
        var anonymous = await host.MutateAsync(Viewer.Anonymous, "markAllNoticesRead", MarkAll);

        Assert.Equal($$"""{"noticeId":"{{id}}","readAt":"2026-05-15T10:00:00Z","errors":[]}""", WriteApiHost.Json(read));
        Assert.Equal(WriteApiHost.Json(read), WriteApiHost.Json(readAgain));
        Assert.Equal("""{"markedCount":1,"errors":[]}""", WriteApiHost.Json(all));
        Assert.Equal("""{"markedCount":0,"errors":[{"code":"NOT_SIGNED_IN"}]}""", WriteApiHost.Json(anonymous));
        await using var db = host.SystemContext();
        var unread = await db.Set<NoticeDeliveryRow>().Where(row => row.ReadAt == null).Select(row => row.CustomerId).ToListAsync();
        Assert.Equal([customerB.CustomerId], unread);
    }

    /// <summary>Two notices for A, one for B, all unread; returns the delivery ids.</summary>
    private static async Task<(long FirstOfA, long SecondOfA, long OfB)> SeedInboxAsync(WriteApiHost host, long customerA, long customerB)
    {
        await using var db = host.SystemContext();
        var notices = Enumerable.Range(1, 2).Select(i => new NoticeRow
        {
            Kind = NoticeKind.Information, Title = $"Komunikat {i}", Body = "Treść.", Targeting = NoticeTargeting.All,
            PublishedAt = new DateTime(2026, 5, 14, 8, 0, 0, DateTimeKind.Utc), CreatedBy = "dyspozytor", CreatedAt = new DateTime(2026, 5, 14, 7, 0, 0, DateTimeKind.Utc),
        }).ToList();
        db.AddRange(notices);
        await db.SaveChangesAsync();
        var deliveries = new[]
        {
            new NoticeDeliveryRow { CustomerId = customerA, NoticeId = notices[0].Id, DeliveredAt = notices[0].PublishedAt!.Value },
            new NoticeDeliveryRow { CustomerId = customerA, NoticeId = notices[1].Id, DeliveredAt = notices[1].PublishedAt!.Value },
            new NoticeDeliveryRow { CustomerId = customerB, NoticeId = notices[0].Id, DeliveredAt = notices[0].PublishedAt!.Value },
        };
        db.AddRange(deliveries);
        await db.SaveChangesAsync();
        return (deliveries[0].Id, deliveries[1].Id, deliveries[2].Id);
    }
}
