using IBok.GraphQL.Application.Common;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Persistence.Model.Notices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IBok.GraphQL.Application.Notices;

/// <summary>The read state of a notice in the caller's inbox.</summary>
/// <param name="DeliveryId">The inbox item (<c>notice_deliveries.id</c>): the id customers use for their notices.</param>
/// <param name="NoticeId">The notice.</param>
/// <param name="ReadAt">When it was (first) read.</param>
public sealed record NoticeReadState(long DeliveryId, long NoticeId, DateTime ReadAt);

/// <summary>The count of notices marked read.</summary>
/// <param name="MarkedCount">How many were unread before.</param>
public sealed record NoticesMarkedRead(int MarkedCount);

/// <summary>A customer marks notices in their inbox read.</summary>
/// <remarks>Notices are addressed by their inbox item (a <see cref="NoticeDeliveryRow"/>), which is the customer's own
/// row: a notice sent to everyone has one inbox item per customer, so another customer's item id is "not found".</remarks>
public sealed class NoticeInboxService(IBokDbContext db, TimeProvider time)
{
    /// <summary>Marks one inbox item read; reading it again keeps the first read time.</summary>
    public async Task<Outcome<NoticeReadState>> MarkReadAsync(long inboxItemId, CancellationToken cancellationToken)
    {
        if (db.Viewer.Role != ViewerRole.Customer)
        {
            return NotSignedInError.Instance;
        }

        var delivery = await db.Set<NoticeDeliveryRow>().FirstOrDefaultAsync(row => row.Id == inboxItemId, cancellationToken);
        if (delivery is null)
        {
            return new NotFoundError("Notice", "komunikat");
        }

        if (delivery.ReadAt is null)
        {
            delivery.ReadAt = CustomerClock.UtcNow(time);
            await db.SaveChangesAsync(cancellationToken);
        }

        return new NoticeReadState(delivery.Id, delivery.NoticeId, delivery.ReadAt.Value);
    }

    /// <summary>Marks every unread item of the caller's inbox read, in one statement.</summary>
    public async Task<Outcome<NoticesMarkedRead>> MarkAllReadAsync(CancellationToken cancellationToken)
    {
        if (db.Viewer.Role != ViewerRole.Customer)
        {
            return NotSignedInError.Instance;
        }

        var now = CustomerClock.UtcNow(time);
        var count = await db.Set<NoticeDeliveryRow>()
            .Where(row => row.ReadAt == null)
            .ExecuteUpdateAsync(setters => setters.SetProperty(row => row.ReadAt, (DateTime?)now), cancellationToken);
        return new NoticesMarkedRead(count);
    }
}

/// <summary>Registers the notice inbox use cases.</summary>
public static class NoticeServiceCollectionExtensions
{
    /// <summary>Adds <see cref="NoticeInboxService"/>.</summary>
    public static IServiceCollection AddIBokNotices(this IServiceCollection services)
    {
        services.AddScoped<NoticeInboxService>();
        return services;
    }
}
