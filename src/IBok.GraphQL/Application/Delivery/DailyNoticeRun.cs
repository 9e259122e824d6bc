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

/// <summary>Where a page of the daily notice run is when <see cref="DailyNoticeRun.OnPage"/> is called.</summary>
public enum NoticeRunPageStage
{
    /// <summary>The page's customers are planned; nothing is locked and nothing of the page is written yet.</summary>
    Planned,

    /// <summary>The page's notices and the run's progress are committed; the next page has not started.</summary>
    Committed,
}

/// <summary>A page of the daily notice run, as <see cref="DailyNoticeRun.OnPage"/> sees it.</summary>
/// <param name="Number">The page's number, from 1.</param>
/// <param name="FirstCustomerId">The page's first customer.</param>
/// <param name="LastCustomerId">The page's last customer.</param>
/// <param name="Stage">Where the page is.</param>
public sealed record NoticeRunPage(int Number, long FirstCustomerId, long LastCustomerId, NoticeRunPageStage Stage);

/// <summary>
/// The daily notice run: pages through every customer, plans their notices for the day and writes the new ones to the
/// outbox. Running it again on the same day (or after a crash) writes nothing twice: each notice's idempotency key is
/// unique in the outbox, and a run that stopped is simply run again from the first customer.
/// </summary>
/// <remarks>
/// <para>
/// A page is planned without a write transaction (reads only: on SQLite no write lock; a write transaction there locks
/// the whole database, and a page's reading and planning took most of a run's time, so other writers such as a
/// sign-in starved for tens of seconds). Only the customers the plan gives something new are then planned again
/// inside a short write transaction, which adds their notices and the run's progress counts and commits: what is
/// written was planned from the data as it is at the commit (a payment or a withdrawn consent that came in between is
/// seen), as when the whole page was one transaction.
/// </para>
/// <para>Progress goes to the log and, with every page's commit, to the run's row in <c>notice_runs</c>; its finish time
/// is written only after the last page.</para>
/// </remarks>
public sealed class DailyNoticeRun(IBokDbContext db, NoticeOutbox outbox, TimeProvider time, DeliveryOptions options, ILogger<DailyNoticeRun>? logger = null)
{
    private readonly ILogger logger = logger ?? NullLogger<DailyNoticeRun>.Instance;

    /// <summary>Called after each page is planned and after it is committed (tests and diagnostics: both are moments
    /// when the run holds no lock).</summary>
    public Func<NoticeRunPage, CancellationToken, Task>? OnPage { get; init; }

    /// <summary>Runs for <paramref name="day"/>.</summary>
    /// <param name="day">The planning day.</param>
    /// <param name="cancellationToken">Stops between pages; what was committed stays, the summary has no finish time.</param>
    public async Task<NoticeRunSummary> RunAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var run = new NoticeRunRow { RunDate = day, StartedAt = time.GetUtcNow().UtcDateTime };
        db.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
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

            page++;
            counts = await WritePageAsync(run.Id, page, ids, day, outages, counts, cancellationToken);
            after = ids[^1];
            if (OnPage is { } committed)
            {
                await committed(new NoticeRunPage(page, ids[0], ids[^1], NoticeRunPageStage.Committed), cancellationToken);
            }

            if (page % 10 == 0 || ids.Count < pageSize)
            {
                logger.LogInformation(
                    "Daily notice run {Day:yyyy-MM-dd}: {Done} of {Total} customers, {Planned} notices due, {Enqueued} enqueued, {Known} already queued, {Failed} unreadable.",
                    day, counts.Customers, total, counts.Planned, counts.Enqueued, counts.AlreadyQueued, counts.Failed);
            }
        }

        var finished = !cancellationToken.IsCancellationRequested;
        var finishedAt = finished ? time.GetUtcNow().UtcDateTime : (DateTime?)null;
        if (finished)
        {
            // Only now: the marker the scheduler's catch-up looks for must not appear before the last page is committed.
            await db.Set<NoticeRunRow>().Where(row => row.Id == run.Id)
                .ExecuteUpdateAsync(set => set.SetProperty(row => row.FinishedAt, finishedAt), CancellationToken.None);
        }

        logger.LogInformation(
            "Daily notice run {Day:yyyy-MM-dd} {Outcome}: {Customers} customers, {Planned} notices due, {Enqueued} enqueued, {Known} already queued, {Failed} unreadable.",
            day, finished ? "finished" : "stopped", counts.Customers, counts.Planned, counts.Enqueued, counts.AlreadyQueued, counts.Failed);
        return new NoticeRunSummary(day, run.StartedAt, finishedAt, counts);
    }

    /// <summary>Whether a run for <paramref name="day"/> has finished (the scheduler's catch-up check after a restart).</summary>
    public Task<bool> FinishedOnAsync(DateOnly day, CancellationToken cancellationToken) =>
        db.Set<NoticeRunRow>().AnyAsync(row => row.RunDate == day && row.FinishedAt != null, cancellationToken);

    /// <summary>Plans the page without a lock, then writes what is new in a short transaction; returns the run's counts so far.</summary>
    private async Task<EnqueueCounts> WritePageAsync(
        long runId, int page, List<long> ids, DateOnly day, IReadOnlyList<Persistence.Model.Notices.NoticeRow> outages, EnqueueCounts before, CancellationToken cancellationToken)
    {
        var perCustomer = new Dictionary<long, EnqueueCounts>();
        try
        {
            await outbox.EnqueueAsync(ids, day, outages, null, perCustomer, cancellationToken);
        }
        finally
        {
            // The rows are written, if still new, by the planning under the lock below.
            db.ChangeTracker.Clear();
        }

        var withNew = perCustomer.Where(pair => pair.Value.Enqueued > 0).Select(pair => pair.Key).Order().ToList();
        var unchanged = perCustomer.Where(pair => pair.Value.Enqueued == 0).Aggregate(EnqueueCounts.None, (sum, pair) => sum + pair.Value);
        if (OnPage is { } planned)
        {
            await planned(new NoticeRunPage(page, ids[0], ids[^1], NoticeRunPageStage.Planned), cancellationToken);
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var written = await outbox.EnqueueAsync(withNew, day, outages, null, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                var counts = before + unchanged + written;
                await db.Set<NoticeRunRow>().Where(row => row.Id == runId).ExecuteUpdateAsync(set => set
                    .SetProperty(row => row.Customers, counts.Customers)
                    .SetProperty(row => row.Planned, counts.Planned)
                    .SetProperty(row => row.Enqueued, counts.Enqueued)
                    .SetProperty(row => row.AlreadyQueued, counts.AlreadyQueued)
                    .SetProperty(row => row.Failed, counts.Failed), cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return counts;
            }
            catch (DbUpdateException conflict) when (attempt < 3 && !cancellationToken.IsCancellationRequested)
            {
                // A concurrent run wrote some of these keys first; planning them again skips them.
                logger.LogWarning("Daily notice run page from customer {First} met a concurrent write (attempt {Attempt}): {Reason}", ids[0], attempt, conflict.GetBaseException().Message);
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }
    }
}
