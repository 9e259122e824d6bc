using IBok.GraphQL.Language;

namespace IBok.GraphQL.Validation.Rules;

/// <summary>
/// Every variable an operation defines must be used by it, directly or in the fragments it spreads (spec
/// 5.8.4 "All Variables Used", https://spec.graphql.org/September2025/#sec-All-Variables-Used).
/// </summary>
public sealed class NoUnusedVariablesRule(ValidationContext context) : ValidationRule(context)
{
    /// <inheritdoc />
    public override void Leave(SyntaxNode node)
    {
        if (node is not OperationDefinitionNode operation)
        {
            return;
        }

        var used = Context.GetRecursiveVariableUsages(operation).Select(usage => usage.Node.Name.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var definition in operation.VariableDefinitions)
        {
            var variableName = definition.Variable.Name.Value;
            if (!used.Contains(variableName))
            {
                Context.ReportError(
                    operation.Name is { } name
                        ? $"Variable \"${variableName}\" is never used in operation \"{name.Value}\"."
                        : $"Variable \"${variableName}\" is never used.",
                    definition);
            }
        }
    }
}
