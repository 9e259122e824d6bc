namespace IBok.GraphQL.Types;

/// <summary>
/// What object and interface types share: fields and implemented interfaces, both given as thunks so that
/// types can reference each other (and themselves) before all of them exist.
/// </summary>
public abstract class ComplexOutputType : NamedType
{
    private readonly Lazy<IReadOnlyList<FieldDefinition>> _fields;
    private readonly Lazy<IReadOnlyList<InterfaceType>> _interfaces;
    private readonly Lazy<Dictionary<string, FieldDefinition>> _fieldsByName;

    private protected ComplexOutputType(
        string name,
        Func<IEnumerable<FieldDefinition>> fields,
        Func<IEnumerable<InterfaceType>>? interfaces)
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(fields);
        _fields = new Lazy<IReadOnlyList<FieldDefinition>>(() => fields().ToArray());
        _interfaces = new Lazy<IReadOnlyList<InterfaceType>>(() => interfaces is null ? [] : interfaces().ToArray());
        _fieldsByName = new Lazy<Dictionary<string, FieldDefinition>>(() =>
        {
            var byName = new Dictionary<string, FieldDefinition>(StringComparer.Ordinal);
            foreach (var field in Fields)
            {
                byName.TryAdd(field.Name, field);
            }

            return byName;
        });
    }

    /// <summary>The fields in definition order (the thunk runs on first access).</summary>
    public IReadOnlyList<FieldDefinition> Fields => _fields.Value;

    /// <summary>The interfaces this type declares it implements, in declaration order.</summary>
    public IReadOnlyList<InterfaceType> Interfaces => _interfaces.Value;

    /// <summary>The field named <paramref name="name"/>, or null. With duplicate names (a schema error) the first wins.</summary>
    public FieldDefinition? FindField(string name) => _fieldsByName.Value.GetValueOrDefault(name);
}

/// <summary>An object type (spec 3.6 Objects): a named set of fields, possibly implementing interfaces.</summary>
public sealed class ObjectType : ComplexOutputType
{
    /// <summary>Defines an object type; <paramref name="fields"/> and <paramref name="interfaces"/> are evaluated lazily.</summary>
    public ObjectType(string name, Func<IEnumerable<FieldDefinition>> fields, Func<IEnumerable<InterfaceType>>? interfaces = null)
        : base(name, fields, interfaces)
    {
    }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Object;

    /// <summary>
    /// Optional check that a runtime value belongs to this type, used to resolve abstract types when the
    /// interface or union has no <see cref="TypeResolver"/> (graphql-js <c>isTypeOf</c>).
    /// </summary>
    public Func<object, bool>? IsTypeOf { get; init; }
}

/// <summary>An interface type (spec 3.7 Interfaces): fields that implementing types must provide.</summary>
public sealed class InterfaceType : ComplexOutputType
{
    /// <summary>Defines an interface; interfaces may themselves implement interfaces (spec 3.7, "Interfaces Implementing Interfaces").</summary>
    public InterfaceType(string name, Func<IEnumerable<FieldDefinition>> fields, Func<IEnumerable<InterfaceType>>? interfaces = null)
        : base(name, fields, interfaces)
    {
    }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Interface;

    /// <summary>Picks the object type of a value; when null the executor asks each possible type's <see cref="ObjectType.IsTypeOf"/>.</summary>
    public TypeResolver? ResolveType { get; init; }
}

/// <summary>
/// A union type (spec 3.8 Unions): one of several object types. Members are typed as <see cref="ObjectType"/>,
/// so the rule that only object types may be members (spec 3.8, Type Validation 2) holds by construction.
/// </summary>
public sealed class UnionType : NamedType
{
    private readonly Lazy<IReadOnlyList<ObjectType>> _types;

    /// <summary>Defines a union whose members are evaluated lazily.</summary>
    public UnionType(string name, Func<IEnumerable<ObjectType>> types)
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(types);
        _types = new Lazy<IReadOnlyList<ObjectType>>(() => types().ToArray());
    }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Union;

    /// <summary>The member types in declaration order.</summary>
    public IReadOnlyList<ObjectType> Types => _types.Value;

    /// <summary>Picks the object type of a value; when null the executor asks each member's <see cref="ObjectType.IsTypeOf"/>.</summary>
    public TypeResolver? ResolveType { get; init; }
}

/// <summary>
/// An input object type (spec 3.10 Input Objects), optionally a OneOf Input Object (spec 3.10.1) where
/// exactly one field must be given and non-null.
/// </summary>
public sealed class InputObjectType : NamedType
{
    private readonly Lazy<IReadOnlyList<InputValueDefinition>> _fields;
    private readonly Lazy<Dictionary<string, InputValueDefinition>> _fieldsByName;

    /// <summary>Defines an input object whose fields are evaluated lazily (input objects may reference themselves).</summary>
    public InputObjectType(string name, Func<IEnumerable<InputValueDefinition>> fields)
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(fields);
        _fields = new Lazy<IReadOnlyList<InputValueDefinition>>(() => fields().ToArray());
        _fieldsByName = new Lazy<Dictionary<string, InputValueDefinition>>(() =>
        {
            var byName = new Dictionary<string, InputValueDefinition>(StringComparer.Ordinal);
            foreach (var field in Fields)
            {
                byName.TryAdd(field.Name, field);
            }

            return byName;
        });
    }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.InputObject;

    /// <summary>The input fields in definition order.</summary>
    public IReadOnlyList<InputValueDefinition> Fields => _fields.Value;

    /// <summary>Whether the type carries <c>@oneOf</c> (spec 3.10.1 OneOf Input Objects).</summary>
    public bool IsOneOf { get; init; }

    /// <summary>The input field named <paramref name="name"/>, or null.</summary>
    public InputValueDefinition? FindField(string name) => _fieldsByName.Value.GetValueOrDefault(name);
}
