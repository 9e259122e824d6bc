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
    /// Ends every session of the signed-in account (a new security stamp), so a stolen cookie or token stops
    /// working too. Succeeds without effect when nobody is signed in.
    /// </summary>
    public async Task<AccountOutcome<Done>> SignOutAsync(CancellationToken cancellationToken = default)
    {
        var account = await ViewerAccountAsync(cancellationToken);
        if (account is not null)
        {
            account.SecurityStamp = NewSecurityStamp();
            await db.SaveChangesAsync(cancellationToken);
        }

        return AccountOutcome<Done>.Success(Done.Instance);
    }

    /// <summary>
    /// The session's account when the session is still valid: the account exists and its security stamp is the
    /// one the session was issued with; null otherwise.
    /// </summary>
    public async Task<SignedInAccount?> ValidateSessionAsync(long accountId, string securityStamp, CancellationToken cancellationToken = default)
    {
        var account = await Accounts.AsNoTracking().SingleOrDefaultAsync(candidate => candidate.Id == accountId, cancellationToken);
        return account is not null && Secrets.HashesEqual(Secrets.Sha256Hex(account.SecurityStamp), Secrets.Sha256Hex(securityStamp ?? ""))
            ? ToSignedIn(account)
            : null;
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
