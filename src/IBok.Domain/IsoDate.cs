using System.Globalization;

namespace IBok.Domain;

/// <summary>The one way the domain writes a date into messages, keys and display texts.</summary>
internal static class IsoDate
{
    /// <summary>The date as ISO 8601 <c>2026-01-31</c>, in the Gregorian calendar whatever the current culture.</summary>
    internal static string ToIsoDate(this DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
