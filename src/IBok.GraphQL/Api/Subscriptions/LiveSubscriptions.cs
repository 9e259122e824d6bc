using IBok.GraphQL.Api.Authorization;
using IBok.GraphQL.Api.Events;
using IBok.GraphQL.CodeFirst;
using IBok.GraphQL.Persistence.Access;

namespace IBok.GraphQL.Api.Subscriptions;

/// <summary>Live updates: a customer receives only their own events, staff and integrations receive everyone's.</summary>
[SubscriptionType]
[RequiresRole(ViewerRole.Customer, ViewerRole.Operator, ViewerRole.Admin, ViewerRole.Integration)]
public sealed class LiveSubscriptions
{
    /// <summary>Outages and notices reaching the caller's inbox (for staff: every notice published).</summary>
    public IAsyncEnumerable<NoticePublishedEvent> NoticePublished([Service] ViewerAccessor viewer, [Service] IEventBus bus, CancellationToken cancellationToken) =>
        Events<NoticePublishedEvent>(LiveEvents.NoticePublished, viewer, bus, cancellationToken);

    /// <summary>Invoices issued to the caller (for staff: every invoice).</summary>
    public IAsyncEnumerable<InvoiceIssuedEvent> InvoiceIssued([Service] ViewerAccessor viewer, [Service] IEventBus bus, CancellationToken cancellationToken) =>
        Events<InvoiceIssuedEvent>(LiveEvents.InvoiceIssued, viewer, bus, cancellationToken);

    /// <summary>Changes of the caller's cases (for staff: every case).</summary>
    public IAsyncEnumerable<CaseUpdatedEvent> CaseUpdated([Service] ViewerAccessor viewer, [Service] IEventBus bus, CancellationToken cancellationToken) =>
        Events<CaseUpdatedEvent>(LiveEvents.CaseUpdated, viewer, bus, cancellationToken);

    /// <summary>Payments registered for the caller (for staff: every payment).</summary>
    public IAsyncEnumerable<PaymentRegisteredEvent> PaymentRegistered([Service] ViewerAccessor viewer, [Service] IEventBus bus, CancellationToken cancellationToken) =>
        Events<PaymentRegisteredEvent>(LiveEvents.PaymentRegistered, viewer, bus, cancellationToken);

    private static IAsyncEnumerable<TEvent> Events<TEvent>(string eventName, ViewerAccessor viewerAccessor, IEventBus bus, CancellationToken cancellationToken)
    {
        var viewer = viewerAccessor.Viewer;
        var topic = viewer.SeesAllCustomers
            ? LiveEvents.StaffTopic(eventName)
            : LiveEvents.CustomerTopic(eventName, viewer.CustomerId ?? throw new InvalidOperationException("A customer viewer without a customer id."));
        return bus.SubscribeAsync<TEvent>(topic, cancellationToken);
    }
}
