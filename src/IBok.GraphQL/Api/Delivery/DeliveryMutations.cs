using IBok.GraphQL.Api.Authorization;
using IBok.GraphQL.Api.Common;
using IBok.GraphQL.Application.Delivery;
using IBok.GraphQL.CodeFirst;
using IBok.GraphQL.Persistence.Access;

namespace IBok.GraphQL.Api.Delivery;

/// <summary>What staff do about delivery.</summary>
[MutationType]
[RequiresRole(ViewerRole.Operator, ViewerRole.Admin)]
public sealed class DeliveryMutations
{
    /// <summary>Queues a parked message again with a fresh count of attempts (audited).</summary>
    /// <param name="messageId">The message's global id (as <c>parkedOutboxMessages</c> returns it).</param>
    public async Task<RetryOutboxMessagePayload> RetryOutboxMessage([ID] string messageId, [Service] DeliveryStaff delivery, CancellationToken cancellationToken)
    {
        var result = await delivery.RetryAsync(TypedIds.KeyOf(messageId, nameof(OutboxMessage)), cancellationToken);
        return result.Error is { } error
            ? new RetryOutboxMessagePayload(null, [error.Code == "MESSAGE_NOT_FOUND" ? error with { Message = $"OutboxMessage \"{messageId}\" does not exist." } : error])
            : new RetryOutboxMessagePayload(OutboxMessage.Of(result.Message!), []);
    }
}
