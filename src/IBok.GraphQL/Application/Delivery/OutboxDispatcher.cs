using System.Security.Cryptography;
using System.Text;
using IBok.Domain.Customers;
using IBok.GraphQL.Application.Delivery.Sms;
using IBok.GraphQL.Application.Documents;
using IBok.GraphQL.Application.Mail;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Model.Delivery;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace IBok.GraphQL.Application.Delivery;

/// <summary>What one dispatcher round did.</summary>
/// <param name="Claimed">Messages it took.</param>
/// <param name="Sent">Messages handed over and marked sent.</param>
/// <param name="Failed">Messages that failed and wait for another attempt.</param>
/// <param name="Parked">Messages that failed for the last time and wait for staff.</param>
public sealed record DispatchReport(int Claimed, int Sent, int Failed, int Parked);

/// <summary>
/// Sends due outbox messages: claims a batch, sends each (e-mail with its PDF, or SMS), marks it sent; a failure waits
/// with exponential back-off and, after <see cref="DeliveryOptions.MaxAttempts"/>, is parked for staff.
/// </summary>
/// <remarks>
/// <para><b>Exactly once in the outbox, at most once more on the wire.</b> Claiming sets the message to
/// <see cref="OutboxStatus.Sending"/> with a lease and counts the attempt, in its own statement, before anything is sent;
/// marking sent changes <c>Sending</c> to <c>Sent</c> only once (a conditional update), so <c>sent_at</c> is written once
/// whatever happens. A dispatcher that dies after the mail server accepted a message but before marking it leaves it in
/// <c>Sending</c>; when the lease runs out, the next dispatcher sends it again. That second copy carries the same
/// Message-ID (derived from the idempotency key), which mail programs use to show it once; SMSAPI.pl refuses the
/// second SMS itself (same <c>idx</c>). No protocol lets us do better with SMTP: the server's acceptance and our
/// database commit cannot be one transaction.</para>
/// <para>Several dispatchers (server instances) are safe: each claim is a conditional update that only one wins.</para>
/// </remarks>
public sealed class OutboxDispatcher(
    IBokDbContext db,
    IEmailSender email,
    ISmsGateway sms,
    TimeProvider time,
    DeliveryOptions options,
    IInvoiceDocuments? documents = null,
    ILogger<OutboxDispatcher>? logger = null)
{
    private readonly ILogger logger = logger ?? NullLogger<OutboxDispatcher>.Instance;

    /// <summary>The Message-ID's left part of a message: stable for its idempotency key, and not revealing it.</summary>
    public static string MessageIdLocalPart(string idempotencyKey) =>
        "ibok-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(idempotencyKey)))[..32];

    /// <summary>Claims and sends one batch of due messages.</summary>
    /// <param name="cancellationToken">Stops between messages; a message being sent when it fires stays claimed and is
    /// taken again when its lease runs out (as after a crash).</param>
    public async Task<DispatchReport> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var candidates = await db.Set<OutboxMessageRow>().AsNoTracking()
            .Where(row => (row.Status == OutboxStatus.Pending && row.NextAttemptAt <= now) || (row.Status == OutboxStatus.Sending && row.LeaseUntil <= now))
            .OrderBy(row => row.NextAttemptAt).ThenBy(row => row.Id)
            .Select(row => row.Id)
            .Take(Math.Max(1, options.DispatchBatchSize))
            .ToListAsync(cancellationToken);
        int claimed = 0, sent = 0, failed = 0, parked = 0;
        foreach (var id in candidates)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var message = await ClaimAsync(id, cancellationToken);
            if (message is null)
            {
                continue;
            }

            claimed++;
            try
            {
                await SendAsync(message, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception failure)
            {
                if (await RecordFailureAsync(message, failure))
                {
                    parked++;
                }
                else
                {
                    failed++;
                }

                continue;
            }

            if (await MarkSentAsync(message.Id))
            {
                sent++;
            }
        }

        if (claimed > 0)
        {
            logger.LogInformation("Outbox: {Claimed} claimed, {Sent} sent, {Failed} to retry, {Parked} parked.", claimed, sent, failed, parked);
        }

        return new DispatchReport(claimed, sent, failed, parked);
    }

    private async Task<OutboxMessageRow?> ClaimAsync(long id, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var lease = now + options.Lease;
        var won = await db.Set<OutboxMessageRow>()
            .Where(row => row.Id == id
                && ((row.Status == OutboxStatus.Pending && row.NextAttemptAt <= now) || (row.Status == OutboxStatus.Sending && row.LeaseUntil <= now)))
            .ExecuteUpdateAsync(set => set
                .SetProperty(row => row.Status, OutboxStatus.Sending)
                .SetProperty(row => row.LeaseUntil, lease)
                .SetProperty(row => row.Attempts, row => row.Attempts + 1), cancellationToken);
        return won == 1 ? await db.Set<OutboxMessageRow>().AsNoTracking().SingleAsync(row => row.Id == id, cancellationToken) : null;
    }

    private async Task SendAsync(OutboxMessageRow message, CancellationToken cancellationToken)
    {
        if (message.Channel == NotificationChannel.Sms)
        {
            await sms.SendAsync(new SmsMessage(message.Recipient, PreparedSms.Prepare(message.TextBody, options.SmsPolishLetters), message.IdempotencyKey), cancellationToken);
            return;
        }

        var attachments = new List<EmailAttachment>();
        if (message.AttachInvoiceId is not null || message.AttachInterestNoteId is not null)
        {
            if (documents is null)
            {
                throw new InvalidOperationException("No PDF renderer (IInvoiceDocuments) is registered, so the document cannot be attached.");
            }

            var document = message.AttachInvoiceId is { } invoiceId
                ? await documents.RenderInvoiceAsync(invoiceId, cancellationToken)
                : await documents.RenderInterestNoteAsync(message.AttachInterestNoteId!.Value, cancellationToken);
            if (document is null)
            {
                throw new InvalidOperationException($"The document to attach (invoice {message.AttachInvoiceId}, interest note {message.AttachInterestNoteId}) was not found.");
            }

            attachments.Add(new EmailAttachment(document.FileName, document.ContentType, document.Content));
        }

        await email.SendAsync(
            new EmailMessage(message.Recipient, message.RecipientName, message.Subject, message.TextBody)
            {
                HtmlBody = message.HtmlBody,
                Attachments = attachments,
                MessageIdLocalPart = MessageIdLocalPart(message.IdempotencyKey),
                UnsubscribeUrl = message.UnsubscribeUrl,
            },
            cancellationToken);
    }

    private async Task<bool> MarkSentAsync(long id)
    {
        var now = time.GetUtcNow().UtcDateTime;

        // Not cancellable: the message is out; recording that is the one thing that must not be skipped on shutdown.
        var marked = await db.Set<OutboxMessageRow>()
            .Where(row => row.Id == id && row.Status == OutboxStatus.Sending)
            .ExecuteUpdateAsync(set => set
                .SetProperty(row => row.Status, OutboxStatus.Sent)
                .SetProperty(row => row.SentAt, now)
                .SetProperty(row => row.LeaseUntil, (DateTime?)null)
                .SetProperty(row => row.LastError, (string?)null), CancellationToken.None);
        return marked == 1;
    }

    /// <summary>Records the failure; true when the message is parked.</summary>
    private async Task<bool> RecordFailureAsync(OutboxMessageRow message, Exception failure)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var park = message.Attempts >= options.MaxAttempts;
        var reason = Describe(failure);
        var next = park ? now : now + options.RetryDelay(message.Attempts);
        await db.Set<OutboxMessageRow>()
            .Where(row => row.Id == message.Id && row.Status == OutboxStatus.Sending)
            .ExecuteUpdateAsync(set => set
                .SetProperty(row => row.Status, park ? OutboxStatus.Parked : OutboxStatus.Pending)
                .SetProperty(row => row.NextAttemptAt, next)
                .SetProperty(row => row.LeaseUntil, (DateTime?)null)
                .SetProperty(row => row.LastError, reason), CancellationToken.None);
        if (park)
        {
            logger.LogWarning("Outbox message {Id} ({Kind} by {Channel}) parked after {Attempts} attempts: {Reason}", message.Id, message.Kind, message.Channel, message.Attempts, reason);
        }
        else
        {
            logger.LogInformation("Outbox message {Id} failed (attempt {Attempts}), next attempt at {Next:O}: {Reason}", message.Id, message.Attempts, next, reason);
        }

        return park;
    }

    private static string Describe(Exception failure)
    {
        // A sender that explains a failure (what to fix in the settings) says more than the innermost exception.
        var message = failure is SmtpDeliveryException ? failure.Message : failure.GetBaseException().Message;
        var text = $"{failure.GetType().Name}: {message}";
        return text.Length <= 1000 ? text : text[..1000];
    }
}
