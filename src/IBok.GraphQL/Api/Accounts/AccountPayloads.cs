using IBok.GraphQL.Application.Accounts;
using IBok.GraphQL.CodeFirst;
using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Persistence.Accounts;

namespace IBok.GraphQL.Api.Accounts;

/// <summary>Why an account mutation did not succeed (nothing changed).</summary>
/// <param name="Code">What went wrong.</param>
/// <param name="Message">The message in English.</param>
/// <param name="MessagePl">The message in Polish, for the web UI.</param>
/// <param name="Field">The input field the error is about, if one.</param>
/// <param name="RetryAfterSeconds">Seconds to wait before trying again, when that matters.</param>
public sealed record AccountProblem(AccountErrorCode Code, string Message, string MessagePl, string? Field, int? RetryAfterSeconds)
{
    internal static IReadOnlyList<AccountProblem> From(IReadOnlyList<AccountError> errors) =>
        errors.Select(error => new AccountProblem(
            error.Code, error.Message, error.MessagePl, error.Field, error.RetryAfter is { } wait ? (int)Math.Ceiling(wait.TotalSeconds) : null)).ToList();
}

/// <summary>The result of an account mutation that returns nothing else.</summary>
/// <param name="Succeeded">Whether it succeeded.</param>
/// <param name="Errors">Why it did not; empty on success.</param>
public sealed record AccountActionPayload(bool Succeeded, IReadOnlyList<AccountProblem> Errors)
{
    internal static AccountActionPayload From<T>(AccountOutcome<T> outcome) => new(outcome.Succeeded, AccountProblem.From(outcome.Errors));
}

/// <summary>A session just started or renewed.</summary>
/// <param name="Role">The signed-in role.</param>
/// <param name="DisplayName">The signed-in name.</param>
/// <param name="AccessToken">The bearer token, when one was asked for (send it as <c>Authorization: Bearer …</c>).</param>
/// <param name="CsrfToken">For a cookie session: send it in the <c>X-CSRF-Token</c> header with every mutation.</param>
/// <param name="ExpiresAt">When the token or the cookie expires (a cookie's expiry slides with use).</param>
public sealed record Session(ViewerRole Role, string DisplayName, string? AccessToken, string? CsrfToken, DateTimeOffset ExpiresAt)
{
    internal static Session From(SignedInAccount account, IssuedSession issued) =>
        new(account.Role, account.DisplayName, issued.AccessToken, issued.CsrfToken, issued.ExpiresAt);
}

/// <summary>The result of signIn.</summary>
/// <param name="Session">The session, on success.</param>
/// <param name="Errors">Why signing in failed; empty on success.</param>
public sealed record SignInPayload(Session? Session, IReadOnlyList<AccountProblem> Errors);

/// <summary>The result of changePassword.</summary>
/// <param name="Session">The renewed current session (other sessions ended), on success.</param>
/// <param name="Errors">Why the change failed; empty on success.</param>
public sealed record ChangePasswordPayload(Session? Session, IReadOnlyList<AccountProblem> Errors);

/// <summary>The result of registerCustomer.</summary>
/// <param name="Email">Where the e-mail confirmation code was sent, on success.</param>
/// <param name="Errors">Why registering failed; empty on success.</param>
public sealed record RegisterCustomerPayload(string? Email, IReadOnlyList<AccountProblem> Errors);

/// <summary>A code for a customer, shown only now.</summary>
/// <param name="Code">The code to hand over (only its hash is kept).</param>
/// <param name="Purpose">REGISTRATION (no account yet) or ONE_TIME_PASSWORD (to be changed at sign-in).</param>
/// <param name="ExpiresAt">When it stops working.</param>
public sealed record OneTimeCodeIssued(string Code, OneTimeCodePurpose Purpose, DateTimeOffset ExpiresAt);

/// <summary>The result of issueOneTimeCode.</summary>
/// <param name="OneTimeCode">The code, on success.</param>
/// <param name="Errors">Why it failed; empty on success.</param>
public sealed record IssueOneTimeCodePayload(OneTimeCodeIssued? OneTimeCode, IReadOnlyList<AccountProblem> Errors);

/// <summary>A new API key, shown only now.</summary>
/// <param name="Id">The key's global id (an ApiKey id), for revoking it.</param>
/// <param name="Name">What it is for.</param>
/// <param name="Prefix">Its non-secret start, to recognise it in lists.</param>
/// <param name="Key">The whole key to configure in the other system (send it as <c>X-Api-Key</c>).</param>
/// <param name="Scopes">What it may do.</param>
public sealed record ApiKeyCreated([property: ID] string Id, string Name, string Prefix, string Key, IReadOnlyList<string> Scopes);

/// <summary>The result of createApiKey.</summary>
/// <param name="ApiKey">The key, on success.</param>
/// <param name="Errors">Why it failed; empty on success.</param>
public sealed record CreateApiKeyPayload(ApiKeyCreated? ApiKey, IReadOnlyList<AccountProblem> Errors);
