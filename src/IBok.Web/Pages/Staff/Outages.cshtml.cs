using IBok.GraphQL.Api.Events;
using IBok.GraphQL.Api.Subscriptions;
using IBok.GraphQL.Application.Staff.Outages;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Model.Notices;
using IBok.Web.Portal;
using IBok.Web.Portal.Service;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IBok.Web.Pages.Staff;

/// <summary>
/// Publishing an outage or planned shutdown for the whole area, a town or streets of a town, through
/// <see cref="OutagePublication"/>; the notice then reaches the affected customers' open pages through the same
/// <c>noticePublished</c> events the <c>publishOutage</c> mutation sends.
/// </summary>
public sealed class OutagesModel(IBokDbContext db, OutagePublication publication, IEventBus bus) : PortalPageModel
{
    /// <summary>The kinds of outage notice.</summary>
    public static readonly IReadOnlyList<NoticeKind> Kinds = [NoticeKind.Failure, NoticeKind.PlannedShutdown];

    /// <summary>Failure or planned shutdown (a <see cref="NoticeKind"/> name).</summary>
    [BindProperty]
    public string? Kind { get; set; }

    /// <summary>The title.</summary>
    [BindProperty]
    public string? Title { get; set; }

    /// <summary>The text.</summary>
    [BindProperty]
    public string? Body { get; set; }

    /// <summary>When supply stops, Polish time (<c>2026-11-21T14:30</c>).</summary>
    [BindProperty]
    public string? StartsAt { get; set; }

    /// <summary>When supply is expected back, Polish time; optional.</summary>
    [BindProperty]
    public string? EndsAt { get; set; }

    /// <summary>The town; empty for the whole supply area.</summary>
    [BindProperty]
    public string? City { get; set; }

    /// <summary>Streets of the town, one per line; empty for the whole town.</summary>
    [BindProperty]
    public string? Streets { get; set; }

    /// <summary>How many customers the notice just published reached.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Reached { get; set; }

    /// <summary>The form's errors.</summary>
    public FormErrors Errors { get; } = new();

    /// <summary>The latest published outage notices.</summary>
    public IReadOnlyList<NoticeRow> Recent { get; private set; } = [];

    /// <summary>Shows the form and the latest notices.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadRecentAsync(cancellationToken);

    /// <summary>Publishes the notice and delivers it, or shows why not (nothing is published then).</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var kind = Enum.TryParse<NoticeKind>(Kind, ignoreCase: false, out var parsed) && Kinds.Contains(parsed) ? parsed : (NoticeKind?)null;
        if (kind is null)
        {
            Errors.Add("kind", T("Wybierz rodzaj: awaria albo planowane wyłączenie.", "Choose the kind: failure or planned shutdown."));
        }

        var startsAt = PolishTime.ParseInput(StartsAt);
        if (string.IsNullOrWhiteSpace(StartsAt))
        {
            Errors.Add("startsAt", T("Podaj początek przerwy w dostawie.", "Give the start of the interruption."));
        }
        else if (startsAt is null)
        {
            Errors.Add("startsAt", T("Początek przerwy ma niepoprawną datę lub godzinę.", "The start of the interruption is not a valid date and time."));
        }

        var endsAt = PolishTime.ParseInput(EndsAt);
        if (!string.IsNullOrWhiteSpace(EndsAt) && endsAt is null)
        {
            Errors.Add("endsAt", T("Koniec przerwy ma niepoprawną datę lub godzinę.", "The end of the interruption is not a valid date and time."));
        }

        if (!Errors.Any)
        {
            var streets = (Streets ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var result = await publication.PublishAsync(
                new OutageToPublish(Title ?? "", Body ?? "", kind!.Value, startsAt!.Value, endsAt, City, streets), cancellationToken);
            if (result.Notice is { } notice)
            {
                // The same call the publishOutage mutation makes after its commit: every affected customer's inbox topic and staff.
                await LiveEvents.PublishNoticeAsync(bus, db, notice, cancellationToken);
                return RedirectToPage(new { reached = result.CustomerIds.Count });
            }

            Errors.Add(FieldOf(result.Error!.Code), Language.Message(result.Error));
        }

        await LoadRecentAsync(cancellationToken);
        return Page();
    }

    private static string? FieldOf(string code) => code switch
    {
        "TITLE_REQUIRED" => "title",
        "BODY_REQUIRED" => "body",
        "NOT_AN_OUTAGE" => "kind",
        "END_BEFORE_START" => "endsAt",
        "CITY_REQUIRED" => "city",
        _ => null,
    };

    private async Task LoadRecentAsync(CancellationToken cancellationToken) =>
        Recent = await db.Set<NoticeRow>().AsNoTracking()
            .Include(notice => notice.Streets)
            .Where(notice => notice.PublishedAt != null && notice.Kind != NoticeKind.Information)
            .OrderByDescending(notice => notice.PublishedAt).ThenByDescending(notice => notice.Id)
            .Take(10)
            .ToListAsync(cancellationToken);
}
