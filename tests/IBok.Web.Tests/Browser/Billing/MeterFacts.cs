using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace IBok.Web.Tests.Browser.Billing;

/// <summary>
/// What the reading tests need to know about a meter beyond what its form shows: the date of its latest reading (so a
/// new reading can be dated the day after it, whichever test ran first) and how many readings it has (to see that a
/// rejected one changed nothing). Read straight from the server's SQLite file, read-only.
/// </summary>
internal static partial class MeterFacts
{
    /// <summary>The day after the meter's latest reading of any kind: a date no reading rule rejects.</summary>
    public static DateOnly NextFreeDay(string databaseFile, long meterId)
    {
        var latest = DateOnly.ParseExact(Scalar(databaseFile, "SELECT MAX(reading_date) FROM meter_readings WHERE meter_id = $meter", meterId)!.ToString()![..10], "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var next = latest.AddDays(1);
        Assert.True(next <= DateOnly.FromDateTime(DateTime.Now), $"Meter {meterId} was read on {latest:yyyy-MM-dd}; no free day is left before today.");
        return next;
    }

    /// <summary>How many readings the meter has.</summary>
    public static long ReadingCount(string databaseFile, long meterId) =>
        (long)Scalar(databaseFile, "SELECT COUNT(*) FROM meter_readings WHERE meter_id = $meter", meterId)!;

    /// <summary>The meter id in a <c>/readings/submit?meterId=…</c> address.</summary>
    public static long MeterIdOf(string url) => long.Parse(MeterIdParameter().Match(url).Groups[1].Value, CultureInfo.InvariantCulture);

    /// <summary>
    /// The value and date of the form's "previous reading" (<c>1 234,000 m³ z dnia 31.10.2026</c>, the number grouped
    /// with non-breaking spaces).
    /// </summary>
    public static (decimal Value, DateOnly Date) ParsePrevious(string text)
    {
        var match = PreviousReading().Match(text.Replace('\u00a0', ' '));
        Assert.True(match.Success, "Unexpected previous reading: " + text);
        var value = decimal.Parse(match.Groups["value"].Value.Replace(" ", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.GetCultureInfo("pl-PL"));
        return (value, DateOnly.ParseExact(match.Groups["date"].Value, "dd.MM.yyyy", CultureInfo.InvariantCulture));
    }

    private static object? Scalar(string databaseFile, string sql, long meterId)
    {
        using var connection = new SqliteConnection($"Data Source={databaseFile};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$meter", meterId);
        return command.ExecuteScalar();
    }

    [GeneratedRegex(@"meterId=(\d+)")]
    private static partial Regex MeterIdParameter();

    [GeneratedRegex(@"(?<value>[\d ]+(,\d+)?) \S+\s+z dnia\s+(?<date>\d{2}\.\d{2}\.\d{4})")]
    private static partial Regex PreviousReading();
}
