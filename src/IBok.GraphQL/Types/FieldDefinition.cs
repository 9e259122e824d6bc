namespace IBok.GraphQL.Types;

/// <summary>
/// A field of an object or interface type (spec 3.6 Objects, 3.6.1 Field Arguments, 3.6.2 Field Deprecation).
/// </summary>
public sealed class FieldDefinition
{
    private readonly IReadOnlyList<InputValueDefinition> _arguments = [];

    /// <summary>Defines a field named <paramref name="name"/> returning <paramref name="type"/>.</summary>
    public FieldDefinition(string name, GraphQLType type)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(type);
        Name = name;
        Type = type;
    }

    /// <summary>The field name, unique within its type.</summary>
    public string Name { get; }

    /// <summary>The output type the field returns.</summary>
    public GraphQLType Type { get; }

    /// <summary>Markdown description.</summary>
    public string? Description { get; init; }

    /// <summary>The field's arguments in definition order.</summary>
    public IReadOnlyList<InputValueDefinition> Arguments
    {
        get => _arguments;
        init => _arguments = value?.ToArray() ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>
    /// Why the field is deprecated, or null if it is not. Use
    /// <see cref="DirectiveDefinition.DefaultDeprecationReason"/> for the spec's default reason.
    /// </summary>
    public string? DeprecationReason { get; init; }

    /// <summary>Whether <see cref="DeprecationReason"/> is set.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>Computes the field's value; null means the executor's default (property) resolver.</summary>
    public FieldResolver? Resolver { get; init; }

    /// <summary>For fields of the subscription root type: opens the event stream (graphql-js <c>subscribe</c>).</summary>
    public SubscriptionStreamResolver? Subscribe { get; init; }

    /// <summary>The argument named <paramref name="name"/>, or null.</summary>
    public InputValueDefinition? FindArgument(string name)
    {
        foreach (var argument in _arguments)
        {
            if (argument.Name == name)
            {
                return argument;
            }
        }

        return null;
    }
}
