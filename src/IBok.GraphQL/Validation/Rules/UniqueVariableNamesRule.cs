using IBok.GraphQL.Language;

namespace IBok.GraphQL.Validation.Rules;

/// <summary>
/// An operation must not define two variables with the same name (spec 5.8.1 "Variable Uniqueness",
/// https://spec.graphql.org/September2025/#sec-Variable-Uniqueness).
/// </summary>
public sealed class UniqueVariableNamesRule(ValidationContext context) : ValidationRule(context)
{
    /// <inheritdoc />
    public override bool Enter(SyntaxNode node)
    {
        if (node is OperationDefinitionNode operation)
        {
            foreach (var group in operation.VariableDefinitions.GroupBy(definition => definition.Variable.Name.Value, StringComparer.Ordinal))
            {
                if (group.Count() > 1)
                {
                    Context.ReportError(
                        $"There can be only one variable named \"${group.Key}\".",
                        group.Select(definition => definition.Variable.Name));
                }
            }
        }

        return true;
    }
}
