using System.Text;

namespace IBok.GraphQL.Language;

/// <summary>
/// Prints a syntax tree back to GraphQL text in the format of graphql-js <c>print()</c>: two-space indentation,
/// one selection or definition per line, arguments wrapped onto their own lines when a field line would exceed
/// 80 characters, block strings kept as block strings. Parsing the printed text gives the same tree.
/// </summary>
public static class Printer
{
    private const int MaxLineLength = 80;

    /// <summary>The GraphQL text of <paramref name="node"/> (without a trailing line break).</summary>
    public static string Print(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node switch
        {
            NameNode name => name.Value,
            VariableNode variable => "$" + variable.Name.Value,
            DocumentNode document => Join(All(document.Definitions), "\n\n"),
            OperationDefinitionNode operation => PrintOperation(operation),
            VariableDefinitionNode variable => Join(
            [
                Wrap("", PrintOptional(variable.Description), "\n"),
                Print(variable.Variable),
                ": ",
                Print(variable.Type),
                Wrap(" = ", PrintOptional(variable.DefaultValue)),
                Wrap(" ", Join(All(variable.Directives), " ")),
            ]),
            SelectionSetNode selectionSet => Block(All(selectionSet.Selections)),
            FieldNode field => Join(
            [
                WrappedLineAndArguments(Join([Wrap("", PrintOptional(field.Alias), ": "), Print(field.Name)]), All(field.Arguments)),
                Wrap(" ", Join(All(field.Directives), " ")),
                Wrap(" ", PrintOptional(field.SelectionSet)),
            ]),
            ArgumentNode argument => Print(argument.Name) + ": " + Print(argument.Value),
            FragmentSpreadNode spread => Join(["...", Print(spread.Name), Wrap(" ", Join(All(spread.Directives), " "))]),
            InlineFragmentNode inline => Join(
            [
                "...",
                Wrap("on ", PrintOptional(inline.TypeCondition)),
                Join(All(inline.Directives), " "),
                Print(inline.SelectionSet),
            ], " "),
            FragmentDefinitionNode fragment => Join(
            [
                Wrap("", PrintOptional(fragment.Description), "\n"),
                "fragment ",
                Print(fragment.Name),
                " on ",
                Print(fragment.TypeCondition),
                " ",
                Wrap("", Join(All(fragment.Directives), " "), " "),
                Print(fragment.SelectionSet),
            ]),
            IntValueNode intValue => intValue.Value,
            FloatValueNode floatValue => floatValue.Value,
            StringValueNode stringValue => stringValue.Block ? BlockStrings.Print(stringValue.Value) : PrintString(stringValue.Value),
            BooleanValueNode boolean => boolean.Value ? "true" : "false",
            NullValueNode => "null",
            EnumValueNode enumValue => enumValue.Value,
            ListValueNode list => "[" + Join(All(list.Values), ", ") + "]",
            ObjectValueNode obj => "{" + Join(All(obj.Fields), ", ") + "}",
            ObjectFieldNode objectField => Print(objectField.Name) + ": " + Print(objectField.Value),
            DirectiveNode directive => Join(["@", Print(directive.Name), Wrap("(", Join(All(directive.Arguments), ", "), ")")]),
            NamedTypeNode namedType => Print(namedType.Name),
            ListTypeNode listType => "[" + Print(listType.Type) + "]",
            NonNullTypeNode nonNull => Print(nonNull.Type) + "!",
            _ => PrintTypeSystem(node),
        };
    }

