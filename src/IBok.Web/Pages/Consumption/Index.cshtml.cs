using System.Globalization;
using IBok.Domain.Metering;
using IBok.GraphQL.Application.CustomerReads;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Model.Metering;
using IBok.Web.Portal;
using IBok.Web.Portal.Billing;
using IBok.Web.Portal.Charts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IBok.Web.Pages.Consumption;

/// <summary>
/// A meter's consumption for a period the customer picks, by month or by day, as a column or line chart drawn on the
/// server (<see cref="SvgChart"/>) with the same figures in a table. The series is the API's
/// (<see cref="ConsumptionSeries"/>). Everything is chosen by a GET form, so it works without JavaScript.
/// </summary>
public sealed class IndexModel(IBokDbContext db, UtilityCalendar calendar) : PortalPageModel
{
    /// <summary>The meter; the first active main meter when not given.</summary>
    [BindProperty(SupportsGet = true)]
    public long? MeterId { get; set; }

    /// <summary>The first day (yyyy-MM-dd); by default the start of the month 11 months ago (by month) or 29 days ago (by day).</summary>
    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    /// <summary>The last day (yyyy-MM-dd); today by default.</summary>
    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    /// <summary><c>month</c> (default) or <c>day</c>.</summary>
    [BindProperty(SupportsGet = true)]
    public string? By { get; set; }

    /// <summary><c>column</c> (default) or <c>line</c>.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Chart { get; set; }

    /// <summary>The form's errors (a wrong period).</summary>
    public FormErrors Errors { get; } = new();

    /// <summary>The customer's meters for the picker.</summary>
    public IReadOnlyList<MeterRow> Meters { get; private set; } = [];

    /// <summary>The meter shown, or null when the customer has none.</summary>
    public MeterRow? Meter { get; private set; }

    /// <summary>The granularity shown.</summary>
    public ConsumptionGranularity Granularity => By == "day" ? ConsumptionGranularity.Day : ConsumptionGranularity.Month;

    /// <summary>The chart kind shown.</summary>
    public ChartKind Kind => Chart == "line" ? ChartKind.Line : ChartKind.Column;

    /// <summary>The series (empty on an error).</summary>
    public IReadOnlyList<ConsumptionPoint> Points { get; private set; } = [];

    /// <summary>The chart's SVG markup (encoded), or null when there is nothing to draw.</summary>
    public string? Svg { get; private set; }

    /// <summary>The meter's unit symbol.</summary>
    public string Unit => Meter?.Unit.Symbol() ?? "m³";

    /// <summary>A bucket's label: the month or the day.</summary>
    public string Label(ConsumptionPoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        return Granularity == ConsumptionGranularity.Day
            ? Format.Date(point.Start)
            : point.Start.ToString(Language == PortalLanguage.English ? "MMM yyyy" : "MM.yyyy", CultureInfo.InvariantCulture);
    }

