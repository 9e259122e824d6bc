using IBok.Domain.Customers;
using IBok.GraphQL.Application.Delivery;
using IBok.GraphQL.Application.Delivery.Sms;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Auditing;
using IBok.GraphQL.Persistence.Model.Delivery;
using IBok.GraphQL.Tests.Persistence;
using IBok.GraphQL.Tests.Testing;
using Microsoft.EntityFrameworkCore;
using static IBok.GraphQL.Tests.Application.Delivery.DeliverySeed;

namespace IBok.GraphQL.Tests.Application.Delivery;

public sealed class OutboxDispatcherTests
{
    private static readonly DeliveryOptions Settings = Options with { MaxAttempts = 3, FirstRetryDelay = TimeSpan.FromMinutes(1), Lease = TimeSpan.FromMinutes(5) };

    private static OutboxDispatcher Dispatcher(IBokDbContext db, TestClock clock, RecordingEmailSender email, RecordingSmsGateway? sms = null) =>
        new(db, email, sms ?? new RecordingSmsGateway(), clock, Settings, new FakeInvoiceDocuments());

    /// <summary>A customer with a payment reminder due by e-mail and by SMS, enqueued by the daily run.</summary>
    private static async Task<TestDatabase> QueuedAsync(string provider, params NotificationChannel[] channels)
    {
        var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateContext();
        var customer = await CustomerAsync(db, "500001");
        foreach (var channel in channels)
        {
            await ConsentAsync(db, customer, channel, NotificationKind.PaymentReminder);
        }

        await DebitAsync(db, customer, "FV/2026/03/000042", Today.AddDays(-9), Today.AddDays(3), 15_075);
        var clock = new TestClock(Now);
        await new DailyNoticeRun(db, new NoticeOutbox(db, clock, Settings), clock, Settings).RunAsync(Today, CancellationToken.None);
        return database;
    }

