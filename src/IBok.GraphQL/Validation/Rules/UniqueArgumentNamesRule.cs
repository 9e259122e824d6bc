using IBok.GraphQL.Language;

namespace IBok.GraphQL.Validation.Rules;

/// <summary>
/// A field or directive must not be given the same argument twice (spec 5.4.2 "Argument Uniqueness",
/// https://spec.graphql.org/September2025/#sec-Argument-Uniqueness).
/// </summary>
public sealed class UniqueArgumentNamesRule(ValidationContext context) : ValidationRule(context)
{
    /// <inheritdoc />
    public override bool Enter(SyntaxNode node)
    {
        switch (node)
        {
            case FieldNode field:
                CheckUniqueness(field.Arguments);
                break;
            case DirectiveNode directive:
                CheckUniqueness(directive.Arguments);
                break;
        }

        return true;
    }

    private void CheckUniqueness(IReadOnlyList<ArgumentNode> arguments)
    {
        if (arguments.Count < 2)
        {
            return;
        }

        foreach (var group in arguments.GroupBy(argument => argument.Name.Value, StringComparer.Ordinal))
        {
            if (group.Count() > 1)
            {
                Context.ReportError($"There can be only one argument named \"{group.Key}\".", group.Select(argument => argument.Name));
            }
        }
    }
}
