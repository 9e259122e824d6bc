using IBok.GraphQL.Application.Notices;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Model.Notices;
using IBok.Web.Portal;
using IBok.Web.Portal.Service;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IBok.Web.Pages.Notices;

/// <summary>One notice in the customer's inbox.</summary>
/// <param name="DeliveryId">The inbox item's id (what "mark as read" takes).</param>
/// <param name="NoticeId">The notice's id.</param>
/// <param name="Kind">Information, failure or planned shutdown.</param>
/// <param name="Title">The title.</param>
/// <param name="Body">The text.</param>
/// <param name="DeliveredAt">When it reached the inbox (UTC).</param>
/// <param name="OutageStartsAt">For an outage: when supply stops (UTC).</param>
/// <param name="OutageEndsAt">For an outage: when supply is expected back (UTC).</param>
/// <param name="ReadAt">When it was read (UTC); null while unread.</param>
public sealed record InboxNotice(
    long DeliveryId, long NoticeId, NoticeKind Kind, string Title, string Body, DateTime DeliveredAt, DateTime? OutageStartsAt, DateTime? OutageEndsAt, DateTime? ReadAt);

/// <summary>
/// The notices inbox: newest first, unread ones marked, each can be marked read (or all at once). New notices arrive
/// live through <c>wwwroot/js/notices.js</c>; without JavaScript a reload shows them.
/// </summary>
public sealed class IndexModel(IBokDbContext db, NoticeInboxService inbox) : PortalPageModel
{
    /// <summary>The inbox, newest first.</summary>
    public IReadOnlyList<InboxNotice> Notices { get; private set; } = [];

    /// <summary>How many notices are unread.</summary>
    public int UnreadCount => Notices.Count(notice => notice.ReadAt is null);

    /// <summary>What the last action did: <c>read</c> or <c>all-read</c>.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    /// <summary>Shows the inbox.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) => Notices = await LoadAsync(cancellationToken);

    /// <summary>Marks one notice read; another customer's (or an unknown) notice is not found.</summary>
    public async Task<IActionResult> OnPostMarkReadAsync(long id, CancellationToken cancellationToken)
    {
        var outcome = await inbox.MarkReadAsync(id, cancellationToken);
        return outcome.Value is null ? NotFound() : RedirectToPage(null, null, new { done = "read" }, "notice-" + id);
    }

    /// <summary>Marks every notice read.</summary>
    public async Task<IActionResult> OnPostMarkAllReadAsync(CancellationToken cancellationToken)
    {
        await inbox.MarkAllReadAsync(cancellationToken);
        return RedirectToPage(new { done = "all-read" });
    }

    private async Task<IReadOnlyList<InboxNotice>> LoadAsync(CancellationToken cancellationToken) =>
        await (from delivery in db.Set<NoticeDeliveryRow>().AsNoTracking()
               join notice in db.Set<NoticeRow>().AsNoTracking() on delivery.NoticeId equals notice.Id
               orderby delivery.DeliveredAt descending, delivery.Id descending
               select new InboxNotice(
                   delivery.Id, notice.Id, notice.Kind, notice.Title, notice.Body, delivery.DeliveredAt, notice.OutageStartsAt, notice.OutageEndsAt, delivery.ReadAt))
            .ToListAsync(cancellationToken);
}
