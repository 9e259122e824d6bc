using IBok.GraphQL.Types;

namespace IBok.GraphQL.Tests.CodeFirst;

/// <summary>A resolver context for calling built resolvers directly, without the executor.</summary>
internal sealed class TestResolveContext : IFieldResolveContext
{
    public required GraphQLSchema Schema { get; init; }

    public required ObjectType ParentType { get; init; }

    public required FieldDefinition Field { get; init; }

    public object? Source { get; init; }

    public IReadOnlyDictionary<string, object?> Arguments { get; init; } = new Dictionary<string, object?>();

    public CancellationToken CancellationToken { get; init; }

    public IServiceProvider Services { get; init; } = EmptyServices.Instance;

    public object? RequestContext { get; init; }

    /// <summary>A context for <paramref name="typeName"/>.<paramref name="fieldName"/> with arguments as given (defaults applied as the executor would).</summary>
    public static TestResolveContext For(
        GraphQLSchema schema,
        string typeName,
        string fieldName,
        object? source = null,
        IReadOnlyDictionary<string, object?>? arguments = null,
        IServiceProvider? services = null,
        object? requestContext = null,
        CancellationToken cancellationToken = default)
    {
        var type = (ObjectType)schema.GetType(typeName)!;
        var field = type.FindField(fieldName) ?? throw new InvalidOperationException($"No field {typeName}.{fieldName}.");
        var coerced = new Dictionary<string, object?>(arguments ?? new Dictionary<string, object?>());
        foreach (var argument in field.Arguments)
        {
            if (!coerced.ContainsKey(argument.Name) && argument.HasDefaultValue)
            {
                coerced[argument.Name] = argument.DefaultValue;
            }
        }

        return new TestResolveContext
        {
            Schema = schema,
            ParentType = type,
            Field = field,
            Source = source,
            Arguments = coerced,
            Services = services ?? EmptyServices.Instance,
            RequestContext = requestContext,
            CancellationToken = cancellationToken,
        };
    }

    /// <summary>Runs the field's resolver.</summary>
    public static async Task<object?> ResolveAsync(
        GraphQLSchema schema,
        string typeName,
        string fieldName,
        object? source = null,
        IReadOnlyDictionary<string, object?>? arguments = null,
        IServiceProvider? services = null,
        object? requestContext = null,
        CancellationToken cancellationToken = default)
    {
        var context = For(schema, typeName, fieldName, source, arguments, services, requestContext, cancellationToken);
        return await context.Field.Resolver!(context);
    }
}

/// <summary>A service provider over a fixed set of instances.</summary>
internal sealed class TestServices(params object[] services) : IServiceProvider
{
    public object? GetService(Type serviceType) => services.FirstOrDefault(serviceType.IsInstanceOfType);
}
