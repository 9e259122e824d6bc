using System.Net.Mail;
using System.Runtime.CompilerServices;
using IBok.GraphQL.Application.Mail;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Persistence.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace IBok.GraphQL.Application.Accounts;

/// <summary>
/// Sign-in and access use cases: registration, e-mail confirmation, sign-in with throttling and lockout, passwords,
/// and the codes staff hand out. Business failures come back as <see cref="AccountOutcome{T}"/> errors.
/// </summary>
/// <remarks>
/// Anonymous use cases never tell whether an account exists: an unknown login costs the same password hash check
/// (against a dummy hash), gets the same error and is throttled the same way, because throttling is keyed by what
/// was typed, not by the account.
/// </remarks>
public sealed partial class AccountService(
    IBokDbContext db,
    ICustomerDirectory customers,
    IPasswordHasher<Account> passwordHasher,
    IEmailSender emailSender,
    TimeProvider timeProvider,
    AccountOptions options)
{
    private static readonly ConditionalWeakTable<IPasswordHasher<Account>, string> DummyHashes = new();

    private readonly SignInThrottler _throttler = new(db, options);

    private DateTime Now => timeProvider.GetUtcNow().UtcDateTime;

    private IQueryable<Account> Accounts => db.Set<Account>();

    /// <summary>An e-mail address reduced to what uniqueness compares: trimmed, upper case (invariant).</summary>
    public static string NormalizeEmail(string email) => email.Trim().ToUpperInvariant();

    private static bool IsValidEmail(string email)
    {
        var trimmed = email.Trim();
        return trimmed.Length is > 0 and <= 254
            && !trimmed.Any(char.IsWhiteSpace)
            && MailAddress.TryCreate(trimmed, out var address)
            && address.Address == trimmed
            && address.Host.Contains('.', StringComparison.Ordinal);
    }

    /// <summary>The account for a login: an e-mail address (contains @) or a customer number.</summary>
    private async Task<Account?> FindByLoginAsync(string login, CancellationToken cancellationToken)
    {
        var trimmed = login.Trim();
        if (trimmed.Contains('@', StringComparison.Ordinal))
        {
            var normalized = NormalizeEmail(trimmed);
            return await Accounts.SingleOrDefaultAsync(account => account.NormalizedEmail == normalized, cancellationToken);
        }

        var customer = await customers.FindByNumberAsync(trimmed, cancellationToken);
        // The same query for unknown customer numbers keeps the two paths alike in work done.
        var customerId = customer?.Id ?? -1;
        return await Accounts.SingleOrDefaultAsync(account => account.CustomerId == customerId, cancellationToken);
    }

    private static string ThrottleKey(string useCase, string login)
    {
        var trimmed = login.Trim();
        return useCase + ":" + (trimmed.Contains('@', StringComparison.Ordinal) ? NormalizeEmail(trimmed) : trimmed);
    }

    /// <summary>Checks a password; without an account it checks a dummy hash so both take the same time.</summary>
    private PasswordVerificationResult VerifyPassword(Account? account, string password)
    {
        if (account is null || account.PasswordHash.Length == 0)
        {
            var dummy = DummyHashes.GetValue(passwordHasher, hasher => hasher.HashPassword(new Account(), "dummy-password-never-matches"));
            passwordHasher.VerifyHashedPassword(new Account(), dummy, password);
            return PasswordVerificationResult.Failed;
        }

        return passwordHasher.VerifyHashedPassword(account, account.PasswordHash, password);
    }

    private void SetPassword(Account account, string password, DateTime now)
    {
        account.PasswordHash = passwordHasher.HashPassword(account, password);
        account.PasswordChangedAt = now;
        account.MustChangePassword = false;
        account.SecurityStamp = NewSecurityStamp();
    }

    private static string NewSecurityStamp() => Secrets.NewToken(16);

    private async Task<string?> CustomerNumberOfAsync(Account account, CancellationToken cancellationToken) =>
        account.CustomerId is { } customerId ? (await customers.FindByIdAsync(customerId, cancellationToken))?.Number : null;

    private IQueryable<OneTimeCode> ActiveCodes(OneTimeCodePurpose purpose, DateTime now) =>
        db.Set<OneTimeCode>().Where(code =>
            code.Purpose == purpose && code.UsedAt == null && code.ExpiresAt > now && code.FailedAttempts < options.MaxCodeAttempts);

    /// <summary>The code among <paramref name="candidates"/> whose hash matches the typed one (compared in constant time).</summary>
    private static OneTimeCode? MatchCode(IReadOnlyList<OneTimeCode> candidates, string typed)
    {
        var hash = Secrets.Sha256Hex(Secrets.NormalizeCode(typed));
        OneTimeCode? match = null;
        foreach (var candidate in candidates)
        {
            if (Secrets.HashesEqual(candidate.CodeHash, hash))
            {
                match = candidate;
            }
        }

        return match;
    }

    private OneTimeCode NewCode(OneTimeCodePurpose purpose, string code, TimeSpan lifetime, DateTime now, long? accountId, long? customerId) =>
        new()
        {
            Purpose = purpose,
            AccountId = accountId,
            CustomerId = customerId,
            CodeHash = Secrets.Sha256Hex(purpose == OneTimeCodePurpose.PasswordReset ? code : Secrets.NormalizeCode(code)),
            CreatedAt = now,
            ExpiresAt = now + lifetime,
            CreatedByAccountId = purpose is OneTimeCodePurpose.Registration or OneTimeCodePurpose.OneTimePassword ? db.Viewer.AccountId : null,
        };

    private void Audit(DateTime now, string action, string subjectType, string subjectId, object? details) =>
        AuditTrail.Add(db, now, action, subjectType, subjectId, details);

    /// <summary>
    /// Saves a recorded failure. Two attempts failing at once for a new login both insert its throttle row; the
    /// loser's failure is then simply not counted, which is no reason to fail the request.
    /// </summary>
    private async Task SaveFailureAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException error) when (error.Entries.All(entry => entry.Entity is SignInThrottle))
        {
            db.ChangeTracker.Clear();
        }
    }

    private static SignedInAccount ToSignedIn(Account account) =>
        new(account.Id, account.Role, account.CustomerId, account.DisplayName, account.SecurityStamp);

    /// <summary>The account a signed-in viewer acts as (customers and staff; not API keys).</summary>
    private async Task<Account?> ViewerAccountAsync(CancellationToken cancellationToken)
    {
        var viewer = db.Viewer;
        if (viewer.AccountId is not { } accountId || viewer.Role is ViewerRole.Anonymous or ViewerRole.Integration)
        {
            return null;
        }

        return await Accounts.SingleOrDefaultAsync(account => account.Id == accountId, cancellationToken);
    }
}
