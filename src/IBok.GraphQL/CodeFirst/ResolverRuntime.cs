using System.Runtime.CompilerServices;
using IBok.GraphQL.Execution;
using IBok.GraphQL.Types;

namespace IBok.GraphQL.CodeFirst;

/// <summary>
/// The small helpers compiled resolvers call. Each is generic over the member's value type, so a call
/// involves no reflection; a completed task is unwrapped without allocating.
/// </summary>
internal static class ResolverRuntime
{
    public static ValueTask<object?> FromValue(object? value) => new(value);

    public static ValueTask<object?> FromTask<T>(Task<T> task) =>
        task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : AwaitTask(task);

    public static ValueTask<object?> FromValueTask<T>(ValueTask<T> task) =>
        task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : AwaitValueTask(task);

    /// <summary>A query or mutation field returning a stream: the whole stream, as a list.</summary>
    public static async ValueTask<object?> FromAsyncEnumerable<T>(IAsyncEnumerable<T> stream, CancellationToken cancellationToken)
    {
        var items = new List<T>();
        await foreach (var item in stream.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            items.Add(item);
        }

        return items;
    }

    /// <summary>A subscription field's source stream (spec 6.2.3.1 CreateSourceEventStream).</summary>
    public static ValueTask<IAsyncEnumerable<object?>> ToEventStream<T>(IAsyncEnumerable<T> stream) =>
        new(Box(stream));

    public static ValueTask<IAsyncEnumerable<object?>> ToEventStreamFromTask<T>(Task<IAsyncEnumerable<T>> task) =>
        AwaitStream(task);

    public static object? Argument(IFieldResolveContext context, string name, object? fallback) =>
        context.Arguments.TryGetValue(name, out var value) ? value : fallback;

    public static object Service(IFieldResolveContext context, Type type) =>
        (context is ResolveFieldContext execution ? execution.GetRequestService(type, ResolveService) : context.Services.GetService(type))
        ?? throw new InvalidOperationException(
            $"No service of type {type.FullName} is registered, but field \"{context.ParentType.Name}.{context.Field.Name}\" needs one.");

    private static readonly Func<IFieldResolveContext, Type, object?> ResolveService = static (context, type) => context.Services.GetService(type);

    /// <summary>A field's source value as <typeparamref name="T"/>, with a clear message when it is something else.</summary>
    public static T Parent<T>(IFieldResolveContext context) =>
        context.Source is T parent
            ? parent
            : throw new InvalidOperationException(
                $"Field \"{context.ParentType.Name}.{context.Field.Name}\" expected a parent of type {typeof(T).Name} but got {context.Source?.GetType().Name ?? "null"}.");

    // Resume on the captured context: an execution's work loop (Execution.ExecutionWorkQueue) must see the
    // resolver's continuation to dispatch the next DataLoader batch exactly; executions start without a context otherwise.
    private static async ValueTask<object?> AwaitTask<T>(Task<T> task) => await task.ConfigureAwait(true);

    private static async ValueTask<object?> AwaitValueTask<T>(ValueTask<T> task) => await task.ConfigureAwait(true);

    private static async ValueTask<IAsyncEnumerable<object?>> AwaitStream<T>(Task<IAsyncEnumerable<T>> task) =>
        Box(await task.ConfigureAwait(false));

    private static async IAsyncEnumerable<object?> Box<T>(IAsyncEnumerable<T> stream, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var item in stream.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return item;
        }
    }
}

/// <summary>
/// Where a root or extension class's instance comes from: the request's services when they provide one,
/// otherwise one instance made with the public parameterless constructor on first use and shared (root
/// classes are expected to be stateless, as HotChocolate's).
/// </summary>
internal sealed class ResolverInstance(Type type)
{
    private readonly Lazy<object> _shared = new(() => Activator.CreateInstance(type)
        ?? throw new InvalidOperationException($"Cannot create an instance of {type}."));

    // Not memoized per execution as services are: a root field asks once, and the memo's array would cost more.
    public object Get(IFieldResolveContext context) => context.Services.GetService(type) ?? _shared.Value;
}
