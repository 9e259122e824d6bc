using IBok.Domain.Settlements;

namespace IBok.Domain.Interest;

/// <summary>One part of a document paid late, with its interest.</summary>
/// <param name="Allocation">The payment's allocation to the document.</param>
/// <param name="Interest">Interest on the allocated amount from the day after the due date to the payment day.</param>
public sealed record LatePart(Allocation Allocation, InterestCalculation Interest);

/// <summary>The late interest on one document up to a day: on each part paid late, and on what is still unpaid.</summary>
/// <param name="Document">The document.</param>
/// <param name="AsOf">The day interest is counted to.</param>
/// <param name="PaidLate">Each payment allocation made after the due date (up to <paramref name="AsOf"/>), with its interest.</param>
/// <param name="OnUnpaid">Interest on what is still unpaid at the end of <paramref name="AsOf"/>, counted to that day.</param>
/// <param name="Total">The sum of the parts' interest and the interest on the unpaid rest, each rounded once to the grosz.</param>
public sealed record DocumentInterest(DebitDocument Document, DateOnly AsOf, IReadOnlyList<LatePart> PaidLate, InterestCalculation OnUnpaid, Money Total)
{
    /// <summary>The late interest on <paramref name="documentNumber"/> up to <paramref name="asOf"/>: for each part paid
    /// late, from the day after the due date to the day that part was paid; for the unpaid rest, to <paramref name="asOf"/>.
    /// Parts settled by a negative correction invoice bear no interest (they were never owed).</summary>
    /// <exception cref="KeyNotFoundException">The ledger has no such document.</exception>
    /// <exception cref="InterestRateNotDefinedException">The table has no rate for a day of delay.</exception>
    public static DocumentInterest For(Ledger ledger, string documentNumber, DateOnly asOf, InterestRateTable table)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(table);
        var status = ledger.StatusOf(documentNumber, asOf);
        var due = status.Document.DueDate;
        var paidLate = status.Allocations
            .Where(a => a.SourceKind == CreditSourceKind.Payment && a.Date > due)
            .Select(a => new LatePart(a, LateInterest.Calculate(a.Amount, due, a.Date, table)))
            .ToArray();
        var onUnpaid = LateInterest.Calculate(status.Outstanding, due, asOf, table);
        var total = Money.Sum(paidLate.Select(p => p.Interest.Total)) + onUnpaid.Total;
        return new DocumentInterest(status.Document, asOf, paidLate, onUnpaid, total);
    }
}
