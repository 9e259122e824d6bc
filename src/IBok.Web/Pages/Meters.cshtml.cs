using IBok.GraphQL.Application.CustomerReads;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Model.Customers;
using IBok.GraphQL.Persistence.Model.Metering;
using IBok.Web.Portal;
using Microsoft.EntityFrameworkCore;

namespace IBok.Web.Pages;

/// <summary>How a meter's legalization stands on the utility's calendar day.</summary>
public enum LegalizationState
{
    /// <summary>Valid for more than 90 days.</summary>
    Valid,

    /// <summary>Valid today but ending within <see cref="UtilityCalendar.LegalizationWarningDays"/> days.</summary>
    ExpiresSoon,

    /// <summary>Already ended.</summary>
    Expired,
}

/// <summary>A meter as the meters page lists it.</summary>
/// <param name="Meter">The meter.</param>
/// <param name="Address">Where it is.</param>
/// <param name="Legalization">Its legalization's state today.</param>
/// <param name="DaysLeft">Days until the legalization ends (negative once ended).</param>
/// <param name="LastReading">The newest reading not rejected, or null.</param>
public sealed record MeterListItem(MeterRow Meter, string Address, LegalizationState Legalization, int DaysLeft, MeterReadingRow? LastReading);

/// <summary>The customer's meters: serial number, legalization date with a warning within 90 days, last reading.</summary>
public sealed class MetersModel(IBokDbContext db, UtilityCalendar calendar) : PortalPageModel
{
    /// <summary>Meters in service, by address and serial number.</summary>
    public IReadOnlyList<MeterListItem> Meters { get; private set; } = [];

    /// <summary>Meters removed (exchanged), newest removal first.</summary>
    public IReadOnlyList<MeterListItem> RemovedMeters { get; private set; } = [];

    /// <summary>The utility's calendar day.</summary>
    public DateOnly Today { get; private set; }

    /// <summary>The state of a legalization ending on <paramref name="validUntil"/>, seen on <paramref name="today"/>.</summary>
    public static LegalizationState StateOf(DateOnly validUntil, DateOnly today) =>
        validUntil < today ? LegalizationState.Expired
        : validUntil <= today.AddDays(UtilityCalendar.LegalizationWarningDays) ? LegalizationState.ExpiresSoon
        : LegalizationState.Valid;

    /// <summary>Loads the meters (the viewer filter keeps them the customer's own).</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = calendar.Today;
        var meters = await db.Set<MeterRow>().AsNoTracking().ToListAsync(cancellationToken);
        var premises = await db.Set<PremisesRow>().AsNoTracking().ToDictionaryAsync(row => row.Id, cancellationToken);
        var meterIds = meters.Select(meter => meter.Id).ToArray();
        var lastReadings = (await db.Set<MeterReadingRow>().AsNoTracking()
                .Where(reading => meterIds.Contains(reading.MeterId) && reading.Status != ReadingStatus.Rejected)
                .ToListAsync(cancellationToken))
            .GroupBy(reading => reading.MeterId)
            .ToDictionary(group => group.Key, group => group.OrderByDescending(reading => reading.ReadingDate).ThenByDescending(reading => reading.Id).First());
        var items = meters.Select(meter => new MeterListItem(
                meter,
                premises.TryGetValue(meter.PremisesId, out var place) ? PremisesModel.Address(place) : "",
                StateOf(meter.LegalizationValidUntil, Today),
                meter.LegalizationValidUntil.DayNumber - Today.DayNumber,
                lastReadings.GetValueOrDefault(meter.Id)))
            .ToList();
        Meters = [.. items.Where(item => item.Meter.RemovedOn is null).OrderBy(item => item.Address, StringComparer.Ordinal).ThenBy(item => item.Meter.SerialNumber, StringComparer.Ordinal)];
        RemovedMeters = [.. items.Where(item => item.Meter.RemovedOn is not null).OrderByDescending(item => item.Meter.RemovedOn)];
    }
}
