using IBok.GraphQL.Api.Common;
using IBok.GraphQL.Application.Common;
using IBok.GraphQL.Application.Notices;
using IBok.GraphQL.CodeFirst;

namespace IBok.GraphQL.Api.Notices;

/// <summary>The result of <c>markNoticeRead</c>.</summary>
/// <param name="NoticeId">The global id of the notice (inbox item) marked read; null on failure.</param>
/// <param name="ReadAt">When it was first read; null on failure.</param>
/// <param name="Errors">Why nothing changed; empty on success.</param>
public sealed record MarkNoticeReadPayload([property: ID] string? NoticeId, DateTime? ReadAt, IReadOnlyList<UserError> Errors);

/// <summary>The result of <c>markAllNoticesRead</c>.</summary>
/// <param name="MarkedCount">How many unread notices were marked read.</param>
/// <param name="Errors">Why nothing changed; empty on success.</param>
public sealed record MarkAllNoticesReadPayload(int MarkedCount, IReadOnlyList<UserError> Errors);

/// <summary>The notices inbox (komunikaty).</summary>
[MutationType]
public sealed class NoticeMutations
{
    /// <summary>Marks one notice of the caller's inbox read (the id of the inbox item); another customer's is <c>NotFoundError</c>.</summary>
    /// <param name="noticeId">The notice's global id (as <c>Customer.notices</c> returns it).</param>
    public async Task<MarkNoticeReadPayload> MarkNoticeRead([ID] string noticeId, [Service] NoticeInboxService inbox, CancellationToken cancellationToken)
    {
        var outcome = await inbox.MarkReadAsync(TypedIds.KeyOf(noticeId, nameof(Notice)), cancellationToken);
        return outcome.Value is { } state
            ? new MarkNoticeReadPayload(TypedIds.Of(nameof(Notice), state.DeliveryId), state.ReadAt, [])
            : new MarkNoticeReadPayload(null, null, outcome.Errors);
    }

    /// <summary>Marks every unread notice of the caller's inbox read.</summary>
    public async Task<MarkAllNoticesReadPayload> MarkAllNoticesRead([Service] NoticeInboxService inbox, CancellationToken cancellationToken)
    {
        var outcome = await inbox.MarkAllReadAsync(cancellationToken);
        return new MarkAllNoticesReadPayload(outcome.Value?.MarkedCount ?? 0, outcome.Errors);
    }
}
