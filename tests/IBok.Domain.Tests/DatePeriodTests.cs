namespace IBok.Domain.Tests;

public sealed class DatePeriodTests
{
    [Fact]
    public void Days_CountsBothEnds()
    {
        Assert.Equal(31, DatePeriod.Month(2026, 1).Days);
        Assert.Equal(1, new DatePeriod(new(2026, 3, 5), new(2026, 3, 5)).Days);
        Assert.Equal(366, new DatePeriod(new(2024, 1, 1), new(2024, 12, 31)).Days);
    }

    [Fact]
    public void Constructor_EndBeforeStart_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new DatePeriod(new(2026, 3, 5), new(2026, 3, 4)));

        Assert.Contains("cannot end (2026-03-04) before it starts (2026-03-05)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SplitByMonth_CutsAtMonthEnds()
    {
        var parts = new DatePeriod(new(2026, 1, 15), new(2026, 3, 10)).SplitByMonth().ToArray();

        Assert.Equal(
            [
                new DatePeriod(new(2026, 1, 15), new(2026, 1, 31)),
                new DatePeriod(new(2026, 2, 1), new(2026, 2, 28)),
                new DatePeriod(new(2026, 3, 1), new(2026, 3, 10)),
            ],
            parts);
    }

    [Fact]
    public void Intersect_ReturnsSharedDaysOrNull()
    {
        var january = DatePeriod.Month(2026, 1);

        Assert.Equal(new DatePeriod(new(2026, 1, 20), new(2026, 1, 31)), january.Intersect(new DatePeriod(new(2026, 1, 20), new(2026, 2, 5))));
        Assert.Null(january.Intersect(DatePeriod.Month(2026, 2)));
    }
}
