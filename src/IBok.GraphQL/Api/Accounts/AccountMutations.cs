using IBok.GraphQL.Api.Common;
using IBok.GraphQL.Application.Accounts;
using IBok.GraphQL.CodeFirst;

namespace IBok.GraphQL.Api.Accounts;

/// <summary>Registration, sign-in, passwords, and the codes and keys staff hand out.</summary>
[MutationType]
public sealed class AccountMutations
{
    /// <summary>Registers a customer (customer number plus a recent invoice or a code from staff) and e-mails a confirmation code.</summary>
    public async Task<RegisterCustomerPayload> RegisterCustomerAsync(
        RegisterCustomerInput input, [Service] AccountService accounts, CancellationToken cancellationToken)
    {
        var outcome = await accounts.RegisterCustomerAsync(
            new RegisterCustomerCommand(input.CustomerNumber, input.Email, input.Password, input.InvoiceNumber, input.InvoiceGrossAmount, input.OneTimeCode),
            cancellationToken);
        return new RegisterCustomerPayload(outcome.Value?.Email, AccountProblem.From(outcome.Errors));
    }

    /// <summary>Confirms the e-mail address with the code sent to it.</summary>
    public async Task<AccountActionPayload> ConfirmEmailAsync(ConfirmEmailInput input, [Service] AccountService accounts, CancellationToken cancellationToken) =>
        AccountActionPayload.From(await accounts.ConfirmEmailAsync(input.Email, input.Code, cancellationToken));

    /// <summary>Sends a new e-mail confirmation code (answers the same for unknown addresses).</summary>
    public async Task<AccountActionPayload> ResendEmailConfirmationAsync(string email, [Service] AccountService accounts, CancellationToken cancellationToken) =>
        AccountActionPayload.From(await accounts.ResendEmailConfirmationAsync(email, cancellationToken));

    /// <summary>
    /// Signs in with a customer number or e-mail address: sets the session cookie, or returns a bearer token when
    /// bearerToken is true. Failures slow down and then lock the login for a while (retryAfterSeconds says how long).
    /// </summary>
    public async Task<SignInPayload> SignInAsync(
        SignInInput input, [Service] AccountService accounts, [Service] ISignInSession session, CancellationToken cancellationToken)
    {
        var outcome = await accounts.SignInAsync(input.Login, input.Password, input.NewPassword, cancellationToken);
        if (!outcome.Succeeded)
        {
            return new SignInPayload(null, AccountProblem.From(outcome.Errors));
        }

        var issued = await session.SignInAsync(outcome.Value!, input.BearerToken, cancellationToken);
        return new SignInPayload(Session.From(outcome.Value!, issued), []);
    }

    /// <summary>Signs out: this session ends (its cookie or bearer token stops working); other devices stay signed in.</summary>
    public async Task<AccountActionPayload> SignOutAsync(
        [Service] AccountService accounts, [Service] ISignInSession session, CancellationToken cancellationToken)
    {
        var outcome = await accounts.SignOutAsync(session.CurrentSessionId, cancellationToken);
        await session.SignOutAsync(cancellationToken);
        return AccountActionPayload.From(outcome);
    }

    /// <summary>Signs out on every device: every session of the signed-in account ends, this one included.</summary>
    public async Task<AccountActionPayload> SignOutEverywhereAsync(
        [Service] AccountSessionService sessions, [Service] ISignInSession session, CancellationToken cancellationToken)
    {
        var outcome = await sessions.EndAllAsync(cancellationToken);
        if (outcome.Succeeded)
        {
            await session.SignOutAsync(cancellationToken);
        }

        return AccountActionPayload.From(outcome);
    }

