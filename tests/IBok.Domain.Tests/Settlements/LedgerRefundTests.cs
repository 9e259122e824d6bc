using IBok.Domain.Settlements;

namespace IBok.Domain.Tests.Settlements;

public sealed class LedgerRefundTests
{
    // FV/1 100.00 issued 2025-03-01; P1 250.00 on 2025-03-10 pays it and leaves 150.00 of credit.
    private static Ledger Overpaid() => Ledger.Empty("K-1")
        .Post(DebitDocument.Invoice("FV/1", new(2025, 3, 1), new(2025, 3, 15), Money.Pln(100m))).LedgerOrThrow()
        .Post(new Payment("P1", new(2025, 3, 10), Money.Pln(250m))).LedgerOrThrow();

    [Fact]
    public void Post_RefundWithinCredit_ReducesTheCredit()
    {
        var ledger = Overpaid().Post(new Refund("R1", new(2025, 3, 20), Money.Pln(100m))).LedgerOrThrow();

        Assert.Equal(Money.Pln(150m), ledger.OpenCreditOn(new(2025, 3, 19)));
        Assert.Equal(Money.Pln(50m), ledger.OpenCreditOn(new(2025, 3, 20)));
        Assert.Equal(Money.Pln(-50m), ledger.BalanceOn(new(2025, 3, 20)));
    }

    [Fact]
    public void Post_RefundOfTheWholeCredit_IsAccepted()
    {
        var ledger = Overpaid().Post(new Refund("R1", new(2025, 3, 20), Money.Pln(150m))).LedgerOrThrow();

        Assert.Equal(Money.Zero, ledger.OpenCreditOn(new(2025, 3, 20)));
        Assert.Equal(Money.Zero, ledger.BalanceOn(new(2025, 3, 20)));
    }

    [Fact]
    public void Post_RefundAboveCredit_IsRejectedWithTheAvailableCredit()
    {
        var original = Overpaid();

        var result = original.Post(new Refund("R1", new(2025, 3, 20), Money.Pln(150.01m)));

        Assert.False(result.IsAccepted);
        Assert.Equal(PostingRejectionReason.RefundExceedsAvailableCredit, result.Rejection!.Reason);
        Assert.Equal("Refund R1 of 150.01 PLN on 2025-03-20 exceeds the open credit of 150.00 PLN on that day.", result.Rejection.Message);
        Assert.Same(original, result.Ledger);
    }

    [Fact]
    public void Post_RefundDatedBeforeThePayment_IsRejected()
    {
        var result = Overpaid().Post(new Refund("R1", new(2025, 3, 9), Money.Pln(10m)));

        Assert.Equal("Refund R1 of 10.00 PLN on 2025-03-09 exceeds the open credit of 0.00 PLN on that day.", result.Rejection!.Message);
    }

    [Fact]
    public void Post_SecondRefund_SeesOnlyWhatTheFirstLeft()
    {
        var ledger = Overpaid().Post(new Refund("R1", new(2025, 3, 20), Money.Pln(100m))).LedgerOrThrow();

        var result = ledger.Post(new Refund("R2", new(2025, 3, 21), Money.Pln(60m)));

        Assert.Equal("Refund R2 of 60.00 PLN on 2025-03-21 exceeds the open credit of 50.00 PLN on that day.", result.Rejection!.Message);
    }

    [Fact]
    public void Post_RefundedCredit_NoLongerSettlesLaterInvoices()
    {
        var ledger = Overpaid()
            .Post(new Refund("R1", new(2025, 3, 20), Money.Pln(150m))).LedgerOrThrow()
            .Post(DebitDocument.Invoice("FV/2", new(2025, 4, 1), new(2025, 4, 15), Money.Pln(100m))).LedgerOrThrow();

        Assert.Equal(DocumentPaymentState.Unpaid, ledger.StatusOf("FV/2", new(2025, 4, 30)).State);
    }

    [Fact]
    public void Post_BackdatedInvoiceThatWouldUncoverARefund_IsRejected()
    {
        var ledger = Overpaid().Post(new Refund("R1", new(2025, 3, 20), Money.Pln(150m))).LedgerOrThrow();

        var result = ledger.Post(DebitDocument.Invoice("FV/0", new(2025, 3, 12), new(2025, 3, 26), Money.Pln(40m)));

        Assert.Equal(PostingRejectionReason.WouldUncoverRefund, result.Rejection!.Reason);
        Assert.Equal("This posting would leave refund R1 of 150.00 PLN paid out on 2025-03-20 with only 110.00 PLN of open credit.", result.Rejection.Message);
    }

    [Fact]
    public void LedgerOrThrow_Rejected_ThrowsWithTheRejection()
    {
        var result = Overpaid().Post(new Refund("R1", new(2025, 3, 20), Money.Pln(1000m)));

        var ex = Assert.Throws<LedgerPostingRejectedException>(result.LedgerOrThrow);

        Assert.Equal(PostingRejectionReason.RefundExceedsAvailableCredit, ex.Rejection.Reason);
        Assert.Equal(result.Rejection!.Message, ex.Message);
    }
}
