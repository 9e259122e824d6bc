using System.Reflection;
using IBok.GraphQL.Language;
using IBok.GraphQL.Types;
using IBok.GraphQL.Utilities;

namespace IBok.GraphQL.CodeFirst;

/// <summary>
/// Maps CLR types to GraphQL types, once each. Discovery is eager (every type a field reaches is mapped
/// before the schema is assembled), while each type's fields and interfaces are handed to the type model as
/// thunks over lists this mapper fills, so types can reference each other freely.
/// </summary>
internal sealed partial class ClrTypeMapper
{
    private readonly NullabilityInfoContext _nullability = new();
    private readonly Dictionary<Type, ScalarType> _scalars;
    private readonly Dictionary<Type, NamedType> _output = [];
    private readonly Dictionary<Type, InputObjectType> _input = [];
    private readonly Dictionary<Type, ConverterSlot> _inputConverters = [];
    private readonly Dictionary<string, NamedType> _byName = new(StringComparer.Ordinal);
    private readonly Queue<Action> _pending = new();
    private readonly List<NamedType> _implementations = [];

    public ClrTypeMapper(IReadOnlyDictionary<Type, ScalarType> boundScalars, XmlDocumentation documentation, Type? requestContextType)
    {
        _scalars = new Dictionary<Type, ScalarType>
        {
            [typeof(string)] = ScalarType.String,
            [typeof(int)] = ScalarType.Int,
            [typeof(short)] = ScalarType.Int,
            [typeof(byte)] = ScalarType.Int,
            [typeof(long)] = ScalarType.Long,
            [typeof(double)] = ScalarType.Float,
            [typeof(float)] = ScalarType.Float,
            [typeof(decimal)] = ScalarType.Decimal,
            [typeof(bool)] = ScalarType.Boolean,
            [typeof(Guid)] = ScalarType.ID,
            [typeof(DateOnly)] = ScalarType.Date,
            [typeof(DateTimeOffset)] = ScalarType.DateTime,
            [typeof(DateTime)] = ScalarType.DateTime,
        };
        foreach (var (clr, scalar) in boundScalars)
        {
            _scalars[clr] = scalar;
        }

        foreach (var scalar in _scalars.Values.Concat([ScalarType.ID]))
        {
            _byName[scalar.Name] = scalar;
        }

        Documentation = documentation;
        RequestContextType = requestContextType;
    }

    public XmlDocumentation Documentation { get; }

    public Type? RequestContextType { get; }

    /// <summary>The host's wrapper of member resolvers (<see cref="CodeFirstSchema.WrapMemberResolvers"/>), if any.</summary>
    public Func<MemberInfo, FieldResolver, FieldResolver>? WrapResolver { get; init; }

    /// <summary>The host's wrapper of subscription streams, if any.</summary>
    public Func<MemberInfo, SubscriptionStreamResolver, SubscriptionStreamResolver>? WrapSubscribe { get; init; }

    /// <summary>Extension classes by the CLR type they extend.</summary>
    public Dictionary<Type, List<Type>> ExtensionsByType { get; } = [];

    /// <summary>Extension classes by the GraphQL name they extend (root types, or any type by name).</summary>
    public Dictionary<string, List<Type>> ExtensionsByName { get; } = new(StringComparer.Ordinal);

    /// <summary>Object types found as implementations of interfaces and members of unions, to add to the schema explicitly.</summary>
    public IReadOnlyList<NamedType> Implementations => _implementations;

    /// <summary>Hooks the Relay support uses: types marked as nodes, in discovery order.</summary>
    public List<(Type ClrType, ObjectType GraphType)> NodeTypes { get; } = [];

    /// <summary>Types (and their definitions) derived from mapped types by middleware (connections, filter and sort inputs), by a key of the middleware's choosing.</summary>
    public Dictionary<object, object> DerivedTypes { get; } = [];

    /// <summary>Runs deferred field discovery until every reachable type is complete.</summary>
    public void Drain()
    {
        while (_pending.TryDequeue(out var work))
        {
            work();
        }
    }

