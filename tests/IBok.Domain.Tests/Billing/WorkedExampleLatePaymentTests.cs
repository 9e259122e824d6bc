using IBok.Domain.Billing;
using IBok.Domain.Interest;
using IBok.Domain.Metering;
using IBok.Domain.Settlements;

namespace IBok.Domain.Tests.Billing;

/// <summary>
/// The worked 2026 example (<see cref="WorkedExample2026Tests"/>) carried into the settlements: Jan Kowalski pays the
/// January invoice late, across the change of the statutory late-payment interest on 5 March 2026 (9.50% → 9.25%).
/// <para>January invoice: 12 m³; net 151.58, VAT 12.13, gross 163.71 zł; issued 3 February, due 17 February.
/// Paid on 20 March: late from 18 February to 20 March inclusive, 31 days: 18 February–4 March (15 days) at 9.50% and
/// 5–20 March (16 days) at 9.25%.
/// Interest = 163.71 × (15 × 9.50% + 16 × 9.25%) / 365 = 163.71 × 2.905 / 365 = 1.302952… → 1.30 zł.</para>
/// <para>The February–March invoice (gross 314.09, due 17 April) is paid on time on 10 April, so it earns no interest.</para>
/// </summary>
public sealed class WorkedExampleLatePaymentTests
{
    private static readonly Money Minimum = Money.Pln(10m);

    [Fact]
    public void JanuaryInvoicePaidLate_InterestSpansTheRateChange()
    {
        var ledger = YearStart();

        var status = ledger.StatusOf(JanuaryInvoice.Number, new DateOnly(2026, 3, 20));
        var interest = DocumentInterest.For(ledger, JanuaryInvoice.Number, new DateOnly(2026, 3, 31), StatutoryLateInterest.Table);

        Assert.Equal(DocumentPaymentState.Paid, status.State);
        Assert.Equal(new DateOnly(2026, 3, 20), status.PaidOn);
        Assert.Equal(Money.Pln(1.30m), interest.Total);
        var calculation = LateInterest.Calculate(Money.Pln(163.71m), new DateOnly(2026, 2, 17), new DateOnly(2026, 3, 20), StatutoryLateInterest.Table);
        Assert.Equal(
            [(new DatePeriod(new(2026, 2, 18), new(2026, 3, 4)), 9.50m), (new DatePeriod(new(2026, 3, 5), new(2026, 3, 20)), 9.25m)],
            calculation.Segments.Select(s => (s.Period, s.AnnualRatePercent)));
        Assert.Equal(31, calculation.Days);
    }

    [Fact]
    public void InterestNote_BelowTheMinimum_IsNotIssued_AndTheInterestWaitsForALaterNote()
    {
        var ledger = YearStart();

        var result = InterestNoteGenerator.Generate(ledger, "NO/2026/000001", new DateOnly(2026, 3, 31), StatutoryLateInterest.Table, Minimum, new HashSet<InterestChargeKey>());

        Assert.Null(result.Note);
        Assert.Equal(InterestNoteSkipReason.BelowMinimum, result.SkipReason);
    }

    [Fact]
    public void InterestNote_WithoutAMinimum_ChargesTheLatePaymentOnce()
    {
        var ledger = YearStart();
        var charged = new HashSet<InterestChargeKey>();

        var first = InterestNoteGenerator.Generate(ledger, "NO/2026/000001", new DateOnly(2026, 3, 31), StatutoryLateInterest.Table, Money.Zero, charged);
        charged.UnionWith(first.Note!.ChargedKeys);
        var second = InterestNoteGenerator.Generate(ledger, "NO/2026/000002", new DateOnly(2026, 4, 30), StatutoryLateInterest.Table, Money.Zero, charged);

        var line = Assert.Single(first.Note.Lines);
        Assert.Equal((JanuaryInvoice.Number, Money.Pln(163.71m), 31, Money.Pln(1.30m)), (line.DocumentNumber, line.AmountPaidLate, line.Days, line.Interest));
        Assert.Equal(Money.Pln(1.30m), first.Note.Total);
        Assert.Null(second.Note);
        Assert.Equal(InterestNoteSkipReason.NothingLate, second.SkipReason);
    }

    [Fact]
    public void Balance_FollowsTheInvoicesAndPayments()
    {
        var ledger = YearStart();

        Assert.Equal(Money.Pln(163.71m), ledger.BalanceOn(new DateOnly(2026, 3, 19)));
        Assert.Equal(Money.Zero, ledger.BalanceOn(new DateOnly(2026, 3, 20)));
        Assert.Equal(Money.Pln(314.09m), ledger.BalanceOn(new DateOnly(2026, 4, 3)));
        Assert.Equal(Money.Zero, ledger.BalanceOn(new DateOnly(2026, 4, 10)));
    }

    private static readonly Invoice JanuaryInvoice = Bill(new DatePeriod(new(2026, 1, 1), new(2026, 1, 31)), "FV/2026/02/000042",
        MainMeter(new(2025, 12, 31), new(2026, 1, 31), 12m));

    private static readonly Invoice FebruaryMarchInvoice = Bill(new DatePeriod(new(2026, 2, 1), new(2026, 3, 31)), "FV/2026/04/000042",
        MainMeter(new(2026, 1, 31), new(2026, 3, 31), 23m));

    private static Ledger YearStart()
    {
        Assert.Equal(Money.Pln(163.71m), JanuaryInvoice.AmountDue);
        Assert.Equal(new DateOnly(2026, 2, 17), JanuaryInvoice.DueDate);
        Assert.Equal(Money.Pln(314.09m), FebruaryMarchInvoice.AmountDue);
        return Ledger.Empty("100200")
            .Post(JanuaryInvoice.ToLedgerDocument()).LedgerOrThrow()
            .Post(new Payment("WB/2026/03/20/1", new DateOnly(2026, 3, 20), Money.Pln(163.71m), JanuaryInvoice.Number)).LedgerOrThrow()
            .Post(FebruaryMarchInvoice.ToLedgerDocument()).LedgerOrThrow()
            .Post(new Payment("WB/2026/04/10/1", new DateOnly(2026, 4, 10), Money.Pln(314.09m))).LedgerOrThrow();
    }

    private static ConsumptionInterval MainMeter(DateOnly from, DateOnly to, decimal quantity) =>
        new("WM-1", MeterKind.MainWater, new DatePeriod(from.AddDays(1), to), quantity, false);

    private static Invoice Bill(DatePeriod period, string number, params ConsumptionInterval[] consumption) =>
        BillingFixtures.Calculator.Calculate(BillingFixtures.HouseholdInput(period, consumption) with { EInvoiceConsent = true, InvoiceNumber = number });
}
