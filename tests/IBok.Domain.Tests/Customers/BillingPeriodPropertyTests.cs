using FsCheck;
using FsCheck.Fluent;
using IBok.Domain.Customers;

namespace IBok.Domain.Tests.Customers;

public sealed class BillingPeriodPropertyTests
{
    private static readonly int FirstDay = new DateOnly(2020, 1, 1).DayNumber;

    [Fact]
    public void BillingPeriodsBetween_TileTheContractInsideCalendarPeriods()
    {
        Prop.ForAll(
                Gen.Choose(0, 5000).ToArbitrary(),
                Gen.Choose(0, 1500).ToArbitrary(),
                Gen.Elements(Enum.GetValues<BillingCycle>()).ToArbitrary(),
                (offset, length, cycle) =>
                {
                    var start = DateOnly.FromDayNumber(FirstDay + offset);
                    var end = start.AddDays(length);
                    var contract = ContractTests.Water(start, end, cycle);

                    var periods = contract.BillingPeriodsBetween(new DatePeriod(start.AddDays(-100), end.AddDays(100)));

                    return periods[0].Start == start
                        && periods[^1].End == end
                        && periods.Zip(periods.Skip(1)).All(pair => pair.First.End.AddDays(1) == pair.Second.Start)
                        && periods.All(period => cycle.PeriodContaining(period.Start) == cycle.PeriodContaining(period.End))
                        && periods.All(period => contract.BillingPeriodContaining(period.Start) == period && contract.BillingPeriodContaining(period.End) == period)
                        && periods.Sum(period => period.Days) == length + 1;
                })
            .QuickCheckThrowOnFailure();
    }
}
