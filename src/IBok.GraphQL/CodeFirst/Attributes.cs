namespace IBok.GraphQL.CodeFirst;

/// <summary>Marks a class whose public members become fields of the <c>Query</c> root type.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class QueryTypeAttribute : Attribute;

/// <summary>Marks a class whose public members become fields of the <c>Mutation</c> root type.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class MutationTypeAttribute : Attribute;

/// <summary>
/// Marks a class whose public members become fields of the <c>Subscription</c> root type; a member returning
/// <see cref="IAsyncEnumerable{T}"/> opens the event stream and each event is the field's value.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class SubscriptionTypeAttribute : Attribute;

/// <summary>
/// Marks a class whose public members are added as fields to another object type, given by its CLR type or
/// its GraphQL name. A method parameter marked <see cref="ParentAttribute"/> receives the extended object.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ExtendObjectTypeAttribute : Attribute
{
    /// <summary>Extends the object type mapped from <paramref name="type"/>.</summary>
    public ExtendObjectTypeAttribute(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        ExtendedType = type;
    }

    /// <summary>Extends the object type named <paramref name="name"/> (e.g. <c>"Query"</c>).</summary>
    public ExtendObjectTypeAttribute(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
    }

    /// <summary>The CLR type whose object type is extended, or null when extended by name.</summary>
    public Type? ExtendedType { get; }

    /// <summary>The GraphQL name of the extended type, or null when extended by CLR type.</summary>
    public string? Name { get; }
}

/// <summary>Overrides the GraphQL name of a type, field, argument, input field or enum value.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Enum
    | AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class GraphQLNameAttribute(string name) : Attribute
{
    /// <summary>The GraphQL name.</summary>
    public string Name { get; } = name ?? throw new ArgumentNullException(nameof(name));
}

/// <summary>The description of a type or member; wins over the XML documentation comment.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Enum
    | AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class GraphQLDescriptionAttribute(string description) : Attribute
{
    /// <summary>Markdown description.</summary>
    public string Description { get; } = description ?? throw new ArgumentNullException(nameof(description));
}

/// <summary>Leaves a public property, method or enum member out of the schema.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Field)]
public sealed class GraphQLIgnoreAttribute : Attribute;

/// <summary>
/// Deprecates a field, argument, input field or enum value (spec 3.13.4 @deprecated). <see cref="ObsoleteAttribute"/>
/// works too; without a message it gives the spec's default reason.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class GraphQLDeprecatedAttribute(string reason) : Attribute
{
    /// <summary>Why the element is deprecated.</summary>
    public string Reason { get; } = reason ?? throw new ArgumentNullException(nameof(reason));
}

/// <summary>
/// Overrides the GraphQL type of a field, argument or input field with a type reference in SDL notation,
/// e.g. <c>[GraphQLType("ID!")]</c> or <c>[GraphQLType("[Long!]")]</c>. Named types are the built-in and
/// extended scalars, scalars bound with <see cref="CodeFirstSchema.BindScalar{T}"/>, and mapped types.
/// The CLR type still decides how argument values are converted.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter)]
public sealed class GraphQLTypeAttribute(string typeReference) : Attribute
{
    /// <summary>The type reference, e.g. <c>[ID!]!</c>.</summary>
    public string TypeReference { get; } = typeReference ?? throw new ArgumentNullException(nameof(typeReference));
}

/// <summary>
/// Makes a field, argument or input field of a string, integer or <see cref="Guid"/> type (or a list of
/// them) an <c>ID</c>, keeping nullability and list wrapping.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter)]
public sealed class IDAttribute : Attribute;

/// <summary>The resolver parameter receives the parent object (the field's source value).</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class ParentAttribute : Attribute;

/// <summary>The resolver parameter is resolved from the request's services (<c>IFieldResolveContext.Services</c>).</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class ServiceAttribute : Attribute;

/// <summary>The resolver parameter receives the host's per-request context (<c>IFieldResolveContext.RequestContext</c>).</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class RequestContextAttribute : Attribute;

/// <summary>
/// Maps an interface or abstract class to a union type whose members are its concrete implementations
/// (instead of an interface type).
/// </summary>
[AttributeUsage(AttributeTargets.Interface | AttributeTargets.Class, Inherited = false)]
public sealed class UnionTypeAttribute : Attribute
{
    /// <summary>Names the union after the CLR type.</summary>
    public UnionTypeAttribute()
    {
    }

    /// <summary>Names the union <paramref name="name"/>.</summary>
    public UnionTypeAttribute(string name) => Name = name;

    /// <summary>The union's name, or null for the CLR type's name.</summary>
    public string? Name { get; }
}
