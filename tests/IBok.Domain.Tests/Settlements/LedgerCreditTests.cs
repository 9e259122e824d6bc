using IBok.Domain.Settlements;

namespace IBok.Domain.Tests.Settlements;

public sealed class LedgerCreditTests
{
    private static readonly DebitDocument March = DebitDocument.Invoice("FV/2025/03", new(2025, 3, 1), new(2025, 3, 15), Money.Pln(100m));
    private static readonly DebitDocument April = DebitDocument.Invoice("FV/2025/04", new(2025, 4, 1), new(2025, 4, 15), Money.Pln(200m));

    [Fact]
    public void Post_PaymentNamingADocumentNotYetIssued_WaitsAsCreditAndSettlesItOnIssue()
    {
        // P1 (2025-03-20) names April's invoice, which is issued on 2025-04-01: it first pays March (the only open
        // document), keeps 50.00 as credit, and that credit settles April on April's issue date.
        var ledger = LedgerAllocationTests.PostAll(
        [
            March,
            April,
            new Payment("P1", new(2025, 3, 20), Money.Pln(150m), "FV/2025/04"),
        ]);

        Assert.Equal(
            [
                new Allocation(CreditSourceKind.Payment, "P1", "FV/2025/03", new(2025, 3, 20), Money.Pln(100m)),
                new Allocation(CreditSourceKind.Payment, "P1", "FV/2025/04", new(2025, 4, 1), Money.Pln(50m)),
            ],
            ledger.Allocations);
        Assert.Equal(Money.Pln(50m), ledger.OpenCreditOn(new(2025, 3, 31)));
        Assert.Equal(Money.Zero, ledger.OpenCreditOn(new(2025, 4, 1)));
    }

    [Fact]
    public void Post_RefundOnThePaymentDay_SeesThatDaysPayment()
    {
        var ledger = Ledger.Empty("K-1").Post(new Payment("P1", new(2025, 3, 20), Money.Pln(70m))).LedgerOrThrow();

        var result = ledger.Post(new Refund("R1", new(2025, 3, 20), Money.Pln(70m)));

        Assert.True(result.IsAccepted);
        Assert.Equal(Money.Zero, result.Ledger.BalanceOn(new(2025, 3, 20)));
    }

    [Fact]
    public void Post_NegativeCorrectionWithNothingOpen_BecomesRefundableCredit()
    {
        var ledger = LedgerAllocationTests.PostAll(
        [
            March,
            new Payment("P1", new(2025, 3, 10), Money.Pln(100m)),
            DebitDocument.Correction("KOR/1", new(2025, 3, 25), new(2025, 4, 8), Money.Pln(-30m), "FV/2025/03"),
        ]);

        Assert.Equal(Money.Pln(30m), ledger.OpenCreditOn(new(2025, 3, 25)));
        Assert.Equal(Money.Pln(-30m), ledger.BalanceOn(new(2025, 3, 25)));
        Assert.True(ledger.Post(new Refund("R1", new(2025, 3, 26), Money.Pln(30m))).IsAccepted);
    }

    [Fact]
    public void Post_NegativeCorrectionCredit_SettlesTheNextInvoice()
    {
        var ledger = LedgerAllocationTests.PostAll(
        [
            DebitDocument.Correction("KOR/1", new(2025, 3, 25), new(2025, 4, 8), Money.Pln(-30m)),
            April,
        ]);

        Assert.Equal([new Allocation(CreditSourceKind.CreditCorrection, "KOR/1", "FV/2025/04", new(2025, 4, 1), Money.Pln(30m))], ledger.Allocations);
    }

    [Fact]
    public void OpenCreditOn_BeforeAnyPayment_IsZero()
    {
        Assert.Equal(Money.Zero, Ledger.Empty("K-1").Post(March).LedgerOrThrow().OpenCreditOn(new(2025, 3, 31)));
    }
}
