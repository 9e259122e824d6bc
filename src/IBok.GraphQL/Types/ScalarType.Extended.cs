using System.Globalization;
using System.Text.RegularExpressions;

namespace IBok.GraphQL.Types;

// Custom scalars the iBOK schema needs. They follow graphql-js's phrasing ("X cannot represent ...").
public sealed partial class ScalarType
{
    private const long MaxSafeInteger = 9_007_199_254_740_991; // 2^53 − 1, the largest integer a double holds exactly.

    /// <summary>
    /// Date: a calendar date without time zone as <c>yyyy-MM-dd</c> (ISO 8601 / RFC 3339 full-date) ↔
    /// <see cref="DateOnly"/>.
    /// </summary>
    public static ScalarType Date { get; } = new("Date", SerializeDate, ParseDate)
    {
        Description = "A calendar date without time zone, as an ISO 8601 string `yyyy-MM-dd`, e.g. `2026-01-31`.",
        SpecifiedByUrl = "https://scalars.graphql.org/andimarek/local-date.html",
    };

    /// <summary>
    /// DateTime: an instant with its UTC offset as an RFC 3339 date-time string ↔ <see cref="DateTimeOffset"/>.
    /// The offset is required on input; output writes <c>Z</c> for UTC and up to seven fractional digits,
    /// omitting trailing zeros. A <see cref="System.DateTime"/> result is accepted only with
    /// <see cref="DateTimeKind.Utc"/>, because any other kind has no known offset.
    /// </summary>
    public static ScalarType DateTime { get; } = new("DateTime", SerializeDateTime, ParseDateTime)
    {
        Description = "An instant with its UTC offset, as an RFC 3339 / ISO 8601 string, e.g. `2026-01-31T14:05:00+01:00`.",
        SpecifiedByUrl = "https://scalars.graphql.org/andimarek/date-time.html",
    };

    /// <summary>
    /// Decimal: an exact decimal number ↔ <see cref="decimal"/>. Serialized as a JSON string (invariant
    /// culture, scale kept: 12.50m gives <c>"12.50"</c>) because JSON numbers are read as doubles by most
    /// clients and would lose precision. Input accepts a numeric string or a number.
    /// </summary>
    public static ScalarType Decimal { get; } = new("Decimal", SerializeDecimal, ParseDecimal)
    {
        Description = "An exact decimal number, serialized as a string to keep its precision, e.g. `\"1234.50\"`. Accepted as input as a string or a number.",
    };

    /// <summary>
    /// Long: a 64-bit signed integer ↔ <see cref="long"/>, always serialized as a JSON number (as HotChocolate's
    /// Long does), so a field never switches between number and string. Input accepts integral numbers; a
    /// number that arrives as a double (non-integral JSON parsing) is accepted only up to 2^53 − 1 in magnitude,
    /// where doubles are still exact. Note for JavaScript clients: values beyond 2^53 − 1 lose precision
    /// in <c>JSON.parse</c>.
    /// </summary>
    public static ScalarType Long { get; } = new("Long", SerializeLong, ParseLong)
    {
        Description = "A 64-bit signed integer between -(2^63) and 2^63 - 1, serialized as a JSON number.",
    };

    private static object SerializeDate(object value) =>
        value is DateOnly date
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : throw new ValueCoercionException("Date cannot represent value: " + ValueInspector.Inspect(value));

    private static object ParseDate(object value)
    {
        if (value is not string text)
        {
            throw new ValueCoercionException("Date cannot represent a non string value: " + ValueInspector.Inspect(value));
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new ValueCoercionException("Date cannot represent an invalid date string: " + ValueInspector.Inspect(value));
    }

    private static object SerializeDateTime(object value)
    {
        var instant = value switch
        {
            DateTimeOffset offsetValue => offsetValue,
            System.DateTime { Kind: DateTimeKind.Utc } utc => new DateTimeOffset(utc),
            _ => throw new ValueCoercionException("DateTime cannot represent value: " + ValueInspector.Inspect(value)),
        };

        var text = instant.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFF", CultureInfo.InvariantCulture);
        return instant.Offset == TimeSpan.Zero
            ? text + "Z"
            : text + instant.ToString("zzz", CultureInfo.InvariantCulture);
    }

    private static object ParseDateTime(object value)
    {
        if (value is not string text)
        {
            throw new ValueCoercionException("DateTime cannot represent a non string value: " + ValueInspector.Inspect(value));
        }

        if (RfcDateTime().IsMatch(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            return instant;
        }

        throw new ValueCoercionException("DateTime cannot represent an invalid date-time string: " + ValueInspector.Inspect(value));
    }

    private static object SerializeDecimal(object value)
    {
        switch (value)
        {
            case decimal exact:
                return exact.ToString(CultureInfo.InvariantCulture);
            case int or long or short or byte or sbyte or ushort or uint or ulong:
                return Convert.ToString(value, CultureInfo.InvariantCulture)!;
        }

        throw new ValueCoercionException("Decimal cannot represent value: " + ValueInspector.Inspect(value));
    }

    private static object ParseDecimal(object value)
    {
        switch (value)
        {
            case decimal exact:
                return exact;
            case int or long:
                return Convert.ToDecimal(value, CultureInfo.InvariantCulture);
            case double number when double.IsFinite(number):
                // Read the double's shortest round-trip text, so 0.1 becomes 0.1m rather than 0.1000000000000000055m.
                if (decimal.TryParse(number.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out var fromDouble))
                {
                    return fromDouble;
                }

                break;
            case string text when DecimalText().IsMatch(text):
                if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var fromText))
                {
                    return fromText;
                }

                break;
        }

        throw new ValueCoercionException("Decimal cannot represent value: " + ValueInspector.Inspect(value));
    }

    private static object SerializeLong(object value)
    {
        switch (value)
        {
            case long l:
                return l;
            case int or short or byte or sbyte or ushort or uint:
                return Convert.ToInt64(value, CultureInfo.InvariantCulture);
            case ulong ul:
                return ul <= long.MaxValue
                    ? (long)ul
                    : throw new ValueCoercionException("Long cannot represent non 64-bit signed integer value: " + ValueInspector.Inspect(value));
            case decimal exact when decimal.Truncate(exact) == exact:
                return exact is >= long.MinValue and <= long.MaxValue
                    ? (long)exact
                    : throw new ValueCoercionException("Long cannot represent non 64-bit signed integer value: " + ValueInspector.Inspect(value));
        }

        throw new ValueCoercionException("Long cannot represent non-integer value: " + ValueInspector.Inspect(value));
    }

    private static object ParseLong(object value)
    {
        switch (value)
        {
            case long l:
                return l;
            case int i:
                return (long)i;
            case decimal exact when decimal.Truncate(exact) == exact:
                return exact is >= long.MinValue and <= long.MaxValue
                    ? (long)exact
                    : throw new ValueCoercionException("Long cannot represent non 64-bit signed integer value: " + ValueInspector.Inspect(value));
            case double number when IsInteger(number):
                return Math.Abs(number) <= MaxSafeInteger
                    ? (long)number
                    : throw new ValueCoercionException("Long cannot represent an integer beyond 2^53 - 1 given as a floating-point number: " + ValueInspector.Inspect(value));
        }

        throw new ValueCoercionException("Long cannot represent non-integer value: " + ValueInspector.Inspect(value));
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d{1,7})?([Zz]|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex RfcDateTime();

    [GeneratedRegex(@"^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalText();
}
