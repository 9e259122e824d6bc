using System.Reflection;
using IBok.GraphQL.Types;

namespace IBok.GraphQL.CodeFirst;

/// <summary>
/// Builds a <see cref="GraphQLSchema"/> from plain C# classes, the way HotChocolate's annotation-based
/// ("implementation-first") approach does:
/// <code>
/// var schema = CodeFirstSchema.Create()
///     .AddQueryType&lt;Query&gt;()
///     .AddMutationType&lt;Mutation&gt;()
///     .AddTypeExtension&lt;CustomerExtensions&gt;()
///     .Build();
/// </code>
/// The result goes through <see cref="SchemaBuilder"/>, so every Type Validation rule of spec section 3
/// applies. See the README in this folder for the mapping rules.
/// </summary>
public sealed class CodeFirstSchema
{
    private readonly List<Type> _queryClasses = [];
    private readonly List<Type> _mutationClasses = [];
    private readonly List<Type> _subscriptionClasses = [];
    private readonly List<Type> _extensions = [];
    private readonly List<Type> _types = [];
    private readonly Dictionary<Type, ScalarType> _scalars = [];
    private readonly XmlDocumentation _documentation = new();
    private Type? _requestContextType;
    private string? _description;
    private Func<MemberInfo, FieldResolver, FieldResolver>? _wrapResolver;
    private Func<MemberInfo, SubscriptionStreamResolver, SubscriptionStreamResolver>? _wrapSubscribe;

    private CodeFirstSchema()
    {
    }

    /// <summary>Starts a new schema definition.</summary>
    public static CodeFirstSchema Create() => new();

    /// <summary>Adds <typeparamref name="T"/>'s public members (static or instance) to the <c>Query</c> type.</summary>
    public CodeFirstSchema AddQueryType<T>() => Add(_queryClasses, typeof(T));

    /// <summary>Adds <paramref name="type"/>'s public members to the <c>Query</c> type (for static classes, which cannot be type arguments).</summary>
    public CodeFirstSchema AddQueryType(Type type) => Add(_queryClasses, type ?? throw new ArgumentNullException(nameof(type)));

    /// <summary>Adds <typeparamref name="T"/>'s public members to the <c>Mutation</c> type.</summary>
    public CodeFirstSchema AddMutationType<T>() => Add(_mutationClasses, typeof(T));

    /// <summary>Adds <paramref name="type"/>'s public members to the <c>Mutation</c> type.</summary>
    public CodeFirstSchema AddMutationType(Type type) => Add(_mutationClasses, type ?? throw new ArgumentNullException(nameof(type)));

    /// <summary>Adds <typeparamref name="T"/>'s public members to the <c>Subscription</c> type; stream-returning members open event streams.</summary>
    public CodeFirstSchema AddSubscriptionType<T>() => Add(_subscriptionClasses, typeof(T));

    /// <summary>Adds <paramref name="type"/>'s public members to the <c>Subscription</c> type.</summary>
    public CodeFirstSchema AddSubscriptionType(Type type) => Add(_subscriptionClasses, type ?? throw new ArgumentNullException(nameof(type)));

    /// <summary>
    /// Adds a class marked <see cref="ExtendObjectTypeAttribute"/>, <see cref="QueryTypeAttribute"/>,
    /// <see cref="MutationTypeAttribute"/> or <see cref="SubscriptionTypeAttribute"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The class carries none of those attributes.</exception>
    public CodeFirstSchema AddTypeExtension<T>() => AddTypeExtension(typeof(T));

    /// <summary>
    /// Maps <typeparamref name="T"/> even if no field reaches it, and prints it first (e.g. an implementation
    /// of an interface defined in another assembly).
    /// </summary>
    public CodeFirstSchema AddType<T>() => Add(_types, typeof(T));

    /// <summary>Maps the CLR type <typeparamref name="T"/> to <paramref name="scalar"/> (replacing a built-in mapping).</summary>
    public CodeFirstSchema BindScalar<T>(ScalarType scalar)
    {
        _scalars[typeof(T)] = scalar ?? throw new ArgumentNullException(nameof(scalar));
        return this;
    }

    /// <summary>Resolver parameters of (or assignable from) <typeparamref name="T"/> receive <see cref="IFieldResolveContext.RequestContext"/>.</summary>
    public CodeFirstSchema UseRequestContext<T>()
    {
        _requestContextType = typeof(T);
        return this;
    }

