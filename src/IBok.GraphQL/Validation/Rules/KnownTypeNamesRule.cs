using IBok.GraphQL.Language;
using IBok.GraphQL.Types;

namespace IBok.GraphQL.Validation.Rules;

/// <summary>
/// Every type named in variable definitions and type conditions must exist in the schema (spec 5.5.1.2
/// "Fragment Spread Type Existence" and 5.8.2, https://spec.graphql.org/September2025/#sec-Fragment-Spread-Type-Existence).
/// </summary>
public sealed class KnownTypeNamesRule : ValidationRule
{
    private static readonly string[] StandardTypeNames =
        ["String", "Int", "Float", "Boolean", "ID", "__Schema", "__Directive", "__DirectiveLocation", "__Type", "__Field", "__InputValue", "__EnumValue", "__TypeKind"];

    private readonly HashSet<string> _definedTypes = new(StringComparer.Ordinal);
    private readonly List<string> _typeNames;
    private bool _inTypeSystemDefinition;

    /// <summary>Creates the rule for one run; types defined in the document itself count as known.</summary>
    public KnownTypeNamesRule(ValidationContext context)
        : base(context)
    {
        foreach (var definition in context.Document.Definitions)
        {
            if (definition is TypeDefinitionNode type)
            {
                _definedTypes.Add(type.Name.Value);
            }
        }

        _typeNames = [.. context.Schema.Types.Select(type => type.Name), .. _definedTypes];
    }

    /// <inheritdoc />
    public override bool Enter(SyntaxNode node)
    {
        switch (node)
        {
            case TypeSystemDefinitionNode or TypeSystemExtensionNode:
                _inTypeSystemDefinition = true;
                break;
            case NamedTypeNode namedType:
                var typeName = namedType.Name.Value;
                if (Context.Schema.GetType(typeName) is not null || _definedTypes.Contains(typeName))
                {
                    break;
                }

                if (_inTypeSystemDefinition && StandardTypeNames.Contains(typeName))
                {
                    break;
                }

                var options = _inTypeSystemDefinition ? StandardTypeNames.Concat(_typeNames) : _typeNames;
                Context.ReportError($"Unknown type \"{typeName}\"." + SuggestionList.DidYouMean(SuggestionList.For(typeName, options)), namedType);
                break;
        }

        return true;
    }

    /// <inheritdoc />
    public override void Leave(SyntaxNode node)
    {
        if (node is TypeSystemDefinitionNode or TypeSystemExtensionNode)
        {
            _inTypeSystemDefinition = false;
        }
    }
}
