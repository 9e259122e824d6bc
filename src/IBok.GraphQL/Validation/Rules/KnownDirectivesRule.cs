using IBok.GraphQL.Language;
using IBok.GraphQL.Types;

namespace IBok.GraphQL.Validation.Rules;

/// <summary>
/// Every directive used must be defined by the schema and be allowed where it is used (spec 5.7.1
/// "Directives Are Defined" and 5.7.2 "Directives Are in Valid Locations",
/// https://spec.graphql.org/September2025/#sec-Directives-Are-Defined).
/// </summary>
public sealed class KnownDirectivesRule : ValidationRule
{
    private readonly Dictionary<string, IReadOnlyList<string>> _locationsByDirective = new(StringComparer.Ordinal);
    private readonly List<SyntaxNode> _ancestors = [];

    /// <summary>Creates the rule for one run; directives defined in the document itself count as known.</summary>
    public KnownDirectivesRule(ValidationContext context)
        : base(context)
    {
        foreach (var directive in context.Schema.Directives)
        {
            _locationsByDirective[directive.Name] = directive.Locations.Select(RuleSupport.LocationName).ToArray();
        }

        foreach (var definition in context.Document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directiveDefinition)
            {
                _locationsByDirective[directiveDefinition.Name.Value] = directiveDefinition.Locations.Select(location => location.Value).ToArray();
            }
        }
    }

    /// <inheritdoc />
    public override bool Enter(SyntaxNode node)
    {
        if (node is DirectiveNode directive)
        {
            var name = directive.Name.Value;
            if (!_locationsByDirective.TryGetValue(name, out var locations))
            {
                Context.ReportError($"Unknown directive \"@{name}\".", directive);
            }
            else if (CandidateLocation() is { } candidate && !locations.Contains(candidate))
            {
                Context.ReportError($"Directive \"@{name}\" may not be used on {candidate}.", directive);
            }
        }

        _ancestors.Add(node);
        return true;
    }

    /// <inheritdoc />
    public override void Leave(SyntaxNode node) => _ancestors.RemoveAt(_ancestors.Count - 1);

    /// <summary>The location of the node the directive is applied to (graphql-js <c>getDirectiveLocationForASTNode</c>).</summary>
    private string? CandidateLocation()
    {
        var appliedTo = _ancestors[^1];
        DirectiveLocation? location = appliedTo switch
        {
            OperationDefinitionNode operation => operation.Operation switch
            {
                OperationType.Query => DirectiveLocation.Query,
                OperationType.Mutation => DirectiveLocation.Mutation,
                _ => DirectiveLocation.Subscription,
            },
            FieldNode => DirectiveLocation.Field,
            FragmentSpreadNode => DirectiveLocation.FragmentSpread,
            InlineFragmentNode => DirectiveLocation.InlineFragment,
            FragmentDefinitionNode => DirectiveLocation.FragmentDefinition,
            VariableDefinitionNode => DirectiveLocation.VariableDefinition,
            SchemaDefinitionNode or SchemaExtensionNode => DirectiveLocation.Schema,
            ScalarTypeDefinitionNode or ScalarTypeExtensionNode => DirectiveLocation.Scalar,
            ObjectTypeDefinitionNode or ObjectTypeExtensionNode => DirectiveLocation.Object,
            FieldDefinitionNode => DirectiveLocation.FieldDefinition,
            InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => DirectiveLocation.Interface,
            UnionTypeDefinitionNode or UnionTypeExtensionNode => DirectiveLocation.Union,
            EnumTypeDefinitionNode or EnumTypeExtensionNode => DirectiveLocation.Enum,
            EnumValueDefinitionNode => DirectiveLocation.EnumValue,
            InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode => DirectiveLocation.InputObject,
            InputValueDefinitionNode => _ancestors.Count >= 2 && _ancestors[^2] is InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode
                ? DirectiveLocation.InputFieldDefinition
                : DirectiveLocation.ArgumentDefinition,
            _ => null,
        };
        return location is { } known ? RuleSupport.LocationName(known) : null;
    }
}
