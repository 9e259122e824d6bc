using IBok.Domain.Cases;
using IBok.GraphQL.Api.Authorization;
using IBok.GraphQL.Application.Staff.Auditing;
using IBok.GraphQL.Application.Staff.Cases;
using IBok.GraphQL.Application.Staff.Readings;
using IBok.GraphQL.CodeFirst;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Access;

namespace IBok.GraphQL.Api.Staff;

/// <summary>What staff look at: readings to review, the case queue, the audit log.</summary>
[QueryType]
[RequiresRole(ViewerRole.Operator, ViewerRole.Admin)]
public sealed class StaffQueries
{
    /// <summary>Readings flagged for review, oldest first.</summary>
    public async Task<IReadOnlyList<StaffReading>> FlaggedReadings([Service] ReadingReview review, CancellationToken cancellationToken, int limit = 100) =>
        [.. (await review.FlaggedAsync(limit, cancellationToken)).Select(StaffReading.Of)];

    /// <summary>Cases to handle, earliest deadline first, filtered by status, kind, open only, deadline.</summary>
    public async Task<IReadOnlyList<StaffCase>> CaseQueue(
        [Service] CaseHandling cases, CancellationToken cancellationToken,
        CaseStatus? status = null, CaseKind? kind = null, bool openOnly = true, DateOnly? dueBy = null, int limit = 100) =>
        [.. (await cases.QueueAsync(new CaseQueueFilter(status, kind, openOnly, dueBy), limit, cancellationToken)).Select(StaffCase.Of)];

    /// <summary>The audit log, newest first (admins only).</summary>
    [RequiresRole(ViewerRole.Admin)]
    public async Task<IReadOnlyList<AuditLogEntry>> AuditLog([Service] IBokDbContext db, CancellationToken cancellationToken, string? action = null, int limit = 100) =>
        [.. (await StaffAudit.LatestAsync(db, action, limit, cancellationToken)).Select(AuditLogEntry.Of)];
}
