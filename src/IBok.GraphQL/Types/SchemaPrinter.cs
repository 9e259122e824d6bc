using IBok.GraphQL.Language;
using System.Text;

namespace IBok.GraphQL.Types;

/// <summary>
/// Prints a schema as SDL exactly as graphql-js 16's <c>printSchema</c> does: the schema definition only
/// when there is a description or a root is not named Query/Mutation/Subscription; then the custom
/// directives; then the types in type map order (see <see cref="GraphQLSchema.Types"/>), leaving out the
/// five specified scalars and the introspection types. Blocks are separated by one blank line and the
/// output has no trailing newline. Descriptions print as block strings where graphql-js would
/// (<c>isPrintableAsBlockString</c>), <c>@deprecated</c> omits the reason when it is the default,
/// and scalars print <c>@specifiedBy(url:)</c>, input objects <c>@oneOf</c>.
/// </summary>
public static class SchemaPrinter
{
    /// <summary>The SDL of <paramref name="schema"/>'s own types and directives.</summary>
    public static string Print(GraphQLSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return PrintFiltered(
            schema,
            directive => !directive.IsSpecified,
            type => !(type is ScalarType { IsSpecifiedScalar: true }) && !Introspection.IsIntrospectionType(type));
    }

    /// <summary>The SDL of the specified directives and introspection types (graphql-js <c>printIntrospectionSchema</c>).</summary>
    public static string PrintIntrospectionSchema(GraphQLSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return PrintFiltered(schema, directive => directive.IsSpecified, Introspection.IsIntrospectionType);
    }

    /// <summary>The SDL definition of one named type.</summary>
    public static string PrintType(NamedType type) => type switch
    {
        ScalarType scalar => PrintDescription(scalar.Description) + "scalar " + scalar.Name + PrintSpecifiedBy(scalar),
        ObjectType obj => PrintDescription(obj.Description) + "type " + obj.Name + PrintImplementedInterfaces(obj) + PrintFields(obj),
        InterfaceType iface => PrintDescription(iface.Description) + "interface " + iface.Name + PrintImplementedInterfaces(iface) + PrintFields(iface),
        UnionType union => PrintDescription(union.Description) + "union " + union.Name
            + (union.Types.Count > 0 ? " = " + string.Join(" | ", union.Types.Select(t => t.Name)) : ""),
        EnumType enumType => PrintDescription(enumType.Description) + "enum " + enumType.Name + PrintBlock(enumType.Values.Select((value, i) =>
            PrintDescription(value.Description, "  ", i == 0) + "  " + value.Name + PrintDeprecated(value.DeprecationReason))),
        InputObjectType input => PrintDescription(input.Description) + "input " + input.Name + (input.IsOneOf ? " @oneOf" : "")
            + PrintBlock(input.Fields.Select((field, i) => PrintDescription(field.Description, "  ", i == 0) + "  " + PrintInputValue(field))),
        _ => throw new InvalidOperationException("Unexpected type: " + type),
    };

    /// <summary>The SDL definition of one directive.</summary>
    public static string PrintDirective(DirectiveDefinition directive)
    {
        ArgumentNullException.ThrowIfNull(directive);
        return PrintDescription(directive.Description) + "directive @" + directive.Name + PrintArguments(directive.Arguments, "")
            + (directive.IsRepeatable ? " repeatable" : "") + " on " + string.Join(" | ", directive.Locations.Select(LocationName));
    }

    private static string PrintFiltered(GraphQLSchema schema, Func<DirectiveDefinition, bool> directiveFilter, Func<NamedType, bool> typeFilter)
    {
        var parts = new List<string>();
        if (PrintSchemaDefinition(schema) is { } definition)
        {
            parts.Add(definition);
        }

        parts.AddRange(schema.Directives.Where(directiveFilter).Select(PrintDirective));
        parts.AddRange(schema.Types.Where(typeFilter).Select(PrintType));
        return string.Join("\n\n", parts);
    }

    private static string? PrintSchemaDefinition(GraphQLSchema schema)
    {
        var usesCommonNames = schema.QueryType.Name == "Query"
            && (schema.MutationType is null || schema.MutationType.Name == "Mutation")
            && (schema.SubscriptionType is null || schema.SubscriptionType.Name == "Subscription");
        if (schema.Description is null && usesCommonNames)
        {
            return null;
        }

        var operations = new List<string> { "  query: " + schema.QueryType.Name };
        if (schema.MutationType is not null)
        {
            operations.Add("  mutation: " + schema.MutationType.Name);
        }

        if (schema.SubscriptionType is not null)
        {
            operations.Add("  subscription: " + schema.SubscriptionType.Name);
        }

        return PrintDescription(schema.Description) + "schema {\n" + string.Join("\n", operations) + "\n}";
    }

