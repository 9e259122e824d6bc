using System.Globalization;

namespace IBok.GraphQL.Application.Documents;

/// <summary>
/// How numbers and dates are printed on documents: Polish style (decimal comma, thousands in groups of three) but
/// with a plain space between groups, not the no-break space of the pl-PL culture, so the text extracted from a PDF
/// is the text a person would type.
/// </summary>
internal static class DocumentFormat
{
    private static readonly NumberFormatInfo Polish = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = " ",
        NumberGroupSizes = [3],
        NegativeSign = "-",
    };

    /// <summary>An amount in grosze as złote: <c>1 234,56</c>, <c>-12,30</c>.</summary>
    public static string Amount(long grosze) => (grosze / 100m).ToString("#,0.00", Polish);

    /// <summary>An amount with its currency: <c>1 234,56 zł</c>.</summary>
    public static string AmountPln(long grosze) => Amount(grosze) + " zł";

    /// <summary>A quantity without trailing zeros: <c>12</c>, <c>12,5</c>, <c>0,5161</c>.</summary>
    public static string Quantity(decimal quantity) => quantity.ToString("#,0.####", Polish);

    /// <summary>A net unit price with 2 to 4 decimals: <c>5,43</c>, <c>5,4321</c>.</summary>
    public static string UnitPrice(decimal price) => price.ToString("#,0.00##", Polish);

    /// <summary>A VAT or interest rate: <c>8%</c>, <c>11,25%</c>.</summary>
    public static string Percent(decimal percent) => percent.ToString("0.##", Polish) + "%";

    /// <summary>A calendar date as on Polish invoices: <c>2026-02-03</c> (ISO 8601).</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An address line: <c>Ogrodowa 5/2</c> (a village without streets: the building number alone).</summary>
    public static string StreetLine(string street, string building, string? apartment) =>
        (string.IsNullOrWhiteSpace(street) ? building : street + " " + building) + (string.IsNullOrWhiteSpace(apartment) ? "" : "/" + apartment);

    /// <summary>The file name a customer sees: the document number with <c>/</c> as <c>-</c>, e.g. <c>FV-2026-01-000123.pdf</c>.</summary>
    public static string FileName(string number)
    {
        var safe = string.Concat(number.Select(character => char.IsAsciiLetterOrDigit(character) || character is '-' or '_' ? character : '-'));
        return safe + ".pdf";
    }
}
