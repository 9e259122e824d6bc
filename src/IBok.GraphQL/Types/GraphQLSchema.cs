namespace IBok.GraphQL.Types;

/// <summary>
/// A validated GraphQL schema (spec 3.3 Schema): root operation types, every named type reachable from them
/// or added explicitly (the type map), and the supported directives. Built by <see cref="SchemaBuilder"/>,
/// which rejects invalid schemas, so an instance is always valid.
/// </summary>
/// <remarks>
/// The type map is in graphql-js's order: explicitly added types first (in the order added), then types
/// reached depth-first from the query, mutation and subscription roots, then types of directive arguments,
/// then the introspection types. <see cref="SchemaPrinter"/> prints in this order.
/// </remarks>
public sealed class GraphQLSchema
{
    private readonly Dictionary<string, NamedType> _typesByName;
    private readonly Dictionary<string, DirectiveDefinition> _directivesByName;
    private readonly Dictionary<NamedType, IReadOnlyList<ObjectType>> _possibleTypes = [];
    private readonly Dictionary<InterfaceType, IReadOnlyList<ComplexOutputType>> _implementations = [];

    internal GraphQLSchema(
        string? description,
        ObjectType queryType,
        ObjectType? mutationType,
        ObjectType? subscriptionType,
        IReadOnlyList<NamedType> types,
        IReadOnlyList<DirectiveDefinition> directives)
    {
        Description = description;
        QueryType = queryType;
        MutationType = mutationType;
        SubscriptionType = subscriptionType;
        Types = types;
        Directives = directives;
        _typesByName = types.ToDictionary(t => t.Name, StringComparer.Ordinal);
        _directivesByName = new Dictionary<string, DirectiveDefinition>(StringComparer.Ordinal);
        foreach (var directive in directives)
        {
            _directivesByName.TryAdd(directive.Name, directive);
        }

        foreach (var type in types)
        {
            switch (type)
            {
                case UnionType union:
                    _possibleTypes[union] = union.Types;
                    break;
                case InterfaceType iface:
                    _implementations[iface] = types.OfType<ComplexOutputType>().Where(t => t.Interfaces.Contains(iface)).ToArray();
                    _possibleTypes[iface] = types.OfType<ObjectType>().Where(t => t.Interfaces.Contains(iface)).ToArray();
                    break;
            }
        }
    }

    /// <summary>The schema's description (printed above <c>schema { ... }</c>).</summary>
    public string? Description { get; }

    /// <summary>The query root operation type (always present).</summary>
    public ObjectType QueryType { get; }

    /// <summary>The mutation root operation type, or null when mutations are not supported.</summary>
    public ObjectType? MutationType { get; }

    /// <summary>The subscription root operation type, or null when subscriptions are not supported.</summary>
    public ObjectType? SubscriptionType { get; }

    /// <summary>The type map: every named type in the schema, including built-in scalars used and introspection types.</summary>
    public IReadOnlyList<NamedType> Types { get; }

    /// <summary>The supported directives: the specified ones first, then the schema's own.</summary>
    public IReadOnlyList<DirectiveDefinition> Directives { get; }

    /// <summary>The named type called <paramref name="name"/>, or null.</summary>
    public NamedType? GetType(string name) => _typesByName.GetValueOrDefault(name);

    /// <summary>The directive called <paramref name="name"/> (without <c>@</c>), or null.</summary>
    public DirectiveDefinition? GetDirective(string name) => _directivesByName.GetValueOrDefault(name);

    /// <summary>
    /// The field <paramref name="fieldName"/> selectable on <paramref name="parentType"/>, including the
    /// introspection meta-fields: <c>__schema</c> and <c>__type</c> on the query root, <c>__typename</c> on
    /// every object, interface and union (graphql-js <c>getFieldDef</c>). Null when there is no such field.
    /// </summary>
    public FieldDefinition? FindField(NamedType parentType, string fieldName)
    {
        ArgumentNullException.ThrowIfNull(parentType);
        ArgumentNullException.ThrowIfNull(fieldName);
        if (ReferenceEquals(parentType, QueryType))
        {
            if (fieldName == Introspection.SchemaMetaField.Name)
            {
                return Introspection.SchemaMetaField;
            }

            if (fieldName == Introspection.TypeMetaField.Name)
            {
                return Introspection.TypeMetaField;
            }
        }

        if (fieldName == Introspection.TypeNameMetaField.Name && parentType is ComplexOutputType or UnionType)
        {
            return Introspection.TypeNameMetaField;
        }

        return (parentType as ComplexOutputType)?.FindField(fieldName);
    }

    /// <summary>
    /// The object types a value of <paramref name="abstractType"/> may have at run time: a union's members, or
    /// the object types implementing an interface (type map order). Empty for other types.
    /// </summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType abstractType) =>
        _possibleTypes.GetValueOrDefault(abstractType) ?? [];

    /// <summary>The object and interface types that declare they implement <paramref name="interfaceType"/>.</summary>
    public IReadOnlyList<ComplexOutputType> GetImplementations(InterfaceType interfaceType) =>
        _implementations.GetValueOrDefault(interfaceType) ?? [];

    /// <summary>
    /// IsSubType from spec 3.6 ("IsValidImplementation"): whether <paramref name="maybeSubType"/> is a possible
    /// type of the union, or declares it implements the interface <paramref name="abstractType"/>.
    /// </summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSubType) => abstractType switch
    {
        UnionType union => maybeSubType is ObjectType obj && union.Types.Contains(obj),
        InterfaceType iface => maybeSubType is ComplexOutputType complex && complex.Interfaces.Contains(iface),
        _ => false,
    };
}