    /// <summary>Reads <paramref name="assembly"/>'s XML documentation from <paramref name="path"/> instead of next to the assembly.</summary>
    public CodeFirstSchema UseXmlDocumentation(Assembly assembly, string path)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentNullException.ThrowIfNull(path);
        _documentation.UseFile(assembly, path);
        return this;
    }

    /// <summary>
    /// Lets the host wrap, once at build, the resolver (and a subscription field's stream) of every field built from a
    /// C# member, knowing the member: e.g. to enforce an authorization attribute in one place. The wrapper is the
    /// outermost layer (it runs before paging); it returns the resolver it got when it has nothing to add.
    /// </summary>
    public CodeFirstSchema WrapMemberResolvers(
        Func<MemberInfo, FieldResolver, FieldResolver> wrapResolver,
        Func<MemberInfo, SubscriptionStreamResolver, SubscriptionStreamResolver>? wrapSubscribe = null)
    {
        _wrapResolver = wrapResolver ?? throw new ArgumentNullException(nameof(wrapResolver));
        _wrapSubscribe = wrapSubscribe;
        return this;
    }

    /// <summary>Sets the schema description.</summary>
    public CodeFirstSchema Description(string? description)
    {
        _description = description;
        return this;
    }

    /// <summary>Maps every class and builds the schema.</summary>
    /// <exception cref="SchemaValidationException">The mapped schema breaks a rule of spec section 3.</exception>
    /// <exception cref="NotSupportedException">A member cannot be mapped (the message names it and says why).</exception>
    public GraphQLSchema Build()
    {
        var mapper = new ClrTypeMapper(_scalars, _documentation, _requestContextType)
        {
            WrapResolver = _wrapResolver,
            WrapSubscribe = _wrapSubscribe,
        };
        var roots = new Dictionary<string, List<Type>>(StringComparer.Ordinal)
        {
            ["Query"] = [.. _queryClasses],
            ["Mutation"] = [.. _mutationClasses],
            ["Subscription"] = [.. _subscriptionClasses],
        };
        foreach (var extension in _extensions)
        {
            if (Root(extension) is { } rootName)
            {
                roots[rootName].Add(extension);
            }
            else if (extension.GetCustomAttribute<ExtendObjectTypeAttribute>() is { ExtendedType: { } extended })
            {
                Append(mapper.ExtensionsByType, extended, extension);
            }
            else if (extension.GetCustomAttribute<ExtendObjectTypeAttribute>() is { Name: { } name })
            {
                Append(mapper.ExtensionsByName, name, extension);
            }
        }

        var explicitTypes = _types.Select(mapper.OutputNamed).ToList();
        var queryFields = new List<FieldDefinition>();
        var query = RootType(mapper, "Query", roots["Query"], queryFields, isSubscription: false)
            ?? throw new InvalidOperationException("The schema has no query type: add one with AddQueryType<T>() or a [QueryType] class.");
        var mutation = RootType(mapper, "Mutation", roots["Mutation"], [], isSubscription: false);
        var subscription = RootType(mapper, "Subscription", roots["Subscription"], [], isSubscription: true);
        mapper.Drain();
        if (mapper.NodeTypes.Count > 0)
        {
            queryFields.AddRange(Relay.NodeType.RootFields(mapper));
            mapper.Drain();
        }

        // Roots are added as explicit types first so that the type map (and printed SDL) starts with them and
        // the types they reach; implementations only reachable through their interfaces or unions follow.
        return new SchemaBuilder()
            .Description(_description)
            .AddTypes(new NamedType?[] { query, mutation, subscription }.OfType<NamedType>())
            .AddTypes(explicitTypes)
            .AddTypes(mapper.Implementations.Where(t => !explicitTypes.Contains(t)))
            .Query(query)
            .Mutation(mutation)
            .Subscription(subscription)
            .Build();
    }

    private static ObjectType? RootType(ClrTypeMapper mapper, string name, List<Type> classes, List<FieldDefinition> fields, bool isSubscription)
    {
        // Extensions of a root type by name are among the classes already (see Root), never in ExtensionsByName.
        if (classes.Count == 0)
        {
            return null;
        }

        fields.AddRange(classes.Distinct().SelectMany(c => mapper.ResolverClassFields(c, isSubscription)));
        var duplicate = fields.GroupBy(f => f.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new NotSupportedException($"Two classes define the field \"{name}.{duplicate.Key}\".");
        }

        var description = classes.Count == 1 ? mapper.Describe(classes[0]) : null;
        return new ObjectType(name, () => fields) { Description = description };
    }

    private static string? Root(Type type) =>
        Naming.Has<QueryTypeAttribute>(type) ? "Query"
        : Naming.Has<MutationTypeAttribute>(type) ? "Mutation"
        : Naming.Has<SubscriptionTypeAttribute>(type) ? "Subscription"
        : type.GetCustomAttribute<ExtendObjectTypeAttribute>() is { Name: "Query" or "Mutation" or "Subscription" } byName ? byName.Name
        : null;

    private static bool IsMarked(Type type) => Root(type) is not null || Naming.Has<ExtendObjectTypeAttribute>(type);

    /// <summary>Adds a class marked as a root or extension (for static classes, which cannot be type arguments).</summary>
    /// <exception cref="ArgumentException">The class carries no root or extension attribute.</exception>
    public CodeFirstSchema AddTypeExtension(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (!IsMarked(type))
        {
            throw new ArgumentException(
                $"{type} is not marked [ExtendObjectType], [QueryType], [MutationType] or [SubscriptionType].", nameof(type));
        }

        return Add(_extensions, type);
    }

    private CodeFirstSchema Add(List<Type> list, Type type)
    {
        if (!list.Contains(type))
        {
            list.Add(type);
        }

        return this;
    }

    private static void Append<TKey>(Dictionary<TKey, List<Type>> map, TKey key, Type value)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(value);
    }
}
