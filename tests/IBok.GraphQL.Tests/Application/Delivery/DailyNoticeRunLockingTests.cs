using IBok.Domain.Customers;
using IBok.GraphQL.Application.Delivery;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Persistence.Model.Customers;
using IBok.GraphQL.Persistence.Model.Delivery;
using IBok.GraphQL.Tests.Persistence;
using IBok.GraphQL.Tests.Testing;
using Microsoft.EntityFrameworkCore;
using static IBok.GraphQL.Tests.Application.Delivery.DeliverySeed;

namespace IBok.GraphQL.Tests.Application.Delivery;

/// <summary>
/// The daily run holds the write lock only while it writes a page (on SQLite a write transaction locks the whole file):
/// other writers get in between and during the pages' planning, and a change that comes in between planning and writing
/// is seen. A run stopped between pages and started again writes exactly what one whole run writes.
/// </summary>
public sealed class DailyNoticeRunLockingTests
{
    private static readonly string[] AllKeys =
        ["500001:email:invoice-issued:FV/1", "500002:email:invoice-issued:FV/2", "500003:email:invoice-issued:FV/3", "500004:email:invoice-issued:FV/4", "500005:email:invoice-issued:FV/5"];

    private static readonly DeliveryOptions PageOfTwo = Options with { RunPageSize = 2 };

    private static DailyNoticeRun Run(IBokDbContext db, Func<NoticeRunPage, CancellationToken, Task>? onPage = null) =>
        new(db, new NoticeOutbox(db, new TestClock(Now), PageOfTwo), new TestClock(Now), PageOfTwo) { OnPage = onPage };

    /// <summary>Five customers, each with one e-mail invoice notice due.</summary>
    private static async Task<TestDatabase> FiveCustomersAsync(string provider)
    {
        var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateContext();
        for (var index = 1; index <= 5; index++)
        {
            var customer = await CustomerAsync(db, $"50000{index}");
            await ConsentAsync(db, customer, NotificationChannel.Email, NotificationKind.InvoiceIssued);
            await DebitAsync(db, customer, $"FV/{index}", Today, Today.AddDays(14), 1_000);
        }

        return database;
    }

