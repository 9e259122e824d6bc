using System.Globalization;
using IBok.GraphQL.Application.CustomerReads;
using IBok.GraphQL.Application.Readings;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Model.Metering;
using IBok.Web.Portal;
using IBok.Web.Portal.Billing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IBok.Web.Pages.Readings;

/// <summary>
/// Submits a reading of one meter (e-odczyt) by <see cref="ReadingService"/>, the submitReading mutation's rules; each
/// rejection is shown next to its field in the request's language, with the typed values kept. Another customer's
/// meter is not found (404).
/// </summary>
public sealed class SubmitModel(IBokDbContext db, ReadingService readings, UtilityCalendar calendar) : PortalPageModel
{
    /// <summary>The meter.</summary>
    [BindProperty(SupportsGet = true)]
    public long MeterId { get; set; }

    /// <summary>The reading's date as typed (yyyy-MM-dd from a date input).</summary>
    [BindProperty]
    public string? Date { get; set; }

    /// <summary>The counter value as typed (<c>,</c> or <c>.</c> as the decimal separator).</summary>
    [BindProperty]
    public string? Value { get; set; }

    /// <summary>The form's errors.</summary>
    public FormErrors Errors { get; } = new();

    /// <summary>The meter, once loaded.</summary>
    public MeterRow Meter { get; private set; } = null!;

    /// <summary>The latest real (not estimated, not rejected) reading, shown as the previous one.</summary>
    public MeterReadingRow? Previous { get; private set; }

    /// <summary>The meter's unit symbol.</summary>
    public string Unit => Meter.Unit.Symbol();

    /// <summary>Shows the form with today's date.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Date ??= PortalFormat.IsoDate(calendar.Today);
        return Page();
    }

    /// <summary>Submits the reading; on success goes to the confirmation (POST-redirect-GET).</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var date = ParseDate(Date);
        if (date is null)
        {
            Errors.Add("date", string.IsNullOrWhiteSpace(Date)
                ? T("Podaj datę odczytu.", "Enter the reading date.")
                : T("Podaj datę odczytu w formacie RRRR-MM-DD, np. 2026-11-21.", "Enter the reading date as YYYY-MM-DD, e.g. 2026-11-21."));
        }

        if (string.IsNullOrWhiteSpace(Value))
        {
            Errors.Add("value", T("Podaj stan licznika.", "Enter the meter value."));
        }

        if (Errors.Any)
        {
            return Page();
        }

        var outcome = await readings.SubmitAsync(MeterId, date!.Value, Value!, cancellationToken);
        if (outcome.Value is { } recorded)
        {
            return Redirect($"/readings/confirmation/{recorded.Row.Id.ToString(CultureInfo.InvariantCulture)}");
        }

        foreach (var error in outcome.Errors)
        {
            Errors.Add(BillingTexts.ReadingField(error), error.Text(Language));
        }

        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var meter = await db.Set<MeterRow>().AsNoTracking().FirstOrDefaultAsync(row => row.Id == MeterId, cancellationToken);
        if (meter is null)
        {
            return false;
        }

        Meter = meter;
        Previous = await db.Set<MeterReadingRow>().AsNoTracking()
            .Where(row => row.MeterId == meter.Id && row.Status != ReadingStatus.Rejected && row.Kind != IBok.Domain.Metering.ReadingKind.Estimated)
            .OrderByDescending(row => row.ReadingDate).ThenByDescending(row => row.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return true;
    }

    private static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
