using IBok.Domain;
using IBok.Domain.Settlements;
using IBok.GraphQL.Persistence.Model.Settlements;

namespace IBok.GraphQL.Application.CustomerReads;

/// <summary>
/// The payments of a <see cref="Settlement"/> with what the ledger applied each of them to, as of the settlement's day:
/// the documents it paid (IBok.Domain's allocations, in date order) and the part left over as an overpayment.
/// </summary>
public static class SettlementPayments
{
    /// <summary>Every payment received, newest first (value date, then the order of posting).</summary>
    public static IReadOnlyList<ReceivedPayment> Payments(this Settlement settlement)
    {
        ArgumentNullException.ThrowIfNull(settlement);
        var documents = settlement.Ledger.Documents.ToDictionary(document => document.Number, StringComparer.Ordinal);
        var allocationsByPayment = settlement.Ledger.Allocations
            .Where(allocation => allocation.SourceKind == CreditSourceKind.Payment && allocation.Date <= settlement.Today)
            .GroupBy(allocation => allocation.SourceId, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.ToList(), StringComparer.Ordinal);
        return [.. settlement.Rows
            .Where(row => row.EntryType == LedgerEntryType.Payment)
            .OrderByDescending(row => row.EntryDate).ThenByDescending(row => row.Id)
            .Select(row =>
            {
                var amount = Money.FromGrosze(row.AmountGrosz);
                var allocations = allocationsByPayment.GetValueOrDefault(row.Reference) ?? [];
                var paidDocuments = allocations
                    .Select(allocation => new PaymentAllocation(allocation.DocumentNumber, documents[allocation.DocumentNumber].Kind, allocation.Date, allocation.Amount))
                    .ToList();
                return new ReceivedPayment(
                    row.Id, row.Reference, row.EntryDate, amount, row.PaymentChannel, row.Title, row.MatchedDocumentNumber,
                    paidDocuments, amount - Money.Sum(paidDocuments.Select(allocation => allocation.Amount)));
            })];
    }
}

/// <summary>A payment received and what it paid.</summary>
/// <param name="EntryId">The ledger entry's id.</param>
/// <param name="Reference">The bank's or gateway's transaction reference.</param>
/// <param name="ValueDate">The day the utility's account was credited.</param>
/// <param name="Amount">The amount received.</param>
/// <param name="Channel">How it arrived, when known.</param>
/// <param name="Title">The transfer title, when known.</param>
/// <param name="NamedDocumentNumber">The document the payer named in the title, if any.</param>
/// <param name="AllocatedTo">The documents it paid, in date order (a payment can pay several, or part of one).</param>
/// <param name="Unallocated">What is not applied to any document yet: an overpayment (open, or refunded later).</param>
public sealed record ReceivedPayment(
    long EntryId,
    string Reference,
    DateOnly ValueDate,
    Money Amount,
    PaymentChannel? Channel,
    string? Title,
    string? NamedDocumentNumber,
    IReadOnlyList<PaymentAllocation> AllocatedTo,
    Money Unallocated);

/// <summary>The part of a payment applied to one document.</summary>
/// <param name="DocumentNumber">The document's number.</param>
/// <param name="Kind">Invoice, correction or interest note.</param>
/// <param name="Date">The day it was applied.</param>
/// <param name="Amount">How much of the payment went to it.</param>
public sealed record PaymentAllocation(string DocumentNumber, DebitKind Kind, DateOnly Date, Money Amount);
