using IBok.Domain.Customers;
using IBok.Domain.Settlements;
using IBok.GraphQL.Application.Delivery;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Model.Customers;
using IBok.GraphQL.Persistence.Model.Delivery;
using IBok.GraphQL.Tests.Persistence;
using IBok.GraphQL.Tests.Testing;
using Microsoft.EntityFrameworkCore;
using static IBok.GraphQL.Tests.Application.Delivery.DeliverySeed;

namespace IBok.GraphQL.Tests.Application.Delivery;

public sealed class DailyNoticeRunTests
{
    private static DailyNoticeRun Run(IBokDbContext db) => new(db, new NoticeOutbox(db, new TestClock(Now), Options), new TestClock(Now), Options);

    private static async Task<List<(string Key, NotificationKind Kind, NotificationChannel Channel)>> OutboxAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        return [.. (await db.Set<OutboxMessageRow>().OrderBy(row => row.IdempotencyKey).ToListAsync()).Select(row => (row.IdempotencyKey, row.Kind, row.Channel))];
    }

    /// <summary>One customer for whom every notice kind is due on <see cref="DeliverySeed.Today"/>.</summary>
    private static async Task<CustomerRow> EverythingDueAsync(IBokDbContext db, string number, NotificationChannel consentChannel)
    {
        var customer = await CustomerAsync(db, number);
        await ConsentToAllAsync(db, customer, consentChannel);
        await ContractAsync(db, customer, "UM/" + number, endDate: Today.AddDays(20));
        await DebitAsync(db, customer, $"FV/{number}/1", Today.AddDays(-2), Today.AddDays(2), 12_345);
        await DebitAsync(db, customer, $"FV/{number}/0", new DateOnly(2026, 1, 10), Today.AddDays(-10), 5_000);
        await DebitAsync(db, customer, $"NO/{number}/1", Today.AddDays(-1), Today.AddDays(13), 321, DebitKind.InterestNote);
        await MeterAsync(db, customer, "WM-" + number, Today.AddDays(30));
        return customer;
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RunAsync_EveryKindDueWithEmailConsent_EnqueuesOneEmailPerNotice(string provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using (var db = database.CreateContext())
        {
            await EverythingDueAsync(db, "100001", NotificationChannel.Email);
            await OutageAsync(db, "Gniezno", "Lipowa");
            await OutageAsync(db, "Poznań");
        }

        NoticeRunSummary summary;
        await using (var db = database.CreateContext())
        {
            summary = await Run(db).RunAsync(Today, CancellationToken.None);
        }

        await using (var db = database.CreateContext())
        {
            var outageId = await db.Set<IBok.GraphQL.Persistence.Model.Notices.NoticeRow>().Where(row => row.TargetCity == "Gniezno").Select(row => row.Id).SingleAsync();
            Assert.Equal(
                [
                    ("100001:email:contract-ending:UM/100001:2026-03-30", NotificationKind.ContractEnding, NotificationChannel.Email),
                    ("100001:email:interest-note:NO/100001/1", NotificationKind.InterestNote, NotificationChannel.Email),
                    ("100001:email:invoice-issued:FV/100001/1", NotificationKind.InvoiceIssued, NotificationChannel.Email),
                    ("100001:email:legalization-expiring:WM-100001:2026-04-09", NotificationKind.LegalizationExpiring, NotificationChannel.Email),
                    ($"100001:email:outage:{outageId}", NotificationKind.Outage, NotificationChannel.Email),
                    ("100001:email:payment-demand:FV/100001/0", NotificationKind.PaymentDemand, NotificationChannel.Email),
                    ("100001:email:payment-reminder:FV/100001/1", NotificationKind.PaymentReminder, NotificationChannel.Email),
                ],
                await OutboxAsync(database));
        }

        Assert.Equal(new EnqueueCounts(1, 7, 7, 0, 0), summary.Counts);
        Assert.Equal((Today, Now.UtcDateTime, (DateTime?)Now.UtcDateTime), (summary.RunDate, summary.StartedAt, summary.FinishedAt));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RunAsync_TwiceOnOneDay_EnqueuesNothingTheSecondTime(string provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using (var db = database.CreateContext())
        {
            await EverythingDueAsync(db, "100001", NotificationChannel.Email);
            await EverythingDueAsync(db, "100002", NotificationChannel.Sms);
        }

        await using (var db = database.CreateContext())
        {
            await Run(db).RunAsync(Today, CancellationToken.None);
        }

        var first = await OutboxAsync(database);
        NoticeRunSummary second;
        await using (var db = database.CreateContext())
        {
            second = await Run(db).RunAsync(Today, CancellationToken.None);
        }

        Assert.Equal(12, first.Count);
        Assert.Equal(first, await OutboxAsync(database));
        Assert.Equal(new EnqueueCounts(2, 12, 0, 12, 0), second.Counts);
        await using var check = database.CreateContext();
        var last = await new DeliveryStaff(check, new TestClock(Now)).LastRunAsync(CancellationToken.None);
        Assert.Equal(new EnqueueCounts(2, 12, 0, 12, 0), last!.Counts);
        Assert.Equal(2, await check.Set<NoticeRunRow>().CountAsync());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RunAsync_SmallPages_CoverEveryCustomerOnce(string provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using (var db = database.CreateContext())
        {
            for (var index = 1; index <= 5; index++)
            {
                var customer = await CustomerAsync(db, $"20000{index}");
                await ConsentAsync(db, customer, NotificationChannel.Email, NotificationKind.InvoiceIssued);
                await DebitAsync(db, customer, $"FV/{index}", Today, Today.AddDays(14), 1_000);
            }
        }

        NoticeRunSummary summary;
        await using (var db = database.CreateContext())
        {
            var options = Options with { RunPageSize = 2 };
            summary = await new DailyNoticeRun(db, new NoticeOutbox(db, new TestClock(Now), options), new TestClock(Now), options).RunAsync(Today, CancellationToken.None);
        }

        Assert.Equal(new EnqueueCounts(5, 5, 5, 0, 0), summary.Counts);
        Assert.Equal(["200001:email:invoice-issued:FV/1", "200002:email:invoice-issued:FV/2", "200003:email:invoice-issued:FV/3", "200004:email:invoice-issued:FV/4", "200005:email:invoice-issued:FV/5"],
            (await OutboxAsync(database)).Select(item => item.Key));
    }

    public static TheoryData<string, string> ConsentCases
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var provider in new[] { "sqlite", "postgresql" })
            {
                foreach (var scenario in new[] { "none", "e-invoice only", "sms without phone", "email and sms", "revoked", "no email address", "other kind only" })
                {
                    data.Add(provider, scenario);
                }
            }

            return data;
        }
    }

    [Theory, MemberData(nameof(ConsentCases))]
    public async Task RunAsync_ConsentCombinations_SendOnlyWhatWasConsentedToWithAContact(string provider, string scenario)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using (var db = database.CreateContext())
        {
            var customer = await CustomerAsync(db, "300001", email: scenario == "no email address" ? null : "anna@example.pl", phone: scenario == "sms without phone" ? null : "600700800");
            await ContractAsync(db, customer, "UM/1", electronicInvoice: scenario is "e-invoice only" or "no email address");
            await DebitAsync(db, customer, "FV/1", Today.AddDays(-1), Today.AddDays(2), 10_000);
            switch (scenario)
            {
                case "sms without phone":
                    await ConsentToAllAsync(db, customer, NotificationChannel.Sms);
                    break;
                case "email and sms":
                    await ConsentAsync(db, customer, NotificationChannel.Email, NotificationKind.InvoiceIssued);
                    await ConsentAsync(db, customer, NotificationChannel.Sms, NotificationKind.InvoiceIssued, NotificationKind.PaymentReminder);
                    break;
                case "revoked":
                    await ConsentAsync(db, customer, NotificationChannel.Email, NotificationKind.InvoiceIssued);
                    db.Add(new ConsentChangeRow
                    {
                        CustomerId = customer.Id, Topic = ConsentTopic.Notification, Channel = NotificationChannel.Email, Kind = NotificationKind.InvoiceIssued, Granted = false,
                        ChangedAt = ConsentedAt.AddDays(1), Source = ConsentSource.Staff,
                    });
                    await db.SaveChangesAsync();
                    break;
                case "other kind only":
                    await ConsentAsync(db, customer, NotificationChannel.Email, NotificationKind.Outage, NotificationKind.ContractEnding);
                    break;
            }
        }

        await using (var db = database.CreateContext())
        {
            await Run(db).RunAsync(Today, CancellationToken.None);
        }

        string[] expected = scenario switch
        {
            "e-invoice only" => ["300001:email:invoice-issued:FV/1"],
            "email and sms" => ["300001:email:invoice-issued:FV/1", "300001:sms:invoice-issued:FV/1", "300001:sms:payment-reminder:FV/1"],
            _ => [],
        };
        Assert.Equal(expected, (await OutboxAsync(database)).Select(item => item.Key));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RunAsync_EnglishCustomer_GetsEnglishMessageAndSmsText(string provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using (var db = database.CreateContext())
        {
            var customer = await CustomerAsync(db, "400001", language: PreferredLanguage.English);
            await ConsentAsync(db, customer, NotificationChannel.Email, NotificationKind.PaymentReminder);
            await ConsentAsync(db, customer, NotificationChannel.Sms, NotificationKind.PaymentReminder);
            await DebitAsync(db, customer, "FV/9", Today.AddDays(-20), Today.AddDays(1), 4_550);
        }

        await using (var db = database.CreateContext())
        {
            await Run(db).RunAsync(Today, CancellationToken.None);
        }

        await using var check = database.CreateContext();
        var rows = await check.Set<OutboxMessageRow>().OrderBy(row => row.Channel).ToListAsync();
        Assert.Equal(
            [
                (NotificationChannel.Email, "anna@example.pl", "Reminder: FV/9 is due on 11 March 2026", true),
                (NotificationChannel.Sms, "600 700 800", "Reminder: FV/9 is due on 11 March 2026", false),
            ],
            rows.Select(row => (row.Channel, row.Recipient, row.Subject, row.HtmlBody is not null)));
        Assert.Equal("iBOK: PLN 45.50 of FV/9 is due on 11 March 2026.", rows[1].TextBody);
        Assert.All(rows, row => Assert.Equal((OutboxStatus.Pending, 0, Now.UtcDateTime), (row.Status, row.Attempts, row.NextAttemptAt)));
    }
}
