using IBok.GraphQL.Language;

namespace IBok.GraphQL.Validation.Rules;

/// <summary>
/// Each named operation must have a name no other operation in the document has (spec 5.2.2.1
/// "Operation Name Uniqueness", https://spec.graphql.org/September2025/#sec-Operation-Name-Uniqueness).
/// </summary>
public sealed class UniqueOperationNamesRule(ValidationContext context) : ValidationRule(context)
{
    private readonly Dictionary<string, NameNode> _knownOperationNames = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public override bool Enter(SyntaxNode node)
    {
        switch (node)
        {
            case OperationDefinitionNode { Name: { } name }:
                if (_knownOperationNames.TryGetValue(name.Value, out var known))
                {
                    Context.ReportError($"There can be only one operation named \"{name.Value}\".", known, name);
                }
                else
                {
                    _knownOperationNames[name.Value] = name;
                }

                return false;
            case OperationDefinitionNode or FragmentDefinitionNode:
                return false;
            default:
                return true;
        }
    }
}
