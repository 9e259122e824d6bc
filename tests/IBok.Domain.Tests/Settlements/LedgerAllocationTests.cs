using IBok.Domain.Settlements;

namespace IBok.Domain.Tests.Settlements;

public sealed class LedgerAllocationTests
{
    private static readonly DebitDocument March = DebitDocument.Invoice("FV/2025/03", new(2025, 3, 1), new(2025, 3, 15), Money.Pln(100m));
    private static readonly DebitDocument April = DebitDocument.Invoice("FV/2025/04", new(2025, 4, 1), new(2025, 4, 15), Money.Pln(200m));

    private static Ledger WithMarchAndApril() =>
        Ledger.Empty("K-1").Post(April).LedgerOrThrow().Post(March).LedgerOrThrow();

    [Fact]
    public void Post_UnnamedPayment_PaysTheOldestDueFirst()
    {
        var ledger = WithMarchAndApril().Post(new Payment("P1", new(2025, 4, 20), Money.Pln(150m))).LedgerOrThrow();

        Assert.Equal(
            [
                new Allocation(CreditSourceKind.Payment, "P1", "FV/2025/03", new(2025, 4, 20), Money.Pln(100m)),
                new Allocation(CreditSourceKind.Payment, "P1", "FV/2025/04", new(2025, 4, 20), Money.Pln(50m)),
            ],
            ledger.Allocations);
    }

    [Fact]
    public void Post_SameDueDate_OrdersByIssueDateThenNumber()
    {
        var ledger = Ledger.Empty("K-1")
            .Post(DebitDocument.Invoice("B", new(2025, 3, 2), new(2025, 3, 20), Money.Pln(10m))).LedgerOrThrow()
            .Post(DebitDocument.Invoice("C", new(2025, 3, 1), new(2025, 3, 20), Money.Pln(10m))).LedgerOrThrow()
            .Post(DebitDocument.Invoice("A", new(2025, 3, 2), new(2025, 3, 20), Money.Pln(10m))).LedgerOrThrow()
            .Post(new Payment("P1", new(2025, 3, 25), Money.Pln(25m))).LedgerOrThrow();

        Assert.Equal(["C", "A", "B"], ledger.Allocations.Select(a => a.DocumentNumber));
        Assert.Equal([Money.Pln(10m), Money.Pln(10m), Money.Pln(5m)], ledger.Allocations.Select(a => a.Amount));
    }

    [Fact]
    public void Post_PaymentNamingADocument_PaysItFirstThenTheOldest()
    {
        var ledger = WithMarchAndApril().Post(new Payment("P1", new(2025, 4, 20), Money.Pln(250m), "FV/2025/04")).LedgerOrThrow();

        Assert.Equal(
            [
                new Allocation(CreditSourceKind.Payment, "P1", "FV/2025/04", new(2025, 4, 20), Money.Pln(200m)),
                new Allocation(CreditSourceKind.Payment, "P1", "FV/2025/03", new(2025, 4, 20), Money.Pln(50m)),
            ],
            ledger.Allocations);
    }

    [Fact]
    public void Post_PaymentNamingAPaidDocument_PaysTheOldestOpenInstead()
    {
        var ledger = WithMarchAndApril()
            .Post(new Payment("P1", new(2025, 3, 10), Money.Pln(100m), "FV/2025/03")).LedgerOrThrow()
            .Post(new Payment("P2", new(2025, 4, 10), Money.Pln(80m), "FV/2025/03")).LedgerOrThrow();

        Assert.Equal(new Allocation(CreditSourceKind.Payment, "P2", "FV/2025/04", new(2025, 4, 10), Money.Pln(80m)), ledger.Allocations[^1]);
    }

    [Fact]
    public void Post_PaymentNamingAnUnknownDocument_PaysTheOldestOpen()
    {
        var ledger = WithMarchAndApril().Post(new Payment("P1", new(2025, 4, 20), Money.Pln(30m), "FV/1999/01")).LedgerOrThrow();

        Assert.Equal([new Allocation(CreditSourceKind.Payment, "P1", "FV/2025/03", new(2025, 4, 20), Money.Pln(30m))], ledger.Allocations);
    }

    [Fact]
    public void Post_Overpayment_SettlesALaterInvoiceOnItsIssueDate()
    {
        var ledger = Ledger.Empty("K-1")
            .Post(March).LedgerOrThrow()
            .Post(new Payment("P1", new(2025, 3, 10), Money.Pln(130m))).LedgerOrThrow();

        Assert.Equal(Money.Pln(30m), ledger.OpenCreditOn(new(2025, 3, 31)));

        ledger = ledger.Post(April).LedgerOrThrow();

        Assert.Equal(new Allocation(CreditSourceKind.Payment, "P1", "FV/2025/04", new(2025, 4, 1), Money.Pln(30m)), ledger.Allocations[^1]);
        Assert.Equal(Money.Zero, ledger.OpenCreditOn(new(2025, 4, 1)));
        var status = ledger.StatusOf("FV/2025/04", new(2025, 4, 1));
        Assert.Equal(DocumentPaymentState.PartiallyPaid, status.State);
        Assert.Equal(Money.Pln(170m), status.Outstanding);
    }

