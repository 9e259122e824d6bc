using IBok.Web.Portal;
using Microsoft.AspNetCore.Mvc;

namespace IBok.Web.Pages;

/// <summary>The layout's language switch: remembers the language and goes back to the page it was used on.</summary>
public sealed class LanguageModel : PortalPageModel
{
    /// <summary>Without a form there is nothing to switch: back to the dashboard.</summary>
    public IActionResult OnGet() => LocalRedirect("/");

    /// <summary>Sets the language cookie (<c>pl</c> or <c>en</c>) and returns to <paramref name="returnUrl"/> when it is a local path.</summary>
    public IActionResult OnPost(string? lang, string? returnUrl)
    {
        if (PortalLanguages.Parse(lang) is not { } language)
        {
            return BadRequest(T("Nieznany język: wybierz polski albo angielski.", "Unknown language: choose Polish or English."));
        }

        PortalLanguages.Remember(HttpContext, language);
        return LocalRedirect(PortalAuthorization.IsLocalUrl(returnUrl) ? returnUrl! : "/");
    }
}
