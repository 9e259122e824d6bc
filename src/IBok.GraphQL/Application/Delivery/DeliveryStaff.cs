using System.Globalization;
using IBok.GraphQL.Application.CustomerReads;
using IBok.GraphQL.Application.Staff;
using IBok.GraphQL.Application.Staff.Auditing;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Model.Delivery;
using Microsoft.EntityFrameworkCore;

namespace IBok.GraphQL.Application.Delivery;

/// <summary>The outcome of <see cref="DeliveryStaff.RetryAsync"/>: the message queued again, or why not.</summary>
/// <param name="Message">The message, pending again.</param>
/// <param name="Error">Why nothing changed.</param>
public sealed record RetryResult(OutboxMessageRow? Message, StaffActionError? Error);

/// <summary>What staff see and do about delivery: parked messages, retrying one, the last daily run.</summary>
/// <remarks>Reads go through the request's <see cref="ReadDatabase"/> (one query at a time), since GraphQL resolves
/// sibling fields such as <c>parkedOutboxMessages</c> and <c>lastNoticeRun</c> concurrently.</remarks>
public sealed class DeliveryStaff(IBokDbContext db, TimeProvider time, ReadDatabase? reads = null)
{
    private readonly ReadDatabase reads = reads ?? new ReadDatabase(db);

    /// <summary>The most rows one list returns.</summary>
    public const int MaxLimit = 500;

    /// <summary>Parked messages, oldest first.</summary>
    public async Task<IReadOnlyList<OutboxMessageRow>> ParkedAsync(int limit, CancellationToken cancellationToken) =>
        await reads.RunAsync(
            (context, cancel) => context.Set<OutboxMessageRow>().AsNoTracking().Where(row => row.Status == OutboxStatus.Parked)
                .OrderBy(row => row.CreatedAt).ThenBy(row => row.Id).Take(Math.Clamp(limit, 1, MaxLimit)).ToListAsync(cancel),
            cancellationToken);

    /// <summary>Queues a parked message again with a fresh count of attempts, with an audit entry.</summary>
    public async Task<RetryResult> RetryAsync(long messageId, CancellationToken cancellationToken)
    {
        var message = await db.Set<OutboxMessageRow>().SingleOrDefaultAsync(row => row.Id == messageId, cancellationToken);
        if (message is null)
        {
            return new RetryResult(null, new StaffActionError("MESSAGE_NOT_FOUND", $"Outbox message {messageId} does not exist."));
        }

        if (message.Status != OutboxStatus.Parked)
        {
            return new RetryResult(null, new StaffActionError("MESSAGE_NOT_PARKED", $"Only a parked message can be retried; this one is {message.Status.ToString().ToUpperInvariant()}."));
        }

        var now = time.GetUtcNow().UtcDateTime;
        message.Status = OutboxStatus.Pending;
        message.Attempts = 0;
        message.NextAttemptAt = now;
        StaffAudit.Record(db, now, "delivery.retry", "OutboxMessage", messageId.ToString(CultureInfo.InvariantCulture),
            new { message.Kind, message.Channel, message.LastError });
        await db.SaveChangesAsync(cancellationToken);
        return new RetryResult(message, null);
    }

    /// <summary>The latest daily notice run, or null before the first.</summary>
    public async Task<NoticeRunSummary?> LastRunAsync(CancellationToken cancellationToken)
    {
        var row = await reads.RunAsync(
            (context, cancel) => context.Set<NoticeRunRow>().AsNoTracking().OrderByDescending(row => row.StartedAt).ThenByDescending(row => row.Id).FirstOrDefaultAsync(cancel),
            cancellationToken);
        return row is null ? null : NoticeRunSummary.Of(row);
    }
}
