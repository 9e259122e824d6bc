using IBok.GraphQL.Language;

namespace IBok.GraphQL.Validation.Rules;

/// <summary>
/// Each fragment must have a name no other fragment in the document has (spec 5.5.1.1 "Fragment Name
/// Uniqueness", https://spec.graphql.org/September2025/#sec-Fragment-Name-Uniqueness).
/// </summary>
public sealed class UniqueFragmentNamesRule(ValidationContext context) : ValidationRule(context)
{
    private readonly Dictionary<string, NameNode> _knownFragmentNames = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public override bool Enter(SyntaxNode node)
    {
        switch (node)
        {
            case OperationDefinitionNode:
                return false;
            case FragmentDefinitionNode fragment:
                var name = fragment.Name;
                if (_knownFragmentNames.TryGetValue(name.Value, out var known))
                {
                    Context.ReportError($"There can be only one fragment named \"{name.Value}\".", known, name);
                }
                else
                {
                    _knownFragmentNames[name.Value] = name;
                }

                return false;
            default:
                return true;
        }
    }
}
