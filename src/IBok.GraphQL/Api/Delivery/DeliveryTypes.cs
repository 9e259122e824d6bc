using IBok.Domain.Customers;
using IBok.GraphQL.Api.Common;
using IBok.GraphQL.Application.Delivery;
using IBok.GraphQL.Application.Staff;
using IBok.GraphQL.CodeFirst;
using IBok.GraphQL.Persistence.Model.Delivery;

namespace IBok.GraphQL.Api.Delivery;

/// <summary>An e-mail or SMS in the outbox, as staff see it.</summary>
/// <param name="Id">The message's global id.</param>
/// <param name="CustomerId">The customer's global id.</param>
/// <param name="Kind">The kind of notice.</param>
/// <param name="Channel">E-mail or SMS.</param>
/// <param name="Recipient">The address or phone number.</param>
/// <param name="Subject">The subject.</param>
/// <param name="Status">Where it is.</param>
/// <param name="Attempts">Attempts so far.</param>
/// <param name="LastError">Why the last attempt failed.</param>
/// <param name="CreatedAt">When it was written.</param>
/// <param name="NextAttemptAt">When it may be tried next.</param>
/// <param name="SentAt">When it was sent.</param>
public sealed record OutboxMessage(
    [property: ID] string Id, [property: ID] string CustomerId, NotificationKind Kind, NotificationChannel Channel, string Recipient, string Subject,
    OutboxStatus Status, int Attempts, string? LastError, DateTime CreatedAt, DateTime NextAttemptAt, DateTime? SentAt)
{
    /// <summary>From a row.</summary>
    public static OutboxMessage Of(OutboxMessageRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(TypedIds.Of(nameof(OutboxMessage), row.Id), TypedIds.Of("Customer", row.CustomerId), row.Kind, row.Channel, row.Recipient, row.Subject,
            row.Status, row.Attempts, row.LastError, row.CreatedAt, row.NextAttemptAt, row.SentAt);
    }
}

/// <summary>The summary of a daily notice run.</summary>
/// <param name="RunDate">The planning day.</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="FinishedAt">When it finished; null while running or when it stopped early.</param>
/// <param name="Customers">Customers planned for.</param>
/// <param name="Planned">Notices found due.</param>
/// <param name="Enqueued">Messages it wrote to the outbox.</param>
/// <param name="AlreadyQueued">Notices already in the outbox.</param>
/// <param name="Failed">Customers whose data could not be read.</param>
public sealed record NoticeRun(DateOnly RunDate, DateTime StartedAt, DateTime? FinishedAt, int Customers, int Planned, int Enqueued, int AlreadyQueued, int Failed)
{
    /// <summary>From the application's summary.</summary>
    public static NoticeRun Of(NoticeRunSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var counts = summary.Counts;
        return new(summary.RunDate, summary.StartedAt, summary.FinishedAt, counts.Customers, counts.Planned, counts.Enqueued, counts.AlreadyQueued, counts.Failed);
    }
}

/// <summary>The result of <c>retryOutboxMessage</c>.</summary>
/// <param name="Message">The message, pending again, unless refused.</param>
/// <param name="Errors">Why nothing changed (<c>MESSAGE_NOT_FOUND</c>, <c>MESSAGE_NOT_PARKED</c>).</param>
public sealed record RetryOutboxMessagePayload(OutboxMessage? Message, IReadOnlyList<StaffActionError> Errors);