    [Fact]
    public void Post_CreditFromSeveralPayments_IsUsedOldestFirst()
    {
        var ledger = Ledger.Empty("K-1")
            .Post(new Payment("P2", new(2025, 2, 20), Money.Pln(60m))).LedgerOrThrow()
            .Post(new Payment("P1", new(2025, 2, 10), Money.Pln(60m))).LedgerOrThrow()
            .Post(March).LedgerOrThrow();

        Assert.Equal(
            [
                new Allocation(CreditSourceKind.Payment, "P1", "FV/2025/03", new(2025, 3, 1), Money.Pln(60m)),
                new Allocation(CreditSourceKind.Payment, "P2", "FV/2025/03", new(2025, 3, 1), Money.Pln(40m)),
            ],
            ledger.Allocations);
        Assert.Equal(Money.Pln(20m), ledger.OpenCreditOn(new(2025, 3, 1)));
    }

    [Fact]
    public void Post_PaymentOnTheIssueDay_PaysTheDocumentIssuedThatDay()
    {
        var ledger = Ledger.Empty("K-1")
            .Post(new Payment("P1", new(2025, 3, 1), Money.Pln(100m))).LedgerOrThrow()
            .Post(March).LedgerOrThrow();

        Assert.Equal([new Allocation(CreditSourceKind.Payment, "P1", "FV/2025/03", new(2025, 3, 1), Money.Pln(100m))], ledger.Allocations);
    }

    [Fact]
    public void Post_NegativeCorrection_SettlesTheCorrectedDocumentFirst()
    {
        var ledger = WithMarchAndApril()
            .Post(DebitDocument.Correction("KOR/1", new(2025, 4, 5), new(2025, 4, 19), Money.Pln(-50m), "FV/2025/04")).LedgerOrThrow();

        Assert.Equal([new Allocation(CreditSourceKind.CreditCorrection, "KOR/1", "FV/2025/04", new(2025, 4, 5), Money.Pln(50m))], ledger.Allocations);
        Assert.Equal(DocumentPaymentState.Credit, ledger.StatusOf("KOR/1", new(2025, 4, 30)).State);
        Assert.Equal(Money.Pln(250m), ledger.BalanceOn(new(2025, 4, 30)));
    }

    [Fact]
    public void Post_PositiveCorrection_IsAnOrdinaryDebit()
    {
        var ledger = WithMarchAndApril()
            .Post(DebitDocument.Correction("KOR/2", new(2025, 3, 5), new(2025, 3, 10), Money.Pln(15m), "FV/2025/03")).LedgerOrThrow()
            .Post(new Payment("P1", new(2025, 3, 20), Money.Pln(15m))).LedgerOrThrow();

        Assert.Equal([new Allocation(CreditSourceKind.Payment, "P1", "KOR/2", new(2025, 3, 20), Money.Pln(15m))], ledger.Allocations);
    }

    [Fact]
    public void Post_OrderOfPosting_DoesNotChangeTheAllocations()
    {
        var entries = new object[]
        {
            March,
            April,
            new Payment("P1", new(2025, 3, 20), Money.Pln(120m)),
            new Payment("P2", new(2025, 4, 20), Money.Pln(300m), "FV/2025/04"),
            DebitDocument.Correction("KOR/1", new(2025, 4, 2), new(2025, 4, 16), Money.Pln(-10m)),
        };

        var forward = PostAll(entries);
        var backward = PostAll(entries.Reverse());

        Assert.Equal(forward.Allocations, backward.Allocations);
        Assert.Equal(forward.OpenCreditOn(new(2025, 12, 31)), backward.OpenCreditOn(new(2025, 12, 31)));
        Assert.Equal(Money.Pln(-130m), forward.BalanceOn(new(2025, 12, 31)));
    }

    internal static Ledger PostAll(IEnumerable<object> entries)
    {
        var ledger = Ledger.Empty("K-1");
        foreach (var entry in entries)
        {
            ledger = (entry switch
            {
                DebitDocument d => ledger.Post(d),
                Payment p => ledger.Post(p),
                Refund r => ledger.Post(r),
                _ => throw new ArgumentException("Unknown entry."),
            }).LedgerOrThrow();
        }

        return ledger;
    }
}
