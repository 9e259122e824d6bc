using System.Globalization;

namespace IBok.Domain;

/// <summary>A span of calendar days, both ends inclusive: 1 to 31 January is 31 days.</summary>
/// <remarks>Billing periods, tariff validity, sale periods and interest periods are all <see cref="DatePeriod"/>s,
/// so "inclusive at both ends" holds everywhere in the domain.</remarks>
public readonly record struct DatePeriod
{
    /// <summary>Creates a period from its first to its last day, both inclusive.</summary>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public DatePeriod(DateOnly start, DateOnly end)
    {
        if (end < start)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"A period cannot end ({end:yyyy-MM-dd}) before it starts ({start:yyyy-MM-dd})."),
                nameof(end));
        }

        Start = start;
        End = end;
    }

    /// <summary>The first day, inclusive.</summary>
    public DateOnly Start { get; }

    /// <summary>The last day, inclusive.</summary>
    public DateOnly End { get; }

    /// <summary>The number of days, counting both ends.</summary>
    public int Days => End.DayNumber - Start.DayNumber + 1;

    /// <summary>The whole calendar month that contains <paramref name="day"/>.</summary>
    public static DatePeriod MonthOf(DateOnly day) =>
        new(new DateOnly(day.Year, day.Month, 1), new DateOnly(day.Year, day.Month, DateTime.DaysInMonth(day.Year, day.Month)));

    /// <summary>The whole calendar month.</summary>
    public static DatePeriod Month(int year, int month) => MonthOf(new DateOnly(year, month, 1));

    /// <summary>True when <paramref name="day"/> lies inside the period (ends included).</summary>
    public bool Contains(DateOnly day) => day >= Start && day <= End;

    /// <summary>True when the two periods share at least one day.</summary>
    public bool Overlaps(DatePeriod other) => Start <= other.End && other.Start <= End;

    /// <summary>The days both periods share, or null when they share none.</summary>
    public DatePeriod? Intersect(DatePeriod other)
    {
        var start = Start > other.Start ? Start : other.Start;
        var end = End < other.End ? End : other.End;
        return end < start ? null : new DatePeriod(start, end);
    }

    /// <summary>The calendar months the period touches, each cut to the part inside the period, in order.</summary>
    public IEnumerable<DatePeriod> SplitByMonth()
    {
        var cursor = Start;
        while (cursor <= End)
        {
            var monthEnd = new DateOnly(cursor.Year, cursor.Month, DateTime.DaysInMonth(cursor.Year, cursor.Month));
            var end = monthEnd < End ? monthEnd : End;
            yield return new DatePeriod(cursor, end);
            cursor = end.AddDays(1);
        }
    }

    /// <summary><c>2026-01-01..2026-01-31</c>.</summary>
    public override string ToString() =>
        Start.ToIsoDate() + ".." + End.ToIsoDate();
}
