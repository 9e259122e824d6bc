using IBok.Web.Portal;

namespace IBok.Web.Pages;

/// <summary>The customer's dashboard.</summary>
public sealed class IndexModel : PortalPageModel
{
    /// <summary>Shows the dashboard.</summary>
    public void OnGet()
    {
    }
}
