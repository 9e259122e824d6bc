namespace IBok.GraphQL.Application.Demo;

/// <summary>Local time in Poland for the demo's timestamps (cases, consents, outages), without depending on the
/// machine's time-zone database.</summary>
internal static class DemoCalendar
{
    /// <summary>The moment <paramref name="hour"/>:<paramref name="minute"/> on <paramref name="day"/> in Poland: UTC+2 from the last Sunday of
    /// March to the last Sunday of October (EU summer time, Directive 2000/84/EC), UTC+1 otherwise. The switch hour itself
    /// is not modelled: demo events never happen between 01:00 and 03:00.</summary>
    public static DateTimeOffset At(DateOnly day, int hour, int minute = 0)
    {
        var summer = day >= LastSunday(day.Year, 3) && day < LastSunday(day.Year, 10);
        return new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, minute)), TimeSpan.FromHours(summer ? 2 : 1));
    }

    private static DateOnly LastSunday(int year, int month)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-(int)last.DayOfWeek);
    }
}
