using IBok.Domain.Settlements;

namespace IBok.Domain.Tests.Settlements;

public sealed class LedgerPostingTests
{
    private static readonly DebitDocument Invoice = DebitDocument.Invoice("FV/1", new(2025, 3, 1), new(2025, 3, 15), Money.Pln(100m));

    [Fact]
    public void Post_Document_ReturnsANewLedgerAndLeavesTheOldOne()
    {
        var empty = Ledger.Empty("K-1");

        var result = empty.Post(Invoice);

        Assert.True(result.IsAccepted);
        Assert.False(result.WasAlreadyPosted);
        Assert.Equal([Invoice], result.Ledger.Documents);
        Assert.Empty(empty.Documents);
        Assert.Equal("K-1", result.Ledger.CustomerNumber);
    }

    [Fact]
    public void Post_SameDocumentTwice_IsANoOp()
    {
        var ledger = Ledger.Empty("K-1").Post(Invoice).LedgerOrThrow();

        var again = ledger.Post(DebitDocument.Invoice("FV/1", new(2025, 3, 1), new(2025, 3, 15), Money.Pln(100m)));

        Assert.True(again.IsAccepted);
        Assert.True(again.WasAlreadyPosted);
        Assert.Same(ledger, again.Ledger);
    }

    [Fact]
    public void Post_DifferentDocumentUnderAUsedNumber_IsRejected()
    {
        var ledger = Ledger.Empty("K-1").Post(Invoice).LedgerOrThrow();

        var result = ledger.Post(DebitDocument.Invoice("FV/1", new(2025, 3, 2), new(2025, 3, 15), Money.Pln(100m)));

        Assert.Equal(PostingRejectionReason.DuplicateDocumentNumber, result.Rejection!.Reason);
        Assert.Equal("Document FV/1 is already posted with different content (issued 2025-03-01, amount 100.00 PLN).", result.Rejection.Message);
        Assert.Same(ledger, result.Ledger);
    }

    [Fact]
    public void Post_SamePaymentTwice_IsANoOpAndPaysOnce()
    {
        var ledger = Ledger.Empty("K-1").Post(Invoice).LedgerOrThrow().Post(new Payment("P1", new(2025, 3, 10), Money.Pln(40m))).LedgerOrThrow();

        var again = ledger.Post(new Payment("P1", new(2025, 3, 10), Money.Pln(40m)));

        Assert.True(again.WasAlreadyPosted);
        Assert.Equal(Money.Pln(60m), again.Ledger.BalanceOn(new(2025, 3, 31)));
    }

    [Fact]
    public void Post_DifferentPaymentUnderAUsedId_IsRejected()
    {
        var ledger = Ledger.Empty("K-1").Post(new Payment("P1", new(2025, 3, 10), Money.Pln(40m))).LedgerOrThrow();

        var result = ledger.Post(new Payment("P1", new(2025, 3, 10), Money.Pln(41m)));

        Assert.Equal(PostingRejectionReason.DuplicateTransactionId, result.Rejection!.Reason);
        Assert.Equal("A payment or refund with id P1 is already posted with different content.", result.Rejection.Message);
    }

    [Fact]
    public void Post_RefundUnderAPaymentsId_IsRejected()
    {
        var ledger = Ledger.Empty("K-1").Post(new Payment("T1", new(2025, 3, 10), Money.Pln(40m))).LedgerOrThrow();

        var result = ledger.Post(new Refund("T1", new(2025, 3, 11), Money.Pln(10m)));

        Assert.Equal(PostingRejectionReason.DuplicateTransactionId, result.Rejection!.Reason);
    }

    [Fact]
    public void Post_PaymentUnderARefundsId_IsRejected()
    {
        var ledger = Ledger.Empty("K-1")
            .Post(new Payment("T1", new(2025, 3, 10), Money.Pln(40m))).LedgerOrThrow()
            .Post(new Refund("T2", new(2025, 3, 11), Money.Pln(10m))).LedgerOrThrow();

        var result = ledger.Post(new Payment("T2", new(2025, 3, 12), Money.Pln(10m)));

        Assert.Equal("A payment or refund with id T2 is already posted with different content.", result.Rejection!.Message);
    }

    [Fact]
    public void Post_SameRefundTwice_IsANoOp()
    {
        var ledger = Ledger.Empty("K-1")
            .Post(new Payment("T1", new(2025, 3, 10), Money.Pln(40m))).LedgerOrThrow()
            .Post(new Refund("R1", new(2025, 3, 11), Money.Pln(40m))).LedgerOrThrow();

        var again = ledger.Post(new Refund("R1", new(2025, 3, 11), Money.Pln(40m)));

        Assert.True(again.WasAlreadyPosted);
        Assert.Single(again.Ledger.Refunds);
    }
}
