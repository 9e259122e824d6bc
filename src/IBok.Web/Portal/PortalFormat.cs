using System.Globalization;
using IBok.Domain;

namespace IBok.Web.Portal;

/// <summary>
/// Numbers, money and dates as the portal shows them: pl-PL <c>1 234,56 zł</c> and <c>21.11.2026</c>, or English
/// <c>PLN 1,234.56</c> and <c>21 Nov 2026</c>. Thousands are grouped with a non-breaking space in Polish, so an
/// amount never wraps across lines.
/// </summary>
public sealed class PortalFormat
{
    private const char NoBreakSpace = '\u00A0';
    private static readonly TimeZoneInfo Poland = FindPoland();

    private readonly NumberFormatInfo _numbers;

    /// <summary>A formatter for one language.</summary>
    public PortalFormat(PortalLanguage language)
    {
        Language = language;
        var culture = language == PortalLanguage.English ? CultureInfo.GetCultureInfo("en-GB") : CultureInfo.GetCultureInfo("pl-PL");
        _numbers = (NumberFormatInfo)culture.NumberFormat.Clone();
        if (language == PortalLanguage.Polish)
        {
            // ICU has used both U+00A0 and U+202F for Polish grouping over the years; the portal promises U+00A0.
            _numbers.NumberGroupSeparator = NoBreakSpace.ToString();
            _numbers.NumberDecimalSeparator = ",";
        }
        else
        {
            _numbers.NumberGroupSeparator = ",";
            _numbers.NumberDecimalSeparator = ".";
        }

        _numbers.NegativeSign = "-";
    }

    /// <summary>The Polish formatter.</summary>
    public static PortalFormat Polish { get; } = new(PortalLanguage.Polish);

    /// <summary>The English formatter.</summary>
    public static PortalFormat English { get; } = new(PortalLanguage.English);

    /// <summary>The formatter of a language.</summary>
    public static PortalFormat For(PortalLanguage language) => language == PortalLanguage.English ? English : Polish;

    /// <summary>The language this formats for.</summary>
    public PortalLanguage Language { get; }

    /// <summary>An amount of money: <c>1 234,56 zł</c> / <c>PLN 1,234.56</c>; negative ones with a leading minus.</summary>
    public string Money(Money amount) => Money(amount.Amount);

    /// <summary>An amount in PLN (rounded to grosze): <c>1 234,56 zł</c> / <c>PLN 1,234.56</c>.</summary>
    public string Money(decimal amount)
    {
        var rounded = IBok.Domain.Money.RoundToGrosz(amount);
        var number = Math.Abs(rounded).ToString("N2", _numbers);
        var sign = rounded < 0 ? "-" : "";
        return Language == PortalLanguage.English ? $"{sign}PLN{NoBreakSpace}{number}" : $"{sign}{number}{NoBreakSpace}zł";
    }

    /// <summary>A number with a fixed count of decimals, grouped: <c>1 234,500</c>.</summary>
    public string Number(decimal value, int decimals) => value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), _numbers);

    /// <summary>A whole number, grouped.</summary>
    public string Number(long value) => value.ToString("N0", _numbers);

    /// <summary>Cubic metres with 3 decimals: <c>12,345 m³</c>.</summary>
    public string CubicMetres(decimal value) => Number(value, 3) + NoBreakSpace + "m³";

    /// <summary>A quantity with 3 decimals and its unit.</summary>
    public string Quantity(decimal value, string unit) => Number(value, 3) + NoBreakSpace + unit;

    /// <summary>A calendar date: <c>21.11.2026</c> / <c>21 Nov 2026</c>.</summary>
    public string Date(DateOnly date) =>
        Language == PortalLanguage.English
            ? date.ToString("d MMM yyyy", CultureInfo.InvariantCulture)
            : date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    /// <summary>A calendar date or a dash.</summary>
    public string Date(DateOnly? date) => date is { } value ? Date(value) : "—";

    /// <summary>An instant (UTC) in Polish time: <c>21.11.2026 14:05</c> / <c>21 Nov 2026 14:05</c>.</summary>
    public string DateTime(DateTime utc)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(System.DateTime.SpecifyKind(utc, DateTimeKind.Utc), Poland);
        return Date(DateOnly.FromDateTime(local)) + " " + local.ToString("HH:mm", CultureInfo.InvariantCulture);
    }

    /// <summary>A date for <c>&lt;time datetime&gt;</c> and <c>&lt;input type=date&gt;</c>: <c>2026-11-21</c>.</summary>
    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

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
