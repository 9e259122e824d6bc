using IBok.GraphQL.Application.Accounts;
using IBok.Web.Portal;
using Microsoft.AspNetCore.Mvc;

namespace IBok.Web.Pages.Account;

/// <summary>Sets a new password with the token of a reset link (<see cref="AccountService.ResetPasswordAsync"/>); every session of the account ends.</summary>
public sealed class ResetPasswordModel(AccountService accounts) : PortalPageModel
{
    /// <summary>The token from the e-mailed link.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    /// <summary>The new password.</summary>
    [BindProperty]
    public string? NewPassword { get; set; }

    /// <summary>The new password again.</summary>
    [BindProperty]
    public string? ConfirmPassword { get; set; }

    /// <summary>Whether the link no longer works (wrong, used or expired).</summary>
    public bool LinkInvalid { get; private set; }

    /// <summary>The form's errors.</summary>
    public FormErrors Errors { get; } = new();

    /// <summary>Shows the form (a link without a token cannot work).</summary>
    public void OnGet() => LinkInvalid = string.IsNullOrEmpty(Token);

    /// <summary>Sets the password, or shows why not.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
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

        var outcome = await accounts.ResetPasswordAsync(Token ?? "", NewPassword!, cancellationToken);
        if (outcome.Succeeded)
        {
            return LocalRedirect(PortalAuthorization.SignInPath + "?done=password-reset");
        }

        LinkInvalid = outcome.Errors.Any(error => error.Code == AccountErrorCode.InvalidResetLink);
        foreach (var error in outcome.Errors.Where(error => error.Code != AccountErrorCode.InvalidResetLink))
        {
            Errors.Add("newPassword", T(error.MessagePl, error.Message));
        }

        return Page();
    }
}
