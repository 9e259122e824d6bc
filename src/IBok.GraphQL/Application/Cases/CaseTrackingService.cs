using IBok.Domain.Cases;
using IBok.GraphQL.Application.Common;
using IBok.GraphQL.Application.WithoutAccount;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Model.Cases;
using Microsoft.EntityFrameworkCore;

namespace IBok.GraphQL.Application.Cases;

/// <summary>One step of a tracked case's history, without staff names.</summary>
/// <param name="From">The status before; null for the filing.</param>
/// <param name="To">The status after.</param>
/// <param name="At">When.</param>
/// <param name="ByRole">Customer or staff.</param>
/// <param name="Note">The note (a rejection's reason).</param>
public sealed record TrackedCaseStep(CaseStatus? From, CaseStatus To, DateTime At, CaseActorRole ByRole, string? Note);

/// <summary>What the filer of a case learns by its signature and secret.</summary>
/// <param name="Signature">The case signature.</param>
/// <param name="Kind">Complaint, request, ...</param>
/// <param name="Subject">The subject.</param>
/// <param name="Status">The current status.</param>
/// <param name="SubmittedAt">When it was filed.</param>
/// <param name="ResponseDeadline">The day by which the utility answers.</param>
/// <param name="History">The status history, oldest first.</param>
public sealed record TrackedCase(
    string Signature, CaseKind Kind, string Subject, CaseStatus Status, DateTime SubmittedAt, DateOnly ResponseDeadline, IReadOnlyList<TrackedCaseStep> History);

/// <summary>
/// Follows a case by signature and tracking secret, without an account. A wrong secret, an unknown or malformed
/// signature and a case filed with an account (which has no secret) all give the same answer, <c>NOT_FOUND</c>, after the same
/// work, so the answer does not tell which signatures exist.
/// </summary>
public sealed class CaseTrackingService(IBokDbContext db, AnonymousRateLimiter limiter, ClientOrigin origin)
{
    /// <summary>The case, or <see cref="NotFoundError"/> (the same for every way of not matching), or
    /// <see cref="RateLimitedError"/> when the client tried too often.</summary>
    public async Task<Outcome<TrackedCase>> TrackAsync(string signature, string secret, CancellationToken cancellationToken)
    {
        if (limiter.TryAcquire(AnonymousRateLimiter.ClientKey("track", origin.Address)) is { } retryAfter)
        {
            return new RateLimitedError(retryAfter);
        }

        var normalized = CaseSignature.TryParse(signature, out var parsed, out _) ? parsed.ToString() : null;

        // Tracking is for the filer without an account, who is anonymous to the viewer filter: the signature and
        // the secret are the authorization.
        var row = normalized is null
            ? null
            : await db.Set<CaseRow>().IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(c => c.Signature == normalized, cancellationToken);
        if (!CaseTrackingSecret.Matches(secret, row?.TrackingSecretHash) || row is null)
        {
            return new NotFoundError("Case", "sprawa o tej sygnaturze i tym kodzie");
        }

        var history = await db.Set<CaseStatusChangeRow>().IgnoreQueryFilters().AsNoTracking()
            .Where(change => change.CaseId == row.Id)
            .OrderBy(change => change.ChangedAt).ThenBy(change => change.Id)
            .Select(change => new TrackedCaseStep(change.FromStatus, change.ToStatus, change.ChangedAt, change.ByRole, change.Note))
            .ToListAsync(cancellationToken);
        return new TrackedCase(row.Signature!, row.Kind, row.Subject, row.Status, row.SubmittedAt, row.ResponseDeadline, history);
    }
}
