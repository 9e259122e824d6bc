namespace IBok.GraphQL.Types;

/// <summary>
/// An argument of a field or directive, or a field of an input object (spec 3.6.1 Field Arguments,
/// 3.10 Input Objects; introspection's <c>__InputValue</c>).
/// </summary>
/// <remarks>
/// <see cref="DefaultValue"/> is an internal (already coerced) runtime value, as in graphql-js: an enum
/// default is the enum value's internal value, an input object default is a dictionary of field values.
/// "No default" and "default null" differ, hence <see cref="HasDefaultValue"/>.
/// </remarks>
public sealed class InputValueDefinition
{
    private readonly object? _defaultValue;

    /// <summary>Defines an input value named <paramref name="name"/> of type <paramref name="type"/>.</summary>
    public InputValueDefinition(string name, GraphQLType type)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(type);
        Name = name;
        Type = type;
    }

    /// <summary>The name, unique among its siblings.</summary>
    public string Name { get; }

    /// <summary>The input type accepted.</summary>
    public GraphQLType Type { get; }

    /// <summary>Markdown description.</summary>
    public string? Description { get; init; }

    /// <summary>The default used when no value is provided; setting it (even to null) sets <see cref="HasDefaultValue"/>.</summary>
    public object? DefaultValue
    {
        get => _defaultValue;
        init
        {
            _defaultValue = value;
            HasDefaultValue = true;
        }
    }

    /// <summary>Whether a default value was defined.</summary>
    public bool HasDefaultValue { get; private init; }

    /// <summary>Why the input value is deprecated, or null if it is not.</summary>
    public string? DeprecationReason { get; init; }

    /// <summary>Whether <see cref="DeprecationReason"/> is set.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>
    /// Required means non-null without a default (graphql-js <c>isRequiredArgument</c> /
    /// <c>isRequiredInputField</c>): a value must be provided.
    /// </summary>
    public bool IsRequired => Type is NonNullType && !HasDefaultValue;
}
