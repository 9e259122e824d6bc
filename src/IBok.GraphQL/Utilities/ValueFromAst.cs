using System.Globalization;
using IBok.GraphQL.Language;
using IBok.GraphQL.Types;

namespace IBok.GraphQL.Utilities;

/// <summary>
/// Literal input coercion (spec 6.4.1 CoerceArgumentValues and 3.5–3.12 "Input Coercion" for literals), as
/// graphql-js's <c>valueFromAST</c>: turns a value literal of a document, possibly containing variables, into
/// the internal value of an input type.
/// </summary>
/// <remarks>
/// graphql-js returns <c>undefined</c> for an invalid literal; here <see cref="TryGetValue"/> returns false,
/// which is distinct from a valid null. A variable absent from <c>variables</c> (a missing key) is
/// "undefined"; a key with a null value is null. Variable values are expected to be coerced already
/// (spec 6.1.2 CoerceVariableValues), so they are returned as they are.
/// Scalars: Int, Float, String, Boolean and ID accept only the literal kinds graphql-js's <c>parseLiteral</c>
/// accepts (Int: IntValue; Float: IntValue or FloatValue; ID: StringValue or IntValue, as a string). Other
/// scalars receive the literal as a runtime value (<see cref="ValueFromAstUntyped"/>) through
/// <see cref="ScalarType.ParseValue"/>; numeric literals for Decimal keep their exact digits.
/// </remarks>
public static class ValueFromAst
{
    /// <summary>
    /// Coerces <paramref name="valueNode"/> to <paramref name="type"/>. Returns false when the literal is not a
    /// valid value of the type (graphql-js's <c>undefined</c>).
    /// </summary>
    public static bool TryGetValue(ValueNode valueNode, GraphQLType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        ArgumentNullException.ThrowIfNull(valueNode);
        ArgumentNullException.ThrowIfNull(type);
        value = null;
        if (valueNode is VariableNode variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out var variableValue))
            {
                return false;
            }

            if (variableValue is null && type is NonNullType)
            {
                return false;
            }

