using IBok.Domain.Metering;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Mapping;
using IBok.GraphQL.Persistence.Model.Customers;
using IBok.GraphQL.Persistence.Model.Metering;
using IBok.Web.Portal;
using IBok.Web.Portal.Billing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IBok.Web.Pages.Readings;

/// <summary>
/// The confirmation after a reading was stored: the reading, the previous real reading and the consumption between
/// them, which IBok.Domain's reading history computes (roll-over aware), as it did when the reading was accepted.
/// </summary>
public sealed class ConfirmationModel(IBokDbContext db) : PortalPageModel
{
    /// <summary>The reading.</summary>
    public MeterReadingRow Reading { get; private set; } = null!;

    /// <summary>Its meter.</summary>
    public MeterRow Meter { get; private set; } = null!;

    /// <summary>The previous real reading, if any.</summary>
    public MeterReading? Previous { get; private set; }

    /// <summary>The consumption since the previous reading, if there was one.</summary>
    public decimal? Consumption { get; private set; }

    /// <summary>The meter's unit symbol.</summary>
    public string Unit => Meter.Unit.Symbol();

    /// <summary>Shows the confirmation; another customer's reading is not found.</summary>
    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var reading = await db.Set<MeterReadingRow>().AsNoTracking().FirstOrDefaultAsync(row => row.Id == id, cancellationToken);
        if (reading is null)
        {
            return NotFound();
        }

        Reading = reading;
        Meter = await db.Set<MeterRow>().AsNoTracking().SingleAsync(row => row.Id == reading.MeterId, cancellationToken);
        var premisesCode = await db.Set<PremisesRow>().Where(row => row.Id == Meter.PremisesId).Select(row => row.Code).SingleAsync(cancellationToken);
        // The history as it stood when the reading was accepted: it and every earlier reading that counts.
        var earlier = await db.Set<MeterReadingRow>().AsNoTracking()
            .Where(row => row.MeterId == reading.MeterId && row.Status != ReadingStatus.Rejected && row.ReadingDate <= reading.ReadingDate)
            .OrderBy(row => row.ReadingDate)
            .ToListAsync(cancellationToken);
        var history = MeterMapping.ToHistory(Meter, premisesCode, earlier);
        Previous = history.Readings.LastOrDefault(other => other.IsReal && other.Date < reading.ReadingDate);
        Consumption = history.ConsumptionIntervals() is { Count: > 0 } intervals && intervals[^1].Period.End == reading.ReadingDate
            ? intervals[^1].Quantity
            : null;
        return Page();
    }
}
