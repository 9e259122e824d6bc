using IBok.Domain.Interest;
using IBok.Domain.Settlements;

namespace IBok.Domain.Tests.Interest;

public sealed class DocumentInterestTests
{
    // FV/1 1,000.00 due 2025-06-30; P1 600.00 on 2025-07-15; P2 400.00 on 2025-08-10.
    private static Ledger Sample() => Ledger.Empty("K-7")
        .Post(DebitDocument.Invoice("FV/1", new(2025, 6, 16), new(2025, 6, 30), Money.Pln(1000m))).LedgerOrThrow()
        .Post(new Payment("P1", new(2025, 7, 15), Money.Pln(600m))).LedgerOrThrow()
        .Post(new Payment("P2", new(2025, 8, 10), Money.Pln(400m))).LedgerOrThrow();

    [Fact]
    public void For_PartlyPaid_ChargesThePaidPartToItsDayAndTheRestToTheGivenDay()
    {
        // Paid part: 600 × (10.75×2 + 10.50×13) / 36500 = 2.5972… → 2.60.
        // Unpaid 400.00 on 2025-08-05, 1 Jul..5 Aug = 36 days: 400 × (10.75×2 + 10.50×34) / 36500 = 151400/36500 = 4.1479… → 4.15.
        var interest = DocumentInterest.For(Sample(), "FV/1", new(2025, 8, 5), StatutoryLateInterest.Table);

        Assert.Equal([("P1", Money.Pln(2.60m))], interest.PaidLate.Select(p => (p.Allocation.SourceId, p.Interest.Total)));
        Assert.Equal(Money.Pln(400m), interest.OnUnpaid.Principal);
        Assert.Equal(36, interest.OnUnpaid.Days);
        Assert.Equal(Money.Pln(4.15m), interest.OnUnpaid.Total);
        Assert.Equal(Money.Pln(6.75m), interest.Total);
    }

    [Fact]
    public void For_FullyPaid_ChargesEachPartToItsOwnPaymentDay()
    {
        // P2: 400 × (10.75×2 + 10.50×39) / 36500 = 4.7232… → 4.72; nothing unpaid.
        var interest = DocumentInterest.For(Sample(), "FV/1", new(2025, 12, 31), StatutoryLateInterest.Table);

        Assert.Equal([Money.Pln(2.60m), Money.Pln(4.72m)], interest.PaidLate.Select(p => p.Interest.Total));
        Assert.Equal(Money.Zero, interest.OnUnpaid.Total);
        Assert.Equal(Money.Pln(7.32m), interest.Total);
    }

    [Fact]
    public void For_BeforeTheDueDate_IsZero()
    {
        var interest = DocumentInterest.For(Sample(), "FV/1", new(2025, 6, 30), StatutoryLateInterest.Table);

        Assert.Empty(interest.PaidLate);
        Assert.Equal(Money.Zero, interest.Total);
    }

    [Fact]
    public void For_UnknownDocument_Throws()
    {
        Assert.Throws<KeyNotFoundException>(() => DocumentInterest.For(Sample(), "FV/9", new(2025, 6, 30), StatutoryLateInterest.Table));
    }
}
