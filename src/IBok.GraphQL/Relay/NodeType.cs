using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using IBok.GraphQL.CodeFirst;
using IBok.GraphQL.Types;

namespace IBok.GraphQL.Relay;

/// <summary>
/// Marks a class as a Relay node (https://relay.dev/graphql/objectidentification.htm): its object type
/// implements <c>Node</c>, its <c>Id</c> property becomes <c>id: ID!</c> holding the <see cref="GlobalId"/>,
/// and <c>node(id:)</c>/<c>nodes(ids:)</c> on <c>Query</c> fetch it through a public static method marked
/// <see cref="NodeResolverAttribute"/> (or named <c>Get</c>/<c>GetAsync</c>) whose first parameter is the
/// key; its other parameters bind as in any resolver (services, cancellation token, context).
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
public sealed class NodeAttribute : Attribute;

/// <summary>Marks the public static method that fetches a node by key.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class NodeResolverAttribute : Attribute;

/// <summary>The <c>Node</c> interface and the <c>node</c>/<c>nodes</c> root fields.</summary>
internal static class NodeType
{
    /// <summary><c>interface Node { id: ID! }</c>, with HotChocolate's description.</summary>
    public static InterfaceType Interface { get; } = new("Node", () => [new FieldDefinition("id", ScalarType.ID.NonNull())])
    {
        Description = "The node interface is implemented by entities that have a global unique identifier.",
    };

    /// <summary>Makes a node type's <c>id</c> field an <c>ID!</c> returning the global id of the key the property holds.</summary>
    public static void UseGlobalId(FieldDraft draft, ObjectType owner)
    {
        var keyResolver = draft.Resolver!;
        var typeName = owner.Name;
        draft.Type = ScalarType.ID.NonNull();
        draft.Resolver = async context =>
            await keyResolver(context).ConfigureAwait(false) is { } key ? GlobalId.Serialize(typeName, key) : null;
    }

    /// <summary><c>node(id: ID!): Node</c> and <c>nodes(ids: [ID!]!): [Node]!</c> over every node type found.</summary>
    public static IEnumerable<FieldDefinition> RootFields(ClrTypeMapper mapper)
    {
        var fetchers = mapper.NodeTypes.ToDictionary(n => n.GraphType.Name, n => CompileFetcher(mapper, n.ClrType), StringComparer.Ordinal);
        yield return new FieldDefinition("node", Interface)
        {
            Description = "Fetches an object given its ID.",
            Arguments = [new InputValueDefinition("id", ScalarType.ID.NonNull()) { Description = "ID of the object." }],
            Resolver = context => FetchAsync(context, fetchers, (string)context.Arguments["id"]!),
        };
        yield return new FieldDefinition("nodes", Interface.List().NonNull())
        {
            Description = "Lookup nodes by a list of IDs.",
            Arguments = [new InputValueDefinition("ids", ScalarType.ID.NonNull().List().NonNull()) { Description = "IDs of the objects." }],
            Resolver = async context =>
            {
                var ids = (IReadOnlyList<object?>)context.Arguments["ids"]!;
                var nodes = new object?[ids.Count];
                for (var i = 0; i < nodes.Length; i++)
                {
                    nodes[i] = await FetchAsync(context, fetchers, (string)ids[i]!).ConfigureAwait(false);
                }

                return nodes;
            },
        };
    }

    private static ValueTask<object?> FetchAsync(
        IFieldResolveContext context, Dictionary<string, Func<IFieldResolveContext, string, string, ValueTask<object?>>> fetchers, string id)
    {
        var (typeName, key) = GlobalId.Parse(id);
        return fetchers.TryGetValue(typeName, out var fetch)
            ? fetch(context, id, key)
            : throw new GlobalIdFormatException(id, $"The ID \"{id}\" refers to type \"{typeName}\", which is not a node type of this schema.");
    }

    /// <summary>Compiles the node resolver method to (context, global id, key text) → node; the key text is parsed to the key's CLR type.</summary>
    private static Func<IFieldResolveContext, string, string, ValueTask<object?>> CompileFetcher(ClrTypeMapper mapper, Type type)
    {
        var method = type.GetMethods(BindingFlags.Public | BindingFlags.Static).FirstOrDefault(m => m.IsDefined(typeof(NodeResolverAttribute)))
            ?? type.GetMethods(BindingFlags.Public | BindingFlags.Static).FirstOrDefault(m => m.Name is "Get" or "GetAsync")
            ?? throw new NotSupportedException($"Node type {type.Name} needs a public static [NodeResolver] method (or one named Get/GetAsync) taking the key.");
        var parameters = method.GetParameters();
        if (parameters.Length == 0)
        {
            throw new NotSupportedException($"{type.Name}.{method.Name} must take the node's key as its first parameter.");
        }

        var context = Expression.Parameter(typeof(IFieldResolveContext), "context");
        var id = Expression.Parameter(typeof(string), "id");
        var keyText = Expression.Parameter(typeof(string), "keyText");
        var keyType = parameters[0].ParameterType;
        var key = Expression.Convert(
            Expression.Call(typeof(NodeType), nameof(ParseKey), null, id, keyText, Expression.Constant(keyType)), keyType);
        var arguments = new List<InputValueDefinition>();
        var others = parameters.Skip(1).Select(p => mapper.BindResolverParameter(p, context, arguments)).ToList();
        if (arguments.Count > 0)
        {
            throw new NotSupportedException($"{type.Name}.{method.Name} may take only the key, services, the context and a cancellation token.");
        }

        var result = ResultShape.Of(method.ReturnType, null);
        var body = ClrTypeMapper.AdaptResult(Expression.Call(method, others.Prepend(key)), result, context);
        return Expression.Lambda<Func<IFieldResolveContext, string, string, ValueTask<object?>>>(body, context, id, keyText).Compile();
    }

    /// <summary>The key part <paramref name="text"/> of the global id <paramref name="id"/> as <paramref name="keyType"/>.</summary>
    private static object ParseKey(string id, string text, Type keyType)
    {
        object? key = null;
        if (keyType == typeof(string))
        {
            key = text;
        }
        else if (keyType == typeof(int) && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i))
        {
            key = i;
        }
        else if (keyType == typeof(long) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l))
        {
            key = l;
        }
        else if (keyType == typeof(Guid) && Guid.TryParseExact(text, "D", out var guid))
        {
            key = guid;
        }

        return key ?? throw new GlobalIdFormatException(id, $"The ID \"{id}\" has a key \"{text}\" that is not a valid {keyType.Name}.");
    }
}
