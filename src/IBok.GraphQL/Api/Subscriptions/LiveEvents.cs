using IBok.Domain.Cases;
using IBok.GraphQL.Api.Common;
using IBok.GraphQL.Api.Events;
using IBok.GraphQL.CodeFirst;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Model.Cases;
using IBok.GraphQL.Persistence.Model.Notices;
using Microsoft.EntityFrameworkCore;

namespace IBok.GraphQL.Api.Subscriptions;

/// <summary>A notice reached customers' inboxes.</summary>
/// <param name="NoticeId">
/// For a customer, the global id of the notice in their inbox (a Notice id: what their <c>notices</c> query returns and
/// <c>markNoticeRead</c> takes); for staff, the published notice's global id (a PublishedOutage id, as
/// <c>publishOutage</c> returns it).
/// </param>
/// <param name="Kind">Information, failure or planned shutdown.</param>
/// <param name="Title">The title.</param>
/// <param name="PublishedAt">When it was published (UTC).</param>
/// <param name="OutageStartsAt">For an outage: when supply stops.</param>
/// <param name="OutageEndsAt">For an outage: when supply is expected back.</param>
public sealed record NoticePublishedEvent([property: ID] string NoticeId, NoticeKind Kind, string Title, DateTime PublishedAt, DateTime? OutageStartsAt, DateTime? OutageEndsAt);

/// <summary>An invoice was issued to a customer.</summary>
/// <param name="CustomerId">The buyer's global id.</param>
/// <param name="InvoiceId">The invoice's global id.</param>
/// <param name="Number">The invoice number.</param>
/// <param name="GrossAmount">The amount due in PLN.</param>
/// <param name="DueDate">The payment due date.</param>
public sealed record InvoiceIssuedEvent([property: ID] string CustomerId, [property: ID] string InvoiceId, string Number, decimal GrossAmount, DateOnly DueDate);

/// <summary>A case got a message or a new status.</summary>
/// <param name="CaseId">The case's global id.</param>
/// <param name="Signature">Its signature (sygnatura), once registered.</param>
/// <param name="Status">Its status now.</param>
/// <param name="UpdatedAt">When it changed (UTC).</param>
public sealed record CaseUpdatedEvent([property: ID] string CaseId, string? Signature, CaseStatus Status, DateTime UpdatedAt);

/// <summary>A payment was registered in a customer's ledger.</summary>
/// <param name="CustomerId">The payer's global id.</param>
/// <param name="LedgerEntryId">The global id of the payment's ledger entry (a LedgerEntry id).</param>
/// <param name="Amount">The amount in PLN.</param>
/// <param name="ValueDate">The day the utility was credited.</param>
/// <param name="Reference">The transaction reference.</param>
public sealed record PaymentRegisteredEvent([property: ID] string CustomerId, [property: ID] string LedgerEntryId, decimal Amount, DateOnly ValueDate, string Reference);

/// <summary>
/// The topics of iBOK's live updates and the helpers that publish to them. Every event goes to the owning customer's
/// topic (<c>{event}:customer/{id}</c>) and to the staff topic (<c>{event}:staff</c>), so one customer's subscription
/// can never see another's events. Publish only after the transaction that made the change has committed.
/// </summary>
public static class LiveEvents
{
    /// <summary>Event name of <see cref="NoticePublishedEvent"/>.</summary>
    public const string NoticePublished = "noticePublished";

    /// <summary>Event name of <see cref="InvoiceIssuedEvent"/>.</summary>
    public const string InvoiceIssued = "invoiceIssued";

    /// <summary>Event name of <see cref="CaseUpdatedEvent"/>.</summary>
    public const string CaseUpdated = "caseUpdated";

    /// <summary>Event name of <see cref="PaymentRegisteredEvent"/>.</summary>
    public const string PaymentRegistered = "paymentRegistered";

    /// <summary>The topic of one customer's events of <paramref name="eventName"/>.</summary>
    public static string CustomerTopic(string eventName, long customerId) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{eventName}:customer/{customerId}");

    /// <summary>The topic of all events of <paramref name="eventName"/>, for staff.</summary>
    public static string StaffTopic(string eventName) => eventName + ":staff";

    /// <summary>Publishes <paramref name="payload"/> to staff and, when the event belongs to a customer, to that customer.</summary>
    public static async ValueTask PublishAsync<TPayload>(IEventBus bus, string eventName, long? customerId, TPayload payload, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bus);
        if (customerId is { } id)
        {
            await bus.PublishAsync(CustomerTopic(eventName, id), payload, cancellationToken);
        }

        await bus.PublishAsync(StaffTopic(eventName), payload, cancellationToken);
    }

    /// <summary>Publishes <c>caseUpdated</c> for a case row as saved (call after the commit; any mutation that changes a case may).</summary>
    public static ValueTask PublishCaseUpdatedAsync(IEventBus bus, CaseRow caseRow, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseRow);
        return PublishAsync(bus, CaseUpdated, caseRow.CustomerId, new CaseUpdatedEvent(TypedIds.Of("Case", caseRow.Id), caseRow.Signature, caseRow.Status, caseRow.UpdatedAt), cancellationToken);
    }

    /// <summary>
    /// Publishes <c>noticePublished</c> to every customer whose inbox received the notice, each with the id of their own
    /// inbox item, and to staff with the notice's id. Reads the notice's deliveries through <paramref name="db"/>, so the
    /// context's viewer must see every customer (the staff member who published it); call after the commit.
    /// </summary>
    public static async ValueTask PublishNoticeAsync(IEventBus bus, IBokDbContext db, NoticeRow notice, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bus);
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(notice);
        var deliveries = await db.Set<NoticeDeliveryRow>().AsNoTracking()
            .Where(row => row.NoticeId == notice.Id)
            .OrderBy(row => row.CustomerId)
            .Select(row => new { row.Id, row.CustomerId })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var delivery in deliveries)
        {
            await bus.PublishAsync(CustomerTopic(NoticePublished, delivery.CustomerId), NoticeEvent(TypedIds.Of("Notice", delivery.Id), notice), cancellationToken);
        }

        await bus.PublishAsync(StaffTopic(NoticePublished), NoticeEvent(TypedIds.Of("PublishedOutage", notice.Id), notice), cancellationToken);
    }

    private static NoticePublishedEvent NoticeEvent(string noticeId, NoticeRow notice) =>
        new(noticeId, notice.Kind, notice.Title, notice.PublishedAt ?? notice.CreatedAt, notice.OutageStartsAt, notice.OutageEndsAt);
}
