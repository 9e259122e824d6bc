using IBok.GraphQL.Language;
using IBok.GraphQL.Types;
using IBok.GraphQL.Utilities;

namespace IBok.GraphQL.Execution;

/// <summary>
/// Spec 6.4.1 CoerceArgumentValues for fields and directives, with graphql-js's <c>getArgumentValues</c>
/// messages. Errors are thrown as <see cref="GraphQLException"/> located at the offending syntax.
/// </summary>
public static class ArgumentValues
{
    /// <summary>
    /// The coerced arguments of <paramref name="node"/> (a field or directive) for the definitions
    /// <paramref name="argumentDefinitions"/>. Absent optional arguments without a default are absent.
    /// </summary>
    /// <exception cref="GraphQLException">A required argument is missing, null, or has an invalid value.</exception>
    public static IReadOnlyDictionary<string, object?> CoerceArgumentValues(
        IReadOnlyList<InputValueDefinition> argumentDefinitions,
        SyntaxNode node,
        IReadOnlyList<ArgumentNode> argumentNodes,
        IReadOnlyDictionary<string, object?> variableValues)
    {
        ArgumentNullException.ThrowIfNull(argumentDefinitions);
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(argumentNodes);
        ArgumentNullException.ThrowIfNull(variableValues);
        if (argumentDefinitions.Count == 0)
        {
            return EmptyArguments;
        }

        var coercedValues = new Dictionary<string, object?>(argumentDefinitions.Count, StringComparer.Ordinal);
        foreach (var definition in argumentDefinitions)
        {
            var name = definition.Name;
            var argumentType = definition.Type;
            var argumentNode = FindArgument(argumentNodes, name);
            if (argumentNode is null)
            {
                if (definition.HasDefaultValue)
                {
                    coercedValues[name] = definition.DefaultValue;
                }
                else if (argumentType is NonNullType)
                {
                    throw new GraphQLException($"Argument \"{name}\" of required type \"{argumentType}\" was not provided.", [node]);
                }

                continue;
            }

            var valueNode = argumentNode.Value;
            var isNull = valueNode is NullValueNode;
            if (valueNode is VariableNode variable)
            {
                var variableName = variable.Name.Value;
                if (!variableValues.TryGetValue(variableName, out var variableValue))
                {
                    if (definition.HasDefaultValue)
                    {
                        coercedValues[name] = definition.DefaultValue;
                    }
                    else if (argumentType is NonNullType)
                    {
                        throw new GraphQLException(
                            $"Argument \"{name}\" of required type \"{argumentType}\" was provided the variable \"${variableName}\" which was not provided a runtime value.",
                            [valueNode]);
                    }

                    continue;
                }

                isNull = variableValue is null;
            }

            if (isNull && argumentType is NonNullType)
            {
                throw new GraphQLException($"Argument \"{name}\" of non-null type \"{argumentType}\" must not be null.", [valueNode]);
            }

            if (!ValueFromAst.TryGetValue(valueNode, argumentType, variableValues, out var coercedValue))
            {
                throw new GraphQLException($"Argument \"{name}\" has invalid value {Printer.Print(valueNode)}.", [valueNode]);
            }

            coercedValues[name] = coercedValue;
        }

        return coercedValues;
    }

    /// <summary>
    /// The coerced arguments of the first use of <paramref name="directive"/> among <paramref name="directives"/>,
    /// or null when it is not used (graphql-js <c>getDirectiveValues</c>).
    /// </summary>
    public static IReadOnlyDictionary<string, object?>? GetDirectiveValues(
        DirectiveDefinition directive,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyDictionary<string, object?> variableValues)
    {
        ArgumentNullException.ThrowIfNull(directive);
        ArgumentNullException.ThrowIfNull(directives);
        foreach (var node in directives)
        {
            if (node.Name.Value == directive.Name)
            {
                return CoerceArgumentValues(directive.Arguments, node, node.Arguments, variableValues);
            }
        }

        return null;
    }

    internal static readonly IReadOnlyDictionary<string, object?> EmptyArguments = new Dictionary<string, object?>();

    private static ArgumentNode? FindArgument(IReadOnlyList<ArgumentNode> argumentNodes, string name)
    {
        // As graphql-js's keyMap: with duplicate arguments (invalid), the last one wins.
        ArgumentNode? found = null;
        foreach (var argument in argumentNodes)
        {
            if (argument.Name.Value == name)
            {
                found = argument;
            }
        }

        return found;
    }
}
