using IBok.Domain.Settlements;

namespace IBok.Domain.Tests.Settlements;

public sealed class LedgerFromEntriesTests
{
    private static readonly DebitDocument[] Documents =
    [
        DebitDocument.Invoice("FV/1", new(2025, 3, 1), new(2025, 3, 15), Money.Pln(100m)),
        DebitDocument.Invoice("FV/2", new(2025, 4, 1), new(2025, 4, 15), Money.Pln(80m)),
        DebitDocument.Invoice("FV/3", new(2025, 5, 1), new(2025, 5, 15), Money.Pln(60m)),
    ];

    private static readonly Payment[] Payments =
    [
        new("P1", new(2025, 3, 10), Money.Pln(250m)),
        new("P2", new(2025, 5, 20), Money.Pln(10m), "FV/3"),
    ];

    private static readonly Refund[] Refunds = [new("R1", new(2025, 3, 20), Money.Pln(50m))];

    [Fact]
    public void FromEntries_SameEntries_GivesTheLedgerOfPostingThemOneByOne()
    {
        var posted = Ledger.Empty("K-1");
        foreach (var document in Documents)
        {
            posted = posted.Post(document).LedgerOrThrow();
        }

        foreach (var payment in Payments)
        {
            posted = posted.Post(payment).LedgerOrThrow();
        }

        posted = posted.Post(Refunds[0]).LedgerOrThrow();

        var replayed = Ledger.FromEntries("K-1", Documents.Reverse(), Payments.Reverse(), Refunds).LedgerOrThrow();

        Assert.Equal(posted.Allocations, replayed.Allocations);
        Assert.Equal(posted.Documents.OrderBy(d => d.Number), replayed.Documents.OrderBy(d => d.Number));
        Assert.Equal(Money.Pln(30m), replayed.StatusOf("FV/3", new(2025, 5, 31)).Outstanding);
        Assert.Equal(posted.BalanceOn(new(2025, 5, 31)), replayed.BalanceOn(new(2025, 5, 31)));
    }

    [Fact]
    public void FromEntries_EqualDuplicates_CountOnce()
    {
        var ledger = Ledger.FromEntries("K-1", [Documents[0], Documents[0]], [Payments[0], Payments[0]], []).LedgerOrThrow();

        Assert.Equal((1, 1), (ledger.Documents.Count, ledger.Payments.Count));
    }

    [Fact]
    public void FromEntries_DifferentDocumentUnderTheSameNumber_IsRejected()
    {
        var result = Ledger.FromEntries("K-1", [Documents[0], DebitDocument.Invoice("FV/1", new(2025, 3, 1), new(2025, 3, 15), Money.Pln(1m))], [], []);

        Assert.Equal(PostingRejectionReason.DuplicateDocumentNumber, result.Rejection!.Reason);
    }

    [Fact]
    public void FromEntries_RefundAndPaymentSharingAnId_IsRejected()
    {
        var result = Ledger.FromEntries("K-1", [Documents[0]], [Payments[0]], [new Refund("P1", new(2025, 3, 20), Money.Pln(5m))]);

        Assert.Equal(PostingRejectionReason.DuplicateTransactionId, result.Rejection!.Reason);
    }

    [Fact]
    public void FromEntries_RefundWithoutCredit_IsRejected()
    {
        var result = Ledger.FromEntries("K-1", [Documents[0]], [], [Refunds[0]]);

        Assert.Equal(PostingRejectionReason.WouldUncoverRefund, result.Rejection!.Reason);
    }
}
