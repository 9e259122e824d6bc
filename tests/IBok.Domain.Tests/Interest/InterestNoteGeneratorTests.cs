using IBok.Domain.Customers;
using IBok.Domain.Interest;
using IBok.Domain.Settlements;

namespace IBok.Domain.Tests.Interest;

public sealed class InterestNoteGeneratorTests
{
    private static readonly HashSet<InterestChargeKey> NoneCharged = [];

    // FV/1 1,000.00 due 2025-06-30; FV/2 400.00 due 2025-07-31.
    // P1 600.00 on 2025-07-15 pays 600.00 of FV/1 (15 days late).
    // P2 800.00 on 2025-08-10 pays the other 400.00 of FV/1 (41 days late) and all of FV/2 (10 days late).
    private static Ledger Sample() => Ledger.Empty("K-7")
        .Post(DebitDocument.Invoice("FV/1", new(2025, 6, 16), new(2025, 6, 30), Money.Pln(1000m))).LedgerOrThrow()
        .Post(DebitDocument.Invoice("FV/2", new(2025, 7, 16), new(2025, 7, 31), Money.Pln(400m))).LedgerOrThrow()
        .Post(new Payment("P1", new(2025, 7, 15), Money.Pln(600m))).LedgerOrThrow()
        .Post(new Payment("P2", new(2025, 8, 10), Money.Pln(800m))).LedgerOrThrow();

    [Fact]
    public void Generate_ChargesEveryLateAllocation()
    {
        var result = InterestNoteGenerator.Generate(Sample(), "NO/2025/001", new(2025, 8, 31), StatutoryLateInterest.Table, Money.Pln(5m), NoneCharged);

        var note = result.Note!;
        Assert.Equal("NO/2025/001", note.Number);
        Assert.Equal(new DateOnly(2025, 8, 31), note.IssueDate);
        Assert.Equal("K-7", note.CustomerNumber);
        Assert.Equal(StatutoryLateInterest.Table.Name, note.RateTableName);

        // FV/1 × P1: 600 × (10.75×2 + 10.50×13) / 36500 = 94800/36500 = 2.5972… → 2.60
        // FV/1 × P2: 400 × (10.75×2 + 10.50×39) / 36500 = 172400/36500 = 4.7232… → 4.72 (1 Jul..10 Aug = 41 days)
        // FV/2 × P2: 400 × 10.50×10 / 36500 = 42000/36500 = 1.1506… → 1.15
        Assert.Equal(
            [
                (new InterestChargeKey("FV/1", "P1"), Money.Pln(600m), new DateOnly(2025, 6, 30), new DateOnly(2025, 7, 15), 15, Money.Pln(2.60m)),
                (new InterestChargeKey("FV/1", "P2"), Money.Pln(400m), new DateOnly(2025, 6, 30), new DateOnly(2025, 8, 10), 41, Money.Pln(4.72m)),
                (new InterestChargeKey("FV/2", "P2"), Money.Pln(400m), new DateOnly(2025, 7, 31), new DateOnly(2025, 8, 10), 10, Money.Pln(1.15m)),
            ],
            note.Lines.Select(l => (l.Key, l.AmountPaidLate, l.DueDate, l.PaidOn, l.Days, l.Interest)));
        Assert.Equal([10.75m, 10.50m], note.Lines[0].Rates);
        Assert.Equal(Money.Pln(8.47m), note.Total);
        Assert.Equal([new InterestChargeKey("FV/1", "P1"), new InterestChargeKey("FV/1", "P2"), new InterestChargeKey("FV/2", "P2")], note.ChargedKeys);
    }

    [Fact]
    public void Generate_Again_WithTheChargedKeys_ChargesNothing()
    {
        var first = InterestNoteGenerator.Generate(Sample(), "NO/1", new(2025, 8, 31), StatutoryLateInterest.Table, Money.Zero, NoneCharged).Note!;

        var second = InterestNoteGenerator.Generate(Sample(), "NO/2", new(2025, 9, 30), StatutoryLateInterest.Table, Money.Zero, first.ChargedKeys.ToHashSet());

        Assert.Null(second.Note);
        Assert.Equal(InterestNoteSkipReason.NothingLate, second.SkipReason);
        Assert.Equal("Customer K-7 has no late payment to charge up to 2025-09-30.", second.Message);
    }

    [Fact]
    public void Generate_SomeKeysCharged_ChargesOnlyTheRest()
    {
        var result = InterestNoteGenerator.Generate(Sample(), "NO/2", new(2025, 8, 31), StatutoryLateInterest.Table, Money.Zero, new HashSet<InterestChargeKey> { new("FV/1", "P1") });

        Assert.Equal([new InterestChargeKey("FV/1", "P2"), new InterestChargeKey("FV/2", "P2")], result.Note!.ChargedKeys);
        Assert.Equal(Money.Pln(5.87m), result.Note.Total);
    }

