using IBok.GraphQL.Api.Authorization;
using IBok.GraphQL.Application.Delivery;
using IBok.GraphQL.CodeFirst;
using IBok.GraphQL.Persistence.Access;

namespace IBok.GraphQL.Api.Delivery;

/// <summary>What staff see of e-mail and SMS delivery.</summary>
[QueryType]
[RequiresRole(ViewerRole.Operator, ViewerRole.Admin)]
public sealed class DeliveryQueries
{
    /// <summary>Messages that kept failing and wait for staff, oldest first.</summary>
    public async Task<IReadOnlyList<OutboxMessage>> ParkedOutboxMessages([Service] DeliveryStaff delivery, CancellationToken cancellationToken, int limit = 100) =>
        [.. (await delivery.ParkedAsync(limit, cancellationToken)).Select(OutboxMessage.Of)];

    /// <summary>The latest daily notice run, or null before the first.</summary>
    public async Task<NoticeRun?> LastNoticeRun([Service] DeliveryStaff delivery, CancellationToken cancellationToken) =>
        await delivery.LastRunAsync(cancellationToken) is { } summary ? NoticeRun.Of(summary) : null;
}
