namespace IBok.GraphQL.Application.Common;

/// <summary>The two readings of the clock every write needs: the instant to store (UTC) and the utility's calendar day.</summary>
internal static class CustomerClock
{
    /// <summary>Now, in UTC, as stored in instant columns.</summary>
    public static DateTime UtcNow(TimeProvider time) => time.GetUtcNow().UtcDateTime;

    /// <summary>Today in the server's local time zone, which is the utility's (a reading dated "today" is local).</summary>
    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetLocalNow().DateTime);
}
