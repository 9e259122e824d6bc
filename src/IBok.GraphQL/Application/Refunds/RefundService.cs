using System.Globalization;
using IBok.Domain;
using IBok.Domain.Payments;
using IBok.Domain.Settlements;
using IBok.GraphQL.Application.Common;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Persistence.Mapping;
using IBok.GraphQL.Persistence.Model.Customers;
using IBok.GraphQL.Persistence.Model.Settlements;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IBok.GraphQL.Application.Refunds;

/// <summary>A refund was refused for the amount (codes <c>NO_OVERPAYMENT</c>, <c>AMOUNT_EXCEEDS_OVERPAYMENT</c>).</summary>
public sealed class RefundNotPossibleError : UserError
{
    internal RefundNotPossibleError(string code, decimal availableOverpayment, string polishMessage, string englishMessage)
        : base(code, polishMessage, englishMessage)
    {
        AvailableOverpayment = availableOverpayment;
    }

    /// <summary>The overpayment that can still be refunded (PLN, to the grosz): open credit minus refunds already requested.</summary>
    public decimal AvailableOverpayment { get; }
}

/// <summary>
/// A customer asks for an overpayment (nadpłata) to be paid back to a bank account; staff decide. Allowed only while
/// there is an overpayment, for at most the overpayment not already requested, to a valid Polish account (NRB).
/// </summary>
/// <remarks>The overpayment is IBok.Domain's <see cref="Ledger.OpenCreditOn"/> of the ledger rebuilt from the stored
/// entries, less the refund requests still pending or approved (their money has not left yet, so the ledger still
/// counts it as open credit).</remarks>
public sealed class RefundService(IBokDbContext db, TimeProvider time)
{
    private static readonly CultureInfo Polish = CultureInfo.GetCultureInfo("pl-PL");

    /// <summary>Files the request.</summary>
    public async Task<Outcome<RefundRequestRow>> RequestAsync(decimal amount, string bankAccountNumber, CancellationToken cancellationToken)
    {
        if (db.Viewer.Role != ViewerRole.Customer)
        {
            return NotSignedInError.Instance;
        }

        if (amount <= 0m)
        {
            return new InvalidInputError("AMOUNT_NOT_POSITIVE", "amount", "Kwota zwrotu musi być większa od zera.", "The refund amount must be more than zero.");
        }

        if (amount != Money.RoundToGrosz(amount))
        {
            return new InvalidInputError("AMOUNT_TOO_PRECISE", "amount", "Kwotę podaj w złotych z dokładnością do grosza.", "Give the amount in złoty to the grosz.");
        }

        if (!BankAccountNumber.TryParse(bankAccountNumber, out var account, out _))
        {
            return new InvalidInputError(
                "INVALID_BANK_ACCOUNT", "bankAccountNumber",
                "Numer rachunku jest niepoprawny: podaj 26 cyfr numeru NRB (suma kontrolna się nie zgadza lub brakuje cyfr).",
                "The account number is not valid: give the 26 digits of a Polish NRB (the check digits do not match or digits are missing).");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var customer = await db.Set<CustomerRow>().SingleAsync(cancellationToken);
        var ledger = LedgerMapping.ToLedger(customer.Number, await db.Set<LedgerEntryRow>().ToListAsync(cancellationToken));
        var requested = await db.Set<RefundRequestRow>()
            .Where(row => row.Status == RefundRequestStatus.Pending || row.Status == RefundRequestStatus.Approved)
            .SumAsync(row => row.AmountGrosz, cancellationToken);
        var available = ledger.OpenCreditOn(CustomerClock.Today(time)) - Money.FromGrosze(requested);
        if (available <= Money.Zero)
        {
            return new RefundNotPossibleError(
                "NO_OVERPAYMENT", 0.00m,
                "Na koncie nie ma nadpłaty do zwrotu.",
                "There is no overpayment to refund.");
        }

        if (Money.Pln(amount) > available)
        {
            return new RefundNotPossibleError(
                "AMOUNT_EXCEEDS_OVERPAYMENT", available.Grosze * 0.01m,
                $"Kwota zwrotu przekracza nadpłatę możliwą do zwrotu ({available.Amount.ToString("N2", Polish)} zł).",
                $"The refund amount exceeds the overpayment that can be refunded ({available.Amount.ToString("N2", CultureInfo.InvariantCulture)} PLN).");
        }

        var request = new RefundRequestRow
        {
            CustomerId = customer.Id, AmountGrosz = Money.Pln(amount).Grosze, BankAccountNumber = account.Value, Status = RefundRequestStatus.Pending,
            RequestedAt = CustomerClock.UtcNow(time),
        };
        db.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return request;
    }
}

/// <summary>Registers the refund use cases.</summary>
public static class RefundServiceCollectionExtensions
{
    /// <summary>Adds <see cref="RefundService"/>.</summary>
    public static IServiceCollection AddIBokRefunds(this IServiceCollection services)
    {
        services.AddScoped<RefundService>();
        return services;
    }
}
