using System.Linq.Expressions;
using System.Reflection;
using IBok.GraphQL.Types;

namespace IBok.GraphQL.CodeFirst;

/// <summary>Fields from C# members, with resolvers compiled once to delegates (System.Linq.Expressions).</summary>
internal sealed partial class ClrTypeMapper
{
    private static readonly string[] ExcludedMethodNames = ["Equals", "GetHashCode", "ToString", "GetType", "Deconstruct", "CompareTo"];

    /// <summary>
    /// The fields a root or extension class contributes: its public members (static, and instance ones
    /// when the class is not static). Instance members run on <see cref="ResolverInstance"/>'s instance.
    /// </summary>
    public IEnumerable<FieldDefinition> ResolverClassFields(Type resolverClass, bool isSubscription)
    {
        var isStaticClass = resolverClass.IsAbstract && resolverClass.IsSealed;
        var instance = isStaticClass ? null : new ResolverInstance(resolverClass);
        var binding = BindingFlags.Static | (isStaticClass ? 0 : BindingFlags.Instance);
        return Distinct(resolverClass, FieldMembers(resolverClass, binding).Select(member => BuildField(
            member,
            IsStatic(member) || instance is null ? null : ctx => Expression.Convert(Expression.Call(Expression.Constant(instance), nameof(ResolverInstance.Get), null, ctx), resolverClass),
            isSubscription,
            ownerNodeType: null)));
    }

    private IEnumerable<FieldDefinition> ObjectFields(Type type, ObjectType objectType)
    {
        var parent = typeof(ResolverRuntime).GetMethod(nameof(ResolverRuntime.Parent))!.MakeGenericMethod(type);
        var isNode = Naming.Has<Relay.NodeAttribute>(type);
        return Distinct(type, FieldMembers(type, BindingFlags.Instance).Select(member => BuildField(
            member,
            ctx => Expression.Call(parent, ctx),
            isSubscription: false,
            ownerNodeType: isNode ? objectType : null,
            sourceType: type)));
    }

    private IEnumerable<FieldDefinition> InterfaceFields(Type type, InterfaceType interfaceType)
    {
        var members = type.IsInterface
            ? type.GetInterfaces().Prepend(type).SelectMany(i => FieldMembers(i, BindingFlags.Instance))
            : FieldMembers(type, BindingFlags.Instance);
        var parent = typeof(ResolverRuntime).GetMethod(nameof(ResolverRuntime.Parent))!.MakeGenericMethod(type);
        return Distinct(type, members.Select(member => BuildField(member, ctx => Expression.Call(parent, ctx), isSubscription: false, ownerNodeType: null)));
    }

    private IEnumerable<FieldDefinition> ExtensionFields(Type type, string name)
    {
        var extensions = ExtensionsByType.GetValueOrDefault(type, []).Concat(ExtensionsByName.GetValueOrDefault(name, []));
        return extensions.SelectMany(extension => ResolverClassFields(extension, isSubscription: false));
    }

    private static IEnumerable<FieldDefinition> Distinct(Type type, IEnumerable<FieldDefinition> fields)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            if (!seen.Add(field.Name))
            {
                throw new NotSupportedException(
                    $"{type} maps two members to the field \"{field.Name}\"; rename one with [GraphQLName] or hide it with [GraphQLIgnore].");
            }