            value = variableValue;
            return true;
        }

        if (type is NonNullType nonNull)
        {
            return valueNode is not NullValueNode && TryGetValue(valueNode, nonNull.OfType, variables, out value);
        }

        if (valueNode is NullValueNode)
        {
            return true;
        }

        switch (type)
        {
            case ListType list:
                return TryGetList(valueNode, list, variables, out value);
            case InputObjectType inputObject:
                return TryGetInputObject(valueNode, inputObject, variables, out value);
            case EnumType enumType:
                if (valueNode is EnumValueNode enumValue && enumType.FindValue(enumValue.Value) is { } definition)
                {
                    value = definition.Value;
                    return true;
                }

                return false;
            case ScalarType scalar:
                return TryParseScalarLiteral(valueNode, scalar, variables, out value);
            default:
                throw new InvalidOperationException("Unexpected input type: " + type);
        }
    }

    /// <summary>
    /// A literal as a runtime value without a type (graphql-js <c>valueFromASTUntyped</c>): integers as
    /// <see cref="long"/> (or <see cref="double"/> beyond its range), floats as <see cref="double"/>, enum
    /// values as their name, lists as <c>object?[]</c>, objects as dictionaries; absent variables are null.
    /// </summary>
    public static object? ValueFromAstUntyped(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(valueNode);
        return valueNode switch
        {
            NullValueNode => null,
            IntValueNode integer => long.TryParse(integer.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole)
                ? (object)whole
                : double.Parse(integer.Value, CultureInfo.InvariantCulture),
            FloatValueNode number => double.Parse(number.Value, CultureInfo.InvariantCulture),
            StringValueNode text => text.Value,
            BooleanValueNode flag => flag.Value,
            EnumValueNode enumValue => enumValue.Value,
            ListValueNode list => list.Values.Select(item => ValueFromAstUntyped(item, variables)).ToArray(),
            ObjectValueNode obj => obj.Fields
                .GroupBy(field => field.Name.Value, StringComparer.Ordinal)
                .ToDictionary(group => group.Key, group => ValueFromAstUntyped(group.Last().Value, variables), StringComparer.Ordinal),
            VariableNode variable => variables?.GetValueOrDefault(variable.Name.Value),
            _ => throw new InvalidOperationException("Unexpected value node: " + valueNode.Kind),
        };
    }

    private static bool TryGetList(ValueNode valueNode, ListType list, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        var itemType = list.OfType;
        if (valueNode is not ListValueNode listNode)
        {
            // Spec 3.11 Input Coercion: a single value stands for a list of one.
            if (!TryGetValue(valueNode, itemType, variables, out var single))
            {
                return false;
            }

            value = new[] { single };
            return true;
        }

        var items = new object?[listNode.Values.Count];
        for (var i = 0; i < items.Length; i++)
        {
            var itemNode = listNode.Values[i];
            if (IsMissingVariable(itemNode, variables))
            {
                if (itemType is NonNullType)
                {
                    return false;
                }

                items[i] = null;
            }
            else if (!TryGetValue(itemNode, itemType, variables, out items[i]))
            {
                return false;
            }
        }

        value = items;
        return true;
    }

    private static bool TryGetInputObject(ValueNode valueNode, InputObjectType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (valueNode is not ObjectValueNode objectNode)
        {
            return false;
        }

        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            var fieldNode = objectNode.Fields.FirstOrDefault(f => f.Name.Value == field.Name);
            if (fieldNode is null || IsMissingVariable(fieldNode.Value, variables))
            {
                if (field.HasDefaultValue)
                {
                    coerced[field.Name] = field.DefaultValue;
                }
                else if (field.Type is NonNullType)
                {
                    return false;
                }

                continue;
            }

            if (!TryGetValue(fieldNode.Value, field.Type, variables, out var fieldValue))
            {
                return false;
            }

            coerced[field.Name] = fieldValue;
        }

        // Spec 3.10.1 OneOf Input Objects: exactly one field, and it is not null.
        if (type.IsOneOf && (coerced.Count != 1 || coerced.Values.First() is null))
        {
            return false;
        }

        value = coerced;
        return true;
    }

    private static bool TryParseScalarLiteral(ValueNode valueNode, ScalarType scalar, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (ReferenceEquals(scalar, ScalarType.Int))
        {
            if (valueNode is IntValueNode integer && int.TryParse(integer.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
            {
                value = number;
                return true;
            }

            return false;
        }

        if (ReferenceEquals(scalar, ScalarType.Float))
        {
            var text = valueNode switch
            {
                IntValueNode integer => integer.Value,
                FloatValueNode floating => floating.Value,
                _ => null,
            };
            if (text is not null && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
            {
                value = number;
                return true;
            }

            return false;
        }

        if (ReferenceEquals(scalar, ScalarType.String) || ReferenceEquals(scalar, ScalarType.ID))
        {
            if (valueNode is StringValueNode text)
            {
                value = text.Value;
                return true;
            }

            if (ReferenceEquals(scalar, ScalarType.ID) && valueNode is IntValueNode integer)
            {
                value = integer.Value;
                return true;
            }

            return false;
        }

        if (ReferenceEquals(scalar, ScalarType.Boolean))
        {
            if (valueNode is BooleanValueNode flag)
            {
                value = flag.Value;
                return true;
            }

            return false;
        }

        var runtimeValue = ScalarLiteralValue(valueNode, scalar, variables);
        if (runtimeValue is null)
        {
            return false;
        }

        try
        {
            value = scalar.ParseValue(runtimeValue);
            return true;
        }
        catch (Exception exception) when (exception is FormatException or InvalidCastException or OverflowException or ArgumentException)
        {
            return false;
        }
    }

    /// <summary>
    /// The runtime value a literal gives a non-specified scalar's <see cref="ScalarType.ParseValue"/>: what the same
    /// value would be as a JSON variable, except that numbers keep their exact digits where a double would round them. Validation
    /// (ValuesOfCorrectTypeRule) and execution both use this, so they always agree on a literal.
    /// </summary>
    internal static object? ScalarLiteralValue(ValueNode valueNode, ScalarType scalar, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var digits = valueNode switch
        {
            IntValueNode integer when ReferenceEquals(scalar, ScalarType.Decimal) || !long.TryParse(integer.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) => integer.Value,
            FloatValueNode number when ReferenceEquals(scalar, ScalarType.Decimal) => number.Value,
            _ => null,
        };

        // Exact digits where a double would round: any number for Decimal, and integers beyond the range of long (so a
        // Long overflow is reported with the digits the client wrote).
        return digits is not null && decimal.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact)
            ? exact
            : ValueFromAstUntyped(valueNode, variables);
    }

    private static bool IsMissingVariable(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables) =>
        valueNode is VariableNode variable && (variables is null || !variables.ContainsKey(variable.Name.Value));
}
