using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Model.Metering;
using IBok.Web.Portal;
using Microsoft.EntityFrameworkCore;

namespace IBok.Web.Pages.Readings;

/// <summary>The reading history of each of the customer's meters, newest first, with a link to submit a reading.</summary>
public sealed class IndexModel(IBokDbContext db) : PortalPageModel
{
    /// <summary>The meters (active first, then by serial number) with their readings.</summary>
    public IReadOnlyList<MeterReadings> Meters { get; private set; } = [];

    /// <summary>Loads the history (the viewer filter keeps it to the customer's own meters).</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var meters = await db.Set<MeterRow>().AsNoTracking().ToListAsync(cancellationToken);
        var readings = await db.Set<MeterReadingRow>().AsNoTracking()
            .OrderByDescending(row => row.ReadingDate).ThenByDescending(row => row.Id)
            .ToListAsync(cancellationToken);
        var byMeter = readings.ToLookup(row => row.MeterId);
        Meters = [.. meters
            .OrderBy(meter => meter.RemovedOn is null ? 0 : 1).ThenBy(meter => meter.Kind).ThenBy(meter => meter.SerialNumber, StringComparer.Ordinal)
            .Select(meter => new MeterReadings(meter, [.. byMeter[meter.Id]]))];
    }
}

/// <summary>A meter with its readings, newest first.</summary>
/// <param name="Meter">The meter.</param>
/// <param name="Readings">Its readings, rejected ones included (marked).</param>
public sealed record MeterReadings(MeterRow Meter, IReadOnlyList<MeterReadingRow> Readings);
