using IBok.GraphQL.Language;

namespace IBok.GraphQL.Validation.Rules;

/// <summary>
/// Every variable used in an operation, directly or in the fragments it spreads, must be defined by that
/// operation (spec 5.8.3 "All Variable Uses Defined", https://spec.graphql.org/September2025/#sec-All-Variable-Uses-Defined).
/// </summary>
public sealed class NoUndefinedVariablesRule(ValidationContext context) : ValidationRule(context)
{
    /// <inheritdoc />
    public override void Leave(SyntaxNode node)
    {
        if (node is not OperationDefinitionNode operation)
        {
            return;
        }

        var defined = operation.VariableDefinitions.Select(definition => definition.Variable.Name.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var usage in Context.GetRecursiveVariableUsages(operation))
        {
            var variableName = usage.Node.Name.Value;
            if (!defined.Contains(variableName))
            {
                Context.ReportError(
                    operation.Name is { } name
                        ? $"Variable \"${variableName}\" is not defined by operation \"{name.Value}\"."
                        : $"Variable \"${variableName}\" is not defined.",
                    usage.Node,
                    operation);
            }
        }
    }
}
