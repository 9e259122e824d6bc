using System.Globalization;
using IBok.GraphQL.Application.Accounts;
using IBok.Web.Portal;
using Microsoft.AspNetCore.Mvc;

namespace IBok.Web.Pages.Account;

/// <summary>
/// Registration by <see cref="AccountService.RegisterCustomerAsync"/>: the customer number and either one of the
/// last 3 invoices (number and gross amount) or the code from the customer office; a confirmation code goes to
/// the e-mail address.
/// </summary>
public sealed class RegisterModel(AccountService accounts) : PortalPageModel
{
    /// <summary>The customer number from an invoice.</summary>
    [BindProperty]
    public string? CustomerNumber { get; set; }

    /// <summary>The e-mail address to sign in with.</summary>
    [BindProperty]
    public string? Email { get; set; }

    /// <summary>How the customer proves who they are: <c>invoice</c> or <c>code</c>.</summary>
    [BindProperty]
    public string Proof { get; set; } = "invoice";

    /// <summary>Proof by invoice: its number.</summary>
    [BindProperty]
    public string? InvoiceNumber { get; set; }

    /// <summary>Proof by invoice: its gross amount as typed (<c>123,45</c> or <c>123.45</c>).</summary>
    [BindProperty]
    public string? InvoiceGrossAmount { get; set; }

    /// <summary>Proof by code: the code from the customer office.</summary>
    [BindProperty]
    public string? OneTimeCode { get; set; }

    /// <summary>The chosen password.</summary>
    [BindProperty]
    public string? Password { get; set; }

    /// <summary>The password again.</summary>
    [BindProperty]
    public string? ConfirmPassword { get; set; }

    /// <summary>The form's errors.</summary>
    public FormErrors Errors { get; } = new();

    /// <summary>Shows the form.</summary>
    public void OnGet()
    {
    }

    /// <summary>Registers, or shows why not (nothing is stored then).</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var byCode = Proof == "code";
        decimal? grossAmount = null;
        if (!byCode && !string.IsNullOrWhiteSpace(InvoiceGrossAmount))
        {
            grossAmount = ParseAmount(InvoiceGrossAmount);
            if (grossAmount is null)
            {
                Errors.Add("invoiceGrossAmount", T(
                    "Kwota brutto musi być liczbą w złotych, np. 123,45.",
                    "The gross amount must be a number in PLN, e.g. 123.45."));
            }
        }

        if (!string.Equals(Password, ConfirmPassword, StringComparison.Ordinal))
        {
            Errors.Add("confirmPassword", T("Powtórzone hasło różni się od hasła.", "The repeated password differs from the password."));
        }

        if (Errors.Any)
        {
            ClearSecrets();
            return Page();
        }

        var outcome = await accounts.RegisterCustomerAsync(
            new RegisterCustomerCommand(
                CustomerNumber ?? "",
                Email ?? "",
                Password ?? "",
                byCode ? null : InvoiceNumber,
                byCode ? null : grossAmount,
                byCode ? OneTimeCode : null),
            cancellationToken);
        if (outcome.Value is { } registered)
        {
            return RedirectToPage("/Account/ConfirmEmail", new { email = registered.Email, sent = true });
        }

        foreach (var error in outcome.Errors)
        {
            Errors.Add(FieldOf(error, byCode), T(error.MessagePl, error.Message));
        }

        ClearSecrets();
        return Page();
    }

    /// <summary>A gross amount typed the Polish or the English way, with or without a currency; null when it is not a number.</summary>
    public static decimal? ParseAmount(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cleaned = text.Replace("zł", "", StringComparison.OrdinalIgnoreCase).Replace("PLN", "", StringComparison.OrdinalIgnoreCase)
            .Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal).Replace(',', '.');
        return decimal.TryParse(cleaned, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) ? amount : null;
    }

    private static string? FieldOf(AccountError error, bool byCode) => error.Field switch
    {
        "proof" => byCode ? "oneTimeCode" : "invoiceNumber",
        null when error.Code is AccountErrorCode.InvalidProof => byCode ? "oneTimeCode" : "invoiceNumber",
        null => "customerNumber",
        var field => field,
    };

    private void ClearSecrets()
    {
        Password = null;
        ConfirmPassword = null;
    }
}
