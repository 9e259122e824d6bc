using IBok.Domain;
using IBok.Domain.Cases;
using IBok.Domain.Metering;
using IBok.GraphQL.Application.CustomerReads;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Model.Cases;
using IBok.GraphQL.Persistence.Model.Metering;
using IBok.GraphQL.Persistence.Model.Notices;
using IBok.Web.Portal;
using Microsoft.EntityFrameworkCore;

namespace IBok.Web.Pages;

/// <summary>
/// The customer's dashboard: balance (to pay or overpaid) and the next payment due from the settlements the
/// domain's ledger computes (<see cref="CustomerSettlements"/>), the latest readings, unread notices and open cases.
/// Every query goes through the viewer-filtered context, so it shows only the signed-in customer's rows.
/// </summary>
public sealed class IndexModel(IBokDbContext db, CustomerSettlements settlements) : PortalPageModel
{
    /// <summary>How many latest readings, notices and cases the dashboard lists.</summary>
    public const int ListLength = 5;

    /// <summary>What is still to pay on documents issued so far.</summary>
    public Money ToPay { get; private set; }

    /// <summary>What of <see cref="ToPay"/> is past its due date.</summary>
    public Money Overdue { get; private set; }

    /// <summary>The overpayment today.</summary>
    public Money Overpaid { get; private set; }

    /// <summary>The open document due first: number, due date and what is left to pay; null when nothing is to pay.</summary>
    public (string Number, DateOnly DueDate, Money Outstanding)? NextPayment { get; private set; }

    /// <summary>The newest readings of the customer's meters (rejected ones left out).</summary>
    public IReadOnlyList<(string SerialNumber, MeterUnit Unit, DateOnly Date, decimal Value, ReadingStatus Status)> LatestReadings { get; private set; } = [];

    /// <summary>How many notices are unread.</summary>
    public int UnreadNoticeCount { get; private set; }

    /// <summary>The newest unread notices' titles and delivery times.</summary>
    public IReadOnlyList<(string Title, DateTime DeliveredAt)> UnreadNotices { get; private set; } = [];

    /// <summary>The cases not yet resolved or rejected, newest first.</summary>
    public IReadOnlyList<CaseRow> OpenCases { get; private set; } = [];

    /// <summary>Loads the dashboard.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var settlement = await settlements.OfAsync(CustomerId, cancellationToken);
        ToPay = settlement.ToPay;
        Overdue = settlement.Overdue;
        Overpaid = settlement.Overpaid;
        if (settlement.NextDue is { } next)
        {
            NextPayment = (next.Document.Number, next.Document.DueDate, next.Outstanding);
        }

        var readings = await db.Set<MeterReadingRow>().AsNoTracking()
            .Where(reading => reading.Status != ReadingStatus.Rejected)
            .Join(db.Set<MeterRow>(), reading => reading.MeterId, meter => meter.Id, (reading, meter) => new { reading, meter.SerialNumber, meter.Unit })
            .OrderByDescending(row => row.reading.ReadingDate).ThenByDescending(row => row.reading.Id)
            .Take(ListLength)
            .ToListAsync(cancellationToken);
        LatestReadings = [.. readings.Select(row => (row.SerialNumber, row.Unit, row.reading.ReadingDate, row.reading.Value, row.reading.Status))];

        var unread = db.Set<NoticeDeliveryRow>().AsNoTracking().Where(delivery => delivery.ReadAt == null);
        UnreadNoticeCount = await unread.CountAsync(cancellationToken);
        var notices = await unread
            .Join(db.Set<NoticeRow>(), delivery => delivery.NoticeId, notice => notice.Id, (delivery, notice) => new { notice.Title, delivery.DeliveredAt, delivery.Id })
            .OrderByDescending(row => row.DeliveredAt).ThenByDescending(row => row.Id)
            .Take(ListLength)
            .ToListAsync(cancellationToken);
        UnreadNotices = [.. notices.Select(row => (row.Title, row.DeliveredAt))];

        OpenCases = await db.Set<CaseRow>().AsNoTracking()
            .Where(row => row.Status != CaseStatus.Resolved && row.Status != CaseStatus.Rejected)
            .OrderByDescending(row => row.SubmittedAt).ThenByDescending(row => row.Id)
            .Take(ListLength)
            .ToListAsync(cancellationToken);
    }
}
