using IBok.GraphQL.Application.Mail;
using IBok.GraphQL.Persistence.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace IBok.GraphQL.Application.Accounts;

public sealed partial class AccountService
{
    /// <summary>
    /// Changes the signed-in account's password. Every session of the account ends except
    /// <paramref name="currentSessionId"/> (the request's own, which the host may renew), in the same save.
    /// </summary>
    public async Task<AccountOutcome<SignedInAccount>> ChangePasswordAsync(
        string currentPassword, string newPassword, long? currentSessionId, CancellationToken cancellationToken = default)
    {
        var account = await ViewerAccountAsync(cancellationToken);
        if (account is null)
        {
            return AccountErrors.NotSignedIn;
        }

        var now = Now;
        // Throttled too: a stolen session must not become a way to guess the password.
        var throttleKey = "change-password:" + account.Id;
        var throttle = await _throttler.FindAsync(throttleKey, cancellationToken);
        if (SignInThrottler.WaitRequired(throttle, now, options) is { } wait)
        {
            return AccountErrors.TooManyAttempts(wait);
        }

        if (VerifyPassword(account, currentPassword ?? "") == PasswordVerificationResult.Failed)
        {
            var retryAfter = _throttler.RecordFailure(throttle, throttleKey, now);
            await SaveFailureAsync(cancellationToken);
            return AccountErrors.WrongCurrentPassword(retryAfter);
        }

        var problems = await NewPasswordProblemsAsync(account, currentPassword!, newPassword ?? "", cancellationToken);
        if (problems.Count > 0)
        {
            return AccountOutcome<SignedInAccount>.Failure(problems);
        }

        _throttler.Clear(throttle);
        SetPassword(account, newPassword!, now);
        await AccountSessionService.EndSessionsAsync(db, account.Id, currentSessionId, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return AccountOutcome<SignedInAccount>.Success(ToSignedIn(account));
    }

    /// <summary>
    /// E-mails a single-use password reset link valid for <see cref="AccountOptions.PasswordResetLifetime"/> (older
    /// links stop working). Always succeeds, whether or not the login exists; repeated requests for one login are
    /// throttled silently, so nobody's mailbox can be flooded.
    /// </summary>
    public async Task<AccountOutcome<Done>> RequestPasswordResetAsync(string login, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(login))
        {
            return AccountErrors.Required("login", "customer number or e-mail address", "numer klienta lub adres e-mail");
        }

        var now = Now;
        var throttleKey = ThrottleKey("password-reset", login);
        var throttle = await _throttler.FindAsync(throttleKey, cancellationToken);
        if (SignInThrottler.WaitRequired(throttle, now, options) is not null)
        {
            return AccountOutcome<Done>.Success(Done.Instance);
        }

        _throttler.RecordFailure(throttle, throttleKey, now);
        var account = await FindByLoginAsync(login, cancellationToken);
        string? token = null;
        if (account is not null)
        {
            await ExpireCodesAsync(OneTimeCodePurpose.PasswordReset, account.Id, null, now, cancellationToken);
            token = Secrets.NewToken(32);
            db.Add(NewCode(OneTimeCodePurpose.PasswordReset, token, options.PasswordResetLifetime, now, account.Id, account.CustomerId));
        }

        await db.SaveChangesAsync(cancellationToken);
        if (account is not null && token is not null)
        {
            await emailSender.SendAsync(ResetMessage(account, token), cancellationToken);
        }

        return AccountOutcome<Done>.Success(Done.Instance);
    }

    /// <summary>
    /// Sets a new password with the token from a reset link (single use, expires). Ends every session, and
    /// confirms the e-mail address, since the link was read there.
    /// </summary>
    public async Task<AccountOutcome<Done>> ResetPasswordAsync(string token, string newPassword, CancellationToken cancellationToken = default)
    {
        var now = Now;
        var hash = Secrets.Sha256Hex(token ?? "");
        var code = await db.Set<OneTimeCode>()
            .SingleOrDefaultAsync(candidate => candidate.Purpose == OneTimeCodePurpose.PasswordReset && candidate.CodeHash == hash, cancellationToken);
        var account = code is { UsedAt: null } && code.ExpiresAt > now && code.AccountId is { } accountId
            ? await Accounts.SingleOrDefaultAsync(candidate => candidate.Id == accountId, cancellationToken)
            : null;
        if (code is null || account is null)
        {
            return AccountErrors.InvalidResetLink;
        }

        var problems = PasswordPolicy.Check(newPassword ?? "", await CustomerNumberOfAsync(account, cancellationToken), account.Email, "newPassword");
        if (problems.Count > 0)
        {
            return AccountOutcome<Done>.Failure(problems);
        }

        SetPassword(account, newPassword!, now);
        await AccountSessionService.EndSessionsAsync(db, account.Id, keepSessionId: null, now, cancellationToken);
        account.EmailConfirmed = true;
        code.UsedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return AccountOutcome<Done>.Success(Done.Instance);
    }

    /// <summary>The link a reset e-mail carries (the web UI's page reads the token from it).</summary>
    public string ResetLink(string token) => $"{options.PublicBaseUrl.TrimEnd('/')}/reset-password?token={Uri.EscapeDataString(token)}";

    private EmailMessage ResetMessage(Account account, string token) => new(
        account.Email,
        account.DisplayName,
        "iBOK: zmiana hasła",
        $"""
        Dzień dobry,

        otrzymaliśmy prośbę o zmianę hasła do Internetowego Biura Obsługi Klienta. Aby ustawić nowe hasło, otwórz link:

        {ResetLink(token)}

        Link działa jeden raz przez {options.PasswordResetLifetime.TotalMinutes:0} minut. Jeśli to nie Ty prosiłeś o zmianę hasła, zignoruj tę wiadomość: obecne hasło nadal działa.
        """);
}
