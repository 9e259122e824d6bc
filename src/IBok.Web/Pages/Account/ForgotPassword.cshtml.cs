using IBok.GraphQL.Application.Accounts;
using IBok.Web.Portal;
using Microsoft.AspNetCore.Mvc;

namespace IBok.Web.Pages.Account;

/// <summary>Asks for a password reset link (<see cref="AccountService.RequestPasswordResetAsync"/>): the same answer whether or not the account exists.</summary>
public sealed class ForgotPasswordModel(AccountService accounts) : PortalPageModel
{
    /// <summary>Customer number or e-mail address.</summary>
    [BindProperty]
    public string? Login { get; set; }

    /// <summary>Whether the request was made (the page then says what happens next).</summary>
    [BindProperty(SupportsGet = true)]
    public bool Sent { get; set; }

    /// <summary>The form's errors.</summary>
    public FormErrors Errors { get; } = new();

    /// <summary>Shows the form.</summary>
    public void OnGet()
    {
    }

    /// <summary>Requests the link.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await accounts.RequestPasswordResetAsync(Login ?? "", cancellationToken);
        if (outcome.Succeeded)
        {
            return RedirectToPage(new { sent = true });
        }

        foreach (var error in outcome.Errors)
        {
            Errors.Add("login", T(error.MessagePl, error.Message));
        }

        return Page();
    }
}
