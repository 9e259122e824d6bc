namespace IBok.GraphQL.Application.CustomerReads;

/// <summary>
/// Today's date where the utility is (Poland), from the injected <see cref="TimeProvider"/>: due dates, "overdue" and
/// "legalization expires soon" are calendar questions of the utility's day, not of UTC's.
/// </summary>
public sealed class UtilityCalendar(TimeProvider time)
{
    private static readonly TimeZoneInfo Poland = FindPoland();

    /// <summary>Days before a meter's legalization ends from which the customer is warned.</summary>
    public const int LegalizationWarningDays = 90;

    /// <summary>Today in Poland.</summary>
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Poland).DateTime);

    private static TimeZoneInfo FindPoland()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw");
        }
        catch (TimeZoneNotFoundException)
        {
            // A machine without time-zone data: Central European Time without summer time is off by an hour at most,
            // which moves the date only between 23:00 and 01:00.
            return TimeZoneInfo.CreateCustomTimeZone("CET", TimeSpan.FromHours(1), "CET", "CET");
        }
    }
}
