using IBok.GraphQL.Persistence.Access;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IBok.Web.Portal;

/// <summary>
/// The base of every portal page model: the request's language and texts (<see cref="T"/>), formatting, and the
/// signed-in viewer (already set by the auth middleware; the database context filters by it).
/// </summary>
public abstract class PortalPageModel : PageModel
{
    /// <summary>The request's language.</summary>
    public PortalLanguage Language => PortalLanguages.Of(HttpContext);

    /// <summary>Formatting for the request's language.</summary>
    public PortalFormat Format => PortalFormat.For(Language);

    /// <summary>Who is asking.</summary>
    public Viewer Viewer => HttpContext.RequestServices.GetRequiredService<ViewerAccessor>().Viewer;

    /// <summary>The signed-in customer's id; only pages that require a customer (everything outside /account and /staff) may ask.</summary>
    public long CustomerId => Viewer.CustomerId
        ?? throw new InvalidOperationException("This page needs a signed-in customer; the portal's folder authorization should have required one.");

    /// <summary>The Polish or the English text, by the request's language.</summary>
    public string T(string polish, string english) => Language.Text(polish, english);
}