    private static async Task<List<string>> KeysAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        return await db.Set<OutboxMessageRow>().OrderBy(row => row.IdempotencyKey).Select(row => row.IdempotencyKey).ToListAsync();
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RunAsync_WhilePagesArePlannedAndBetweenPages_AnotherConnectionCanWrite(string provider)
    {
        await using var database = await FiveCustomersAsync(provider);
        var writes = new List<string>();

        async Task SignInFailsMeanwhile(NoticeRunPage page, CancellationToken cancellationToken)
        {
            // What a failed sign-in writes: a throttle row, in its own transaction on its own connection.
            var login = $"page-{page.Number}-{page.Stage}";
            await using var other = database.CreateImpatientContext();
            await other.Database.ExecuteSqlAsync(
                $"INSERT INTO sign_in_throttles (login_hash, failed_count, last_failed_at) VALUES ({login}, 1, {Now.UtcDateTime})", cancellationToken);
            writes.Add(login);
        }

        NoticeRunSummary summary;
        await using (var db = database.CreateContext())
        {
            summary = await Run(db, SignInFailsMeanwhile).RunAsync(Today, CancellationToken.None);
        }

        Assert.Equal(["page-1-Planned", "page-1-Committed", "page-2-Planned", "page-2-Committed", "page-3-Planned", "page-3-Committed"], writes);
        await using var check = database.CreateContext();
        Assert.Equal(writes.Order(StringComparer.Ordinal), await check.Database.SqlQuery<string>($"SELECT login_hash AS \"Value\" FROM sign_in_throttles ORDER BY login_hash").ToListAsync());
        Assert.Equal(AllKeys, await KeysAsync(database));
        Assert.Equal(new EnqueueCounts(5, 5, 5, 0, 0), summary.Counts);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RunAsync_ConsentWithdrawnBetweenPlanningAndWriting_WritesNothingForThatCustomer(string provider)
    {
        await using var database = await FiveCustomersAsync(provider);

        async Task WithdrawSecondCustomersConsent(NoticeRunPage page, CancellationToken cancellationToken)
        {
            if (page is { Number: 1, Stage: NoticeRunPageStage.Planned })
            {
                await using var other = database.CreateImpatientContext();
                var customerId = await other.Set<CustomerRow>().Where(row => row.Number == "500002").Select(row => row.Id).SingleAsync(cancellationToken);
                other.Add(new ConsentChangeRow
                {
                    CustomerId = customerId, Topic = ConsentTopic.Notification, Channel = NotificationChannel.Email, Kind = NotificationKind.InvoiceIssued,
                    Granted = false, ChangedAt = ConsentedAt.AddDays(1), Source = ConsentSource.Portal,
                });
                await other.SaveChangesAsync(cancellationToken);
            }
        }

        NoticeRunSummary summary;
        await using (var db = database.CreateContext())
        {
            summary = await Run(db, WithdrawSecondCustomersConsent).RunAsync(Today, CancellationToken.None);
        }

        Assert.Equal([AllKeys[0], AllKeys[2], AllKeys[3], AllKeys[4]], await KeysAsync(database));
        Assert.Equal(new EnqueueCounts(5, 4, 4, 0, 0), summary.Counts);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RunAsync_CrashAfterFirstPageThenRunAgain_WritesExactlyTheNoticesOfOneRun(string provider)
    {
        await using var database = await FiveCustomersAsync(provider);
        static Task CrashAfterFirstPage(NoticeRunPage page, CancellationToken cancellationToken) =>
            page is { Number: 1, Stage: NoticeRunPageStage.Committed } ? throw new InvalidOperationException("process killed") : Task.CompletedTask;

        await using (var db = database.CreateContext())
        {
            var crash = await Assert.ThrowsAsync<InvalidOperationException>(() => Run(db, CrashAfterFirstPage).RunAsync(Today, CancellationToken.None));
            Assert.Equal("process killed", crash.Message);
        }

        Assert.Equal(AllKeys[..2], await KeysAsync(database));
        await using (var db = database.CreateContext())
        {
            var crashed = await db.Set<NoticeRunRow>().SingleAsync();
            Assert.Equal((2, 2, 2, 0, 0, (DateTime?)null), (crashed.Customers, crashed.Planned, crashed.Enqueued, crashed.AlreadyQueued, crashed.Failed, crashed.FinishedAt));
            Assert.False(await Run(db).FinishedOnAsync(Today, CancellationToken.None));
        }

        NoticeRunSummary again;
        await using (var db = database.CreateContext())
        {
            again = await Run(db).RunAsync(Today, CancellationToken.None);
        }

        Assert.Equal(AllKeys, await KeysAsync(database));
        Assert.Equal(new EnqueueCounts(5, 5, 3, 2, 0), again.Counts);
        await using var check = database.CreateContext();
        Assert.True(await Run(check).FinishedOnAsync(Today, CancellationToken.None));
        Assert.Equal([(2, (DateTime?)null), (5, Now.UtcDateTime)], (await check.Set<NoticeRunRow>().OrderBy(row => row.Id).ToListAsync()).Select(row => (row.Customers, row.FinishedAt)));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RunAsync_StoppedAfterFirstPageThenRunAgain_WritesExactlyTheNoticesOfOneRun(string provider)
    {
        await using var database = await FiveCustomersAsync(provider);
        using var stop = new CancellationTokenSource();
        NoticeRunSummary stopped;
        await using (var db = database.CreateContext())
        {
            stopped = await Run(db, async (page, _) =>
            {
                if (page is { Number: 1, Stage: NoticeRunPageStage.Committed })
                {
                    await stop.CancelAsync();
                }
            }).RunAsync(Today, stop.Token);
        }

        Assert.Equal((new EnqueueCounts(2, 2, 2, 0, 0), (DateTime?)null), (stopped.Counts, stopped.FinishedAt));
        Assert.Equal(AllKeys[..2], await KeysAsync(database));
        await using (var db = database.CreateContext())
        {
            Assert.False(await Run(db).FinishedOnAsync(Today, CancellationToken.None));
            await Run(db).RunAsync(Today, CancellationToken.None);
        }

        Assert.Equal(AllKeys, await KeysAsync(database));
        await using var check = database.CreateContext();
        Assert.True(await Run(check).FinishedOnAsync(Today, CancellationToken.None));
    }
}
