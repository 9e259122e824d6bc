using System.Globalization;
using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Persistence.Accounts;
using Microsoft.EntityFrameworkCore;

namespace IBok.GraphQL.Application.Accounts;

public sealed partial class AccountService
{
    /// <summary>
    /// Staff hand a customer a code (shown once, valid <see cref="AccountOptions.StaffCodeLifetime"/>, earlier ones
    /// of the same kind stop working): registration proof when the customer has no account yet, otherwise a
    /// one-time password that must be replaced at sign-in, which also ends every session of the account. Audited.
    /// </summary>
    public async Task<AccountOutcome<IssuedOneTimeCode>> IssueOneTimeCodeAsync(string customerNumber, CancellationToken cancellationToken = default)
    {
        if (!db.Viewer.IsStaff)
        {
            return AccountErrors.Forbidden;
        }

        var customer = await customers.FindByNumberAsync(customerNumber?.Trim() ?? "", cancellationToken);
        if (customer is null)
        {
            return AccountErrors.CustomerNotFound;
        }

        var now = Now;
        var account = await Accounts.SingleOrDefaultAsync(candidate => candidate.CustomerId == customer.Id, cancellationToken);
        var purpose = account is null ? OneTimeCodePurpose.Registration : OneTimeCodePurpose.OneTimePassword;
        await ExpireCodesAsync(purpose, account?.Id, account is null ? customer.Id : null, now, cancellationToken);
        var code = Secrets.NewCode(12);
        var stored = NewCode(purpose, code, options.StaffCodeLifetime, now, account?.Id, customer.Id);
        db.Add(stored);
        if (account is not null)
        {
            // The customer lost the password (or someone else knows it): a new one from staff ends every session.
            await AccountSessionService.EndSessionsAsync(db, account.Id, keepSessionId: null, now, cancellationToken);
        }

        Audit(now, "account.one_time_code.issue", "Customer", customer.Id.ToString(CultureInfo.InvariantCulture),
            new { purpose = purpose.ToString(), expiresAt = stored.ExpiresAt });
        await db.SaveChangesAsync(cancellationToken);
        return AccountOutcome<IssuedOneTimeCode>.Success(new IssuedOneTimeCode(code, purpose, stored.ExpiresAt));
    }

    /// <summary>
    /// Creates a staff account (operator or admin) whose e-mail counts as confirmed; admins and the system only.
    /// With <paramref name="mustChangePassword"/> the password works once, to choose a new one. Audited.
    /// </summary>
    public async Task<AccountOutcome<SignedInAccount>> CreateStaffAccountAsync(
        string email, string displayName, ViewerRole role, string password, bool mustChangePassword, CancellationToken cancellationToken = default)
    {
        if (db.Viewer.Role != ViewerRole.Admin)
        {
            return AccountErrors.Forbidden;
        }

        var errors = new List<AccountError>();
        if (role is not (ViewerRole.Operator or ViewerRole.Admin))
        {
            errors.Add(AccountErrors.InvalidInput("role", "A staff account is an operator or an admin.", "Konto pracownika ma rolę operatora albo administratora."));
        }

        if (!IsValidEmail(email ?? ""))
        {
            errors.Add(AccountErrors.InvalidEmail);
        }

        if (string.IsNullOrWhiteSpace(displayName))
        {
            errors.Add(AccountErrors.Required("displayName", "name", "imię i nazwisko"));
        }

        errors.AddRange(PasswordPolicy.Check(password ?? "", null, email));
        var normalized = NormalizeEmail(email ?? "");
        if (errors.Count == 0 && await Accounts.AnyAsync(account => account.NormalizedEmail == normalized, cancellationToken))
        {
            errors.Add(AccountErrors.EmailTaken);
        }

        if (errors.Count > 0)
        {
            return AccountOutcome<SignedInAccount>.Failure(errors);
        }

        var now = Now;
        var account = new Account
        {
            Role = role,
            Email = email!.Trim(),
            NormalizedEmail = normalized,
            DisplayName = displayName.Trim(),
            EmailConfirmed = true,
            CreatedAt = now,
        };
        SetPassword(account, password!, now);
        account.MustChangePassword = mustChangePassword;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Add(account);
        await db.SaveChangesAsync(cancellationToken);
        Audit(now, "account.staff.create", "Account", account.Id.ToString(CultureInfo.InvariantCulture), new { role = role.ToString(), email = account.Email });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return AccountOutcome<SignedInAccount>.Success(ToSignedIn(account));
    }
}
