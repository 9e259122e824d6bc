using IBok.GraphQL.Application.CustomerReads;
using IBok.GraphQL.Application.CustomerReads.Loaders;
using IBok.GraphQL.CodeFirst;
using IBok.GraphQL.Persistence.Model.Notices;
using IBok.GraphQL.Relay;
using Microsoft.EntityFrameworkCore;

namespace IBok.GraphQL.Api.Notices;

/// <summary>A notice (komunikat) in a customer's inbox: information, a failure or a planned shutdown.</summary>
/// <remarks>Its id is the delivery to this customer, so another customer's id is not found.</remarks>
[Node]
public sealed class Notice
{
    private readonly DeliveredNotice _notice;

    private Notice(DeliveredNotice notice) => _notice = notice;

    /// <summary>The notice's global id (of its delivery to this customer).</summary>
    public long Id => _notice.Delivery.Id;

    /// <summary>Information, failure or planned shutdown.</summary>
    public NoticeKind Kind => _notice.Notice.Kind;

    /// <summary>The title.</summary>
    public string Title => _notice.Notice.Title;

    /// <summary>The text.</summary>
    public string Body => _notice.Notice.Body;

    /// <summary>When it was published (UTC).</summary>
    public DateTime? PublishedAt => _notice.Notice.PublishedAt;

    /// <summary>For an outage: when it starts (UTC).</summary>
    public DateTime? OutageStartsAt => _notice.Notice.OutageStartsAt;

    /// <summary>For an outage: when it is expected to end (UTC).</summary>
    public DateTime? OutageEndsAt => _notice.Notice.OutageEndsAt;

    /// <summary>When it reached the customer's inbox (UTC).</summary>
    public DateTime DeliveredAt => _notice.Delivery.DeliveredAt;

    /// <summary>When the customer read it (UTC); null while unread.</summary>
    public DateTime? ReadAt => _notice.Delivery.ReadAt;

    /// <summary>Whether the customer has read it.</summary>
    public bool IsRead => _notice.Delivery.ReadAt is not null;

    /// <summary>Fetches a notice for <c>node(id:)</c>.</summary>
    [NodeResolver]
    public static async Task<Notice?> GetAsync(long id, [Service] ReadDatabase database, CancellationToken cancellationToken)
    {
        var found = await database.RunAsync(
            (db, token) => (from delivery in db.Set<NoticeDeliveryRow>().AsNoTracking()
                            where delivery.Id == id
                            join notice in db.Set<NoticeRow>().AsNoTracking() on delivery.NoticeId equals notice.Id
                            select new DeliveredNotice(delivery, notice)).FirstOrDefaultAsync(token),
            cancellationToken).ConfigureAwait(false);
        return found is null ? null : new Notice(found);
    }

    /// <summary>A customer's notices, newest first, shared by the requests that read the same rows.</summary>
    internal static readonly CustomerDerivation<DeliveredNotice, IReadOnlyList<Notice>> AllOfCustomer = new(rows => [.. rows.Select(Of)]);

    /// <summary>A customer's unread notices, newest first.</summary>
    internal static readonly CustomerDerivation<DeliveredNotice, IReadOnlyList<Notice>> UnreadOfCustomer = new(rows =>
        [.. rows.Where(notice => notice.Delivery.ReadAt is null).Select(Of)]);

    internal static Notice Of(DeliveredNotice notice) => new(notice);
}
