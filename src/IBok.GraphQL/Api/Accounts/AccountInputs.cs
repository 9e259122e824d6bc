namespace IBok.GraphQL.Api.Accounts;

/// <summary>Registration: the customer number and one proof (an invoice, or the code from staff).</summary>
/// <param name="CustomerNumber">The customer number printed on invoices.</param>
/// <param name="Email">The e-mail address to sign in with; a confirmation code is sent there.</param>
/// <param name="Password">The chosen password (at least 10 characters of two kinds).</param>
/// <param name="InvoiceNumber">The number of one of the last 3 invoices.</param>
/// <param name="InvoiceGrossAmount">That invoice's gross amount in PLN, e.g. 123.45.</param>
/// <param name="OneTimeCode">Instead of the invoice: the code from the customer office.</param>
public sealed record RegisterCustomerInput(
    string CustomerNumber, string Email, string Password, string? InvoiceNumber = null, decimal? InvoiceGrossAmount = null, string? OneTimeCode = null);

/// <summary>E-mail confirmation.</summary>
/// <param name="Email">The address being confirmed.</param>
/// <param name="Code">The code from the e-mail.</param>
public sealed record ConfirmEmailInput(string Email, string Code);

/// <summary>Sign-in.</summary>
/// <param name="Login">The customer number or e-mail address.</param>
/// <param name="Password">The password, or the one-time password from staff.</param>
/// <param name="NewPassword">The new password, required when the password must be changed (one-time passwords).</param>
/// <param name="BearerToken">True for API clients: return a bearer token instead of setting the session cookie.</param>
public sealed record SignInInput(string Login, string Password, string? NewPassword = null, bool BearerToken = false);

/// <summary>Password change by the signed-in user.</summary>
/// <param name="CurrentPassword">The current password.</param>
/// <param name="NewPassword">The new password.</param>
public sealed record ChangePasswordInput(string CurrentPassword, string NewPassword);

/// <summary>Password reset, step 2: the token from the e-mailed link and the new password.</summary>
/// <param name="Token">The token from the link.</param>
/// <param name="NewPassword">The new password.</param>
public sealed record ResetPasswordInput(string Token, string NewPassword);

/// <summary>A new API key.</summary>
/// <param name="Name">What it is for, e.g. "Billing system".</param>
/// <param name="Scopes">What it may do, e.g. ["readings:import"].</param>
public sealed record CreateApiKeyInput(string Name, IReadOnlyList<string> Scopes);
