using IBok.Domain.Customers;
using IBok.GraphQL.Persistence.Model.Customers;
using IBok.GraphQL.Persistence.Model.Delivery;
using IBok.GraphQL.Persistence.Model.Billing;
using IBok.GraphQL.Persistence.Model.Notices;
using IBok.GraphQL.Tests.Api.Staff;
using IBok.GraphQL.Tests.Api.Staff.Billing;
using IBok.GraphQL.Tests.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IBok.GraphQL.Tests.Application.Delivery;

/// <summary>The changes that cause notices write them to the outbox in their own transaction (through the staff API).</summary>
public sealed class TransactionalOutboxTests
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RunBilling_CustomerWithEInvoice_WritesTheInvoiceEmailWithItsPdfToTheOutbox(string provider)
    {
        await using var host = await StaffApiHost.CreateAsync(provider);
        await using (var db = host.CreateContext())
        {
            await BillingSeed.TariffsAsync(db);
            var contract = await BillingSeed.MeteredContractAsync(db, "100001", "UM/1");
            await BillingSeed.MeteredContractAsync(db, "100002", "UM/2");
            var customer = await db.Set<CustomerRow>().SingleAsync(row => row.Id == contract.CustomerId);
            customer.Email = "ewa@example.pl";
            contract.ElectronicInvoice = true;
            await db.SaveChangesAsync();
        }

        await host.ExecuteAsync(StaffApiHost.Operator, """mutation { runBilling(month: "2026-02") { issued } }""");

        await using var check = host.CreateContext();
        var invoice = await check.Set<InvoiceRow>().SingleAsync(row => row.ContractNumber == "UM/1");
        var message = Assert.Single(await check.Set<OutboxMessageRow>().ToListAsync());
        Assert.Equal(
            ("100001:email:invoice-issued:FV/2026/03/000001", NotificationKind.InvoiceIssued, "ewa@example.pl", (long?)invoice.Id, OutboxStatus.Pending),
            (message.IdempotencyKey, message.Kind, message.Recipient, message.AttachInvoiceId, message.Status));
        Assert.Contains("Faktura jest w załączniku tej wiadomości (e-faktura, PDF).", message.TextBody, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task PublishOutage_ConsentingCustomersInTheArea_GetEmailAndSmsInTheOutbox(string provider)
    {
        await using var host = await StaffApiHost.CreateAsync(provider);
        await using (var db = host.CreateContext())
        {
            var inArea = await DeliverySeed.CustomerAsync(db, "100001", street: "Lipowa");
            await DeliverySeed.ConsentAsync(db, inArea, NotificationChannel.Email, NotificationKind.Outage);
            await DeliverySeed.ConsentAsync(db, inArea, NotificationChannel.Sms, NotificationKind.Outage);
            var noConsent = await DeliverySeed.CustomerAsync(db, "100002", street: "Lipowa");
            await DeliverySeed.ConsentAsync(db, noConsent, NotificationChannel.Email, NotificationKind.InvoiceIssued);
            var elsewhere = await DeliverySeed.CustomerAsync(db, "100003", street: "Polna");
            await DeliverySeed.ConsentAsync(db, elsewhere, NotificationChannel.Email, NotificationKind.Outage);
        }

        await host.ExecuteAsync(StaffApiHost.Operator,
            """mutation { publishOutage(title: "Awaria wodociągu", body: "Brak wody.", kind: FAILURE, startsAt: "2026-03-10T10:00:00Z", endsAt: "2026-03-10T16:00:00Z", city: "Gniezno", streets: ["Lipowa"]) { errors { code } } }""");

        await using var check = host.CreateContext();
        var noticeId = await check.Set<NoticeRow>().Select(row => row.Id).SingleAsync();
        var messages = await check.Set<OutboxMessageRow>().OrderBy(row => row.Channel).ToListAsync();
        Assert.Equal(
            [
                ($"100001:email:outage:{noticeId}", "Awaria: Awaria wodociągu"),
                ($"100001:sms:outage:{noticeId}", "Awaria: Awaria wodociągu"),
            ],
            messages.Select(row => (row.IdempotencyKey, row.Subject)));
        Assert.Equal("iBOK: Awaria wodociągu, od 10.03.2026, godz. 10:00 do 10.03.2026, godz. 16:00.", messages[1].TextBody);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RegisterPayment_SettlingTheDocument_WithdrawsItsUnsentReminder(string provider)
    {
        await using var host = await StaffApiHost.CreateAsync(provider);
        var today = new DateOnly(2026, 3, 10);
        await using (var db = host.CreateContext())
        {
            var customer = await DeliverySeed.CustomerAsync(db, "100001");
            await DeliverySeed.ConsentAsync(db, customer, NotificationChannel.Email, NotificationKind.PaymentReminder);
            await DeliverySeed.DebitAsync(db, customer, "FV/1", today.AddDays(-10), today.AddDays(2), 5_000);
            await DeliverySeed.DebitAsync(db, customer, "FV/2", today.AddDays(-9), today.AddDays(3), 7_000);
            var clock = new IBok.GraphQL.Tests.Testing.TestClock(StaffApiHost.Now);
            await new IBok.GraphQL.Application.Delivery.DailyNoticeRun(db, new IBok.GraphQL.Application.Delivery.NoticeOutbox(db, clock, DeliverySeed.Options), clock, DeliverySeed.Options)
                .RunAsync(today, CancellationToken.None);
        }

        await host.ExecuteAsync(StaffApiHost.Operator, """mutation { registerPayment(documentNumber: "FV/1", amount: 50.00, valueDate: "2026-03-09", reference: "BANK-1") { errors { code } } }""");

        await using var check = host.CreateContext();
        Assert.Equal(
            [
                ("100001:email:payment-reminder:FV/1", OutboxStatus.Withdrawn),
                ("100001:email:payment-reminder:FV/2", OutboxStatus.Pending),
            ],
            (await check.Set<OutboxMessageRow>().OrderBy(row => row.Id).ToListAsync()).Select(row => (row.IdempotencyKey, row.Status)));
    }
}