    public NullabilityInfo Nullability(PropertyInfo property) => _nullability.Create(property);

    public NullabilityInfo Nullability(ParameterInfo parameter) => _nullability.Create(parameter);

    /// <summary>The output type for a value of <paramref name="shape"/> on <paramref name="member"/> (whose attributes may override it).</summary>
    public GraphQLType Output(TypeShape shape, ICustomAttributeProvider? member)
    {
        if (member is not null && Naming.Attribute<GraphQLTypeAttribute>(member) is { } overridden)
        {
            return FromTypeReference(overridden.TypeReference, member);
        }

        return Wrap(shape, member is not null && Naming.Has<IDAttribute>(member), OutputNamed);
    }

    /// <summary>The input type for a value of <paramref name="shape"/> on <paramref name="member"/>.</summary>
    public GraphQLType Input(TypeShape shape, ICustomAttributeProvider? member)
    {
        if (member is not null && Naming.Attribute<GraphQLTypeAttribute>(member) is { } overridden)
        {
            return FromTypeReference(overridden.TypeReference, member);
        }

        return Wrap(shape, member is not null && Naming.Has<IDAttribute>(member), InputNamed);
    }

    /// <summary>The converter from coerced argument values to <paramref name="shape"/>'s CLR type, or null when none is needed.</summary>
    public Func<object?, object?>? InputConverter(TypeShape shape)
    {
        if (shape.Element is { } element)
        {
            return InputConverters.ForList(shape.ClrType, element.DeclaredType, InputConverter(element));
        }

        var type = shape.ClrType;
        if (_scalars.ContainsKey(type) || type.IsEnum)
        {
            return InputConverters.ForScalar(type);
        }

        InputNamed(type);
        return _inputConverters[type].Convert;
    }

    /// <summary>The scalar or enum type <paramref name="type"/> maps to, or null when it maps to a composite type.</summary>
    public NamedType? LeafType(Type type) =>
        _scalars.TryGetValue(type, out var scalar) ? scalar : type.IsEnum ? OutputNamed(type) : null;

    public NamedType OutputNamed(Type type)
    {
        if (_scalars.TryGetValue(type, out var scalar))
        {
            return scalar;
        }

        if (_output.TryGetValue(type, out var mapped))
        {
            return mapped;
        }

        if (type.IsEnum)
        {
            return Register(type, CreateEnum(type));
        }

        // Framework types other than the scalars above have no meaningful GraphQL shape, and mapping a framework
        // interface would pull in its implementations from the whole base class library.
        if (type == typeof(object) || type.IsPrimitive || type.IsPointer || type.IsGenericTypeDefinition
            || type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true)
        {
            throw new NotSupportedException($"{type} cannot be mapped to a GraphQL output type.");
        }

        if (Naming.Attribute<UnionTypeAttribute>(type) is { } union)
        {
            return CreateUnion(type, union.Name ?? Naming.TypeName(type));
        }

        return type.IsInterface || type.IsAbstract ? CreateInterface(type) : CreateObject(type);
    }

    public NamedType InputNamed(Type type)
    {
        if (_scalars.TryGetValue(type, out var scalar))
        {
            return scalar;
        }

        if (type.IsEnum)
        {
            return OutputNamed(type);
        }

        if (_input.TryGetValue(type, out var mapped))
        {
            return mapped;
        }

        if (type.IsInterface || type.IsAbstract || type == typeof(object) || type.IsPrimitive)
        {
            throw new NotSupportedException($"{type} cannot be mapped to a GraphQL input type; use a concrete class or record.");
        }

        return CreateInputObject(type);
    }

    /// <summary>The object type a runtime value belongs to: its class or the nearest mapped base class.</summary>
    public ObjectType? ObjectTypeOf(object value)
    {
        for (var type = value.GetType(); type is not null; type = type.BaseType)
        {
            if (_output.GetValueOrDefault(type) is ObjectType objectType)
            {
                return objectType;
            }
        }

        return null;
    }

    /// <summary>Adds a GraphQL type under its name so that <c>[GraphQLType]</c> references can find it.</summary>
    public void RegisterName(NamedType type) => _byName[type.Name] = type;

