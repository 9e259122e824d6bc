using IBok.GraphQL.Language;
using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace IBok.GraphQL.Types;

/// <summary>
/// Prints an internal runtime value of an input type as a GraphQL value literal, as graphql-js does with
/// <c>print(astFromValue(value, type))</c>: used for default values in SDL and in introspection's
/// <c>__InputValue.defaultValue</c>.
/// </summary>
public static partial class ValuePrinter
{
    /// <summary>
    /// The literal for <paramref name="value"/> of <paramref name="type"/>, e.g. <c>{a: 1, b: [RED]}</c>, or
    /// null when the value has no literal (graphql-js returns no AST: null for a non-null type).
    /// Object fields print in the input type's field order; fields absent from the map are skipped.
    /// </summary>
    /// <exception cref="ValueCoercionException">A leaf value cannot be serialized by its type.</exception>
    public static string? PrintLiteral(object? value, GraphQLType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        switch (type)
        {
            case NonNullType nonNull:
                var inner = PrintLiteral(value, nonNull.OfType);
                return inner == "null" ? null : inner;
            case var _ when value is null:
                return "null";
            case ListType list:
                if (value is IEnumerable items and not string and not IReadOnlyDictionary<string, object?>)
                {
                    var printed = items.Cast<object?>().Select(item => PrintLiteral(item, list.OfType)).Where(p => p is not null);
                    return "[" + string.Join(", ", printed) + "]";
                }

                return PrintLiteral(value, list.OfType);
            case InputObjectType inputObject:
                if (value is not IReadOnlyDictionary<string, object?> map)
                {
                    return null;
                }

                var fields = new List<string>();
                foreach (var field in inputObject.Fields)
                {
                    if (map.TryGetValue(field.Name, out var fieldValue) && PrintLiteral(fieldValue, field.Type) is { } fieldLiteral)
                    {
                        fields.Add(field.Name + ": " + fieldLiteral);
                    }
                }

                return "{" + string.Join(", ", fields) + "}";
            case EnumType enumType:
                return enumType.Serialize(value);
            case ScalarType scalar:
                return PrintSerialized(scalar.Serialize(value), scalar);
            default:
                throw new InvalidOperationException("Unexpected input type: " + type);
        }
    }

    private static string PrintSerialized(object serialized, ScalarType scalar)
    {
        switch (serialized)
        {
            case bool flag:
                return flag ? "true" : "false";
            case string text:
                return scalar.Name == "ID" && IntegerText().IsMatch(text) ? text : Printer.PrintString(text);
            case int or long or short or byte or sbyte or ushort or uint or ulong or decimal:
                return Convert.ToString(serialized, CultureInfo.InvariantCulture)!;
        }

        if (JsNumber.TryToDouble(serialized, out var number) && double.IsFinite(number))
        {
            return JsNumber.Format(number);
        }

        throw new ValueCoercionException("Cannot convert value to AST: " + ValueInspector.Inspect(serialized) + ".");
    }

    [GeneratedRegex("^-?(?:0|[1-9][0-9]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerText();
}
