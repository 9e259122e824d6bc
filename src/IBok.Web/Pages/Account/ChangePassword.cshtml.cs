using IBok.GraphQL.Application.Accounts;
using IBok.GraphQL.Persistence.Access;
using IBok.Web.Portal;
using Microsoft.AspNetCore.Mvc;

namespace IBok.Web.Pages.Account;

/// <summary>
/// Changing the password: forced at the first sign-in with a one-time password (with the ticket from the sign-in
/// page: the new password completes that sign-in), or by choice when signed in (current password and a new one;
/// every other session ends, this one is renewed).
/// </summary>
public sealed class ChangePasswordModel(AccountService accounts, ISignInSession session, PortalForcedPasswordChange forcedChange) : PortalPageModel
{
    /// <summary>The forced change's ticket from the sign-in page.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Ticket { get; set; }

    /// <summary>Where to go afterwards (a local path).</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>The current password (voluntary change only).</summary>
    [BindProperty]
    public string? CurrentPassword { get; set; }

    /// <summary>The new password.</summary>
    [BindProperty]
    public string? NewPassword { get; set; }

    /// <summary>The new password again.</summary>
    [BindProperty]
    public string? ConfirmPassword { get; set; }

    /// <summary>Whether this is the forced change of a first sign-in.</summary>
    public bool Forced => Ticket is not null;

    /// <summary>Whether the password was just changed (voluntary change).</summary>
    [BindProperty(SupportsGet = true)]
    public bool Changed { get; set; }

    /// <summary>The form's errors.</summary>
    public FormErrors Errors { get; } = new();

    /// <summary>Shows the form; without a ticket only to a signed-in user.</summary>
    public IActionResult OnGet()
    {
        if (Forced)
        {
            return forcedChange.Read(Ticket) is null ? ExpiredTicket() : Page();
        }

        return Viewer.Role == ViewerRole.Anonymous ? LocalRedirect(PortalAuthorization.SignInUrl(Request)) : Page();
    }

    /// <summary>Changes the password, or shows why not (nothing changed then).</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!Forced && Viewer.Role == ViewerRole.Anonymous)
        {
            return LocalRedirect(PortalAuthorization.SignInUrl(Request));
        }

        var pending = Forced ? forcedChange.Read(Ticket) : null;
        if (Forced && pending is null)
        {
            return ExpiredTicket();
        }

        if (string.IsNullOrEmpty(NewPassword))
        {
            Errors.Add("newPassword", T("Podaj nowe hasło.", "Enter the new password."));
        }
        else if (!string.Equals(NewPassword, ConfirmPassword, StringComparison.Ordinal))
        {
            Errors.Add("confirmPassword", T("Powtórzone hasło różni się od nowego hasła.", "The repeated password differs from the new password."));
        }

        if (Errors.Any)
        {
            return Page();
        }

        if (pending is { } signIn)
        {
            var outcome = await accounts.SignInAsync(signIn.Login, signIn.OneTimePassword, NewPassword, cancellationToken);
            if (outcome.Value is { } account)
            {
                await session.SignInAsync(account, bearerToken: false, cancellationToken);
                return LocalRedirect(PortalAuthorization.IsLocalUrl(ReturnUrl) ? ReturnUrl! : account.Role is ViewerRole.Customer ? "/" : "/staff");
            }

            if (outcome.Errors.Any(error => error.Code is AccountErrorCode.InvalidCredentials or AccountErrorCode.TooManyAttempts))
            {
                // The one-time password stopped working meanwhile (used, expired or replaced): start again.
                return ExpiredTicket();
            }

            AddErrors(outcome.Errors);
            return Page();
        }

        var changed = await accounts.ChangePasswordAsync(CurrentPassword ?? "", NewPassword!, session.CurrentSessionId, cancellationToken);
        if (changed.Value is { } renewed)
        {
            await session.RenewAsync(renewed, cancellationToken);
            return RedirectToPage(new { changed = true });
        }

        AddErrors(changed.Errors);
        return Page();
    }

    private void AddErrors(IEnumerable<AccountError> errors)
    {
        foreach (var error in errors)
        {
            Errors.Add(error.Field is "currentPassword" ? "currentPassword" : "newPassword", T(error.MessagePl, error.Message));
        }
    }

    private IActionResult ExpiredTicket() =>
        LocalRedirect(PortalAuthorization.SignInPath + "?done=change-expired");
}
