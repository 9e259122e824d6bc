using System.Globalization;
using IBok.Domain.Cases;
using IBok.GraphQL.Application.Staff.Auditing;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Model.Cases;
using Microsoft.EntityFrameworkCore;

namespace IBok.GraphQL.Application.Staff.Cases;

/// <summary>Filters of the staff case queue (all optional).</summary>
/// <param name="Status">Only cases in this status.</param>
/// <param name="Kind">Only cases of this kind.</param>
/// <param name="OpenOnly">Leave out resolved and rejected cases.</param>
/// <param name="DueBy">Only cases whose response deadline is on or before this day.</param>
public sealed record CaseQueueFilter(CaseStatus? Status, CaseKind? Kind, bool OpenOnly, DateOnly? DueBy);

/// <summary>The outcome of a staff action on a case.</summary>
/// <param name="Case">The case after the action.</param>
/// <param name="Error">Why nothing was changed.</param>
public sealed record CaseActionResult(CaseRow? Case, StaffActionError? Error);

/// <summary>Staff handling of cases: the queue, replies, and status changes through the domain's <see cref="CaseTransitions"/>.</summary>
public sealed class CaseHandling(IBokDbContext db, TimeProvider time)
{
    /// <summary>Cases matching <paramref name="filter"/>, earliest deadline first.</summary>
    public async Task<IReadOnlyList<CaseRow>> QueueAsync(CaseQueueFilter filter, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = db.Set<CaseRow>().AsNoTracking();
        if (filter.Status is { } status)
        {
            query = query.Where(row => row.Status == status);
        }

        if (filter.Kind is { } kind)
        {
            query = query.Where(row => row.Kind == kind);
        }

        if (filter.OpenOnly)
        {
            query = query.Where(row => row.Status != CaseStatus.Resolved && row.Status != CaseStatus.Rejected);
        }

        if (filter.DueBy is { } dueBy)
        {
            query = query.Where(row => row.ResponseDeadline <= dueBy);
        }

        return await query.OrderBy(row => row.ResponseDeadline).ThenBy(row => row.Id).Take(Math.Clamp(limit, 1, 500)).ToListAsync(cancellationToken);
    }

    /// <summary>Adds a staff message to a case.</summary>
    public async Task<CaseActionResult> ReplyAsync(long caseId, string text, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new CaseActionResult(null, new StaffActionError("TEXT_REQUIRED", "The reply must not be empty."));
        }

        var row = await db.Set<CaseRow>().SingleOrDefaultAsync(item => item.Id == caseId, cancellationToken);
        if (row is null)
        {
            return NotFound(caseId);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var viewer = db.Viewer;
        db.Set<CaseMessageRow>().Add(new CaseMessageRow
        {
            CustomerId = row.CustomerId,
            CaseId = row.Id,
            AuthorRole = CaseActorRole.Staff,
            AuthorName = viewer.DisplayName,
            AuthorAccountId = viewer.AccountId,
            Text = text.Trim(),
            SentAt = now,
        });
        row.UpdatedAt = now;
        StaffAudit.Record(db, now, "case.reply", "Case", row.Id.ToString(CultureInfo.InvariantCulture), new { row.Signature });
        await db.SaveChangesAsync(cancellationToken);
        return new CaseActionResult(row, null);
    }

    /// <summary>Moves a case to <paramref name="to"/> when <see cref="CaseTransitions"/> allows it, recording the change.</summary>
    public async Task<CaseActionResult> ChangeStatusAsync(long caseId, CaseStatus to, string? note, CancellationToken cancellationToken)
    {
        var row = await db.Set<CaseRow>().SingleOrDefaultAsync(item => item.Id == caseId, cancellationToken);
        if (row is null)
        {
            return NotFound(caseId);
        }

        if (!CaseTransitions.IsAllowed(row.Status, to))
        {
            var allowed = CaseTransitions.AllowedFrom(row.Status);
            return new CaseActionResult(null, new StaffActionError("TRANSITION_NOT_ALLOWED",
                $"A case in status {row.Status} cannot move to {to}; allowed: {(allowed.Count == 0 ? "none" : string.Join(", ", allowed))}."));
        }

        var now = time.GetUtcNow().UtcDateTime;
        db.Set<CaseStatusChangeRow>().Add(new CaseStatusChangeRow
        {
            CustomerId = row.CustomerId,
            CaseId = row.Id,
            FromStatus = row.Status,
            ToStatus = to,
            ChangedAt = now,
            ByRole = CaseActorRole.Staff,
            ByName = db.Viewer.DisplayName,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
        });
        var from = row.Status;
        row.Status = to;
        row.UpdatedAt = now;
        StaffAudit.Record(db, now, "case.status", "Case", row.Id.ToString(CultureInfo.InvariantCulture),
            new { row.Signature, From = from.ToString(), To = to.ToString() });
        await db.SaveChangesAsync(cancellationToken);
        return new CaseActionResult(row, null);
    }

    private static CaseActionResult NotFound(long caseId) =>
        new(null, new StaffActionError("CASE_NOT_FOUND", $"Case {caseId} does not exist."));
}