    private static string PrintTypeSystem(SyntaxNode node) => node switch
    {
        SchemaDefinitionNode schema => WithDescription(schema.Description,
            Join(["schema", Join(All(schema.Directives), " "), Block(All(schema.OperationTypes))], " ")),
        OperationTypeDefinitionNode operationType => Keyword(operationType.Operation) + ": " + Print(operationType.Type),
        ScalarTypeDefinitionNode scalar => WithDescription(scalar.Description,
            Join(["scalar", Print(scalar.Name), Join(All(scalar.Directives), " ")], " ")),
        ObjectTypeDefinitionNode objectType => WithDescription(objectType.Description, Join(
        [
            "type",
            Print(objectType.Name),
            Wrap("implements ", Join(All(objectType.Interfaces), " & ")),
            Join(All(objectType.Directives), " "),
            Block(All(objectType.Fields)),
        ], " ")),
        FieldDefinitionNode field => Join(
        [
            Wrap("", PrintOptional(field.Description), "\n"),
            Print(field.Name),
            ArgumentDefinitions(All(field.Arguments)),
            ": ",
            Print(field.Type),
            Wrap(" ", Join(All(field.Directives), " ")),
        ]),
        InputValueDefinitionNode input => Join(
        [
            Wrap("", PrintOptional(input.Description), "\n"),
            Print(input.Name),
            ": ",
            Print(input.Type),
            Wrap(" = ", PrintOptional(input.DefaultValue)),
            Wrap(" ", Join(All(input.Directives), " ")),
        ]),
        InterfaceTypeDefinitionNode interfaceType => WithDescription(interfaceType.Description, Join(
        [
            "interface",
            Print(interfaceType.Name),
            Wrap("implements ", Join(All(interfaceType.Interfaces), " & ")),
            Join(All(interfaceType.Directives), " "),
            Block(All(interfaceType.Fields)),
        ], " ")),
        UnionTypeDefinitionNode union => WithDescription(union.Description, Join(
        [
            "union",
            Print(union.Name),
            Join(All(union.Directives), " "),
            Wrap("= ", Join(All(union.Types), " | ")),
        ], " ")),
        EnumTypeDefinitionNode enumType => WithDescription(enumType.Description,
            Join(["enum", Print(enumType.Name), Join(All(enumType.Directives), " "), Block(All(enumType.Values))], " ")),
        EnumValueDefinitionNode enumValue => WithDescription(enumValue.Description,
            Join([Print(enumValue.Name), Join(All(enumValue.Directives), " ")], " ")),
        InputObjectTypeDefinitionNode inputType => WithDescription(inputType.Description,
            Join(["input", Print(inputType.Name), Join(All(inputType.Directives), " "), Block(All(inputType.Fields))], " ")),
        DirectiveDefinitionNode directive => Join(
        [
            Wrap("", PrintOptional(directive.Description), "\n"),
            "directive @",
            Print(directive.Name),
            ArgumentDefinitions(All(directive.Arguments)),
            directive.Repeatable ? " repeatable" : "",
            " on ",
            Join(All(directive.Locations), " | "),
        ]),
        SchemaExtensionNode schema =>
            Join(["extend schema", Join(All(schema.Directives), " "), Block(All(schema.OperationTypes))], " "),
        ScalarTypeExtensionNode scalar => Join(["extend scalar", Print(scalar.Name), Join(All(scalar.Directives), " ")], " "),
        ObjectTypeExtensionNode objectType => Join(
        [
            "extend type",
            Print(objectType.Name),
            Wrap("implements ", Join(All(objectType.Interfaces), " & ")),
            Join(All(objectType.Directives), " "),
            Block(All(objectType.Fields)),
        ], " "),
        InterfaceTypeExtensionNode interfaceType => Join(
        [
            "extend interface",
            Print(interfaceType.Name),
            Wrap("implements ", Join(All(interfaceType.Interfaces), " & ")),
            Join(All(interfaceType.Directives), " "),
            Block(All(interfaceType.Fields)),
        ], " "),
        UnionTypeExtensionNode union => Join(
        [
            "extend union",
            Print(union.Name),
            Join(All(union.Directives), " "),
            Wrap("= ", Join(All(union.Types), " | ")),
        ], " "),
        EnumTypeExtensionNode enumType =>
            Join(["extend enum", Print(enumType.Name), Join(All(enumType.Directives), " "), Block(All(enumType.Values))], " "),
        InputObjectTypeExtensionNode inputType =>
            Join(["extend input", Print(inputType.Name), Join(All(inputType.Directives), " "), Block(All(inputType.Fields))], " "),
        _ => throw new ArgumentOutOfRangeException(nameof(node), node.GetType().Name, "Unknown syntax node."),
    };

