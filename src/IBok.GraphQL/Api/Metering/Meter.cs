using IBok.Domain.Metering;
using IBok.GraphQL.Api.Customers;
using IBok.GraphQL.Application.CustomerReads;
using IBok.GraphQL.Application.CustomerReads.Loaders;
using IBok.GraphQL.CodeFirst;
using IBok.GraphQL.Paging;
using IBok.GraphQL.Persistence.Model.Customers;
using IBok.GraphQL.Persistence.Model.Metering;
using IBok.GraphQL.Relay;

namespace IBok.GraphQL.Api.Metering;

/// <summary>A meter: a main water meter (wodomierz główny), a submeter (podlicznik) or a heat meter (ciepłomierz).</summary>
[Node]
public sealed class Meter
{
    private readonly MeterRow _row;

    private Meter(MeterRow row) => _row = row;

    /// <summary>The meter's global id.</summary>
    public long Id => _row.Id;

    /// <summary>The serial number (numer fabryczny).</summary>
    public string SerialNumber => _row.SerialNumber;

    /// <summary>Main water meter, submeter or heat meter.</summary>
    public MeterKind Kind => _row.Kind;

    /// <summary>The unit it counts in.</summary>
    public MeterUnit Unit => _row.Unit;

    /// <summary>The day it was installed.</summary>
    public DateOnly InstalledOn => _row.InstalledOn;

    /// <summary>The day it was removed; null while installed.</summary>
    public DateOnly? RemovedOn => _row.RemovedOn;

    /// <summary>The day of its legalization (cecha legalizacyjna).</summary>
    public DateOnly LegalizedOn => _row.LegalizedOn;

    /// <summary>The last day it may be used for billing.</summary>
    public DateOnly LegalizationValidUntil => _row.LegalizationValidUntil;

    /// <summary>Whether the legalization is still valid today but ends within 90 days (the meter is due for replacement).</summary>
    public bool LegalizationExpiresSoon([Service] UtilityCalendar calendar)
    {
        var today = calendar.Today;
        return today <= _row.LegalizationValidUntil && today.AddDays(UtilityCalendar.LegalizationWarningDays) > _row.LegalizationValidUntil;
    }

    /// <summary>The premises the meter is installed at.</summary>
    public async Task<Premises?> Premises(PremisesByCustomerLoader premises, CancellationToken cancellationToken) =>
        Customers.Premises.Of((await premises.LoadAsync(_row.CustomerId, cancellationToken).ConfigureAwait(false)).FirstOrDefault(row => row.Id == _row.PremisesId));

    /// <summary>The latest reading in the meter's history (accepted or flagged for review); null before the first.</summary>
    public async Task<Reading?> LastReading(LastReadingsByCustomerLoader readings, CancellationToken cancellationToken) =>
        (await readings.LoadAsync(_row.CustomerId, cancellationToken).ConfigureAwait(false)).Derived(LastReadingByMeter).GetValueOrDefault(_row.Id);

    /// <summary>The readings of this meter, newest first, rejected ones included with their status.</summary>
    [UsePaging(MaxPageSize = 100, DefaultPageSize = 20, IncludeTotalCount = true, ConnectionName = "Reading")]
    public async Task<IEnumerable<Reading>> Readings(ReadingsByCustomerLoader readings, CancellationToken cancellationToken) =>
        (await readings.LoadAsync(_row.CustomerId, cancellationToken).ConfigureAwait(false))
            .Where(row => row.MeterId == _row.Id)
            .Select(row => new Reading(row));

    /// <summary>
    /// The consumption between readings spread over days, months or years for a chart (pro rata by days); buckets
    /// without readings are left out. A period may cover at most 366 days by DAY, 120 months by MONTH, 50 years by YEAR.
    /// </summary>
    /// <param name="from">The first day of the period.</param>
    /// <param name="to">The last day of the period (inclusive).</param>
    /// <param name="granularity">One bar per day, month or year.</param>
    public async Task<IReadOnlyList<ConsumptionPoint>> Consumption(
        DateOnly from, DateOnly to, ConsumptionGranularity granularity, ReadingsByCustomerLoader readings, CancellationToken cancellationToken) =>
        ConsumptionSeries.Of(_row, (await readings.LoadAsync(_row.CustomerId, cancellationToken).ConfigureAwait(false)).Where(row => row.MeterId == _row.Id), from, to, granularity);

    /// <summary>Fetches a meter for <c>node(id:)</c>.</summary>
    [NodeResolver]
    public static async Task<Meter?> GetAsync(long id, RowByIdLoader<MeterRow> meters, [Service] RequestCustomers customers, CancellationToken cancellationToken)
    {
        var row = await meters.LoadAsync(id, cancellationToken).ConfigureAwait(false);
        if (row is not null)
        {
            customers.Add([row.CustomerId]);
        }

        return row is null ? null : new Meter(row);
    }

    /// <summary>A customer's meters by serial number, shared by the requests that read the same rows.</summary>
    internal static readonly CustomerDerivation<MeterRow, IReadOnlyList<Meter>> AllOfCustomer = new(rows => Matching(rows, null));

    /// <summary>A customer's meters by premises id, each premises' by serial number.</summary>
    internal static readonly CustomerDerivation<MeterRow, IReadOnlyDictionary<long, IReadOnlyList<Meter>>> ByPremisesOfCustomer = new(rows =>
        rows.Derived(AllOfCustomer)
            .GroupBy(meter => meter._row.PremisesId)
            .ToDictionary(group => group.Key, group => (IReadOnlyList<Meter>)[.. group]));

    /// <summary>The latest reading of each meter by meter id (the loader returns at most one per meter; the first is kept).</summary>
    private static readonly CustomerDerivation<MeterReadingRow, IReadOnlyDictionary<long, Reading>> LastReadingByMeter = new(rows =>
    {
        var byMeter = new Dictionary<long, Reading>(rows.Count);
        foreach (var row in rows)
        {
            byMeter.TryAdd(row.MeterId, new Reading(row));
        }

        return byMeter.AsReadOnly();
    });

    /// <summary>The meters, by serial number, optionally only the one with <paramref name="serialNumber"/>.</summary>
    internal static IReadOnlyList<Meter> Matching(IEnumerable<MeterRow> rows, string? serialNumber)
    {
        var wanted = serialNumber?.Trim();
        return [.. rows
            .Where(row => string.IsNullOrEmpty(wanted) || string.Equals(row.SerialNumber, wanted, StringComparison.OrdinalIgnoreCase))
            .OrderBy(row => row.SerialNumber, StringComparer.Ordinal).ThenBy(row => row.Id)
            .Select(row => new Meter(row))];
    }
}
