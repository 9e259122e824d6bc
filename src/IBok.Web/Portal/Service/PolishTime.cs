using System.Globalization;

namespace IBok.Web.Portal.Service;

/// <summary>
/// Instants typed in the utility's local time (Poland) through <c>&lt;input type="datetime-local"&gt;</c>, whose value
/// is <c>2026-11-21T14:30</c>, and back.
/// </summary>
public static class PolishTime
{
    private static readonly string[] InputFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm"];

    private static readonly TimeZoneInfo Poland = FindPoland();

    /// <summary>The UTC instant of a local date and time as an input sends it; null when it is not one.</summary>
    public static DateTime? ParseInput(string? value)
    {
        if (!DateTime.TryParseExact(value?.Trim(), InputFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return null;
        }

        // A time skipped when clocks go forward does not exist; read it as the hour after, as people mean it.
        if (Poland.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        return TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Poland);
    }

    /// <summary>An instant (UTC) as the value of a <c>datetime-local</c> input in Polish time.</summary>
    public static string ToInput(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Poland).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    private static TimeZoneInfo FindPoland()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("CET", TimeSpan.FromHours(1), "CET", "CET");
        }
    }
}
