using IBok.GraphQL.Language;
using IBok.GraphQL.Types;

namespace IBok.GraphQL.Utilities;

/// <summary>graphql-js <c>typeFromAST</c>: the schema type a type reference of a document names.</summary>
public static class TypeFromAst
{
    /// <summary>The type <paramref name="typeNode"/> names in <paramref name="schema"/>, or null if its named type is unknown.</summary>
    public static GraphQLType? Resolve(GraphQLSchema schema, TypeNode typeNode)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(typeNode);

        // Without a delegate: every request resolves its variables' types here.
        return typeNode switch
        {
            NamedTypeNode named => schema.GetType(named.Name.Value),
            ListTypeNode list => Resolve(schema, list.Type) is { } item ? new ListType(item) : null,
            NonNullTypeNode nonNull => Resolve(schema, nonNull.Type) is { } inner ? new NonNullType(inner) : null,
            _ => throw new InvalidOperationException("Unexpected type node: " + typeNode.Kind),
        };
    }

    /// <summary>
    /// The type <paramref name="typeNode"/> names, its named type looked up with <paramref name="namedType"/>
    /// (for types not yet in a schema: SDL being built, code-first <c>[GraphQLType]</c> references); null if
    /// the lookup returns null.
    /// </summary>
    public static GraphQLType? Resolve(TypeNode typeNode, Func<string, NamedType?> namedType)
    {
        ArgumentNullException.ThrowIfNull(typeNode);
        ArgumentNullException.ThrowIfNull(namedType);
        return typeNode switch
        {
            NamedTypeNode named => namedType(named.Name.Value),
            ListTypeNode list => Resolve(list.Type, namedType) is { } item ? new ListType(item) : null,
            NonNullTypeNode nonNull => Resolve(nonNull.Type, namedType) is { } inner ? new NonNullType(inner) : null,
            _ => throw new InvalidOperationException("Unexpected type node: " + typeNode.Kind),
        };
    }
}