    private static GraphQLType Wrap(TypeShape shape, bool isId, Func<Type, NamedType> named)
    {
        GraphQLType core = shape.Element is { } element
            ? new ListType(Wrap(element, isId, named))
            : isId ? ScalarType.ID : named(shape.ClrType);
        return shape.IsNullable ? core : core.NonNull();
    }

    private NamedType Register(Type clrType, NamedType graphType)
    {
        _output[clrType] = graphType;
        RegisterName(graphType);
        return graphType;
    }

    private GraphQLType FromTypeReference(string reference, ICustomAttributeProvider member)
    {
        return TypeFromAst.Resolve(Parser.ParseType(reference), Find)!;

        NamedType Find(string name) => _byName.GetValueOrDefault(name)
            ?? throw new NotSupportedException($"[GraphQLType(\"{reference}\")] on {member} names an unknown type \"{name}\".");
    }

    private EnumType CreateEnum(Type type)
    {
        var conventional = (EnumType)typeof(EnumType).GetMethod(nameof(EnumType.FromClrEnum))!
            .MakeGenericMethod(type)
            .Invoke(null, [null, null])!;
        var values = new List<EnumValueDefinition>();
        foreach (var value in conventional.Values)
        {
            var field = type.GetField(value.Value!.ToString()!, BindingFlags.Public | BindingFlags.Static)!;
            if (Naming.Has<GraphQLIgnoreAttribute>(field))
            {
                continue;
            }

            values.Add(new EnumValueDefinition(field.GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? value.Name, value.Value)
            {
                Description = Describe(field),
                DeprecationReason = Naming.DeprecationReason(field),
            });
        }

        return new EnumType(Naming.TypeName(type), values) { Description = Describe(type) };
    }

    private ObjectType CreateObject(Type type)
    {
        var fields = new List<FieldDefinition>();
        var name = Naming.TypeName(type);
        var objectType = new ObjectType(name, () => fields, () => InterfacesOf(type))
        {
            Description = Describe(type),
            IsTypeOf = type.IsInstanceOfType,
        };
        Register(type, objectType);
        if (Naming.Has<Relay.NodeAttribute>(type))
        {
            NodeTypes.Add((type, objectType));
        }

        _pending.Enqueue(() =>
        {
            fields.AddRange(ObjectFields(type, objectType));
            fields.AddRange(ExtensionFields(type, name));
        });
        return objectType;
    }

    private InterfaceType CreateInterface(Type type)
    {
        var fields = new List<FieldDefinition>();
        var interfaceType = new InterfaceType(Naming.TypeName(type), () => fields, () => InterfacesOf(type))
        {
            Description = Describe(type),
            ResolveType = (value, _) => ObjectTypeOf(value),
        };
        Register(type, interfaceType);
        _pending.Enqueue(() =>
        {
            fields.AddRange(InterfaceFields(type, interfaceType));
            DiscoverImplementations(type);
        });
        return interfaceType;
    }

    private UnionType CreateUnion(Type type, string name)
    {
        var members = new List<ObjectType>();
        var unionType = new UnionType(name, () => members)
        {
            Description = Describe(type),
            ResolveType = (value, _) => ObjectTypeOf(value),
        };
        Register(type, unionType);
        _pending.Enqueue(() => members.AddRange(DiscoverImplementations(type).OfType<ObjectType>()));
        return unionType;
    }

    /// <summary>Concrete public classes in the abstract type's assembly that implement or derive from it, in metadata order.</summary>
    private List<NamedType> DiscoverImplementations(Type abstractType)
    {
        var found = new List<NamedType>();
        foreach (var candidate in abstractType.Assembly.GetTypes())
        {
            if (candidate.IsVisible && !candidate.IsAbstract && !candidate.IsInterface && !candidate.ContainsGenericParameters
                && candidate != abstractType && abstractType.IsAssignableFrom(candidate))
            {
                var mapped = OutputNamed(candidate);
                found.Add(mapped);
                if (!_implementations.Contains(mapped))
                {
                    _implementations.Add(mapped);
                }
            }
        }

        return found;
    }

