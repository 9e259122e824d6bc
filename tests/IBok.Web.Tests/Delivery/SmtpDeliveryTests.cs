using IBok.GraphQL.Application.Delivery;
using IBok.GraphQL.Application.Delivery.Sms;
using IBok.GraphQL.Application.Documents;
using IBok.GraphQL.Application.Mail;
using IBok.GraphQL.Application.Staff.Billing;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Model.Billing;
using IBok.GraphQL.Persistence.Model.Delivery;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IBok.Web.Tests.Delivery;

/// <summary>An invoice issued by a billing run reaches a real SMTP server (npm smtp-server on loopback) as an e-invoice.</summary>
public sealed class SmtpDeliveryTests
{
    internal static async Task<(OutboxMessageRow Message, InvoiceRow Invoice)> IssueInvoiceAsync(DeliveryHost host)
    {
        await host.SeedAsync();
        await using var scope = host.SystemScope();
        var run = await scope.ServiceProvider.GetRequiredService<BillingRun>().RunAsync(BillingRunRequest.ForMonth(new DateOnly(2026, 2, 1)), null, CancellationToken.None);
        Assert.Equal(1, run.Issued);
        var db = scope.ServiceProvider.GetRequiredService<IBokDbContext>();
        return (await db.Set<OutboxMessageRow>().AsNoTracking().SingleAsync(), await db.Set<InvoiceRow>().AsNoTracking().SingleAsync());
    }

    [Fact]
    public async Task BillingRunThenDispatch_EInvoiceCustomer_ReceivesPolishMultipartMailWithThePdfAndStableMessageId()
    {
        await using var smtp = await SmtpReceiver.StartAsync(DeliveryHost.SmtpUser, DeliveryHost.SmtpPassword);
        await using var host = new DeliveryHost(smtp.Port);
        var (queued, invoice) = await IssueInvoiceAsync(host);

        await using (var scope = host.SystemScope())
        {
            Assert.IsType<SmtpEmailSender>(scope.ServiceProvider.GetRequiredService<IEmailSender>());
            Assert.Equal(new DispatchReport(1, 1, 0, 0), await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None));
        }

        var (from, to, user, _, raw) = await smtp.NextMessageAsync();
        Assert.Equal(("ebok@wodociagi.example.pl", "ibok"), (from, user));
        Assert.Equal(["lucja.zolc@example.pl"], to);
        var mail = MimeMessageReader.Parse(raw);
        Assert.Equal($"<{OutboxDispatcher.MessageIdLocalPart($"100001:email:invoice-issued:{invoice.Number}")}@wodociagi.example.pl>", mail.Headers["Message-ID"]);
        Assert.Equal($"Faktura {invoice.Number} – {invoice.GrossGrosz / 100},{invoice.GrossGrosz % 100:00} zł do zapłaty do {invoice.DueDate:dd.MM.yyyy}", mail.Headers["Subject"].Replace('\u00A0', ' '));
        Assert.Equal("Wodociągi Gnieźnieńskie <ebok@wodociagi.example.pl>", mail.Headers["From"]);
        Assert.Equal("Łucja Żółć <lucja.zolc@example.pl>", mail.Headers["To"]);
        Assert.Equal("<https://ebok.wodociagi.example.pl/zgody/wypisz?rodzaj=invoice-issued&kanal=email>", mail.Headers["List-Unsubscribe"]);
        Assert.Equal("multipart/mixed", mail.ContentType);

