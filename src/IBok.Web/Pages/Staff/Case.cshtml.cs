using IBok.Domain.Cases;
using IBok.GraphQL.Api.Events;
using IBok.GraphQL.Api.Subscriptions;
using IBok.GraphQL.Application.Staff.Cases;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Model.Cases;
using IBok.Web.Portal;
using IBok.Web.Portal.Service;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IBok.Web.Pages.Staff;

/// <summary>
/// One case for an operator: messages, attachments and history, a reply to the customer and a status change (only
/// the moves the case rules allow), both through <see cref="CaseHandling"/> and published as <c>caseUpdated</c> like
/// the GraphQL mutations.
/// </summary>
public sealed class CaseModel(IBokDbContext db, CaseHandling handling, IEventBus bus) : PortalPageModel
{
    /// <summary>The case.</summary>
    public CaseRow Case { get; private set; } = null!;

    /// <summary>The reply's text.</summary>
    [BindProperty]
    public string? Reply { get; set; }

    /// <summary>The new status (a <see cref="CaseStatus"/> name).</summary>
    [BindProperty]
    public string? NewStatus { get; set; }

    /// <summary>A note to the status change (a rejection's reason).</summary>
    [BindProperty]
    public string? Note { get; set; }

    /// <summary>What was just done: <c>reply</c> or <c>status</c>.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    /// <summary>The reply form's errors.</summary>
    public FormErrors ReplyErrors { get; } = new();

    /// <summary>The status form's errors.</summary>
    public FormErrors StatusErrors { get; } = new();

    /// <summary>The statuses the case may move to now.</summary>
    public IReadOnlyList<CaseStatus> AllowedStatuses => CaseTransitions.AllowedFrom(Case.Status);

    /// <summary>Shows the case.</summary>
    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    /// <summary>Sends the reply to the customer.</summary>
    public async Task<IActionResult> OnPostReplyAsync(long id, CancellationToken cancellationToken)
    {
        var result = await handling.ReplyAsync(id, Reply ?? "", cancellationToken);
        if (result.Case is { } changed)
        {
            await LiveEvents.PublishCaseUpdatedAsync(bus, changed, cancellationToken);
            return Redirect($"/staff/cases/{id}?done=reply#messages");
        }

        if (result.Error?.Code == "CASE_NOT_FOUND" || !await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        ReplyErrors.Add("reply", Language.Message(result.Error!));
        return Page();
    }

    /// <summary>Moves the case to the chosen status.</summary>
    public async Task<IActionResult> OnPostStatusAsync(long id, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<CaseStatus>(NewStatus, ignoreCase: false, out var status))
        {
            if (!await LoadAsync(id, cancellationToken))
            {
                return NotFound();
            }

            StatusErrors.Add("newStatus", T("Wybierz nowy status z listy.", "Choose the new status from the list."));
            return Page();
        }

        var result = await handling.ChangeStatusAsync(id, status, Note, cancellationToken);
        if (result.Case is { } changed)
        {
            await LiveEvents.PublishCaseUpdatedAsync(bus, changed, cancellationToken);
            return Redirect($"/staff/cases/{id}?done=status");
        }

        if (result.Error?.Code == "CASE_NOT_FOUND" || !await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        StatusErrors.Add("newStatus", Language.Message(result.Error!));
        return Page();
    }

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        if (await CaseThreads.LoadAsync(db, id, cancellationToken) is not { } row)
        {
            return false;
        }

        Case = row;
        return true;
    }
}
