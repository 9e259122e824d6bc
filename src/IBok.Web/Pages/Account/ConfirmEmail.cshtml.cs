using IBok.GraphQL.Application.Accounts;
using IBok.Web.Portal;
using Microsoft.AspNetCore.Mvc;

namespace IBok.Web.Pages.Account;

/// <summary>E-mail confirmation with the code sent at registration (<see cref="AccountService.ConfirmEmailAsync"/>), and sending a new code.</summary>
public sealed class ConfirmEmailModel(AccountService accounts) : PortalPageModel
{
    /// <summary>The address the code was sent to.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Email { get; set; }

    /// <summary>The code from the e-mail.</summary>
    [BindProperty]
    public string? Code { get; set; }

    /// <summary>Whether a code was just sent (after registration or on request).</summary>
    [BindProperty(SupportsGet = true)]
    public bool Sent { get; set; }

    /// <summary>The form's errors.</summary>
    public FormErrors Errors { get; } = new();

    /// <summary>Shows the form.</summary>
    public void OnGet()
    {
    }

    /// <summary>Confirms the address, or says the code did not work (the same answer for an unknown address).</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Email))
        {
            Errors.Add("email", T("Podaj adres e-mail, na który wysłaliśmy kod.", "Enter the e-mail address we sent the code to."));
        }

        if (string.IsNullOrWhiteSpace(Code))
        {
            Errors.Add("code", T("Podaj kod z wiadomości e-mail.", "Enter the code from the e-mail."));
        }

        if (Errors.Any)
        {
            return Page();
        }

        var outcome = await accounts.ConfirmEmailAsync(Email!, Code!, cancellationToken);
        if (outcome.Succeeded)
        {
            return LocalRedirect(PortalAuthorization.SignInPath + "?done=confirmed");
        }

        foreach (var error in outcome.Errors)
        {
            Errors.Add("code", T(error.MessagePl, error.Message));
        }

        return Page();
    }

    /// <summary>Sends a new code (silently nothing for an unknown or already confirmed address).</summary>
    public async Task<IActionResult> OnPostResendAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Email))
        {
            Errors.Add("email", T("Podaj adres e-mail, na który mamy wysłać nowy kod.", "Enter the e-mail address to send a new code to."));
            return Page();
        }

        await accounts.ResendEmailConfirmationAsync(Email, cancellationToken);
        return RedirectToPage(new { email = Email.Trim(), sent = true });
    }
}
