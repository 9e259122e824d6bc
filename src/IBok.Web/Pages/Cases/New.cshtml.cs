using IBok.Domain.Cases;
using IBok.GraphQL.Application.Cases;
using IBok.GraphQL.Application.Common;
using IBok.Web.Portal;
using IBok.Web.Portal.Service;
using Microsoft.AspNetCore.Mvc;

namespace IBok.Web.Pages.Cases;

/// <summary>Filing a case: kind, subject, text and up to five attachments (JPEG, PNG, PDF), through <see cref="CaseService"/>.</summary>
[RequestSizeLimit(CaseUploads.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = CaseUploads.MaxRequestBytes)]
public sealed class NewModel(CaseService cases) : PortalPageModel
{
    /// <summary>The kinds a customer files here (data changes and refunds have their own forms).</summary>
    public static readonly IReadOnlyList<CaseKind> Kinds = [CaseKind.Complaint, CaseKind.Request, CaseKind.Question];

    /// <summary>The chosen kind.</summary>
    [BindProperty]
    public string? Kind { get; set; }

    /// <summary>The subject.</summary>
    [BindProperty]
    public string? Subject { get; set; }

    /// <summary>The first message.</summary>
    [BindProperty]
    public string? Text { get; set; }

    /// <summary>The form's errors.</summary>
    public FormErrors Errors { get; } = new();

    /// <summary>Shows the form.</summary>
    public void OnGet()
    {
    }

    /// <summary>Files the case and shows it, or shows why not (nothing is stored then).</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var kind = Enum.TryParse<CaseKind>(Kind, ignoreCase: false, out var parsed) && Kinds.Contains(parsed) ? parsed : (CaseKind?)null;
        if (kind is null)
        {
            Errors.Add("kind", T("Wybierz rodzaj sprawy z listy.", "Choose the kind of case from the list."));
        }

        var (attachments, uploadError) = await CaseUploads.ReadAsync(CaseUploads.Chosen(Request.Form.Files), Language, cancellationToken);
        if (uploadError is not null)
        {
            Errors.Add(CaseUploads.Field, uploadError);
        }

        if (Errors.Any)
        {
            return Page();
        }

        var outcome = await cases.FileAsync(kind!.Value, Subject ?? "", Text ?? "", attachments, cancellationToken);
        if (outcome.Value is { } filed)
        {
            return Redirect($"/cases/{filed.Case.Id}?filed=true");
        }

        foreach (var error in outcome.Errors)
        {
            Errors.Add(FieldOf(error), Language.Message(error));
        }

        return Page();
    }

    /// <summary>The form field an application error is about.</summary>
    internal static string? FieldOf(UserError error) => error switch
    {
        AttachmentRejectedError => CaseUploads.Field,
        InvalidInputError { Field: "subject" } => "subject",
        InvalidInputError { Field: "text" } => "text",
        _ => null,
    };
}