    [Fact]
    public void Generate_SameInputs_GiveTheSameNote()
    {
        var first = InterestNoteGenerator.Generate(Sample(), "NO/1", new(2025, 8, 31), StatutoryLateInterest.Table, Money.Zero, NoneCharged).Note!;
        var second = InterestNoteGenerator.Generate(Sample(), "NO/1", new(2025, 8, 31), StatutoryLateInterest.Table, Money.Zero, NoneCharged).Note!;

        Assert.Equal(first.ChargedKeys, second.ChargedKeys);
        Assert.Equal(first.Total, second.Total);
    }

    [Fact]
    public void Generate_BelowTheMinimum_IssuesNothingAndKeepsTheInterestForLater()
    {
        var result = InterestNoteGenerator.Generate(Sample(), "NO/1", new(2025, 8, 31), StatutoryLateInterest.Table, Money.Pln(10m), NoneCharged);

        Assert.Null(result.Note);
        Assert.Equal(InterestNoteSkipReason.BelowMinimum, result.SkipReason);
        Assert.Equal("Interest of 8.47 PLN for customer K-7 is below the minimum of 10.00 PLN for a note.", result.Message);
    }

    [Fact]
    public void Generate_ExactlyTheMinimum_IssuesTheNote()
    {
        var result = InterestNoteGenerator.Generate(Sample(), "NO/1", new(2025, 8, 31), StatutoryLateInterest.Table, Money.Pln(8.47m), NoneCharged);

        Assert.NotNull(result.Note);
    }

    [Fact]
    public void Generate_OnlyPaymentsUpToTheIssueDate()
    {
        var result = InterestNoteGenerator.Generate(Sample(), "NO/1", new(2025, 8, 5), StatutoryLateInterest.Table, Money.Zero, NoneCharged);

        Assert.Equal([new InterestChargeKey("FV/1", "P1")], result.Note!.ChargedKeys);
        Assert.Equal(Money.Pln(2.60m), result.Note.Total);
    }

    [Fact]
    public void Generate_BusinessCustomer_UsesTheCommercialTable()
    {
        // 2025 H2 rate 15.25% throughout (H1 15.75% only for FV/1's days in June: none, it was due 30 June).
        // FV/1×P1: 600 × 15.25 × 15 / 36500 = 3.7602… → 3.76; FV/1×P2: 400 × 15.25 × 41 / 36500 = 6.8520… → 6.85;
        // FV/2×P2: 400 × 15.25 × 10 / 36500 = 1.6712… → 1.67; total 12.28.
        var result = InterestNoteGenerator.Generate(Sample(), "NO/1", new(2025, 8, 31), LateInterestTables.For(CustomerKind.Business), Money.Pln(10m), NoneCharged);

        Assert.Equal([Money.Pln(3.76m), Money.Pln(6.85m), Money.Pln(1.67m)], result.Note!.Lines.Select(l => l.Interest));
        Assert.Equal(Money.Pln(12.28m), result.Note.Total);
    }

    [Fact]
    public void Generate_PaidOnTime_NothingLate()
    {
        var ledger = Ledger.Empty("K-8")
            .Post(DebitDocument.Invoice("FV/1", new(2025, 6, 16), new(2025, 6, 30), Money.Pln(1000m))).LedgerOrThrow()
            .Post(new Payment("P1", new(2025, 6, 30), Money.Pln(1000m))).LedgerOrThrow();

        var result = InterestNoteGenerator.Generate(ledger, "NO/1", new(2025, 8, 31), StatutoryLateInterest.Table, Money.Zero, NoneCharged);

        Assert.Equal(InterestNoteSkipReason.NothingLate, result.SkipReason);
    }

    [Fact]
    public void Generate_InterestNotePaidLate_IsNotChargedAgain()
    {
        // No interest on interest (art. 482 § 1 KC).
        var ledger = Ledger.Empty("K-8")
            .Post(DebitDocument.InterestNote("NO/1", new(2025, 6, 16), new(2025, 6, 30), Money.Pln(1000m))).LedgerOrThrow()
            .Post(new Payment("P1", new(2025, 8, 30), Money.Pln(1000m))).LedgerOrThrow();

        var result = InterestNoteGenerator.Generate(ledger, "NO/2", new(2025, 8, 31), StatutoryLateInterest.Table, Money.Zero, NoneCharged);

        Assert.Equal(InterestNoteSkipReason.NothingLate, result.SkipReason);
    }

