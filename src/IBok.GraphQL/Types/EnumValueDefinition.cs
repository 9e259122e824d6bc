namespace IBok.GraphQL.Types;

/// <summary>One value of an enum type (spec 3.9 Enums; introspection's <c>__EnumValue</c>).</summary>
public sealed class EnumValueDefinition
{
    /// <summary>Defines the enum value <paramref name="name"/>, whose internal value is the name itself until set.</summary>
    public EnumValueDefinition(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        Value = name;
    }

    /// <summary>Defines the enum value <paramref name="name"/> standing for <paramref name="value"/> in resolvers.</summary>
    public EnumValueDefinition(string name, object? value)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        Value = value;
    }

    /// <summary>The name clients see, e.g. <c>MAIN_WATER</c>.</summary>
    public string Name { get; }

    /// <summary>
    /// The internal value resolvers return and arguments receive, e.g. a CLR enum member. Serialization finds
    /// the enum value whose internal value equals the resolver's result.
    /// </summary>
    public object? Value { get; }

    /// <summary>Markdown description.</summary>
    public string? Description { get; init; }

    /// <summary>Why the value is deprecated, or null if it is not.</summary>
    public string? DeprecationReason { get; init; }

    /// <summary>Whether <see cref="DeprecationReason"/> is set.</summary>
    public bool IsDeprecated => DeprecationReason is not null;
}
