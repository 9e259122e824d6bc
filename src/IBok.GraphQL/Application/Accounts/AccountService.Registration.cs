using IBok.Domain;
using IBok.GraphQL.Application.Mail;
using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Persistence.Accounts;
using Microsoft.EntityFrameworkCore;

namespace IBok.GraphQL.Application.Accounts;

public sealed partial class AccountService
{
    /// <summary>
    /// Registers a customer who proves who they are with their customer number and either one of their last 3
    /// invoices (number and gross amount) or a code handed out by staff, and e-mails a code confirming the address.
    /// Wrong proofs are throttled per customer number like sign-ins.
    /// </summary>
    public async Task<AccountOutcome<RegisteredAccount>> RegisterCustomerAsync(
        RegisterCustomerCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var errors = new List<AccountError>();
        var customerNumber = command.CustomerNumber?.Trim() ?? "";
        var email = command.Email?.Trim() ?? "";
        if (customerNumber.Length == 0)
        {
            errors.Add(AccountErrors.Required("customerNumber", "customer number", "numer klienta"));
        }

        if (!IsValidEmail(email))
        {
            errors.Add(AccountErrors.InvalidEmail);
        }

        var byInvoice = !string.IsNullOrWhiteSpace(command.InvoiceNumber) || command.InvoiceGrossAmount is not null;
        var byCode = !string.IsNullOrWhiteSpace(command.OneTimeCode);
        if (byInvoice == byCode || (byInvoice && (string.IsNullOrWhiteSpace(command.InvoiceNumber) || command.InvoiceGrossAmount is null)))
        {
            errors.Add(AccountErrors.ProofMissing);
        }
        else if (command.InvoiceGrossAmount is { } gross && (gross <= 0 || gross != Money.RoundToGrosz(gross)))
        {
            errors.Add(AccountErrors.InvalidAmount);
        }

        errors.AddRange(PasswordPolicy.Check(command.Password ?? "", customerNumber, email));
        if (errors.Count > 0)
        {
            return AccountOutcome<RegisteredAccount>.Failure(errors);
        }

        var now = Now;
        var throttleKey = ThrottleKey("register", customerNumber);
        var throttle = await _throttler.FindAsync(throttleKey, cancellationToken);
        if (SignInThrottler.WaitRequired(throttle, now, options) is { } wait)
        {
            return AccountErrors.TooManyAttempts(wait);
        }

        var customer = await customers.FindByNumberAsync(customerNumber, cancellationToken);
        var customerId = customer?.Id ?? -1;
        OneTimeCode? staffCode = null;
        bool proven;
        if (byCode)
        {
            var candidates = await ActiveCodes(OneTimeCodePurpose.Registration, now)
                .Where(code => code.CustomerId == customerId)
                .ToListAsync(cancellationToken);
            staffCode = MatchCode(candidates, command.OneTimeCode!);
            proven = staffCode is not null;
            if (!proven)
            {
                candidates.ForEach(candidate => candidate.FailedAttempts++);
            }
        }
        else
        {
            proven = customer is not null
                && await customers.IsRecentInvoiceAsync(customer.Id, command.InvoiceNumber!.Trim(), Money.Pln(command.InvoiceGrossAmount!.Value), cancellationToken);
        }

        if (!proven || customer is null)
        {
            var retryAfter = _throttler.RecordFailure(throttle, throttleKey, now);
            await SaveFailureAsync(cancellationToken);
            return AccountErrors.InvalidProof(retryAfter);
        }

        _throttler.Clear(throttle);
        var normalizedEmail = NormalizeEmail(email);
        AccountError? conflict =
            await Accounts.AnyAsync(account => account.CustomerId == customer.Id, cancellationToken) ? AccountErrors.AlreadyRegistered
            : await Accounts.AnyAsync(account => account.NormalizedEmail == normalizedEmail, cancellationToken) ? AccountErrors.EmailTaken
            : null;
        if (conflict is not null)
        {
            await db.SaveChangesAsync(cancellationToken);
            return conflict;
        }

        var account = new Account
        {
            CustomerId = customer.Id,
            Role = ViewerRole.Customer,
            Email = email,
            NormalizedEmail = normalizedEmail,
            DisplayName = customer.DisplayName,
            CreatedAt = now,
        };
        SetPassword(account, command.Password!, now);
        if (staffCode is not null)
        {
            staffCode.UsedAt = now;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Add(account);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone registered the same customer or address between the checks and the insert.
            return AccountErrors.EmailTaken;
        }

        var confirmationCode = Secrets.NewCode(8);
        db.Add(NewCode(OneTimeCodePurpose.EmailConfirmation, confirmationCode, options.EmailConfirmationLifetime, now, account.Id, customer.Id));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await emailSender.SendAsync(ConfirmationMessage(account, confirmationCode), cancellationToken);
        return AccountOutcome<RegisteredAccount>.Success(new RegisteredAccount(account.Id, account.Email));
    }