            yield return field;
        }
    }

    private static bool IsStatic(MemberInfo member) => member switch
    {
        MethodInfo method => method.IsStatic,
        PropertyInfo property => property.GetMethod!.IsStatic,
        _ => false,
    };

    /// <summary>Public readable properties, then public methods that return a value, minus object's and records' plumbing.</summary>
    internal static IEnumerable<MemberInfo> FieldMembers(Type type, BindingFlags binding)
    {
        foreach (var property in FieldProperties(type, binding))
        {
            yield return property;
        }

        foreach (var method in type.GetMethods(binding | BindingFlags.Public))
        {
            if (!method.IsSpecialName && !method.IsGenericMethodDefinition && method.DeclaringType != typeof(object)
                && method.ReturnType != typeof(void) && method.ReturnType != typeof(Task) && method.ReturnType != typeof(ValueTask)
                && !method.Name.Contains('<', StringComparison.Ordinal) && !ExcludedMethodNames.Contains(method.Name)
                && !method.GetParameters().Any(p => p.ParameterType.IsByRef)
                && !Naming.Has<GraphQLIgnoreAttribute>(method))
            {
                yield return method;
            }
        }
    }

    /// <summary>Public readable, non-indexed properties not marked <see cref="GraphQLIgnoreAttribute"/>, minus records' <c>EqualityContract</c>.</summary>
    internal static IEnumerable<PropertyInfo> FieldProperties(Type type, BindingFlags binding) =>
        type.GetProperties(binding | BindingFlags.Public).Where(property =>
            property.GetIndexParameters().Length == 0 && property.GetMethod is { IsPublic: true }
            && !Naming.Has<GraphQLIgnoreAttribute>(property) && property.Name != "EqualityContract");

    /// <param name="sourceType">For an object type's own members: the class whose instances are the field's source.</param>
    private FieldDefinition BuildField(
        MemberInfo member,
        Func<ParameterExpression, Expression>? instance,
        bool isSubscription,
        ObjectType? ownerNodeType,
        Type? sourceType = null)
    {
        var context = Expression.Parameter(typeof(IFieldResolveContext), "context");
        var arguments = new List<InputValueDefinition>();
        Expression call;
        ResultShape result;
        switch (member)
        {
            case PropertyInfo property:
                call = Expression.Property(instance?.Invoke(context), property);
                result = ResultShape.Of(property.PropertyType, Nullability(property));
                break;
            case MethodInfo method:
                var parameters = method.GetParameters().Select(p => BindResolverParameter(p, context, arguments)).ToArray();
                call = Expression.Call(instance?.Invoke(context), method, parameters);
                result = ResultShape.Of(method.ReturnType, Nullability(method.ReturnParameter));
                break;
            default:
                throw new NotSupportedException(member.ToString());
        }

        var draft = new FieldDraft(member, Naming.FieldName(member))
        {
            Description = Describe(member),
            DeprecationReason = Naming.DeprecationReason(member),
            Arguments = arguments,
        };
        if (isSubscription && StreamItem(result) is { } item)
        {
            draft.Subscribe = Expression.Lambda<SubscriptionStreamResolver>(
                Expression.Call(typeof(ResolverRuntime), result.Kind == ResultKind.Task ? nameof(ResolverRuntime.ToEventStreamFromTask) : nameof(ResolverRuntime.ToEventStream), [item.Type], call),
                context).Compile();
            draft.Resolver = static ctx => new ValueTask<object?>(ctx.Source);
            draft.ValueShape = TypeShape.Of(item.Type, item.Info);
        }
        else
        {
            draft.Resolver = Expression.Lambda<FieldResolver>(AdaptResult(call, result, context), context).Compile();
            draft.ValueShape = result.ToTypeShape();
        }

        var propertyResolver = draft.Resolver;
        draft.Type = Output(draft.ValueShape, member);
        Paging.QueryableMiddleware.Apply(draft, this);
        if (WrapResolver is not null && draft.Resolver is not null)
        {
            draft.Resolver = WrapResolver(member, draft.Resolver);
        }

        if (WrapSubscribe is not null && draft.Subscribe is not null)
        {
            draft.Subscribe = WrapSubscribe(member, draft.Subscribe);
        }

        if (ownerNodeType is not null && member is PropertyInfo && draft.Name == "id")
        {
            Relay.NodeType.UseGlobalId(draft, ownerNodeType);
        }

        // A middleware that replaced the resolver keeps it; a plain property read may skip it.
        if (sourceType is not null && member is PropertyInfo readProperty && result.Kind == ResultKind.Value
            && draft.Subscribe is null && ReferenceEquals(draft.Resolver, propertyResolver) && propertyResolver is not null)
        {
            Execution.FieldMemberReaders.Register(propertyResolver, CompilePropertyReader(sourceType, readProperty));
        }

        return draft.ToDefinition();
    }

    /// <summary>
    /// <c>source =&gt; source is T parent ? (object)parent.Property : NotApplicable</c>: the compiled resolver's
    /// property read without the resolve context; a source of another type is left to the resolver (and its
    /// error). Booleans come from two shared boxes.
    /// </summary>
    private static Func<object?, object?> CompilePropertyReader(Type sourceType, PropertyInfo property)
    {
        var source = Expression.Parameter(typeof(object), "source");
        var parent = Expression.Variable(sourceType, "parent");
        Expression read = Expression.Property(parent, property);
        read = BoxShared(read, property.PropertyType);
        Expression body;
        if (sourceType.IsValueType)
        {
            body = Expression.Condition(
                Expression.TypeIs(source, sourceType),
                Expression.Block([parent], Expression.Assign(parent, Expression.Unbox(source, sourceType)), read),
                Expression.Constant(Execution.FieldMemberReaders.NotApplicable));
        }
        else
        {
            body = Expression.Block(
                [parent],
                Expression.Assign(parent, Expression.TypeAs(source, sourceType)),
                Expression.Condition(Expression.ReferenceEqual(parent, Expression.Constant(null, sourceType)), Expression.Constant(Execution.FieldMemberReaders.NotApplicable), read));
        }

        return Expression.Lambda<Func<object?, object?>>(body, source).Compile();
    }

    /// <summary>
    /// <paramref name="read"/> as an object, from shared boxes where the type allows: booleans, small ints and the
    /// members of small int-based enums (so reading them allocates nothing); any other value boxed as it is.
    /// </summary>
    private static Expression BoxShared(Expression read, Type type)
    {
        if (type == typeof(bool))
        {
            return Expression.Condition(read, Expression.Constant(BoxedTrue, typeof(object)), Expression.Constant(BoxedFalse, typeof(object)));
        }

        if (type == typeof(int))
        {
            return Expression.Call(typeof(Execution.IntBoxes), nameof(Execution.IntBoxes.Box), null, read);
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying && (underlying == typeof(bool) || underlying == typeof(int) || underlying.IsEnum))
        {
            // Read once: a property may compute its value.
            var nullable = Expression.Variable(type, "nullable");
            return Expression.Block(
                [nullable],
                Expression.Assign(nullable, read),
                Expression.Condition(
                    Expression.Property(nullable, nameof(Nullable<int>.HasValue)),
                    BoxShared(Expression.Property(nullable, nameof(Nullable<int>.Value)), underlying),
                    Expression.Constant(null, typeof(object))));
        }

        if (type.IsEnum)
        {
            var boxes = typeof(EnumBoxes<>).MakeGenericType(type);
            if ((bool)boxes.GetProperty(nameof(EnumBoxes<ResultKind>.IsShared))!.GetValue(null)!)
            {
                return Expression.Call(boxes, nameof(EnumBoxes<ResultKind>.Box), null, read);
            }
        }

        return Expression.Convert(read, typeof(object));
    }

    private static readonly object BoxedTrue = true;
    private static readonly object BoxedFalse = false;

    private static (Type Type, NullabilityInfo? Info)? StreamItem(ResultShape result)
    {
        if (result.Kind == ResultKind.AsyncEnumerable)
        {
            return (result.ValueType, result.ValueInfo);
        }

        if (result.Kind == ResultKind.Task && result.ValueType.IsGenericType && result.ValueType.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>))
        {
            return (result.ValueType.GetGenericArguments()[0], result.ValueInfo?.GenericTypeArguments.FirstOrDefault());
        }

        return null;
    }

    internal static Expression AdaptResult(Expression call, ResultShape result, ParameterExpression context) => result.Kind switch
    {
        ResultKind.Task => Expression.Call(typeof(ResolverRuntime), nameof(ResolverRuntime.FromTask), [result.ValueType], call),
        ResultKind.ValueTask => Expression.Call(typeof(ResolverRuntime), nameof(ResolverRuntime.FromValueTask), [result.ValueType], call),
        ResultKind.AsyncEnumerable => Expression.Call(
            typeof(ResolverRuntime), nameof(ResolverRuntime.FromAsyncEnumerable), [result.ValueType], call, Expression.Property(context, nameof(IFieldResolveContext.CancellationToken))),
        _ => Expression.Call(typeof(ResolverRuntime), nameof(ResolverRuntime.FromValue), null, Expression.Convert(call, typeof(object))),
    };

    /// <summary>
    /// What a resolver parameter receives: the cancellation token, the context, the parent, a service, the
    /// request context, or else a GraphQL argument (added to <paramref name="arguments"/>).
    /// </summary>
    internal Expression BindResolverParameter(ParameterInfo parameter, ParameterExpression context, List<InputValueDefinition> arguments)
    {
        var type = parameter.ParameterType;
        if (type == typeof(CancellationToken))
        {
            return Expression.Property(context, nameof(IFieldResolveContext.CancellationToken));
        }

        if (type == typeof(IFieldResolveContext))
        {
            return context;
        }

        if (Naming.Has<ParentAttribute>(parameter))
        {
            return Expression.Call(typeof(ResolverRuntime), nameof(ResolverRuntime.Parent), [type], context);
        }

        if (Naming.Has<ServiceAttribute>(parameter))
        {
            return Expression.Convert(
                Expression.Call(typeof(ResolverRuntime), nameof(ResolverRuntime.Service), null, context, Expression.Constant(type)), type);
        }

        if (typeof(DataLoader.IDataLoader).IsAssignableFrom(type))
        {
            return Expression.Convert(
                Expression.Call(typeof(DataLoader.DataLoaderRegistry), nameof(DataLoader.DataLoaderRegistry.Resolve), null, context, Expression.Constant(type)), type);
        }

        if (Naming.Has<RequestContextAttribute>(parameter)
            || (RequestContextType is not null && type != typeof(object) && type.IsAssignableFrom(RequestContextType)))
        {
            return Expression.Convert(Expression.Property(context, nameof(IFieldResolveContext.RequestContext)), type);
        }

        var shape = TypeShape.Of(type, Nullability(parameter));
        var name = Naming.ArgumentName(parameter);
        var defaultValue = parameter.HasDefaultValue ? ToGraphQLDefault(parameter.DefaultValue, shape) : null;
        arguments.Add(InputValue(name, Input(shape, parameter), Describe(parameter), Naming.DeprecationReason(parameter), defaultValue));

        // Only reached when the executor supplies no value (validation makes that impossible for required
        // arguments), e.g. when a resolver is called directly.
        var fallback = parameter.HasDefaultValue && parameter.DefaultValue is not null
            ? (type.IsEnum || Nullable.GetUnderlyingType(type)?.IsEnum == true ? Enum.ToObject(shape.ClrType, parameter.DefaultValue) : parameter.DefaultValue)
            : type.IsValueType && Nullable.GetUnderlyingType(type) is null ? Activator.CreateInstance(type) : null;
        var raw = Expression.Call(
            typeof(ResolverRuntime), nameof(ResolverRuntime.Argument), null, context, Expression.Constant(name), Expression.Constant(fallback, typeof(object)));
        return InputConverters.ConvertTo(raw, type, InputConverter(shape));
    }
}

/// <summary>A field being assembled from a member, which middleware (paging, Relay ids) may reshape before it is frozen.</summary>
internal sealed class FieldDraft(MemberInfo member, string name)
{
    public MemberInfo Member { get; } = member;

    public string Name { get; set; } = name;

    public GraphQLType Type { get; set; } = ScalarType.String;

    /// <summary>The shape of the value the member produces (after unwrapping tasks).</summary>
    public TypeShape ValueShape { get; set; } = new(typeof(object), true, null);

    public List<InputValueDefinition> Arguments { get; set; } = [];

    public FieldResolver? Resolver { get; set; }

    public SubscriptionStreamResolver? Subscribe { get; set; }

    public string? Description { get; set; }

    public string? DeprecationReason { get; set; }

    public FieldDefinition ToDefinition() => new(Name, Type)
    {
        Description = Description,
        DeprecationReason = DeprecationReason,
        Arguments = Arguments,
        Resolver = Resolver,
        Subscribe = Subscribe,
    };
}