    [Fact]
    public void Generate_LateCreditCorrection_IsNotCharged()
    {
        // The 300.00 taken off by the correction was never owed, so only the 700.00 paid late bears interest:
        // 700 × (10.75×2 + 10.50×13) / 36500 = 110600/36500 = 3.0301… → 3.03.
        var ledger = Ledger.Empty("K-8")
            .Post(DebitDocument.Invoice("FV/1", new(2025, 6, 16), new(2025, 6, 30), Money.Pln(1000m))).LedgerOrThrow()
            .Post(DebitDocument.Correction("KOR/1", new(2025, 7, 10), new(2025, 7, 24), Money.Pln(-300m), "FV/1")).LedgerOrThrow()
            .Post(new Payment("P1", new(2025, 7, 15), Money.Pln(700m))).LedgerOrThrow();

        var result = InterestNoteGenerator.Generate(ledger, "NO/1", new(2025, 8, 31), StatutoryLateInterest.Table, Money.Zero, NoneCharged);

        Assert.Equal([new InterestChargeKey("FV/1", "P1")], result.Note!.ChargedKeys);
        Assert.Equal(Money.Pln(3.03m), result.Note.Total);
    }

    [Fact]
    public void Generate_InterestRoundingToZero_IsLeftOut()
    {
        // 1.00 paid a day late: 1 × 10.50% / 365 = 0.0002… → 0.00.
        var ledger = Ledger.Empty("K-8")
            .Post(DebitDocument.Invoice("FV/1", new(2025, 7, 16), new(2025, 7, 31), Money.Pln(1m))).LedgerOrThrow()
            .Post(new Payment("P1", new(2025, 8, 1), Money.Pln(1m))).LedgerOrThrow();

        var result = InterestNoteGenerator.Generate(ledger, "NO/1", new(2025, 8, 31), StatutoryLateInterest.Table, Money.Zero, NoneCharged);

        Assert.Equal(InterestNoteSkipReason.NothingLate, result.SkipReason);
    }

    [Fact]
    public void Generate_BlankNumber_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => InterestNoteGenerator.Generate(Sample(), " ", new(2025, 8, 31), StatutoryLateInterest.Table, Money.Zero, NoneCharged));

        Assert.StartsWith("An interest note needs a number.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_NegativeMinimum_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => InterestNoteGenerator.Generate(Sample(), "NO/1", new(2025, 8, 31), StatutoryLateInterest.Table, Money.Pln(-1m), NoneCharged));

        Assert.StartsWith("The minimum interest for a note must not be negative; got -1.00 PLN.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToLedgerDocument_PostsTheNoteAsADebit()
    {
        var note = InterestNoteGenerator.Generate(Sample(), "NO/1", new(2025, 8, 31), StatutoryLateInterest.Table, Money.Zero, NoneCharged).Note!;

        var ledger = Sample().Post(note.ToLedgerDocument(new DateOnly(2025, 9, 14))).LedgerOrThrow();

        Assert.Equal(Money.Pln(8.47m), ledger.BalanceOn(new DateOnly(2025, 8, 31)));
        Assert.Equal(DebitKind.InterestNote, ledger.Documents[^1].Kind);
    }

    [Fact]
    public void ChargeKey_HasAStableTextForm()
    {
        Assert.Equal("ODS|FV/1|P1", new InterestChargeKey("FV/1", "P1").ToString());
    }

    [Fact]
    public void AccruedOnUnpaid_CountsToTheGivenDayOnWhatIsStillOwed()
    {
        // Without P2: FV/1 still owes 400.00 (1 Jul..10 Aug = 41 days: 400 × 431 / 36500 = 4.72),
        // FV/2 owes 400.00 (1..10 Aug = 10 days at 10.50%: 1.15).
        var ledger = Ledger.Empty("K-7")
            .Post(DebitDocument.Invoice("FV/1", new(2025, 6, 16), new(2025, 6, 30), Money.Pln(1000m))).LedgerOrThrow()
            .Post(DebitDocument.Invoice("FV/2", new(2025, 7, 16), new(2025, 7, 31), Money.Pln(400m))).LedgerOrThrow()
            .Post(new Payment("P1", new(2025, 7, 15), Money.Pln(600m))).LedgerOrThrow();

        var accrued = InterestNoteGenerator.AccruedOnUnpaid(ledger, new(2025, 8, 10), StatutoryLateInterest.Table);

        Assert.Equal(
            [("FV/1", Money.Pln(400m), Money.Pln(4.72m)), ("FV/2", Money.Pln(400m), Money.Pln(1.15m))],
            accrued.Select(a => (a.DocumentNumber, a.Interest.Principal, a.Interest.Total)));
    }

    [Fact]
    public void AccruedOnUnpaid_NotYetDue_IsLeftOut()
    {
        var accrued = InterestNoteGenerator.AccruedOnUnpaid(Sample(), new(2025, 7, 31), StatutoryLateInterest.Table);

        Assert.Equal(["FV/1"], accrued.Select(a => a.DocumentNumber));
    }
}