    /// <summary>The mapped interfaces among the C# interfaces and abstract base classes of <paramref name="type"/>.</summary>
    private IEnumerable<InterfaceType> InterfacesOf(Type type)
    {
        var result = new List<InterfaceType>();
        for (var baseType = type.BaseType; baseType is not null; baseType = baseType.BaseType)
        {
            if (_output.GetValueOrDefault(baseType) is InterfaceType fromBase)
            {
                result.Add(fromBase);
            }
        }

        foreach (var implemented in type.GetInterfaces())
        {
            if (_output.GetValueOrDefault(implemented) is InterfaceType fromInterface)
            {
                result.Add(fromInterface);
            }
        }

        if (Naming.Has<Relay.NodeAttribute>(type))
        {
            result.Add(Relay.NodeType.Interface);
        }

        return result;
    }

    private InputObjectType CreateInputObject(Type type)
    {
        var definitions = new List<InputValueDefinition>();
        var inputType = new InputObjectType(Naming.InputTypeName(type), () => definitions) { Description = Describe(type) };
        _input[type] = inputType;
        RegisterName(inputType);
        var slot = new ConverterSlot();
        _inputConverters[type] = slot;
        _pending.Enqueue(() =>
        {
            var constructorDefaults = type.GetConstructors()
                .SelectMany(c => c.GetParameters())
                .Where(p => p.HasDefaultValue && p.Name is not null)
                .GroupBy(p => p.Name!, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
            var bindings = new List<InputFieldBinding>();
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetIndexParameters().Length > 0 || !property.CanRead || Naming.Has<GraphQLIgnoreAttribute>(property)
                    || property.Name == "EqualityContract")
                {
                    continue;
                }

                var shape = TypeShape.Of(property.PropertyType, Nullability(property));
                var name = Naming.FieldName(property);
                var graphType = Input(shape, property);
                var defaultValue = constructorDefaults.GetValueOrDefault(property.Name) is { } parameter
                    ? ToGraphQLDefault(parameter.DefaultValue, shape)
                    : null;
                definitions.Add(InputValue(name, graphType, Describe(property), Naming.DeprecationReason(property), defaultValue));
                bindings.Add(new InputFieldBinding(name, property, InputConverter(shape)));
            }

            slot.Target = InputConverters.ForInputObject(type, bindings);
        });
        return inputType;
    }

    internal static InputValueDefinition InputValue(string name, GraphQLType type, string? description, string? deprecationReason, object? defaultValue) =>
        defaultValue is null
            ? new InputValueDefinition(name, type) { Description = description, DeprecationReason = deprecationReason }
            : new InputValueDefinition(name, type) { Description = description, DeprecationReason = deprecationReason, DefaultValue = defaultValue };

    /// <summary>
    /// A C# default value as a GraphQL internal value (Int → int, Float → double, enums as members). Null
    /// defaults are not shown: a nullable argument without a value is null anyway.
    /// </summary>
    internal static object? ToGraphQLDefault(object? value, TypeShape shape)
    {
        if (value is null || shape.IsList)
        {
            return null;
        }

        var type = shape.ClrType;
        return type switch
        {
            _ when type.IsEnum => Enum.ToObject(type, value),
            _ when type == typeof(short) || type == typeof(byte) => Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture),
            _ when type == typeof(float) => Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture),
            _ => value,
        };
    }

    public string? Describe(MemberInfo member) =>
        member.GetCustomAttribute<GraphQLDescriptionAttribute>()?.Description ?? Documentation.Describe(member);

    public string? Describe(ParameterInfo parameter) =>
        parameter.GetCustomAttribute<GraphQLDescriptionAttribute>()?.Description ?? Documentation.Describe(parameter);

    /// <summary>Indirection so that a converter can be handed out before its (possibly recursive) input type is complete.</summary>
    private sealed class ConverterSlot
    {
        public Func<object?, object?>? Target { get; set; }

        public object? Convert(object? value) => Target!(value);
    }
}
