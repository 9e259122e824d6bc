namespace IBok.GraphQL.Types;

/// <summary>
/// Any GraphQL type: a named type or a wrapping type (list, non-null).
/// See https://spec.graphql.org/September2025/#sec-Types.
/// </summary>
/// <remarks>
/// <see cref="ToString"/> prints the type reference as SDL writes it (<c>[User!]!</c>), which is also how
/// graphql-js's <c>inspect</c> shows a type in error messages.
/// </remarks>
public abstract class GraphQLType
{
    private protected GraphQLType()
    {
    }

    /// <summary>What kind of type this is, as introspection's <c>__TypeKind</c> reports it.</summary>
    public abstract TypeKind Kind { get; }

    /// <summary>The type reference in SDL notation, e.g. <c>[String!]</c>.</summary>
    public abstract override string ToString();
}

/// <summary>The kinds of types, mirroring the <c>__TypeKind</c> introspection enum (spec section 4.2.2).</summary>
public enum TypeKind
{
    /// <summary>A scalar type.</summary>
    Scalar,

    /// <summary>An object type.</summary>
    Object,

    /// <summary>An interface type.</summary>
    Interface,

    /// <summary>A union type.</summary>
    Union,

    /// <summary>An enum type.</summary>
    Enum,

    /// <summary>An input object type.</summary>
    InputObject,

    /// <summary>A list wrapper.</summary>
    List,

    /// <summary>A non-null wrapper.</summary>
    NonNull,
}

/// <summary>A type with a name and an optional description; every type in a schema's type map is one.</summary>
public abstract class NamedType : GraphQLType
{
    private protected NamedType(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
    }

    /// <summary>The type's name; checked against the spec's Name grammar when the schema is built.</summary>
    public string Name { get; }

    /// <summary>Markdown description shown by introspection and printed as a block string in SDL.</summary>
    public string? Description { get; init; }

    /// <inheritdoc />
    public sealed override string ToString() => Name;
}

/// <summary>
/// A list of items of <see cref="OfType"/> (spec section 3.11). Two list types are equal when their item
/// types are equal.
/// </summary>
public sealed class ListType : GraphQLType, IEquatable<ListType>
{
    /// <summary>Wraps <paramref name="ofType"/> in a list.</summary>
    public ListType(GraphQLType ofType)
    {
        ArgumentNullException.ThrowIfNull(ofType);
        OfType = ofType;
    }

    /// <summary>The item type.</summary>
    public GraphQLType OfType { get; }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.List;

    /// <inheritdoc />
    public override string ToString() => "[" + OfType + "]";

    /// <inheritdoc />
    public bool Equals(ListType? other) => other is not null && OfType.Equals(other.OfType);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ListType);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(TypeKind.List, OfType);
}

/// <summary>
/// A non-null wrapper (spec section 3.12): values of this type are never null. A non-null type cannot wrap
/// another non-null type (spec 3.12, Type Validation 1), so the constructor rejects it.
/// </summary>
public sealed class NonNullType : GraphQLType, IEquatable<NonNullType>
{
    /// <summary>Wraps <paramref name="ofType"/>, which must be nullable.</summary>
    /// <exception cref="ArgumentException"><paramref name="ofType"/> is itself non-null.</exception>
    public NonNullType(GraphQLType ofType)
    {
        ArgumentNullException.ThrowIfNull(ofType);
        if (ofType is NonNullType)
        {
            throw new ArgumentException($"A Non-Null type cannot wrap another Non-Null type ({ofType}).", nameof(ofType));
        }

        OfType = ofType;
    }

    /// <summary>The nullable type being wrapped.</summary>
    public GraphQLType OfType { get; }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.NonNull;

    /// <inheritdoc />
    public override string ToString() => OfType + "!";

    /// <inheritdoc />
    public bool Equals(NonNullType? other) => other is not null && OfType.Equals(other.OfType);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as NonNullType);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(TypeKind.NonNull, OfType);
}

/// <summary>Type predicates and unwrapping helpers from spec section 3.4 and 3.11–3.12.</summary>
public static class GraphQLTypeExtensions
{
    /// <summary>Wraps the type as non-null: <c>T!</c>.</summary>
    public static NonNullType NonNull(this GraphQLType type) => new(type);

    /// <summary>Wraps the type as a list: <c>[T]</c>.</summary>
    public static ListType List(this GraphQLType type) => new(type);

    /// <summary>The named type at the core of any wrapping (<c>[User!]!</c> gives <c>User</c>).</summary>
    public static NamedType GetNamedType(this GraphQLType type)
    {
        var current = type;
        while (true)
        {
            switch (current)
            {
                case NamedType named:
                    return named;
                case ListType list:
                    current = list.OfType;
                    break;
                case NonNullType nonNull:
                    current = nonNull.OfType;
                    break;
                default:
                    throw new InvalidOperationException("Unexpected type: " + current);
            }
        }
    }

    /// <summary>The type without its outermost non-null wrapper, if any.</summary>
    public static GraphQLType GetNullableType(this GraphQLType type) => type is NonNullType nonNull ? nonNull.OfType : type;

    /// <summary>IsInputType (spec 3.4): scalars, enums, input objects, and lists/non-nulls of them.</summary>
    public static bool IsInputType(this GraphQLType type) =>
        type.GetNamedType() is ScalarType or EnumType or InputObjectType;

    /// <summary>IsOutputType (spec 3.4): scalars, objects, interfaces, unions, enums, and lists/non-nulls of them.</summary>
    public static bool IsOutputType(this GraphQLType type) =>
        type.GetNamedType() is ScalarType or ObjectType or InterfaceType or UnionType or EnumType;

    /// <summary>Leaf types (scalars and enums) end a selection set.</summary>
    public static bool IsLeafType(this GraphQLType type) => type is ScalarType or EnumType;

    /// <summary>Abstract types (interfaces and unions) need a concrete object type resolved at run time.</summary>
    public static bool IsAbstractType(this GraphQLType type) => type is InterfaceType or UnionType;

    /// <summary>
    /// Structural equality of type references (graphql-js <c>isEqualType</c>): the same named type with the
    /// same wrappers.
    /// </summary>
    public static bool IsEqualType(this GraphQLType typeA, GraphQLType typeB) => typeA.Equals(typeB);
}
