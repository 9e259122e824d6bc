using IBok.Domain;
using IBok.Domain.Settlements;
using IBok.GraphQL.Application.Delivery;
using IBok.GraphQL.Application.Staff.Auditing;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Mapping;
using IBok.GraphQL.Persistence.Model.Customers;
using IBok.GraphQL.Persistence.Model.Settlements;
using Microsoft.EntityFrameworkCore;

namespace IBok.GraphQL.Application.Staff.Payments;

/// <summary>A payment to register: for a customer (by number) or for a document (by its number), or both.</summary>
/// <param name="CustomerNumber">The payer's customer number; optional when <paramref name="DocumentNumber"/> is given.</param>
/// <param name="DocumentNumber">The document the payer named; null pays the oldest due documents first.</param>
/// <param name="Amount">The amount in PLN, positive, at most 2 decimals.</param>
/// <param name="ValueDate">The day the utility's account was credited.</param>
/// <param name="Reference">The bank's or cashier's transaction reference: registering it again changes nothing.</param>
/// <param name="Title">The transfer title.</param>
/// <param name="Channel">How the payment arrived.</param>
public sealed record PaymentToRegister(
    string? CustomerNumber, string? DocumentNumber, decimal Amount, DateOnly ValueDate, string Reference, string? Title, PaymentChannel Channel);

/// <summary>The outcome of <see cref="PaymentRegistration.RegisterAsync"/>: the entry and the customer's settlement after it, or an error.</summary>
/// <param name="Entry">The payment's ledger entry (the earlier one when the reference was registered already).</param>
/// <param name="CustomerNumber">The payer.</param>
/// <param name="Balance">The balance after the payment: positive owed, negative overpaid.</param>
/// <param name="Overpayment">The open credit (overpayment) after the payment.</param>
/// <param name="AlreadyRegistered">Whether this reference had been registered before (nothing was added).</param>
/// <param name="Error">Why nothing was registered.</param>
public sealed record PaymentRegistrationResult(
    LedgerEntryRow? Entry, string? CustomerNumber, Money Balance, Money Overpayment, bool AlreadyRegistered, StaffActionError? Error);

/// <summary>Registers a payment received (staff, or an integration such as a bank statement import) in the customer's ledger.</summary>
public sealed class PaymentRegistration(IBokDbContext db, TimeProvider time, NoticeOutbox? outbox = null)
{
    /// <summary>Validates and posts the payment through the domain's ledger, with an audit entry, in one save.</summary>
    public async Task<PaymentRegistrationResult> RegisterAsync(PaymentToRegister payment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payment);
        if (payment.Amount <= 0m || decimal.Round(payment.Amount, 2) != payment.Amount)
        {
            return Failed("INVALID_AMOUNT", $"The amount must be positive with at most 2 decimals; got {payment.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture)}.");
        }

        if (string.IsNullOrWhiteSpace(payment.Reference))
        {
            return Failed("MISSING_REFERENCE", "The payment's transaction reference must not be blank.");
        }

        var reference = payment.Reference.Trim();
        var documentNumber = string.IsNullOrWhiteSpace(payment.DocumentNumber) ? null : payment.DocumentNumber.Trim();
        CustomerRow? customer = null;
        if (!string.IsNullOrWhiteSpace(payment.CustomerNumber))
        {
            var number = payment.CustomerNumber.Trim();
            customer = await db.Set<CustomerRow>().SingleOrDefaultAsync(row => row.Number == number, cancellationToken);
            if (customer is null)
            {
                return Failed("CUSTOMER_NOT_FOUND", $"No customer has the number \"{number}\".");
            }
        }

        if (documentNumber is not null)
        {
            var debitQuery = db.Set<LedgerEntryRow>().Where(row => row.EntryType == LedgerEntryType.Debit && row.Reference == documentNumber);
            if (customer is not null)
            {
                debitQuery = debitQuery.Where(row => row.CustomerId == customer.Id);
            }

            var debit = await debitQuery.FirstOrDefaultAsync(cancellationToken);
            if (debit is null)
            {
                return Failed("DOCUMENT_NOT_FOUND", customer is null
                    ? $"No document has the number \"{documentNumber}\"."
                    : $"Customer {customer.Number} has no document numbered \"{documentNumber}\".");
            }

            customer ??= await db.Set<CustomerRow>().SingleAsync(row => row.Id == debit.CustomerId, cancellationToken);
        }

        if (customer is null)
        {
            return Failed("PAYER_MISSING", "Name the paying customer's number or the document paid.");
        }

        var entries = await db.Set<LedgerEntryRow>().Where(row => row.CustomerId == customer.Id).ToListAsync(cancellationToken);
        var ledger = LedgerMapping.ToLedger(customer.Number, entries);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var existing = entries.FirstOrDefault(row => row.EntryType == LedgerEntryType.Payment && row.Reference == reference);
        if (existing is not null)
        {
            return Settled(existing, customer, ledger, today, alreadyRegistered: true);
        }

        var received = new Payment(reference, payment.ValueDate, Money.Pln(payment.Amount), documentNumber);
        var posted = ledger.Post(received);
        if (posted.Rejection is { } rejection)
        {
            return Failed("PAYMENT_REJECTED", rejection.Message);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var row = LedgerMapping.ToRow(received, customer.Id, now, payment.Channel, payment.Title);
        db.Set<LedgerEntryRow>().Add(row);
        StaffAudit.Record(db, now, "payment.register", "Customer", customer.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            new { customer.Number, payment.Amount, payment.ValueDate, Reference = reference, DocumentNumber = documentNumber });
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (outbox is not null)
        {
            // Delivery: unsent reminders and demands this payment settled are withdrawn in the payment's transaction.
            await outbox.WithdrawSettledAsync(customer.Id, today, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return Settled(row, customer, posted.Ledger, today, alreadyRegistered: false);
    }

    private static PaymentRegistrationResult Settled(LedgerEntryRow entry, CustomerRow customer, Ledger ledger, DateOnly today, bool alreadyRegistered)
    {
        var asOf = entry.EntryDate > today ? entry.EntryDate : today;
        return new PaymentRegistrationResult(entry, customer.Number, ledger.BalanceOn(asOf), ledger.OpenCreditOn(asOf), alreadyRegistered, null);
    }

    private static PaymentRegistrationResult Failed(string code, string message) =>
        new(null, null, Money.Zero, Money.Zero, false, new StaffActionError(code, message));
}
