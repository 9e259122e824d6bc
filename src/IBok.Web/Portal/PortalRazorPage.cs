using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IBok.Web.Portal;

/// <summary>
/// The base of every portal page view (<c>@page</c> files; set in <c>Pages/_ViewImports.cshtml</c>):
/// <c>@T("…", "…")</c> and <c>Format</c>. Razor Pages must derive from <see cref="Page"/>, so layouts and partials,
/// which are plain views, use <see cref="PortalRazorView{TModel}"/> instead (<c>Pages/Shared/_ViewImports.cshtml</c>).
/// </summary>
/// <typeparam name="TModel">The page's model (the generated page class declares <c>Model</c> itself).</typeparam>
public abstract class PortalRazorPage<TModel> : Page
{
    /// <summary>The request's language.</summary>
    public PortalLanguage Language => PortalLanguages.Of(HttpContext);

    /// <summary>Formatting for the request's language.</summary>
    public PortalFormat Format => PortalFormat.For(Language);

    /// <summary>The Polish or the English text, by the request's language.</summary>
    public string T(string polish, string english) => Language.Text(polish, english);
}

/// <summary>The base of the portal's layouts and partials (everything in <c>Pages/Shared/</c>): <c>T</c> and <c>Format</c>.</summary>
/// <typeparam name="TModel">The view's model.</typeparam>
public abstract class PortalRazorView<TModel> : RazorPage<TModel>
{
    /// <summary>The request's language.</summary>
    public PortalLanguage Language => PortalLanguages.Of(Context);

    /// <summary>Formatting for the request's language.</summary>
    public PortalFormat Format => PortalFormat.For(Language);

    /// <summary>The Polish or the English text, by the request's language.</summary>
    public string T(string polish, string english) => Language.Text(polish, english);
}
