using Bogus;
using FsCheck;
using FsCheck.Fluent;
using IBok.Domain.Metering;

namespace IBok.Domain.Tests.Metering;

public sealed class ReadingHistoryPropertyTests
{
    private static readonly DateOnly Start = new(2020, 1, 31);

    [Fact]
    public void ConsumptionIntervals_OfIncreasingReadings_SumToLastMinusFirst()
    {
        var meter = MeteringFixtures.Water(installedOn: Start, capacity: 10_000_000m);
        Prop.ForAll(
                Gen.Choose(0, 1_000_000).ToArbitrary(),
                Gen.NonEmptyListOf(Gen.Choose(0, 5_000)).ToArbitrary(),
                (first, increments) =>
                {
                    var history = MeterReadingHistory.For(meter);
                    var value = (decimal)first;
                    var date = Start;
                    history = ((ReadingDecision.Accepted)history.Submit(ReadingSubmission.Of(date, value, ReadingKind.Installation), MeteringFixtures.Today)).History;
                    foreach (var increment in increments)
                    {
                        value += increment;
                        date = date.AddDays(1 + increment % 40);
                        if (history.Submit(ReadingSubmission.Of(date, value, ReadingKind.Collector), MeteringFixtures.Today) is not ReadingDecision.Accepted accepted)
                        {
                            return false;
                        }

                        history = accepted.History;
                    }

                    var intervals = history.ConsumptionIntervals();
                    var lifetime = new DatePeriod(Start, date);
                    return intervals.Sum(i => i.Quantity) == value - first
                        && intervals.Count == increments.Count
                        && history.ConsumptionByMonth(lifetime).Sum(m => m.Quantity) == value - first
                        && intervals.Zip(intervals.Skip(1)).All(pair => pair.First.Period.End.AddDays(1) == pair.Second.Period.Start);
                })
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void ConsumptionIntervals_ThroughRollovers_SumToTheCounterAdvance()
    {
        // A 3-digit counter (capacity 1000) read often enough that it never moves more than 99 between readings, so every
        // drop is a roll-over from the top tenth to the bottom tenth.
        var meter = MeteringFixtures.Water(installedOn: Start, capacity: 1000m);
        Prop.ForAll(
                Gen.NonEmptyListOf(Gen.Choose(0, 99)).ToArbitrary(),
                increments =>
                {
                    var history = MeteringFixtures.History(meter, (Start, 950m));
                    var advance = 0;
                    var date = Start;
                    foreach (var increment in increments)
                    {
                        advance += increment;
                        date = date.AddDays(1);
                        if (history.Submit(ReadingSubmission.Of(date, (950 + advance) % 1000, ReadingKind.Remote), MeteringFixtures.Today) is not ReadingDecision.Accepted accepted)
                        {
                            return false;
                        }

                        history = accepted.History;
                    }

                    return history.ConsumptionIntervals().Sum(i => i.Quantity) == advance;
                })
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Submit_TwoYearsOfGeneratedMonthlyReadings_AreAllAcceptedAndAddUp()
    {
        var faker = new Faker("pl") { Random = new Randomizer(1234) };
        var meter = MeteringFixtures.Water(faker.Random.Replace("WM-########"), installedOn: new(2024, 1, 1));
        var first = faker.Random.Int(0, 50_000);
        var history = MeteringFixtures.History(meter, (new(2024, 1, 1), first));
        var value = (decimal)first;
        var kinds = new[] { ReadingKind.Customer, ReadingKind.Collector, ReadingKind.Remote };

        for (var month = 1; month <= 24; month++)
        {
            var monthStart = new DateOnly(2024, 1, 1).AddMonths(month);
            var date = new DateOnly(monthStart.Year, monthStart.Month, faker.Random.Int(25, 28));
            value += faker.Random.Int(5, 12);
            var submitted = faker.Random.Bool() ? value.ToString(System.Globalization.CultureInfo.InvariantCulture) : value.ToString("0.0", System.Globalization.CultureInfo.GetCultureInfo("pl-PL"));

            var decision = history.Submit(new ReadingSubmission(date, submitted, faker.PickRandom(kinds)), MeteringFixtures.Today);

            var accepted = Assert.IsType<ReadingDecision.Accepted>(decision);
            Assert.Empty(accepted.ReviewReasons);
            history = accepted.History;
        }

        var whole = new DatePeriod(new(2024, 1, 1), new(2026, 12, 31));
        Assert.Equal(25, history.Readings.Count);
        Assert.Equal(24, history.ConsumptionIntervals().Count);
        Assert.Equal(value - first, history.TotalConsumption(whole));
        Assert.Equal(value - first, history.ConsumptionByMonth(whole).Sum(m => m.Quantity));
    }
}
