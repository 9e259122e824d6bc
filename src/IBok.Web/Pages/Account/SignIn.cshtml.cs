using IBok.GraphQL.Application.Accounts;
using IBok.GraphQL.Persistence.Access;
using IBok.Web.Portal;
using Microsoft.AspNetCore.Mvc;

namespace IBok.Web.Pages.Account;

/// <summary>
/// Sign-in with a customer number or e-mail address and a password, by <see cref="AccountService.SignInAsync"/>
/// (the signIn mutation's rules: throttling, the same message whether or not the account exists). A one-time
/// password leads to the forced password change.
/// </summary>
public sealed class SignInModel(AccountService accounts, ISignInSession session, PortalForcedPasswordChange forcedChange) : PortalPageModel
{
    /// <summary>Customer number or e-mail address.</summary>
    [BindProperty]
    public string? Login { get; set; }

    /// <summary>The password (never shown again).</summary>
    [BindProperty]
    public string? Password { get; set; }

    /// <summary>Where to go after signing in (a local path).</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>A notice from the flow that sent the user here (signed out, e-mail confirmed, password reset).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    /// <summary>The form's errors.</summary>
    public FormErrors Errors { get; } = new();

    /// <summary>Whether the e-mail address still needs its confirmation code (link to the confirmation page).</summary>
    public bool EmailNotConfirmed { get; private set; }

    /// <summary>The notice for <see cref="Done"/>, or null.</summary>
    public string? DoneMessage => Done switch
    {
        "signed-out" => T("Wylogowano. Do zobaczenia!", "You have signed out. See you soon!"),
        "signed-out-everywhere" => T("Wylogowano ze wszystkich urządzeń.", "You have signed out on every device."),
        "confirmed" => T("Adres e-mail potwierdzony. Możesz się zalogować.", "E-mail address confirmed. You can sign in now."),
        "password-reset" => T("Hasło zostało zmienione. Zaloguj się nowym hasłem.", "Your password has been changed. Sign in with the new password."),
        "change-expired" => T("Czas na ustawienie nowego hasła minął albo hasło jednorazowe już nie działa. Zaloguj się ponownie.", "The time to choose a new password has run out or the one-time password no longer works. Sign in again."),
        _ => null,
    };

    /// <summary>Shows the form (a signed-in user goes straight on).</summary>
    public IActionResult OnGet() => Viewer.Role == ViewerRole.Anonymous ? Page() : LocalRedirect(AfterSignIn(Viewer.Role));

    /// <summary>Signs in, or shows why not.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await accounts.SignInAsync(Login ?? "", Password ?? "", cancellationToken: cancellationToken);
        if (outcome.Value is { } account)
        {
            await session.SignInAsync(account, bearerToken: false, cancellationToken);
            return LocalRedirect(AfterSignIn(account.Role));
        }

        if (outcome.Errors.Any(error => error.Code == AccountErrorCode.PasswordChangeRequired))
        {
            var ticket = forcedChange.Issue(Login ?? "", Password ?? "");
            return RedirectToPage("/Account/ChangePassword", new { ticket, returnUrl = PortalAuthorization.IsLocalUrl(ReturnUrl) ? ReturnUrl : null });
        }

        foreach (var error in outcome.Errors)
        {
            EmailNotConfirmed |= error.Code == AccountErrorCode.EmailNotConfirmed;
            Errors.Add(error.Field is "login" or "password" ? error.Field : "login", T(error.MessagePl, error.Message));
        }

        Password = null;
        return Page();
    }

    private string AfterSignIn(ViewerRole role) =>
        PortalAuthorization.IsLocalUrl(ReturnUrl) ? ReturnUrl! : role is ViewerRole.Operator or ViewerRole.Admin ? "/staff" : "/";
}
