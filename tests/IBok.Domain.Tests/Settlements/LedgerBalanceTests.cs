using IBok.Domain.Settlements;

namespace IBok.Domain.Tests.Settlements;

public sealed class LedgerBalanceTests
{
    // FV/1 300.00 issued 2025-01-05 due 2025-01-20; FV/2 200.00 issued 2025-02-05 due 2025-02-20.
    // P1 100.00 on 2025-01-18, P2 250.00 on 2025-02-25, P3 200.00 on 2025-03-10 (overpays by 50.00).
    private static Ledger Sample() => LedgerAllocationTests.PostAll(
    [
        DebitDocument.Invoice("FV/1", new(2025, 1, 5), new(2025, 1, 20), Money.Pln(300m)),
        DebitDocument.Invoice("FV/2", new(2025, 2, 5), new(2025, 2, 20), Money.Pln(200m)),
        new Payment("P1", new(2025, 1, 18), Money.Pln(100m)),
        new Payment("P2", new(2025, 2, 25), Money.Pln(250m)),
        new Payment("P3", new(2025, 3, 10), Money.Pln(200m)),
    ]);

    [Theory]
    [InlineData("2025-01-04", "0")]
    [InlineData("2025-01-05", "300")]
    [InlineData("2025-01-18", "200")]
    [InlineData("2025-02-05", "400")]
    [InlineData("2025-02-25", "150")]
    [InlineData("2025-03-10", "-50")]
    public void BalanceOn_SumsDebitsLessCreditsUpToTheDay(string day, string expected)
    {
        Assert.Equal(Money.Pln(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)), Sample().BalanceOn(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void StatusOf_PartiallyPaid_ShowsWhatIsPaidAndOutstanding()
    {
        var status = Sample().StatusOf("FV/1", new(2025, 2, 1));

        Assert.Equal(DocumentPaymentState.PartiallyPaid, status.State);
        Assert.Equal(Money.Pln(100m), status.Paid);
        Assert.Equal(Money.Pln(200m), status.Outstanding);
        Assert.Null(status.PaidOn);
    }

    [Fact]
    public void StatusOf_Paid_GivesTheDayItBecameFullyPaid()
    {
        var status = Sample().StatusOf("FV/1", new(2025, 12, 31));

        Assert.Equal(DocumentPaymentState.Paid, status.State);
        Assert.Equal(new DateOnly(2025, 2, 25), status.PaidOn);
        Assert.Equal(Money.Zero, status.Outstanding);
        Assert.Equal(
            [
                new Allocation(CreditSourceKind.Payment, "P1", "FV/1", new(2025, 1, 18), Money.Pln(100m)),
                new Allocation(CreditSourceKind.Payment, "P2", "FV/1", new(2025, 2, 25), Money.Pln(200m)),
            ],
            status.Allocations);
    }

    [Fact]
    public void StatusOf_SecondInvoice_PaidByTwoPayments()
    {
        var ledger = Sample();

        Assert.Equal(DocumentPaymentState.PartiallyPaid, ledger.StatusOf("FV/2", new(2025, 3, 9)).State);
        Assert.Equal(Money.Pln(150m), ledger.StatusOf("FV/2", new(2025, 3, 9)).Outstanding);
        Assert.Equal(new DateOnly(2025, 3, 10), ledger.StatusOf("FV/2", new(2025, 3, 10)).PaidOn);
        Assert.Equal(Money.Pln(50m), ledger.OpenCreditOn(new(2025, 3, 10)));
    }

    [Fact]
    public void StatusOf_Unpaid_BeforeAnyPayment()
    {
        var status = Sample().StatusOf("FV/2", new(2025, 2, 10));

        Assert.Equal(DocumentPaymentState.Unpaid, status.State);
        Assert.Equal(Money.Pln(200m), status.Outstanding);
        Assert.Empty(status.Allocations);
    }

    [Fact]
    public void StatusOf_BeforeIssue_IsNotYetIssued()
    {
        Assert.Equal(DocumentPaymentState.NotYetIssued, Sample().StatusOf("FV/2", new(2025, 2, 4)).State);
    }

    [Fact]
    public void StatusOf_UnknownDocument_Throws()
    {
        var ex = Assert.Throws<KeyNotFoundException>(() => Sample().StatusOf("FV/9", new(2025, 2, 4)));

        Assert.Equal("Ledger of customer K-1 has no document FV/9.", ex.Message);
    }

    [Fact]
    public void AllocationsOf_ListsOneDocumentsAllocations()
    {
        Assert.Equal(["P2", "P3"], Sample().AllocationsOf("FV/2").Select(a => a.SourceId));
    }
}
