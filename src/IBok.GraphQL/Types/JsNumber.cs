using System.Globalization;

namespace IBok.GraphQL.Types;

/// <summary>
/// Numbers as JavaScript sees and prints them, so messages and printed defaults match graphql-js
/// (<c>1.5</c>, <c>1</c> for 1.0, <c>1e+21</c>, <c>1e-7</c>, <c>NaN</c>, <c>Infinity</c>).
/// </summary>
internal static class JsNumber
{
    /// <summary>Whether <paramref name="value"/> is a CLR number, and its value as a double.</summary>
    public static bool TryToDouble(object? value, out double number)
    {
        switch (value)
        {
            case int i: number = i; return true;
            case long l: number = l; return true;
            case double d: number = d; return true;
            case float f: number = f; return true;
            case decimal m: number = (double)m; return true;
            case short s: number = s; return true;
            case byte b: number = b; return true;
            case sbyte sb: number = sb; return true;
            case ushort us: number = us; return true;
            case uint ui: number = ui; return true;
            case ulong ul: number = ul; return true;
            default: number = 0; return false;
        }
    }

    /// <summary>JavaScript's <c>Number.prototype.toString()</c> (shortest round-trip digits, exponent outside 1e-7..1e21).</summary>
    public static string Format(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        if (value == 0)
        {
            return "0";
        }

        var shortest = value.ToString("R", CultureInfo.InvariantCulture);

        // Decompose the shortest round-trip representation into its digits and decimal exponent.
        var negative = shortest.StartsWith('-');
        var unsigned = negative ? shortest[1..] : shortest;
        var exponent = 0;
        var ePosition = unsigned.IndexOfAny(['E', 'e']);
        if (ePosition >= 0)
        {
            exponent = int.Parse(unsigned[(ePosition + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            unsigned = unsigned[..ePosition];
        }

        var dot = unsigned.IndexOf('.');
        var integerPart = dot >= 0 ? unsigned[..dot] : unsigned;
        var fractionPart = dot >= 0 ? unsigned[(dot + 1)..] : "";
        var digits = (integerPart + fractionPart).TrimStart('0');
        var leadingZeros = (integerPart + fractionPart).Length - digits.Length;
        digits = digits.TrimEnd('0');

        // n: position of the decimal point relative to the first significant digit (ECMA-262 Number::toString).
        var n = integerPart.Length + exponent - leadingZeros;
        var k = digits.Length;
        string result;
        if (k <= n && n <= 21)
        {
            result = digits + new string('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            result = digits[..n] + "." + digits[n..];
        }
        else if (-6 < n && n <= 0)
        {
            result = "0." + new string('0', -n) + digits;
        }
        else
        {
            var e = n - 1;
            var mantissa = k == 1 ? digits : digits[..1] + "." + digits[1..];
            result = mantissa + "e" + (e >= 0 ? "+" : "-") + Math.Abs(e).ToString(CultureInfo.InvariantCulture);
        }

        return negative ? "-" + result : result;
    }
}
