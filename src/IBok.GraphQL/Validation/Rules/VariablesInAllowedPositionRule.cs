using IBok.GraphQL.Language;
using IBok.GraphQL.Types;
using IBok.GraphQL.Utilities;

namespace IBok.GraphQL.Validation.Rules;

/// <summary>
/// Every variable must be used only where its type is allowed: a sub-type of the expected type, where a
/// nullable variable may fill a non-null position only if the variable or the position has a default; and a
/// variable given as a OneOf input object's field must be non-null (spec 5.8.5 "All Variable Usages Are
/// Allowed", https://spec.graphql.org/September2025/#sec-All-Variable-Usages-Are-Allowed).
/// </summary>
public sealed class VariablesInAllowedPositionRule(ValidationContext context) : ValidationRule(context)
{
    private readonly Dictionary<string, VariableDefinitionNode> _variableDefinitions = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public override bool Enter(SyntaxNode node)
    {
        switch (node)
        {
            case OperationDefinitionNode:
                _variableDefinitions.Clear();
                break;
            case VariableDefinitionNode definition:
                _variableDefinitions[definition.Variable.Name.Value] = definition;
                break;
        }

        return true;
    }

    /// <inheritdoc />
    public override void Leave(SyntaxNode node)
    {
        if (node is not OperationDefinitionNode operation)
        {
            return;
        }

        var schema = Context.Schema;
        foreach (var usage in Context.GetRecursiveVariableUsages(operation))
        {
            var variableName = usage.Node.Name.Value;
            if (!_variableDefinitions.TryGetValue(variableName, out var definition) || usage.Type is not { } locationType)
            {
                continue;
            }

            if (TypeFromAst.Resolve(schema, definition.Type) is not { } variableType)
            {
                continue;
            }

            if (!IsAllowed(schema, variableType, definition.DefaultValue, locationType, usage.DefaultValueSource is not null))
            {
                Context.ReportError(
                    $"Variable \"${variableName}\" of type \"{variableType}\" used in position expecting type \"{locationType}\".",
                    definition,
                    usage.Node);
            }

            if (usage.ParentType is InputObjectType { IsOneOf: true } oneOf && variableType is not NonNullType)
            {
                Context.ReportError(
                    $"Variable \"${variableName}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOf.Name}\".",
                    definition,
                    usage.Node);
            }
        }
    }

    /// <summary>
    /// IsVariableUsageAllowed (spec 5.8.5): a nullable variable in a non-null position is allowed only with a
    /// non-null variable default or a default at the position, and then compared with the nullable position type.
    /// </summary>
    private static bool IsAllowed(GraphQLSchema schema, GraphQLType variableType, ValueNode? variableDefault, GraphQLType locationType, bool hasLocationDefault)
    {
        if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
        {
            var hasNonNullVariableDefault = variableDefault is not null and not NullValueNode;
            if (!hasNonNullVariableDefault && !hasLocationDefault)
            {
                return false;
            }

            return TypeComparators.IsTypeSubTypeOf(schema, variableType, nonNullLocation.OfType);
        }

        return TypeComparators.IsTypeSubTypeOf(schema, variableType, locationType);
    }
}
