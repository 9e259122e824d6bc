using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Persistence.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace IBok.GraphQL.Application.Accounts;

public sealed partial class AccountService
{
    /// <summary>
    /// Signs in with a customer number or e-mail address and a password, or a one-time password from staff.
    /// A one-time password (or an account flagged <see cref="Account.MustChangePassword"/>) signs in only together
    /// with <paramref name="newPassword"/>, which replaces it; without one the answer is
    /// <see cref="AccountErrorCode.PasswordChangeRequired"/>.
    /// </summary>
    /// <remarks>
    /// Failures are throttled per login text (<see cref="SignInThrottler"/>): the error carries the wait, and while
    /// it lasts (or while the login is locked) attempts are refused with <see cref="AccountErrorCode.TooManyAttempts"/>
    /// without checking the password, even a correct one. Unknown logins go through exactly the same steps.
    /// </remarks>
    public async Task<AccountOutcome<SignedInAccount>> SignInAsync(
        string login, string password, string? newPassword = null, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(login))
        {
            return AccountErrors.Required("login", "customer number or e-mail address", "numer klienta lub adres e-mail");
        }

        if (string.IsNullOrEmpty(password))
        {
            return AccountErrors.Required("password", "password", "hasło");
        }

        var now = Now;
        var throttleKey = ThrottleKey("sign-in", login);
        var throttle = await _throttler.FindAsync(throttleKey, cancellationToken);
        if (SignInThrottler.WaitRequired(throttle, now, options) is { } wait)
        {
            return AccountErrors.TooManyAttempts(wait);
        }

        var account = await FindByLoginAsync(login, cancellationToken);
        var verification = VerifyPassword(account, password);
        OneTimeCode? oneTimePassword = null;
        if (verification == PasswordVerificationResult.Failed)
        {
            var accountId = account?.Id ?? -1;
            var candidates = await ActiveCodes(OneTimeCodePurpose.OneTimePassword, now)
                .Where(code => code.AccountId == accountId)
                .ToListAsync(cancellationToken);
            oneTimePassword = MatchCode(candidates, password);
        }

        if (account is null || (verification == PasswordVerificationResult.Failed && oneTimePassword is null))
        {
            var retryAfter = _throttler.RecordFailure(throttle, throttleKey, now);
            await SaveFailureAsync(cancellationToken);
            return AccountErrors.InvalidCredentials(retryAfter);
        }

        _throttler.Clear(throttle);
        // Staff hand out one-time passwords to customers who cannot reach their mailbox, so that path skips it.
        if (oneTimePassword is null && account.Role == ViewerRole.Customer && !account.EmailConfirmed)
        {
            await db.SaveChangesAsync(cancellationToken);
            return AccountErrors.EmailNotConfirmed;
        }

        if (oneTimePassword is not null || account.MustChangePassword)
        {
            var problems = await NewPasswordProblemsAsync(account, password, newPassword, cancellationToken);
            if (problems.Count > 0)
            {
                await db.SaveChangesAsync(cancellationToken);
                return AccountOutcome<SignedInAccount>.Failure(problems);
            }

            SetPassword(account, newPassword!, now);
            // A password handed out by staff replaces one that may be known to someone else: no earlier session stays.
            await AccountSessionService.EndSessionsAsync(db, account.Id, keepSessionId: null, now, cancellationToken);
            if (oneTimePassword is not null)
            {
                oneTimePassword.UsedAt = now;
                await ExpireCodesAsync(OneTimeCodePurpose.OneTimePassword, account.Id, null, now, cancellationToken);
            }
        }
        else if (verification == PasswordVerificationResult.SuccessRehashNeeded)
        {
            account.PasswordHash = passwordHasher.HashPassword(account, password);
        }

        await db.SaveChangesAsync(cancellationToken);
        return AccountOutcome<SignedInAccount>.Success(ToSignedIn(account));
    }

    /// <summary>
    /// Signs out: ends the session <paramref name="sessionId"/> of the signed-in account (the request's own), and
    /// only that one; the account's other devices stay signed in. Succeeds without effect when nobody is signed in
    /// or the session has ended already.
    /// </summary>
    public async Task<AccountOutcome<Done>> SignOutAsync(long? sessionId, CancellationToken cancellationToken = default)
    {
        if (sessionId is { } id && db.Viewer.AccountId is { } accountId && db.Viewer.Role is not (ViewerRole.Anonymous or ViewerRole.Integration))
        {
            var session = await db.Set<AccountSession>().SingleOrDefaultAsync(row => row.Id == id && row.AccountId == accountId && row.EndedAt == null, cancellationToken);
            if (session is not null)
            {
                session.EndedAt = Now;
                await db.SaveChangesAsync(cancellationToken);
            }
        }

        return AccountOutcome<Done>.Success(Done.Instance);
    }

    private async Task<IReadOnlyList<AccountError>> NewPasswordProblemsAsync(
        Account account, string currentPassword, string? newPassword, CancellationToken cancellationToken)
    {
        if (newPassword is null)
        {
            return [AccountErrors.PasswordChangeRequired];
        }

        var problems = PasswordPolicy.Check(newPassword, await CustomerNumberOfAsync(account, cancellationToken), account.Email, "newPassword");
        if (problems.Count == 0 && string.Equals(Secrets.NormalizeCode(newPassword), Secrets.NormalizeCode(currentPassword), StringComparison.Ordinal))
        {
            return [AccountErrors.PasswordUnchanged("newPassword")];
        }

        return problems;
    }
}
