using IBok.GraphQL.Language;

namespace IBok.GraphQL.Validation.Rules;

/// <summary>
/// A non-repeatable directive may be applied at most once to each location (spec 5.7.3 "Directives Are
/// Unique per Location", https://spec.graphql.org/September2025/#sec-Directives-Are-Unique-per-Location).
/// </summary>
public sealed class UniqueDirectivesPerLocationRule : ValidationRule
{
    private readonly HashSet<string> _uniqueDirectives = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DirectiveNode> _schemaDirectives = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, DirectiveNode>> _typeDirectives = new(StringComparer.Ordinal);

    /// <summary>Creates the rule for one run; directives defined in the document itself are included.</summary>
    public UniqueDirectivesPerLocationRule(ValidationContext context)
        : base(context)
    {
        foreach (var directive in context.Schema.Directives)
        {
            if (!directive.IsRepeatable)
            {
                _uniqueDirectives.Add(directive.Name);
            }
        }

        foreach (var definition in context.Document.Definitions)
        {
            if (definition is DirectiveDefinitionNode { Repeatable: false } directiveDefinition)
            {
                _uniqueDirectives.Add(directiveDefinition.Name.Value);
            }
        }
    }

    /// <inheritdoc />
    public override bool Enter(SyntaxNode node)
    {
        var directives = RuleSupport.GetDirectives(node);
        if (directives.Count == 0)
        {
            return true;
        }

        Dictionary<string, DirectiveNode> seenDirectives;
        if (node is SchemaDefinitionNode or SchemaExtensionNode)
        {
            seenDirectives = _schemaDirectives;
        }
        else if (RuleSupport.GetTypeSystemName(node) is { } typeName)
        {
            if (!_typeDirectives.TryGetValue(typeName, out seenDirectives!))
            {
                seenDirectives = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
                _typeDirectives[typeName] = seenDirectives;
            }
        }
        else
        {
            seenDirectives = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
        }

        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (!_uniqueDirectives.Contains(name))
            {
                continue;
            }

            if (seenDirectives.TryGetValue(name, out var seen))
            {
                Context.ReportError($"The directive \"@{name}\" can only be used once at this location.", seen, directive);
            }
            else
            {
                seenDirectives[name] = directive;
            }
        }

        return true;
    }
}
