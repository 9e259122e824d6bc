using IBok.GraphQL.Application.Accounts;
using IBok.GraphQL.Persistence.Access;
using IBok.Web.Portal;
using Microsoft.AspNetCore.Mvc;

namespace IBok.Web.Pages.Account;

/// <summary>Sign-out: this browser's session ends (the account's other devices stay signed in), then its cookie is deleted.</summary>
public sealed class SignOutModel(AccountService accounts, ISignInSession session) : PortalPageModel
{
    /// <summary>Asks to confirm (a link cannot sign anyone out: that takes a POST with the form's token).</summary>
    public IActionResult OnGet() => Viewer.Role == ViewerRole.Anonymous ? LocalRedirect(PortalAuthorization.SignInPath) : Page();

    /// <summary>Signs out and shows the sign-in page.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await accounts.SignOutAsync(session.CurrentSessionId, cancellationToken);
        await session.SignOutAsync(cancellationToken);
        return LocalRedirect(PortalAuthorization.SignInPath + "?done=signed-out");
    }
}
