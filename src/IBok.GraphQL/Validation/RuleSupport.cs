using IBok.GraphQL.Language;
using IBok.GraphQL.Types;

namespace IBok.GraphQL.Validation;

/// <summary>Small helpers several rules share (graphql-js keeps them in <c>type/definition</c> and <c>jsutils</c>).</summary>
internal static class RuleSupport
{
    /// <summary>Object, interface and union types: those with selection sets (graphql-js <c>isCompositeType</c>).</summary>
    public static bool IsCompositeType(GraphQLType? type) => type is ComplexOutputType or UnionType;

    /// <summary>The directives applied to a node, or an empty list for nodes that take none.</summary>
    public static IReadOnlyList<DirectiveNode> GetDirectives(SyntaxNode node) => node switch
    {
        OperationDefinitionNode operation => operation.Directives,
        VariableDefinitionNode variable => variable.Directives,
        SelectionNode selection => selection.Directives,
        FragmentDefinitionNode fragment => fragment.Directives,
        SchemaDefinitionNode schema => schema.Directives,
        SchemaExtensionNode schemaExtension => schemaExtension.Directives,
        TypeDefinitionNode type => type.Directives,
        TypeExtensionNode typeExtension => typeExtension.Directives,
        FieldDefinitionNode field => field.Directives,
        InputValueDefinitionNode inputValue => inputValue.Directives,
        EnumValueDefinitionNode enumValue => enumValue.Directives,
        _ => [],
    };

    /// <summary>The name a type definition or extension node defines or extends, or null for other nodes.</summary>
    public static string? GetTypeSystemName(SyntaxNode node) => node switch
    {
        TypeDefinitionNode type => type.Name.Value,
        TypeExtensionNode typeExtension => typeExtension.Name.Value,
        _ => null,
    };

    /// <summary>The directive location name as written in SDL (<c>FIELD</c>, <c>QUERY</c>...).</summary>
    public static string LocationName(DirectiveLocation location) => SchemaPrinter.LocationName(location);
}
