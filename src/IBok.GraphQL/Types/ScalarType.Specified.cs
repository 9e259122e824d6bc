using System.Globalization;

namespace IBok.GraphQL.Types;

// The five scalars of spec 3.5.1–3.5.5, with graphql-js's descriptions, coercion rules and messages.
public sealed partial class ScalarType
{
    private const double MaxInt = int.MaxValue;
    private const double MinInt = int.MinValue;

    /// <summary>
    /// Int (spec 3.5.1): 32-bit signed integers. Results accept integral numbers in range, booleans (1/0) and
    /// numeric strings, as graphql-js does; input accepts only integral numbers in range.
    /// </summary>
    public static ScalarType Int { get; } = new("Int", SerializeInt, ParseInt)
    {
        Description = "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.",
    };

    /// <summary>Float (spec 3.5.2): finite IEEE 754 doubles; NaN and infinities are rejected both ways.</summary>
    public static ScalarType Float { get; } = new("Float", SerializeFloat, ParseFloat)
    {
        Description = "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).",
    };

    /// <summary>String (spec 3.5.3): results also accept booleans and finite numbers (printed as JavaScript would); input accepts only strings.</summary>
    public static ScalarType String { get; } = new("String", SerializeString, ParseString)
    {
        Description = "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.",
    };

    /// <summary>Boolean (spec 3.5.4): results also accept finite numbers (non-zero is true); input accepts only booleans.</summary>
    public static ScalarType Boolean { get; } = new("Boolean", SerializeBoolean, ParseBoolean)
    {
        Description = "The `Boolean` scalar type represents `true` or `false`.",
    };

    /// <summary>
    /// ID (spec 3.5.5): serialized as a string; strings and integers accepted both ways. As a CLR convenience,
    /// results also accept <see cref="Guid"/> (printed in the "D" format).
    /// </summary>
    public static ScalarType ID { get; } = new("ID", SerializeId, ParseId)
    {
        Description = "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.",
    };

    private static object SerializeInt(object value)
    {
        if (value is bool flag)
        {
            return flag ? 1 : 0;
        }

        if (value is int i)
        {
            return i;
        }

        if (value is long or ulong or uint)
        {
            var isInRange = value switch
            {
                long l => l is >= int.MinValue and <= int.MaxValue,
                ulong ul => ul <= int.MaxValue,
                _ => (uint)value <= int.MaxValue,
            };
            return isInRange
                ? Convert.ToInt32(value, CultureInfo.InvariantCulture)
                : throw new ValueCoercionException("Int cannot represent non 32-bit signed integer value: " + ValueInspector.Inspect(value));
        }

        if (!TryGetNumber(value, out var number) || !IsInteger(number))
        {
            throw new ValueCoercionException("Int cannot represent non-integer value: " + ValueInspector.Inspect(value));
        }

        if (number is > MaxInt or < MinInt)
        {
            throw new ValueCoercionException("Int cannot represent non 32-bit signed integer value: " + ValueInspector.Inspect(value));
        }

        return (int)number;
    }

    private static object ParseInt(object value)
    {
        if (value is bool || !JsNumber.TryToDouble(value, out var number) || !IsInteger(number))
        {
            throw new ValueCoercionException("Int cannot represent non-integer value: " + ValueInspector.Inspect(value));
        }

        if (number is > MaxInt or < MinInt || (value is long l && l is > int.MaxValue or < int.MinValue))
        {
            throw new ValueCoercionException("Int cannot represent non 32-bit signed integer value: " + ValueInspector.Inspect(value));
        }

        return (int)number;
    }

    private static object SerializeFloat(object value)
    {
        if (value is bool flag)
        {
            return flag ? 1d : 0d;
        }

        if (!TryGetNumber(value, out var number) || !double.IsFinite(number))
        {
            throw new ValueCoercionException("Float cannot represent non numeric value: " + ValueInspector.Inspect(value));
        }

        return number;
    }

    private static object ParseFloat(object value)
    {
        if (!JsNumber.TryToDouble(value, out var number) || !double.IsFinite(number))
        {
            throw new ValueCoercionException("Float cannot represent non numeric value: " + ValueInspector.Inspect(value));
        }

        return number;
    }

    private static object SerializeString(object value)
    {
        switch (value)
        {
            case string text:
                return text;
            case char c:
                return c.ToString();
            case bool flag:
                return flag ? "true" : "false";
        }

        if (JsNumber.TryToDouble(value, out var number) && double.IsFinite(number))
        {
            return value is long or ulong or decimal
                ? Convert.ToString(value, CultureInfo.InvariantCulture)!
                : JsNumber.Format(number);
        }

        throw new ValueCoercionException("String cannot represent value: " + ValueInspector.Inspect(value));
    }

    private static object ParseString(object value) =>
        value as string ?? throw new ValueCoercionException("String cannot represent a non string value: " + ValueInspector.Inspect(value));

    private static object SerializeBoolean(object value)
    {
        if (value is bool flag)
        {
            return flag;
        }

        if (JsNumber.TryToDouble(value, out var number) && double.IsFinite(number))
        {
            return number != 0;
        }

        throw new ValueCoercionException("Boolean cannot represent a non boolean value: " + ValueInspector.Inspect(value));
    }

    private static object ParseBoolean(object value) =>
        value as bool? ?? throw new ValueCoercionException("Boolean cannot represent a non boolean value: " + ValueInspector.Inspect(value));

    private static object SerializeId(object value)
    {
        switch (value)
        {
            case string text:
                return text;
            case Guid guid:
                return guid.ToString("D");
        }

        return TryFormatInteger(value) ?? throw new ValueCoercionException("ID cannot represent value: " + ValueInspector.Inspect(value));
    }

    private static object ParseId(object value) =>
        value as string
        ?? TryFormatInteger(value)
        ?? throw new ValueCoercionException("ID cannot represent value: " + ValueInspector.Inspect(value));

    private static string? TryFormatInteger(object value)
    {
        if (value is int or long or short or byte or sbyte or ushort or uint or ulong)
        {
            return Convert.ToString(value, CultureInfo.InvariantCulture);
        }

        return value is not bool && JsNumber.TryToDouble(value, out var number) && IsInteger(number)
            ? JsNumber.Format(number)
            : null;
    }

    /// <summary>A number, or a non-empty string JavaScript's <c>Number()</c> would read as one (graphql-js serializes such strings).</summary>
    private static bool TryGetNumber(object value, out double number)
    {
        if (value is string text && text.Length != 0)
        {
            return double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out number);
        }

        return JsNumber.TryToDouble(value, out number);
    }

    private static bool IsInteger(double number) => double.IsFinite(number) && Math.Floor(number) == number;
}