    private static string PrintImplementedInterfaces(ComplexOutputType type) =>
        type.Interfaces.Count > 0 ? " implements " + string.Join(" & ", type.Interfaces.Select(i => i.Name)) : "";

    private static string PrintFields(ComplexOutputType type) =>
        PrintBlock(type.Fields.Select((field, i) =>
            PrintDescription(field.Description, "  ", i == 0) + "  " + field.Name + PrintArguments(field.Arguments, "  ")
            + ": " + field.Type + PrintDeprecated(field.DeprecationReason)));

    private static string PrintBlock(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count != 0 ? " {\n" + string.Join("\n", list) + "\n}" : "";
    }

    private static string PrintArguments(IReadOnlyList<InputValueDefinition> arguments, string indentation)
    {
        if (arguments.Count == 0)
        {
            return "";
        }

        // graphql-js prints arguments on one line unless one of them has a (non-empty) description.
        if (arguments.All(argument => string.IsNullOrEmpty(argument.Description)))
        {
            return "(" + string.Join(", ", arguments.Select(PrintInputValue)) + ")";
        }

        return "(\n" + string.Join("\n", arguments.Select((argument, i) =>
            PrintDescription(argument.Description, "  " + indentation, i == 0) + "  " + indentation + PrintInputValue(argument)))
            + "\n" + indentation + ")";
    }

    private static string PrintInputValue(InputValueDefinition input)
    {
        var declaration = input.Name + ": " + input.Type;
        if (input.HasDefaultValue && ValuePrinter.PrintLiteral(input.DefaultValue, input.Type) is { } literal)
        {
            declaration += " = " + literal;
        }

        return declaration + PrintDeprecated(input.DeprecationReason);
    }

    private static string PrintDeprecated(string? reason) => reason switch
    {
        null => "",
        DirectiveDefinition.DefaultDeprecationReason => " @deprecated",
        _ => " @deprecated(reason: " + Printer.PrintString(reason) + ")",
    };

    private static string PrintSpecifiedBy(ScalarType scalar) =>
        scalar.SpecifiedByUrl is null ? "" : " @specifiedBy(url: " + Printer.PrintString(scalar.SpecifiedByUrl) + ")";

    private static string PrintDescription(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null)
        {
            return "";
        }

        var literal = BlockStrings.IsPrintableAsBlockString(description)
            ? BlockStrings.Print(description)
            : Printer.PrintString(description);
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + literal.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }

    internal static string LocationName(DirectiveLocation location)
    {
        var name = location.ToString();
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(name[i]));
        }

        return builder.ToString();
    }
}

/// <summary>Block string printing as in graphql-js 16 (<c>isPrintableAsBlockString</c>, <c>printBlockString</c>).</summary>
internal static class BlockStrings
{
    public static bool IsPrintableAsBlockString(string value)
    {
        if (value.Length == 0)
        {
            return true;
        }

        var isEmptyLine = true;
        var hasIndent = false;
        var hasCommonIndent = true;
        var seenNonEmptyLine = false;
        foreach (var c in value)
        {
            switch (c)
            {
                case '\u0000' or '\u0001' or '\u0002' or '\u0003' or '\u0004' or '\u0005' or '\u0006' or '\u0007' or '\u0008'
                    or '\u000B' or '\u000C' or '\u000E' or '\u000F':
                    return false;
                case '\r':
                    return false;
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine)
                    {
                        return false;
                    }

                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t' or ' ':
                    hasIndent |= isEmptyLine;
                    break;
                default:
                    hasCommonIndent &= hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }

        if (isEmptyLine)
        {
            return false;
        }

        return !(hasCommonIndent && seenNonEmptyLine);
    }

    public static string Print(string value)
    {
        var escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        var lines = escaped.Split(["\r\n", "\n", "\r"], StringSplitOptions.None);
        var isSingleLine = lines.Length == 1;
        var forceLeadingNewLine = lines.Length > 1 && lines.Skip(1).All(line => line.Length == 0 || IsWhiteSpace(line[0]));
        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewLine = hasTrailingQuote || hasTrailingSlash;
        var printAsMultipleLines = !isSingleLine || value.Length > 70 || forceTrailingNewLine || forceLeadingNewLine || hasTrailingTripleQuotes;

        var result = new StringBuilder();
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && IsWhiteSpace(value[0]);
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            result.Append('\n');
        }

        result.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewLine)
        {
            result.Append('\n');
        }

        return "\"\"\"" + result + "\"\"\"";
    }

    private static bool IsWhiteSpace(char c) => c is ' ' or '\t';
}
