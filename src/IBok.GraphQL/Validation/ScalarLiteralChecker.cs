using System.Globalization;
using IBok.GraphQL.Language;
using IBok.GraphQL.Types;
using IBok.GraphQL.Utilities;

namespace IBok.GraphQL.Validation;

/// <summary>
/// Whether a literal in a document is valid input for a scalar (the validation half of graphql-js's
/// <c>parseLiteral</c>). The five specified scalars check literal kinds with graphql-js's messages; other
/// scalars (Date, DateTime, Decimal, Long, custom ones) get the literal converted exactly as execution converts
/// it (<see cref="ValueFromAst.ScalarLiteralValue"/>) and passed to <see cref="ScalarType.ParseValue"/>, so
/// validation accepts a literal exactly when execution can coerce it.
/// </summary>
internal static class ScalarLiteralChecker
{
    /// <summary>The error message for an invalid literal, or null when <paramref name="node"/> is valid for <paramref name="scalar"/>.</summary>
    /// <param name="scalar">The scalar expected.</param>
    /// <param name="locationType">The full type expected at the position (for the generic message).</param>
    /// <param name="node">A non-null, non-variable literal.</param>
    public static string? Check(ScalarType scalar, GraphQLType locationType, ValueNode node)
    {
        if (scalar.IsSpecifiedScalar)
        {
            return CheckSpecified(scalar.Name, node);
        }

        try
        {
            if (ValueFromAst.ScalarLiteralValue(node, scalar) is { } value)
            {
                scalar.ParseValue(value);
            }

            return null;
        }
        catch (ValueCoercionException error)
        {
            return $"Expected value of type \"{locationType}\", found {Printer.Print(node)}; {error.Message}";
        }
    }

    private static string? CheckSpecified(string scalarName, ValueNode node) => scalarName switch
    {
        "Int" => node is IntValueNode integer
            ? (double.Parse(integer.Value, CultureInfo.InvariantCulture) is > int.MaxValue or < int.MinValue
                ? "Int cannot represent non 32-bit signed integer value: " + integer.Value
                : null)
            : "Int cannot represent non-integer value: " + Printer.Print(node),
        "Float" => node is IntValueNode or FloatValueNode ? null : "Float cannot represent non numeric value: " + Printer.Print(node),
        "String" => node is StringValueNode ? null : "String cannot represent a non string value: " + Printer.Print(node),
        "Boolean" => node is BooleanValueNode ? null : "Boolean cannot represent a non boolean value: " + Printer.Print(node),
        _ => node is StringValueNode or IntValueNode ? null : "ID cannot represent a non-string and non-integer value: " + Printer.Print(node),
    };
}
