using FsCheck;
using FsCheck.Fluent;
using IBok.Domain.Billing;
using IBok.Domain.Customers;
using IBok.Domain.Metering;
using IBok.Domain.Tariffs;
using static IBok.Domain.Tests.Billing.BillingFixtures;

namespace IBok.Domain.Tests.Billing;

public sealed class IdempotencyTests
{
    private static readonly DateOnly FirstDay = new(2026, 1, 1);

    private static Arbitrary<Scenario> Scenarios =>
        (from start in Gen.Choose(0, 330)
         from length in Gen.Choose(1, 120)
         from cut in Gen.Choose(0, 1000)
         from litres in Gen.Choose(0, 400_000)
         from gardenLitres in Gen.Choose(0, 100_000)
         from consent in Gen.Elements(true, false)
         from method in Gen.Elements(ReadingMethod.Collector, ReadingMethod.Remote, ReadingMethod.SelfReading)
         from points in Gen.Choose(1, 3)
         select new Scenario(start, length, cut, litres, gardenLitres, consent, method, points)).ToArbitrary();

    [Fact]
    public void Calculate_SameInputsTwice_YieldsEqualInvoices()
    {
        Prop.ForAll(
                Scenarios,
                scenario =>
                {
                    var first = Calculator.Calculate(scenario.ToInput());
                    var second = new InvoiceCalculator(new TariffBook([G1FromJuly2026, G1FirstHalf2026], VatTable)).Calculate(scenario.ToInput());
                    return first.Equals(second)
                        && first.GetHashCode() == second.GetHashCode()
                        && first.BillingKey == new BillingKey("UM/2019/0042", scenario.Period);
                })
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Calculate_AnyPeriod_BillsExactlyTheMeteredWaterAndNoNegativeSewage()
    {
        Prop.ForAll(
                Scenarios,
                scenario =>
                {
                    var invoice = Calculator.Calculate(scenario.ToInput());
                    var water = invoice.Lines.Where(line => line.Component == TariffComponent.Water).Sum(line => line.Quantity);
                    var sewage = invoice.Lines.Where(line => line.Component == TariffComponent.Sewage).ToArray();
                    var months = invoice.Lines.Where(line => line.Component == TariffComponent.Subscription).Select(line => line.Period).ToArray();
                    return water == scenario.Litres / 1000m
                        && sewage.All(line => line.Quantity >= 0m)
                        && sewage.Sum(line => line.Quantity) >= (scenario.Litres - scenario.GardenLitres) / 1000m
                        && months.Sum(period => period.Days) == scenario.Period.Days;
                })
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Invoice_DifferentNumber_IsNotEqual()
    {
        var input = HouseholdInput(Period(3, 1, 4, 30), MainMeter(Period(3, 1, 4, 30), 5m));

        Assert.NotEqual(Calculator.Calculate(input), Calculator.Calculate(input with { InvoiceNumber = "FV/2026/05/000002" }));
        Assert.NotEqual(Calculator.Calculate(input), Calculator.Calculate(input with { Consumption = [MainMeter(Period(3, 1, 4, 30), 5.001m)] }));
        Assert.False(Calculator.Calculate(input).Equals(null));
    }

    /// <summary>A generated billing: a period somewhere in 2026 (possibly across the 1 July tariff change), its water read
    /// as two intervals cut at a generated day, and a garden submeter.</summary>
    private sealed record Scenario(int Start, int Length, int Cut, int Litres, int GardenLitres, bool Consent, ReadingMethod Method, int Points)
    {
        public DatePeriod Period => new(FirstDay.AddDays(Start), FirstDay.AddDays(Start + Length - 1));

        public BillingInput ToInput()
        {
            var period = Period;
            var water = Litres / 1000m;
            ConsumptionInterval[] consumption;
            if (Length == 1)
            {
                consumption = [MainMeter(period, water), Garden(period, GardenLitres / 1000m)];
            }
            else
            {
                var firstDays = 1 + (Cut % (Length - 1));
                var firstPart = Math.Round(water * Cut / 1000m, 3);
                consumption =
                [
                    MainMeter(new DatePeriod(period.Start, period.Start.AddDays(firstDays - 1)), firstPart),
                    MainMeter(new DatePeriod(period.Start.AddDays(firstDays), period.End), water - firstPart),
                    Garden(period, GardenLitres / 1000m),
                ];
            }

            return HouseholdInput(period, consumption) with { EInvoiceConsent = Consent, ReadingMethod = Method, BillingPoints = Points };
        }
    }
}