    /// <summary>Sends a new e-mail confirmation code (the old ones stop working); silent for unknown addresses.</summary>
    public async Task<AccountOutcome<Done>> ResendEmailConfirmationAsync(string email, CancellationToken cancellationToken = default)
    {
        var normalized = NormalizeEmail(email ?? "");
        var account = await Accounts.SingleOrDefaultAsync(candidate => candidate.NormalizedEmail == normalized, cancellationToken);
        if (account is null || account.EmailConfirmed)
        {
            return AccountOutcome<Done>.Success(Done.Instance);
        }

        var now = Now;
        await ExpireCodesAsync(OneTimeCodePurpose.EmailConfirmation, account.Id, null, now, cancellationToken);
        var code = Secrets.NewCode(8);
        db.Add(NewCode(OneTimeCodePurpose.EmailConfirmation, code, options.EmailConfirmationLifetime, now, account.Id, account.CustomerId));
        await db.SaveChangesAsync(cancellationToken);
        await emailSender.SendAsync(ConfirmationMessage(account, code), cancellationToken);
        return AccountOutcome<Done>.Success(Done.Instance);
    }

    /// <summary>Confirms an account's e-mail address with the code sent there (single use; a few wrong guesses end it).</summary>
    public async Task<AccountOutcome<Done>> ConfirmEmailAsync(string email, string code, CancellationToken cancellationToken = default)
    {
        var now = Now;
        var normalized = NormalizeEmail(email ?? "");
        var account = await Accounts.SingleOrDefaultAsync(candidate => candidate.NormalizedEmail == normalized, cancellationToken);
        var accountId = account?.Id ?? -1;
        var candidates = await ActiveCodes(OneTimeCodePurpose.EmailConfirmation, now)
            .Where(candidate => candidate.AccountId == accountId)
            .ToListAsync(cancellationToken);
        var match = MatchCode(candidates, code ?? "");
        if (match is null || account is null)
        {
            candidates.ForEach(candidate => candidate.FailedAttempts++);
            await db.SaveChangesAsync(cancellationToken);
            return AccountErrors.InvalidCode;
        }

        match.UsedAt = now;
        account.EmailConfirmed = true;
        await db.SaveChangesAsync(cancellationToken);
        return AccountOutcome<Done>.Success(Done.Instance);
    }

    private async Task ExpireCodesAsync(OneTimeCodePurpose purpose, long? accountId, long? customerId, DateTime now, CancellationToken cancellationToken)
    {
        var active = await db.Set<OneTimeCode>()
            .Where(code => code.Purpose == purpose && code.UsedAt == null && code.ExpiresAt > now)
            .Where(code => (accountId != null && code.AccountId == accountId) || (customerId != null && code.CustomerId == customerId))
            .ToListAsync(cancellationToken);
        active.ForEach(code => code.ExpiresAt = now);
    }

    private EmailMessage ConfirmationMessage(Account account, string code) => new(
        account.Email,
        account.DisplayName,
        "iBOK: potwierdź adres e-mail",
        $"""
        Dzień dobry,

        aby potwierdzić adres e-mail w Internetowym Biurze Obsługi Klienta, wpisz kod:

            {code}

        Kod jest ważny {options.EmailConfirmationLifetime.TotalHours:0} godz. Jeśli to nie Ty zakładałeś konto, zignoruj tę wiadomość.
        """);
}