    private static string PrintOperation(OperationDefinitionNode operation)
    {
        var variables = All(operation.VariableDefinitions);
        var variableDefinitions = HasMultilineItems(variables)
            ? Wrap("(\n", Join(variables, "\n"), "\n)")
            : Wrap("(", Join(variables, ", "), ")");
        var keyword = Keyword(operation.Operation);
        var prefix = Join(
        [
            Wrap("", PrintOptional(operation.Description), "\n"),
            Join([keyword, Join([PrintOptional(operation.Name), variableDefinitions]), Join(All(operation.Directives), " ")], " "),
        ]);

        // An anonymous query without description, variables or directives prints in the shorthand form.
        var isShorthand = operation.Operation == OperationType.Query && prefix.Length == keyword.Length;
        return Join([isShorthand ? "" : prefix + " ", Print(operation.SelectionSet)]);
    }

    /// <summary>Prints a string as a quoted StringValue, escaping control characters, <c>"</c> and <c>\</c> as graphql-js does.</summary>
    public static string PrintString(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\t': builder.Append("\\t"); break;
                case '\n': builder.Append("\\n"); break;
                case '\f': builder.Append("\\f"); break;
                case '\r': builder.Append("\\r"); break;
                case < '\u0020' or (>= '\u007F' and <= '\u009F'):
                    builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    break;
                default: builder.Append(c); break;
            }
        }

        return builder.Append('"').ToString();
    }

    private static string Keyword(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "Unknown operation type."),
    };

    private static string WithDescription(StringValueNode? description, string text) =>
        Join([Wrap("", PrintOptional(description), "\n"), text]);

    private static string ArgumentDefinitions(List<string> arguments) => HasMultilineItems(arguments)
        ? Wrap("(\n", Indent(Join(arguments, "\n")), "\n)")
        : Wrap("(", Join(arguments, ", "), ")");

    private static string WrappedLineAndArguments(string prefix, List<string> arguments)
    {
        if (arguments.Count == 0)
        {
            return prefix;
        }

        var singleLine = Join(arguments, ", ");
        return prefix + (prefix.Length + singleLine.Length + 2 > MaxLineLength
            ? Wrap("(\n", Indent(Join(arguments, "\n")), "\n)")
            : "(" + singleLine + ")");
    }

    private static List<string> All<T>(IReadOnlyList<T> nodes)
        where T : SyntaxNode
    {
        var printed = new List<string>(nodes.Count);
        foreach (var node in nodes)
        {
            printed.Add(Print(node));
        }

        return printed;
    }

    private static string? PrintOptional(SyntaxNode? node) => node is null ? null : Print(node);

    /// <summary>The non-empty items joined by <paramref name="separator"/>.</summary>
    private static string Join(IEnumerable<string?> items, string separator = "")
    {
        var builder = new StringBuilder();
        foreach (var item in items)
        {
            if (string.IsNullOrEmpty(item))
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(separator);
            }

            builder.Append(item);
        }

        return builder.ToString();
    }

    /// <summary><paramref name="text"/> between <paramref name="start"/> and <paramref name="end"/>, or nothing when it is empty.</summary>
    private static string Wrap(string start, string? text, string end = "") =>
        string.IsNullOrEmpty(text) ? "" : start + text + end;

    /// <summary>Each item on its own line, indented, in braces.</summary>
    private static string Block(List<string> items) => Wrap("{\n", Indent(Join(items, "\n")), "\n}");

    private static string Indent(string text) => Wrap("  ", text.Replace("\n", "\n  ", StringComparison.Ordinal));

    private static bool HasMultilineItems(List<string> items) => items.Exists(item => item.Contains('\n', StringComparison.Ordinal));
}
