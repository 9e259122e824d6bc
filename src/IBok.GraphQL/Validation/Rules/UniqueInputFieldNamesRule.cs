using IBok.GraphQL.Language;

namespace IBok.GraphQL.Validation.Rules;

/// <summary>
/// An input object literal must not give the same field twice (spec 5.6.3 "Input Object Field Uniqueness",
/// https://spec.graphql.org/September2025/#sec-Input-Object-Field-Uniqueness).
/// </summary>
public sealed class UniqueInputFieldNamesRule(ValidationContext context) : ValidationRule(context)
{
    private readonly Stack<Dictionary<string, NameNode>> _knownNamesStack = new();

    /// <inheritdoc />
    public override bool Enter(SyntaxNode node)
    {
        switch (node)
        {
            case ObjectValueNode:
                _knownNamesStack.Push(new Dictionary<string, NameNode>(StringComparer.Ordinal));
                break;
            case ObjectFieldNode field when _knownNamesStack.TryPeek(out var knownNames):
                if (knownNames.TryGetValue(field.Name.Value, out var known))
                {
                    Context.ReportError($"There can be only one input field named \"{field.Name.Value}\".", known, field.Name);
                }
                else
                {
                    knownNames[field.Name.Value] = field.Name;
                }

                break;
        }

        return true;
    }

    /// <inheritdoc />
    public override void Leave(SyntaxNode node)
    {
        if (node is ObjectValueNode)
        {
            _knownNamesStack.Pop();
        }
    }
}
