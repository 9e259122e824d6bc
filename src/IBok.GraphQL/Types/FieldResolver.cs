namespace IBok.GraphQL.Types;

/// <summary>
/// Produces the value of one field for one parent value (spec 6.4.2 ResolveFieldValue). The executor
/// calls it with a context it owns; a field without a resolver gets the executor's default resolver.
/// </summary>
/// <remarks>
/// The type system knows only the minimal <see cref="IFieldResolveContext"/>; the executor
/// (<c>IBok.GraphQL.Execution</c>) defines the concrete context and may extend the interface with more
/// (path, variables, services, DataLoaders) without this delegate changing.
/// </remarks>
public delegate ValueTask<object?> FieldResolver(IFieldResolveContext context);

/// <summary>
/// Creates the source event stream of a subscription root field (spec 6.2.3.1 CreateSourceEventStream /
/// ResolveFieldEventStream). Each event is then executed with the field's <see cref="FieldResolver"/>, whose
/// <see cref="IFieldResolveContext.Source"/> is the event.
/// </summary>
public delegate ValueTask<IAsyncEnumerable<object?>> SubscriptionStreamResolver(IFieldResolveContext context);

/// <summary>
/// Picks the concrete object type of a value of an abstract type (spec 6.4.3 ResolveAbstractType).
/// Returns null when the value belongs to no known type, which the executor reports as a field error.
/// </summary>
public delegate ObjectType? TypeResolver(object value, GraphQLSchema schema);

/// <summary>What a <see cref="FieldResolver"/> gets to see. Implemented by the executor.</summary>
public interface IFieldResolveContext
{
    /// <summary>The schema being executed.</summary>
    GraphQLSchema Schema { get; }

    /// <summary>The object type that declares the field being resolved.</summary>
    ObjectType ParentType { get; }

    /// <summary>The field being resolved.</summary>
    FieldDefinition Field { get; }

    /// <summary>The parent value (for root fields, the operation's root value).</summary>
    object? Source { get; }

    /// <summary>Coerced argument values (spec 6.4.1 CoerceArgumentValues); absent arguments are absent.</summary>
    IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>Signals that the request was aborted or timed out.</summary>
    CancellationToken CancellationToken { get; }

    /// <summary>The request's services (resolver parameters marked as services come from here).</summary>
    IServiceProvider Services { get; }

    /// <summary>The per-request context object the host supplies (for example the signed-in user), or null.</summary>
    object? RequestContext { get; }
}

/// <summary>Helpers for writing resolvers.</summary>
public static class FieldResolvers
{
    /// <summary>Wraps a synchronous function as a <see cref="FieldResolver"/> without allocating a task.</summary>
    public static FieldResolver Sync(Func<IFieldResolveContext, object?> resolve)
    {
        ArgumentNullException.ThrowIfNull(resolve);
        return context => new ValueTask<object?>(resolve(context));
    }

    /// <summary>A resolver that reads the parent value as <typeparamref name="TSource"/> and maps it.</summary>
    public static FieldResolver FromSource<TSource>(Func<TSource, object?> resolve)
    {
        ArgumentNullException.ThrowIfNull(resolve);
        return context => new ValueTask<object?>(resolve((TSource)context.Source!));
    }
}
