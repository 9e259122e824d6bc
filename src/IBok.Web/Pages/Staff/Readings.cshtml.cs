using IBok.GraphQL.Application.Staff.Readings;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Model.Customers;
using IBok.GraphQL.Persistence.Model.Metering;
using IBok.Web.Portal;
using IBok.Web.Portal.Service;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IBok.Web.Pages.Staff;

/// <summary>A flagged reading with what an operator needs to judge it.</summary>
/// <param name="Reading">The reading.</param>
/// <param name="SerialNumber">Its meter's serial number.</param>
/// <param name="Unit">The meter's unit (m³, GJ).</param>
/// <param name="CustomerNumber">The customer's number.</param>
/// <param name="CustomerName">The customer's name.</param>
public sealed record FlaggedReading(MeterReadingRow Reading, string SerialNumber, string Unit, string CustomerNumber, string CustomerName);

/// <summary>Readings the domain flagged (roll-over, unusually high consumption), to accept or reject with a reason.</summary>
public sealed class ReadingsModel(IBokDbContext db, ReadingReview review) : PortalPageModel
{
    /// <summary>The most readings listed.</summary>
    public const int Limit = 100;

    /// <summary>The readings awaiting review, oldest first.</summary>
    public IReadOnlyList<FlaggedReading> Readings { get; private set; } = [];

    /// <summary>The reviewed reading.</summary>
    [BindProperty]
    public long ReadingId { get; set; }

    /// <summary><c>accept</c> or <c>reject</c>.</summary>
    [BindProperty]
    public string? Decision { get; set; }

    /// <summary>Why the reading is rejected.</summary>
    [BindProperty]
    public string? Reason { get; set; }

    /// <summary>What was just done: <c>accepted</c> or <c>rejected</c>.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    /// <summary>The review form's errors (the field is <c>reason-{id}</c> of the reading's row).</summary>
    public FormErrors Errors { get; } = new();

    /// <summary>Lists the flagged readings.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    /// <summary>Accepts or rejects one reading.</summary>
    public async Task<IActionResult> OnPostReviewAsync(CancellationToken cancellationToken)
    {
        var field = "reason-" + ReadingId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (Decision is not ("accept" or "reject"))
        {
            Errors.Add(field, T("Wybierz: zatwierdź albo odrzuć.", "Choose: accept or reject."));
        }
        else
        {
            var result = await review.ReviewAsync(ReadingId, Decision == "accept", Reason, cancellationToken);
            if (result.Error is null)
            {
                return RedirectToPage(new { done = Decision == "accept" ? "accepted" : "rejected" });
            }

            if (result.Error.Code == "READING_NOT_FOUND")
            {
                return NotFound();
            }

            Errors.Add(field, Language.Message(result.Error));
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var flagged = await review.FlaggedAsync(Limit, cancellationToken);
        var meterIds = flagged.Select(reading => reading.MeterId).Distinct().ToList();
        var customerIds = flagged.Select(reading => reading.CustomerId).Distinct().ToList();
        var meters = await db.Set<MeterRow>().AsNoTracking().Where(meter => meterIds.Contains(meter.Id))
            .ToDictionaryAsync(meter => meter.Id, cancellationToken);
        var customers = await db.Set<CustomerRow>().AsNoTracking().Where(customer => customerIds.Contains(customer.Id))
            .ToDictionaryAsync(customer => customer.Id, cancellationToken);
        Readings = [.. flagged.Select(reading => new FlaggedReading(
            reading,
            meters.TryGetValue(reading.MeterId, out var meter) ? meter.SerialNumber : "—",
            meter is null ? "" : UnitText(meter.Unit),
            customers.TryGetValue(reading.CustomerId, out var customer) ? customer.Number : "—",
            customer?.Name ?? "—"))];
    }

    private static string UnitText(IBok.Domain.Metering.MeterUnit unit) =>
        unit == IBok.Domain.Metering.MeterUnit.CubicMetre ? "m³" : "GJ";
}
