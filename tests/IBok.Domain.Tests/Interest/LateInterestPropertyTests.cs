using FsCheck;
using FsCheck.Fluent;
using IBok.Domain.Interest;

namespace IBok.Domain.Tests.Interest;

public sealed class LateInterestPropertyTests
{
    private static readonly DateOnly TableStart = new(2016, 1, 1);

    private static Arbitrary<(long Grosze, int DueOffset, int DaysLate)> Cases() =>
        Gen.Choose(1, 10_000_000).SelectMany(
                grosze => Gen.Choose(0, 3800),
                (grosze, due) => (Grosze: (long)grosze, DueOffset: due))
            .SelectMany(
                c => Gen.Choose(0, 800),
                (c, late) => (c.Grosze, c.DueOffset, DaysLate: late))
            .ToArbitrary();

    [Fact]
    public void Calculate_SegmentsCoverEveryLateDayOnce()
    {
        Prop.ForAll(Cases(), c =>
            {
                var due = TableStart.AddDays(c.DueOffset);
                var interest = LateInterest.Calculate(Money.FromGrosze(c.Grosze), due, due.AddDays(c.DaysLate), StatutoryLateInterest.Table);
                var contiguous = interest.Segments.Zip(interest.Segments.Skip(1)).All(p => p.First.Period.End.AddDays(1) == p.Second.Period.Start);
                var startsRight = interest.Segments.Count == 0 || interest.Segments[0].Period.Start == due.AddDays(1);
                var endsRight = interest.Segments.Count == 0 || interest.Segments[^1].Period.End == due.AddDays(c.DaysLate);
                return interest.Days == c.DaysLate && contiguous && startsRight && endsRight;
            })
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Calculate_TotalIsTheRoundedSumOfDailyInterest()
    {
        // Day by day, independently of the segment splitting: Σ principal × rate(day) / 36500, rounded once.
        Prop.ForAll(Cases(), c =>
            {
                var due = TableStart.AddDays(c.DueOffset);
                var principal = Money.FromGrosze(c.Grosze);
                var interest = LateInterest.Calculate(principal, due, due.AddDays(c.DaysLate), StatutoryLateInterest.Table);
                var daily = Enumerable.Range(1, c.DaysLate).Sum(d => principal.Amount * StatutoryLateInterest.Table.RateOn(due.AddDays(d)));
                return interest.Total == Money.Pln(daily / 36500m);
            })
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Calculate_SplittingThePrincipal_ChangesTheTotalByLessThanAGroszPerPart()
    {
        Prop.ForAll(Cases(), c =>
            {
                var due = TableStart.AddDays(c.DueOffset);
                var paidOn = due.AddDays(c.DaysLate);
                var whole = LateInterest.Calculate(Money.FromGrosze(c.Grosze), due, paidOn, StatutoryLateInterest.Table).Total;
                var parts = Money.FromGrosze(c.Grosze).Allocate(3)
                    .Select(part => LateInterest.Calculate(part, due, paidOn, StatutoryLateInterest.Table).Total);
                return Math.Abs((Money.Sum(parts) - whole).Grosze) <= 2;
            })
            .QuickCheckThrowOnFailure();
    }
}
