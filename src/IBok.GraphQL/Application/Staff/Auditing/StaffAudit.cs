using System.Text.Json;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Auditing;
using Microsoft.EntityFrameworkCore;

namespace IBok.GraphQL.Application.Staff.Auditing;

/// <summary>
/// Writes what a staff member or integration did to the audit log. The entry is only added to the context, so it is
/// saved by the same <c>SaveChanges</c> (and transaction) as the change it describes: no change without its entry.
/// </summary>
public static class StaffAudit
{
    /// <summary>Adds an entry for the context's viewer.</summary>
    /// <param name="db">The context whose viewer acted.</param>
    /// <param name="occurredAt">Now (UTC).</param>
    /// <param name="action">What was done, e.g. <c>payment.register</c>.</param>
    /// <param name="subjectType">The kind of record acted on.</param>
    /// <param name="subjectId">The record's id.</param>
    /// <param name="details">The arguments that matter, serialised as JSON.</param>
    public static AuditEntry Record(IBokDbContext db, DateTime occurredAt, string action, string? subjectType, string? subjectId, object? details)
    {
        ArgumentNullException.ThrowIfNull(db);
        var viewer = db.Viewer;
        var entry = new AuditEntry
        {
            OccurredAt = occurredAt,
            ActorAccountId = viewer.AccountId,
            ActorName = viewer.DisplayName,
            ActorRole = viewer.Role.ToString(),
            Action = action,
            SubjectType = subjectType,
            SubjectId = subjectId,
            DetailsJson = details is null ? null : JsonSerializer.Serialize(details),
        };
        db.Set<AuditEntry>().Add(entry);
        return entry;
    }

    /// <summary>The newest entries first, optionally only of one action, at most <paramref name="limit"/>.</summary>
    public static async Task<IReadOnlyList<AuditEntry>> LatestAsync(IBokDbContext db, string? action, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var query = db.Set<AuditEntry>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(action))
        {
            query = query.Where(entry => entry.Action == action);
        }

        return await query.OrderByDescending(entry => entry.Id).Take(Math.Clamp(limit, 1, 500)).ToListAsync(cancellationToken);
    }
}
