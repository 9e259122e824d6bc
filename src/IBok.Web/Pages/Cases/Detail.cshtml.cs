using IBok.Domain.Cases;
using IBok.GraphQL.Application.Cases;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Model.Cases;
using IBok.Web.Portal;
using IBok.Web.Portal.Service;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IBok.Web.Pages.Cases;

/// <summary>
/// One case of the customer: its messages with their attachments, the status history and a reply form (while the case
/// is open). Another customer's case is not found (404), as the viewer filter hides it.
/// </summary>
[RequestSizeLimit(CaseUploads.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = CaseUploads.MaxRequestBytes)]
public sealed class DetailModel(IBokDbContext db, CaseService cases) : PortalPageModel
{
    /// <summary>The case with its messages, history and attachments.</summary>
    public CaseRow Case { get; private set; } = null!;

    /// <summary>Whether the case was just filed.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Filed { get; set; }

    /// <summary>Whether the reply was just sent.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Replied { get; set; }

    /// <summary>The reply's text.</summary>
    [BindProperty]
    public string? Text { get; set; }

    /// <summary>The reply form's errors.</summary>
    public FormErrors Errors { get; } = new();

    /// <summary>Whether the case takes replies.</summary>
    public bool IsOpen => !CaseTransitions.IsFinal(Case.Status);

    /// <summary>Shows the case.</summary>
    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    /// <summary>Adds the customer's reply (with attachments), or shows why not (nothing is stored then).</summary>
    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var (attachments, uploadError) = await CaseUploads.ReadAsync(CaseUploads.Chosen(Request.Form.Files), Language, cancellationToken);
        if (uploadError is not null)
        {
            Errors.Add(CaseUploads.Field, uploadError);
            return Page();
        }

        var outcome = await cases.AddMessageAsync(id, Text ?? "", attachments, cancellationToken);
        if (outcome.Value is not null)
        {
            return Redirect($"/cases/{id}?replied=true#messages");
        }

        foreach (var error in outcome.Errors)
        {
            Errors.Add(NewModel.FieldOf(error), Language.Message(error));
        }

        // A case closed meanwhile: show it as it is now.
        db.ChangeTracker.Clear();
        await LoadAsync(id, cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        if (await CaseThreads.LoadAsync(db, id, cancellationToken) is not { } row)
        {
            return false;
        }

        Case = row;
        return true;
    }
}
