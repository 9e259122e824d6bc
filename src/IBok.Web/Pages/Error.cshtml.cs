using IBok.GraphQL.Persistence.Access;
using IBok.Web.Portal;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace IBok.Web.Pages;

/// <summary>
/// The portal's error page (see <see cref="Portal.Errors.PortalErrorPages"/>): what happened in plain words, in the
/// request's language, with a way back; never the exception itself. Shown for any method, since a failed form post is
/// run again here as a post.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PortalPageModel
{
    /// <summary>The status code the page explains.</summary>
    [BindProperty(SupportsGet = true)]
    public int Code { get; set; }

    /// <summary>Where "back to the start" leads: the staff area for staff, the dashboard for everyone else.</summary>
    public string HomeUrl => Viewer.Role is ViewerRole.Operator or ViewerRole.Admin ? "/staff" : "/";

    /// <summary>The identifier staff can find the failure by in the server's log (only for a 500).</summary>
    public string? RequestId { get; private set; }

    /// <summary>Shows the page.</summary>
    public IActionResult OnGet() => Show();

    /// <summary>Shows the page for a form post that failed.</summary>
    public IActionResult OnPost() => Show();

    private IActionResult Show()
    {
        if (Code is < 400 or > 599)
        {
            return NotFound();
        }

        Response.StatusCode = Code;
        if (HttpContext.Features.Get<IExceptionHandlerFeature>() is not null)
        {
            RequestId = HttpContext.TraceIdentifier;
        }

        return Page();
    }
}