    /// <summary>
    /// Ends one of the signed-in account's own sessions (a device from <c>sessions</c>): its cookie or bearer token stops
    /// working at once. Ending this request's own session signs out here too. Another account's session, an ended one and
    /// an unknown id are all SESSION_NOT_FOUND.
    /// </summary>
    /// <param name="id">The session's global id (a SignedInSession id, from the <c>sessions</c> query).</param>
    public async Task<AccountActionPayload> EndSessionAsync(
        [ID] string id, [Service] AccountSessionService sessions, [Service] ISignInSession session, CancellationToken cancellationToken)
    {
        var sessionId = TypedIds.KeyOf(id, nameof(SignedInSession));
        var outcome = await sessions.EndAsync(sessionId, cancellationToken);
        if (outcome.Succeeded && sessionId == session.CurrentSessionId)
        {
            await session.SignOutAsync(cancellationToken);
        }

        return AccountActionPayload.From(outcome);
    }

    /// <summary>Changes the signed-in user's password; other sessions end, this one is renewed.</summary>
    public async Task<ChangePasswordPayload> ChangePasswordAsync(
        ChangePasswordInput input, [Service] AccountService accounts, [Service] ISignInSession session, CancellationToken cancellationToken)
    {
        var outcome = await accounts.ChangePasswordAsync(input.CurrentPassword, input.NewPassword, session.CurrentSessionId, cancellationToken);
        if (!outcome.Succeeded)
        {
            return new ChangePasswordPayload(null, AccountProblem.From(outcome.Errors));
        }

        var renewed = await session.RenewAsync(outcome.Value!, cancellationToken);
        return new ChangePasswordPayload(renewed is null ? null : Session.From(outcome.Value!, renewed), []);
    }

    /// <summary>E-mails a password reset link valid for one hour (answers the same whether or not the login exists).</summary>
    public async Task<AccountActionPayload> RequestPasswordResetAsync(string login, [Service] AccountService accounts, CancellationToken cancellationToken) =>
        AccountActionPayload.From(await accounts.RequestPasswordResetAsync(login, cancellationToken));

    /// <summary>Sets a new password with the token from the reset link (single use).</summary>
    public async Task<AccountActionPayload> ResetPasswordAsync(ResetPasswordInput input, [Service] AccountService accounts, CancellationToken cancellationToken) =>
        AccountActionPayload.From(await accounts.ResetPasswordAsync(input.Token, input.NewPassword, cancellationToken));

    /// <summary>Staff: a code for a customer (registration proof, or a one-time password when the customer has an account).</summary>
    public async Task<IssueOneTimeCodePayload> IssueOneTimeCodeAsync(string customerNumber, [Service] AccountService accounts, CancellationToken cancellationToken)
    {
        var outcome = await accounts.IssueOneTimeCodeAsync(customerNumber, cancellationToken);
        return new IssueOneTimeCodePayload(
            outcome.Value is { } issued ? new OneTimeCodeIssued(issued.Code, issued.Purpose, new DateTimeOffset(issued.ExpiresAt, TimeSpan.Zero)) : null,
            AccountProblem.From(outcome.Errors));
    }

    /// <summary>Admins: a new API key for another system (the key is shown only in this answer).</summary>
    public async Task<CreateApiKeyPayload> CreateApiKeyAsync(CreateApiKeyInput input, [Service] ApiKeyService apiKeys, CancellationToken cancellationToken)
    {
        var outcome = await apiKeys.CreateAsync(input.Name, input.Scopes, cancellationToken);
        return new CreateApiKeyPayload(
            outcome.Value is { } key ? new ApiKeyCreated(TypedIds.Of("ApiKey", key.Id), key.Name, key.Prefix, key.Key, key.Scopes) : null,
            AccountProblem.From(outcome.Errors));
    }

    /// <summary>Admins: revokes an API key at once.</summary>
    /// <param name="id">The key's global id (from <c>createApiKey</c>).</param>
    public async Task<AccountActionPayload> RevokeApiKeyAsync([ID] string id, [Service] ApiKeyService apiKeys, CancellationToken cancellationToken) =>
        AccountActionPayload.From(await apiKeys.RevokeAsync(TypedIds.KeyOf(id, "ApiKey"), cancellationToken));
}
