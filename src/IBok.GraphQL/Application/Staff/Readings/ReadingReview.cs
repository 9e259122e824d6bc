using System.Globalization;
using IBok.GraphQL.Application.Staff.Auditing;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Model.Metering;
using Microsoft.EntityFrameworkCore;

namespace IBok.GraphQL.Application.Staff.Readings;

/// <summary>The outcome of <see cref="ReadingReview.ReviewAsync"/>.</summary>
/// <param name="Reading">The reviewed reading.</param>
/// <param name="Error">Why nothing was changed.</param>
public sealed record ReadingReviewResult(MeterReadingRow? Reading, StaffActionError? Error);

/// <summary>Staff review of readings the domain flagged (roll-over, unusually high consumption).</summary>
public sealed class ReadingReview(IBokDbContext db, TimeProvider time)
{
    /// <summary>Readings awaiting review, oldest reading date first, at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<MeterReadingRow>> FlaggedAsync(int limit, CancellationToken cancellationToken) =>
        await db.Set<MeterReadingRow>().AsNoTracking()
            .Where(reading => reading.Status == ReadingStatus.FlaggedForReview)
            .OrderBy(reading => reading.ReadingDate).ThenBy(reading => reading.Id)
            .Take(Math.Clamp(limit, 1, 500))
            .ToListAsync(cancellationToken);

    /// <summary>Accepts a flagged reading, or rejects it (a reason is required), with an audit entry.</summary>
    public async Task<ReadingReviewResult> ReviewAsync(long readingId, bool accept, string? reason, CancellationToken cancellationToken)
    {
        var reading = await db.Set<MeterReadingRow>().SingleOrDefaultAsync(row => row.Id == readingId, cancellationToken);
        if (reading is null)
        {
            return new ReadingReviewResult(null, new StaffActionError("READING_NOT_FOUND", $"Reading {readingId} does not exist."));
        }

        if (reading.Status != ReadingStatus.FlaggedForReview)
        {
            return new ReadingReviewResult(null, new StaffActionError("NOT_FLAGGED", $"Reading {readingId} is {reading.Status}, not flagged for review."));
        }

        if (!accept && string.IsNullOrWhiteSpace(reason))
        {
            return new ReadingReviewResult(null, new StaffActionError("REASON_REQUIRED", "Say why the reading is rejected."));
        }

        var now = time.GetUtcNow().UtcDateTime;
        reading.Status = accept ? ReadingStatus.Accepted : ReadingStatus.Rejected;
        reading.ReviewedAt = now;
        reading.ReviewedBy = db.Viewer.DisplayName;
        reading.ReviewNote = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        StaffAudit.Record(db, now, accept ? "reading.accept" : "reading.reject", "MeterReading", readingId.ToString(CultureInfo.InvariantCulture),
            new { Reason = reading.ReviewNote });
        await db.SaveChangesAsync(cancellationToken);
        return new ReadingReviewResult(reading, null);
    }
}
