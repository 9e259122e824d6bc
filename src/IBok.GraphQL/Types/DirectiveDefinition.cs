namespace IBok.GraphQL.Types;

/// <summary>Where a directive may appear (spec 3.13, DirectiveLocation; introspection's <c>__DirectiveLocation</c>).</summary>
public enum DirectiveLocation
{
    /// <summary>A query operation.</summary>
    Query,

    /// <summary>A mutation operation.</summary>
    Mutation,

    /// <summary>A subscription operation.</summary>
    Subscription,

    /// <summary>A field in a selection set.</summary>
    Field,

    /// <summary>A fragment definition.</summary>
    FragmentDefinition,

    /// <summary>A fragment spread.</summary>
    FragmentSpread,

    /// <summary>An inline fragment.</summary>
    InlineFragment,

    /// <summary>A variable definition.</summary>
    VariableDefinition,

    /// <summary>A schema definition.</summary>
    Schema,

    /// <summary>A scalar definition.</summary>
    Scalar,

    /// <summary>An object type definition.</summary>
    Object,

    /// <summary>A field definition.</summary>
    FieldDefinition,

    /// <summary>An argument definition.</summary>
    ArgumentDefinition,

    /// <summary>An interface definition.</summary>
    Interface,

    /// <summary>A union definition.</summary>
    Union,

    /// <summary>An enum definition.</summary>
    Enum,

    /// <summary>An enum value definition.</summary>
    EnumValue,

    /// <summary>An input object type definition.</summary>
    InputObject,

    /// <summary>An input object field definition.</summary>
    InputFieldDefinition,
}

/// <summary>A directive a schema supports (spec 3.13 Directives).</summary>
public sealed class DirectiveDefinition
{
    /// <summary>The reason <c>@deprecated</c> gives when none is stated (spec 3.13.3).</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    private readonly IReadOnlyList<InputValueDefinition> _arguments = [];

    /// <summary>Defines the directive <c>@name</c> allowed at <paramref name="locations"/>.</summary>
    public DirectiveDefinition(string name, IEnumerable<DirectiveLocation> locations)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(locations);
        Name = name;
        Locations = locations.ToArray();
    }

    /// <summary>The name without the <c>@</c>.</summary>
    public string Name { get; }

    /// <summary>Markdown description.</summary>
    public string? Description { get; init; }

    /// <summary>The locations in declaration order.</summary>
    public IReadOnlyList<DirectiveLocation> Locations { get; }

    /// <summary>The arguments in definition order.</summary>
    public IReadOnlyList<InputValueDefinition> Arguments
    {
        get => _arguments;
        init => _arguments = value?.ToArray() ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Whether the directive may be used more than once at one location.</summary>
    public bool IsRepeatable { get; init; }

    /// <summary>Whether this is one of the directives the spec defines (@skip, @include, @deprecated, @specifiedBy, @oneOf).</summary>
    public bool IsSpecified => ReferenceEquals(this, Skip) || ReferenceEquals(this, Include) || ReferenceEquals(this, Deprecated)
        || ReferenceEquals(this, SpecifiedBy) || ReferenceEquals(this, OneOf);

    /// <summary><c>@include(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT</c> (spec 3.13.2).</summary>
    public static DirectiveDefinition Include { get; } = new("include", [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment])
    {
        Description = "Directs the executor to include this field or fragment only when the `if` argument is true.",
        Arguments = [new InputValueDefinition("if", new NonNullType(ScalarType.Boolean)) { Description = "Included when true." }],
    };

    /// <summary><c>@skip(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT</c> (spec 3.13.1).</summary>
    public static DirectiveDefinition Skip { get; } = new("skip", [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment])
    {
        Description = "Directs the executor to skip this field or fragment when the `if` argument is true.",
        Arguments = [new InputValueDefinition("if", new NonNullType(ScalarType.Boolean)) { Description = "Skipped when true." }],
    };

    /// <summary>
    /// <c>@deprecated(reason: String! = "No longer supported") on FIELD_DEFINITION | ARGUMENT_DEFINITION |
    /// INPUT_FIELD_DEFINITION | ENUM_VALUE</c> (spec 3.13.3; the September 2025 edition makes <c>reason</c>
    /// non-null, where graphql-js 16 still has <c>String</c>).
    /// </summary>
    public static DirectiveDefinition Deprecated { get; } = new(
        "deprecated",
        [DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition, DirectiveLocation.InputFieldDefinition, DirectiveLocation.EnumValue])
    {
        Description = "Marks an element of a GraphQL schema as no longer supported.",
        Arguments =
        [
            new InputValueDefinition("reason", new NonNullType(ScalarType.String))
            {
                Description = "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
                DefaultValue = DefaultDeprecationReason,
            },
        ],
    };

    /// <summary><c>@specifiedBy(url: String!) on SCALAR</c> (spec 3.13.4).</summary>
    public static DirectiveDefinition SpecifiedBy { get; } = new("specifiedBy", [DirectiveLocation.Scalar])
    {
        Description = "Exposes a URL that specifies the behavior of this scalar.",
        Arguments = [new InputValueDefinition("url", new NonNullType(ScalarType.String)) { Description = "The URL that specifies the behavior of this scalar." }],
    };

    /// <summary><c>@oneOf on INPUT_OBJECT</c> (spec 3.13.5).</summary>
    public static DirectiveDefinition OneOf { get; } = new("oneOf", [DirectiveLocation.InputObject])
    {
        Description = "Indicates exactly one field must be supplied and this field must not be `null`.",
    };

    /// <summary>The specified directives in graphql-js's order: include, skip, deprecated, specifiedBy, oneOf.</summary>
    public static IReadOnlyList<DirectiveDefinition> SpecifiedDirectives { get; } = [Include, Skip, Deprecated, SpecifiedBy, OneOf];
}
