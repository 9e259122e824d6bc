namespace IBok.GraphQL.Language;

/// <summary>Type : NamedType | ListType | NonNullType (spec 2.11).</summary>
public abstract class TypeNode(Location location) : SyntaxNode(location);

/// <summary>NamedType : Name (spec 2.11).</summary>
public sealed class NamedTypeNode(Location location, NameNode name) : TypeNode(location)
{
    public NameNode Name { get; } = name;
    public override SyntaxKind Kind => SyntaxKind.NamedType;
}

/// <summary>ListType : [ Type ] (spec 2.11).</summary>
public sealed class ListTypeNode(Location location, TypeNode type) : TypeNode(location)
{
    public TypeNode Type { get; } = type;
    public override SyntaxKind Kind => SyntaxKind.ListType;
}

/// <summary>NonNullType : NamedType ! | ListType ! (spec 2.11).</summary>
public sealed class NonNullTypeNode(Location location, TypeNode type) : TypeNode(location)
{
    /// <summary>The wrapped type: a <see cref="NamedTypeNode"/> or a <see cref="ListTypeNode"/>, never non-null itself.</summary>
    public TypeNode Type { get; } = type is NonNullTypeNode
        ? throw new ArgumentException("A non-null type cannot wrap another non-null type.", nameof(type))
        : type;

    public override SyntaxKind Kind => SyntaxKind.NonNullType;
}
