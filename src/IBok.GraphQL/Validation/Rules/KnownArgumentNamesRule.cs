using IBok.GraphQL.Language;
using IBok.GraphQL.Types;

namespace IBok.GraphQL.Validation.Rules;

/// <summary>
/// Every argument given to a field or directive must be defined by that field or directive (spec 5.4.1
/// "Argument Names", https://spec.graphql.org/September2025/#sec-Argument-Names).
/// </summary>
public sealed class KnownArgumentNamesRule : ValidationRule
{
    private readonly Dictionary<string, IReadOnlyList<string>> _argumentsByDirective = new(StringComparer.Ordinal);

    /// <summary>Creates the rule for one run; directives defined in the document itself are included.</summary>
    public KnownArgumentNamesRule(ValidationContext context)
        : base(context)
    {
        foreach (var directive in context.Schema.Directives)
        {
            _argumentsByDirective[directive.Name] = directive.Arguments.Select(argument => argument.Name).ToArray();
        }

        foreach (var definition in context.Document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directiveDefinition)
            {
                _argumentsByDirective[directiveDefinition.Name.Value] = directiveDefinition.Arguments.Select(argument => argument.Name.Value).ToArray();
            }
        }
    }

    /// <inheritdoc />
    public override bool Enter(SyntaxNode node)
    {
        switch (node)
        {
            case DirectiveNode directive:
                CheckDirectiveArguments(directive);
                return false;
            case ArgumentNode argument:
                var typeInfo = Context.TypeInfo;
                if (typeInfo.Argument is null && typeInfo.FieldDefinition is { } field && typeInfo.ParentType is { } parentType)
                {
                    var argumentName = argument.Name.Value;
                    var suggestions = SuggestionList.For(argumentName, field.Arguments.Select(definition => definition.Name));
                    Context.ReportError(
                        $"Unknown argument \"{argumentName}\" on field \"{parentType.Name}.{field.Name}\"." + SuggestionList.DidYouMean(suggestions),
                        argument);
                }

                return true;
            default:
                return true;
        }
    }

    private void CheckDirectiveArguments(DirectiveNode directive)
    {
        var directiveName = directive.Name.Value;
        if (!_argumentsByDirective.TryGetValue(directiveName, out var knownArguments))
        {
            return;
        }

        foreach (var argument in directive.Arguments)
        {
            var argumentName = argument.Name.Value;
            if (!knownArguments.Contains(argumentName))
            {
                var suggestions = SuggestionList.For(argumentName, knownArguments);
                Context.ReportError(
                    $"Unknown argument \"{argumentName}\" on directive \"@{directiveName}\"." + SuggestionList.DidYouMean(suggestions),
                    argument);
            }
        }
    }
}