    private static async Task<OutboxMessageRow> MessageAsync(TestDatabase database, NotificationChannel channel = NotificationChannel.Email)
    {
        await using var db = database.CreateContext();
        return await db.Set<OutboxMessageRow>().SingleAsync(row => row.Channel == channel);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task DispatchDueAsync_EmailAndSms_SendsBothAndMarksThemSentOnce(string provider)
    {
        await using var database = await QueuedAsync(provider, NotificationChannel.Email, NotificationChannel.Sms);
        var clock = new TestClock(Now.AddMinutes(1));
        var email = new RecordingEmailSender();
        var sms = new RecordingSmsGateway();

        DispatchReport report;
        await using (var db = database.CreateContext())
        {
            report = await Dispatcher(db, clock, email, sms).DispatchDueAsync(CancellationToken.None);
        }

        Assert.Equal(new DispatchReport(2, 2, 0, 0), report);
        var mail = Assert.Single(email.Sent);
        Assert.Equal(("anna@example.pl", "Łucja Żółć", OutboxDispatcher.MessageIdLocalPart("500001:email:payment-reminder:FV/2026/03/000042")),
            (mail.To, mail.ToName, mail.MessageIdLocalPart));
        Assert.StartsWith("Przypomnienie: termin płatności FV/2026/03/000042 mija 13.03.2026", mail.Subject, StringComparison.Ordinal);
        Assert.Equal("https://ebok.example.pl/zgody/wypisz?rodzaj=payment-reminder&kanal=email", mail.UnsubscribeUrl);
        Assert.Empty(mail.Attachments);
        var text = Assert.Single(sms.Sent);
        Assert.Equal(("600 700 800", "iBOK: 13.03.2026 mija termin zaplaty 150,75 zl za FV/2026/03/000042.", SmsEncoding.Gsm7, 1, "500001:sms:payment-reminder:FV/2026/03/000042"),
            (text.To, text.Text.Text.Replace('\u00A0', ' '), text.Text.Encoding, text.Text.Segments, text.Reference));
        var stored = await MessageAsync(database);
        Assert.Equal((OutboxStatus.Sent, 1, (DateTime?)clock.Now.UtcDateTime, (DateTime?)null), (stored.Status, stored.Attempts, stored.SentAt, stored.LeaseUntil));

        await using var again = database.CreateContext();
        Assert.Equal(new DispatchReport(0, 0, 0, 0), await Dispatcher(again, clock, email, sms).DispatchDueAsync(CancellationToken.None));
        Assert.Single(email.Sent);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task DispatchDueAsync_Failures_BackOffExponentiallyThenPark(string provider)
    {
        await using var database = await QueuedAsync(provider, NotificationChannel.Email);
        var clock = new TestClock(Now);
        var email = new RecordingEmailSender { FailuresLeft = 10 };

        var observed = new List<(DispatchReport, OutboxStatus, int, DateTime, string?)>();
        foreach (var wait in new[] { TimeSpan.Zero, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2) })
        {
            clock.Advance(wait);
            await using var db = database.CreateContext();
            var report = await Dispatcher(db, clock, email).DispatchDueAsync(CancellationToken.None);
            var row = await MessageAsync(database);
            observed.Add((report, row.Status, row.Attempts, row.NextAttemptAt, row.LastError));
        }

        const string Error = "IOException: Connection refused by smtp.example.pl";
        Assert.Equal(
            [
                (new DispatchReport(1, 0, 1, 0), OutboxStatus.Pending, 1, Now.UtcDateTime.AddMinutes(1), Error),
                (new DispatchReport(1, 0, 1, 0), OutboxStatus.Pending, 2, Now.UtcDateTime.AddMinutes(3), Error),
                (new DispatchReport(1, 0, 0, 1), OutboxStatus.Parked, 3, Now.UtcDateTime.AddMinutes(3), Error),
            ],
            observed);
        Assert.Empty(email.Sent);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task DispatchDueAsync_BeforeTheBackOffEnds_LeavesTheMessageAlone(string provider)
    {
        await using var database = await QueuedAsync(provider, NotificationChannel.Email);
        var clock = new TestClock(Now);
        var email = new RecordingEmailSender { FailuresLeft = 1 };
        await using (var db = database.CreateContext())
        {
            await Dispatcher(db, clock, email).DispatchDueAsync(CancellationToken.None);
        }

        clock.Advance(TimeSpan.FromSeconds(59));
        await using (var db = database.CreateContext())
        {
            Assert.Equal(new DispatchReport(0, 0, 0, 0), await Dispatcher(db, clock, email).DispatchDueAsync(CancellationToken.None));
        }

        clock.Advance(TimeSpan.FromSeconds(1));
        await using (var db = database.CreateContext())
        {
            Assert.Equal(new DispatchReport(1, 1, 0, 0), await Dispatcher(db, clock, email).DispatchDueAsync(CancellationToken.None));
        }

        Assert.Equal((OutboxStatus.Sent, 2), ((await MessageAsync(database)).Status, (await MessageAsync(database)).Attempts));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task DispatchDueAsync_StoppedBetweenSendingAndMarking_SendsOnceMoreWithTheSameMessageIdAfterTheLease(string provider)
    {
        await using var database = await QueuedAsync(provider, NotificationChannel.Email);
        var clock = new TestClock(Now);
        var email = new RecordingEmailSender();
        using var stop = new CancellationTokenSource();
        email.AfterSend = stop.Cancel;

        await using (var db = database.CreateContext())
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Dispatcher(db, clock, email).DispatchDueAsync(stop.Token));
        }

        var afterCrash = await MessageAsync(database);
        Assert.Equal((OutboxStatus.Sending, 1, (DateTime?)null, (DateTime?)Now.UtcDateTime.AddMinutes(5)), (afterCrash.Status, afterCrash.Attempts, afterCrash.SentAt, afterCrash.LeaseUntil));
        email.AfterSend = null;

        clock.Advance(TimeSpan.FromMinutes(4));
        await using (var db = database.CreateContext())
        {
            Assert.Equal(new DispatchReport(0, 0, 0, 0), await Dispatcher(db, clock, email).DispatchDueAsync(CancellationToken.None));
        }

        clock.Advance(TimeSpan.FromMinutes(1));
        await using (var db = database.CreateContext())
        {
            Assert.Equal(new DispatchReport(1, 1, 0, 0), await Dispatcher(db, clock, email).DispatchDueAsync(CancellationToken.None));
        }

        await using (var db = database.CreateContext())
        {
            Assert.Equal(new DispatchReport(0, 0, 0, 0), await Dispatcher(db, clock, email).DispatchDueAsync(CancellationToken.None));
        }

        Assert.Equal(2, email.Sent.Count);
        Assert.Equal(email.Sent[0].MessageIdLocalPart, email.Sent[1].MessageIdLocalPart);
        var sent = await MessageAsync(database);
        Assert.Equal((OutboxStatus.Sent, 2, (DateTime?)Now.UtcDateTime.AddMinutes(5)), (sent.Status, sent.Attempts, sent.SentAt));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RetryAsync_ParkedMessage_IsPendingAgainWithFreshAttemptsAndAudited(string provider)
    {
        await using var database = await QueuedAsync(provider, NotificationChannel.Email);
        var clock = new TestClock(Now);
        var email = new RecordingEmailSender { FailuresLeft = 3 };
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await using var db = database.CreateContext();
            await Dispatcher(db, clock, email).DispatchDueAsync(CancellationToken.None);
            clock.Advance(TimeSpan.FromHours(1));
        }

        var parked = await MessageAsync(database);
        await using (var db = database.CreateContext())
        {
            var staff = new DeliveryStaff(db, clock);
            Assert.Equal([parked.Id], (await staff.ParkedAsync(100, CancellationToken.None)).Select(row => row.Id));
            var result = await staff.RetryAsync(parked.Id, CancellationToken.None);
            Assert.Null(result.Error);
            var again = await staff.RetryAsync(parked.Id, CancellationToken.None);
            Assert.Equal(new IBok.GraphQL.Application.Staff.StaffActionError("MESSAGE_NOT_PARKED", "Only a parked message can be retried; this one is PENDING."), again.Error);
            Assert.Equal(new IBok.GraphQL.Application.Staff.StaffActionError("MESSAGE_NOT_FOUND", "Outbox message 999999 does not exist."),
                (await staff.RetryAsync(999_999, CancellationToken.None)).Error);
        }

        var retried = await MessageAsync(database);
        Assert.Equal((OutboxStatus.Pending, 0, clock.Now.UtcDateTime), (retried.Status, retried.Attempts, retried.NextAttemptAt));
        await using (var db = database.CreateContext())
        {
            Assert.Equal(new DispatchReport(1, 1, 0, 0), await Dispatcher(db, clock, email).DispatchDueAsync(CancellationToken.None));
            var audit = Assert.Single(await db.Set<AuditEntry>().ToListAsync());
            Assert.Equal(("delivery.retry", "OutboxMessage", parked.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), (audit.Action, audit.SubjectType, audit.SubjectId));
        }
    }
}