        var leaves = mail.Leaves.ToList();
        Assert.Equal(["text/plain", "text/html", "application/pdf"], leaves.Select(part => part.ContentType));
        Assert.Equal(queued.TextBody.ReplaceLineEndings("\r\n"), leaves[0].Text);
        Assert.StartsWith("Dzień dobry,\r\n\r\nWystawiliśmy fakturę nr " + invoice.Number, leaves[0].Text, StringComparison.Ordinal);
        Assert.Contains("Faktura jest w załączniku tej wiadomości (e-faktura, PDF).", leaves[0].Text, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"pl\">", leaves[1].Text, StringComparison.Ordinal);
        await using (var scope = host.SystemScope())
        {
            var expected = await scope.ServiceProvider.GetRequiredService<IInvoiceDocuments>().RenderInvoiceAsync(invoice.Id, CancellationToken.None);
            Assert.Equal(expected!.Content, leaves[2].Body);
            Assert.Contains($"name={expected.FileName}", leaves[2].Headers["Content-Type"].Replace("\"", "", StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.StartsWith("attachment", leaves[2].Headers["Content-Disposition"], StringComparison.Ordinal);
        }
    }

    /// <summary>The documented guarantee: marked sent exactly once; on the wire at most once more, with the same Message-ID.</summary>
    [Fact]
    public async Task Dispatch_StoppedAfterTheServerAcceptedBeforeMarking_SendsOnceMoreWithTheSameMessageIdThenNeverAgain()
    {
        await using var smtp = await SmtpReceiver.StartAsync(DeliveryHost.SmtpUser, DeliveryHost.SmtpPassword);
        await using var host = new DeliveryHost(smtp.Port);
        var (queued, _) = await IssueInvoiceAsync(host);
        var options = host.Services.GetRequiredService<DeliveryOptions>();

        using var stop = new CancellationTokenSource();
        await using (var scope = host.SystemScope())
        {
            var services = scope.ServiceProvider;
            var stopping = new StopAfterSending(services.GetRequiredService<IEmailSender>(), stop);
            var dispatcher = new OutboxDispatcher(services.GetRequiredService<IBokDbContext>(), stopping, services.GetRequiredService<ISmsGateway>(), TimeProvider.System, options, services.GetRequiredService<IInvoiceDocuments>());
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => dispatcher.DispatchDueAsync(stop.Token));
        }

        var first = MimeMessageReader.Parse((await smtp.NextMessageAsync()).Raw);
        Assert.Equal((OutboxStatus.Sending, 1, (DateTime?)null), await StateAsync(host, queued.Id));

        // A restarted server (a new scope and dispatcher) after the lease ran out.
        var later = new ShiftedClock(options.Lease + TimeSpan.FromSeconds(1));
        await using (var scope = host.SystemScope())
        {
            var services = scope.ServiceProvider;
            var dispatcher = new OutboxDispatcher(services.GetRequiredService<IBokDbContext>(), services.GetRequiredService<IEmailSender>(), services.GetRequiredService<ISmsGateway>(), later, options, services.GetRequiredService<IInvoiceDocuments>());
            Assert.Equal(new DispatchReport(1, 1, 0, 0), await dispatcher.DispatchDueAsync(CancellationToken.None));
            Assert.Equal(new DispatchReport(0, 0, 0, 0), await dispatcher.DispatchDueAsync(CancellationToken.None));
        }

        var second = MimeMessageReader.Parse((await smtp.NextMessageAsync()).Raw);
        Assert.Equal(first.Headers["Message-ID"], second.Headers["Message-ID"]);
        var (status, attempts, sentAt) = await StateAsync(host, queued.Id);
        Assert.Equal((OutboxStatus.Sent, 2), (status, attempts));
        Assert.NotNull(sentAt);
    }

    internal static async Task<(OutboxStatus, int, DateTime?)> StateAsync(DeliveryHost host, long id)
    {
        await using var scope = host.SystemScope();
        var row = await scope.ServiceProvider.GetRequiredService<IBokDbContext>().Set<OutboxMessageRow>().AsNoTracking().SingleAsync(row => row.Id == id);
        return (row.Status, row.Attempts, row.SentAt);
    }

    /// <summary>Lets the real sender hand the message to the server, then stops the dispatcher as a crash would.</summary>
    private sealed class StopAfterSending(IEmailSender inner, CancellationTokenSource stop) : IEmailSender
    {
        public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
        {
            await inner.SendAsync(message, CancellationToken.None);
            await stop.CancelAsync();
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    internal sealed class ShiftedClock(TimeSpan ahead) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + ahead;
    }
}
