using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Model.Customers;
using IBok.GraphQL.Persistence.Model.Delivery;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace IBok.GraphQL.Application.Delivery;

/// <summary>The summary of a daily notice run, as staff see it.</summary>
/// <param name="RunDate">The planning day.</param>
/// <param name="StartedAt">When it started (UTC).</param>
/// <param name="FinishedAt">When it finished (UTC); null when it did not.</param>
/// <param name="Counts">What it planned and wrote.</param>
public sealed record NoticeRunSummary(DateOnly RunDate, DateTime StartedAt, DateTime? FinishedAt, EnqueueCounts Counts)
{
    /// <summary>The summary of a stored run.</summary>
    public static NoticeRunSummary Of(NoticeRunRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.RunDate, row.StartedAt, row.FinishedAt, new EnqueueCounts(row.Customers, row.Planned, row.Enqueued, row.AlreadyQueued, row.Failed));
    }
}

/// <summary>
/// The daily notice run: pages through every customer, plans their notices for the day and writes the new ones to the
/// outbox, one transaction per page. Running it again on the same day (or after a crash) writes nothing twice: each
/// notice's idempotency key is unique in the outbox. Progress goes to the log; the summary to <c>notice_runs</c>.
/// </summary>
public sealed class DailyNoticeRun(IBokDbContext db, NoticeOutbox outbox, TimeProvider time, DeliveryOptions options, ILogger<DailyNoticeRun>? logger = null)
{
    private readonly ILogger logger = logger ?? NullLogger<DailyNoticeRun>.Instance;

    /// <summary>Runs for <paramref name="day"/>.</summary>
    /// <param name="day">The planning day.</param>
    /// <param name="cancellationToken">Stops between pages; what was committed stays, the summary has no finish time.</param>
    public async Task<NoticeRunSummary> RunAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var run = new NoticeRunRow { RunDate = day, StartedAt = time.GetUtcNow().UtcDateTime };
        db.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        var total = await db.Set<CustomerRow>().CountAsync(cancellationToken);
        logger.LogInformation("Daily notice run for {Day:yyyy-MM-dd}: {Total} customers.", day, total);

        var outages = await outbox.CurrentOutagesAsync(day, cancellationToken);
        var counts = EnqueueCounts.None;
        var pageSize = Math.Max(1, options.RunPageSize);
        long after = 0;
        var page = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var ids = await db.Set<CustomerRow>().AsNoTracking().Where(row => row.Id > after).OrderBy(row => row.Id)
                .Select(row => row.Id).Take(pageSize).ToListAsync(cancellationToken);
            if (ids.Count == 0)
            {
                break;
            }

            counts += await WritePageAsync(ids, day, outages, cancellationToken);
            after = ids[^1];
            page++;
            if (page % 10 == 0 || ids.Count < pageSize)
            {
                logger.LogInformation(
                    "Daily notice run {Day:yyyy-MM-dd}: {Done} of {Total} customers, {Planned} notices due, {Enqueued} enqueued, {Known} already queued, {Failed} unreadable.",
                    day, counts.Customers, total, counts.Planned, counts.Enqueued, counts.AlreadyQueued, counts.Failed);
            }
        }

        var finished = !cancellationToken.IsCancellationRequested;
        await db.Set<NoticeRunRow>().Where(row => row.Id == run.Id).ExecuteUpdateAsync(set => set
            .SetProperty(row => row.Customers, counts.Customers)
            .SetProperty(row => row.Planned, counts.Planned)
            .SetProperty(row => row.Enqueued, counts.Enqueued)
            .SetProperty(row => row.AlreadyQueued, counts.AlreadyQueued)
            .SetProperty(row => row.Failed, counts.Failed)
            .SetProperty(row => row.FinishedAt, finished ? time.GetUtcNow().UtcDateTime : null), CancellationToken.None);
        run.Customers = counts.Customers;
        logger.LogInformation(
            "Daily notice run {Day:yyyy-MM-dd} {Outcome}: {Customers} customers, {Planned} notices due, {Enqueued} enqueued, {Known} already queued, {Failed} unreadable.",
            day, finished ? "finished" : "stopped", counts.Customers, counts.Planned, counts.Enqueued, counts.AlreadyQueued, counts.Failed);
        return new NoticeRunSummary(day, run.StartedAt, finished ? time.GetUtcNow().UtcDateTime : null, counts);
    }

    /// <summary>Whether a run for <paramref name="day"/> has finished (the scheduler's catch-up check after a restart).</summary>
    public Task<bool> FinishedOnAsync(DateOnly day, CancellationToken cancellationToken) =>
        db.Set<NoticeRunRow>().AnyAsync(row => row.RunDate == day && row.FinishedAt != null, cancellationToken);

    private async Task<EnqueueCounts> WritePageAsync(List<long> ids, DateOnly day, IReadOnlyList<Persistence.Model.Notices.NoticeRow> outages, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var counts = await outbox.EnqueueAsync(ids, day, outages, null, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return counts;
            }
            catch (DbUpdateException conflict) when (attempt < 3 && !cancellationToken.IsCancellationRequested)
            {
                // A concurrent run wrote some of these keys first; planning the page again skips them.
                logger.LogWarning("Daily notice run page from customer {First} met a concurrent write (attempt {Attempt}): {Reason}", ids[0], attempt, conflict.GetBaseException().Message);
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }
    }
}