    /// <summary>Draws the chart, or shows why not.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Meters = [.. (await db.Set<MeterRow>().AsNoTracking().ToListAsync(cancellationToken))
            .OrderBy(meter => meter.RemovedOn is null ? 0 : 1).ThenBy(meter => meter.Kind).ThenBy(meter => meter.SerialNumber, StringComparer.Ordinal)];
        if (MeterId is { } wanted)
        {
            Meter = Meters.FirstOrDefault(meter => meter.Id == wanted);
            if (Meter is null)
            {
                return NotFound();
            }
        }
        else
        {
            Meter = Meters.FirstOrDefault();
        }

        By = Granularity == ConsumptionGranularity.Day ? "day" : "month";
        Chart = Kind == ChartKind.Line ? "line" : "column";
        var today = calendar.Today;
        var to = ReadDate(To, "to", today);
        var from = ReadDate(From, "from", Granularity == ConsumptionGranularity.Day
            ? (to ?? today).AddDays(-29)
            : new DateOnly((to ?? today).Year, (to ?? today).Month, 1).AddMonths(-11));
        if (Errors.Any || Meter is null)
        {
            return Page();
        }

        From = PortalFormat.IsoDate(from!.Value);
        To = PortalFormat.IsoDate(to!.Value);
        CheckPeriod(from.Value, to.Value);
        if (Errors.Any)
        {
            return Page();
        }

        var meterId = Meter.Id;
        var readings = await db.Set<MeterReadingRow>().AsNoTracking().Where(row => row.MeterId == meterId).ToListAsync(cancellationToken);
        Points = ConsumptionSeries.Of(Meter, readings, from.Value, to.Value, Granularity);
        if (Points.Count > 0)
        {
            var title = T($"Zużycie licznika {Meter.SerialNumber} w {Unit}", $"Consumption of meter {Meter.SerialNumber} in {Unit}")
                + ", " + Format.Date(from.Value) + " – " + Format.Date(to.Value);
            var description = Granularity == ConsumptionGranularity.Day
                ? T($"Wykres {(Kind == ChartKind.Line ? "liniowy" : "kolumnowy")}: zużycie w kolejnych dniach ({Points.Count}). Te same dane są w tabeli obok.",
                    $"{(Kind == ChartKind.Line ? "Line" : "Column")} chart: consumption per day ({Points.Count} days). The same figures are in the table beside it.")
                : T($"Wykres {(Kind == ChartKind.Line ? "liniowy" : "kolumnowy")}: zużycie w kolejnych miesiącach ({Points.Count}). Te same dane są w tabeli obok.",
                    $"{(Kind == ChartKind.Line ? "Line" : "Column")} chart: consumption per month ({Points.Count} months). The same figures are in the table beside it.");
            Svg = SvgChart.Render(
                "consumption-chart",
                [.. Points.Select(point => new ChartPoint(ShortLabel(point), point.Quantity, point.IncludesEstimates))],
                Kind, title, description, Format);
        }

        return Page();
    }

    private string ShortLabel(ConsumptionPoint point) =>
        Granularity == ConsumptionGranularity.Day
            ? point.Start.ToString(Language == PortalLanguage.English ? "d MMM" : "dd.MM", CultureInfo.InvariantCulture)
            : Label(point);

    private DateOnly? ReadDate(string? text, string field, DateOnly fallback)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Errors.Add(field, field == "from"
            ? T("Podaj początek okresu w formacie RRRR-MM-DD.", "Enter the start of the period as YYYY-MM-DD.")
            : T("Podaj koniec okresu w formacie RRRR-MM-DD.", "Enter the end of the period as YYYY-MM-DD."));
        return null;
    }

    private void CheckPeriod(DateOnly from, DateOnly to)
    {
        if (from > to)
        {
            Errors.Add("from", T("Początek okresu nie może być późniejszy niż jego koniec.", "The start of the period cannot be after its end."));
            return;
        }

        if (Granularity == ConsumptionGranularity.Day && to.DayNumber - from.DayNumber + 1 > ConsumptionSeries.MaxDays)
        {
            Errors.Add("from", T($"Zużycie dzienne można pokazać najwyżej dla {ConsumptionSeries.MaxDays} dni. Skróć okres albo wybierz podział na miesiące.",
                $"Daily consumption can be shown for at most {ConsumptionSeries.MaxDays} days. Shorten the period or choose months."));
        }
        else if (Granularity == ConsumptionGranularity.Month && ((to.Year - from.Year) * 12) + to.Month - from.Month + 1 > ConsumptionSeries.MaxMonths)
        {
            Errors.Add("from", T($"Zużycie miesięczne można pokazać najwyżej dla {ConsumptionSeries.MaxMonths} miesięcy. Skróć okres.",
                $"Monthly consumption can be shown for at most {ConsumptionSeries.MaxMonths} months. Shorten the period."));
        }
    }
}
