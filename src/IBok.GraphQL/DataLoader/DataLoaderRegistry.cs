using System.Collections.Concurrent;
using System.Linq.Expressions;
using IBok.GraphQL.Types;

namespace IBok.GraphQL.DataLoader;

/// <summary>
/// The DataLoaders of one request: one instance per loader type (or per name for delegate loaders), so that
/// all resolvers of the request share batches and cache. Register it as a scoped service; resolver
/// parameters whose type is a DataLoader are resolved through the registry found in
/// <see cref="IFieldResolveContext.Services"/>.
/// </summary>
public sealed class DataLoaderRegistry(IServiceProvider services)
{
    // Registries live one request each; the constructor lookup is compiled once per loader type for the process.
    private static readonly ConcurrentDictionary<Type, Func<IDataLoader>?> Constructors = new();

    private readonly Lock _gate = new();
    private readonly Dictionary<object, IDataLoader> _loaders = [];

    /// <summary>
    /// The request's <typeparamref name="TLoader"/>: from the services if they provide one, else made with its
    /// public parameterless constructor; created on first use.
    /// </summary>
    public TLoader GetDataLoader<TLoader>()
        where TLoader : class, IDataLoader =>
        (TLoader)GetDataLoader(typeof(TLoader));

    /// <summary>The request's loader of type <paramref name="loaderType"/>.</summary>
    /// <exception cref="InvalidOperationException">The type cannot be created (no service and no parameterless constructor).</exception>
    public IDataLoader GetDataLoader(Type loaderType)
    {
        ArgumentNullException.ThrowIfNull(loaderType);
        lock (_gate)
        {
            if (!_loaders.TryGetValue(loaderType, out var loader))
            {
                loader = services.GetService(loaderType) as IDataLoader
                    ?? Constructors.GetOrAdd(loaderType, CompileConstructor)?.Invoke()
                    ?? throw new InvalidOperationException(
                        $"DataLoader {loaderType.Name} is not a registered service and has no public parameterless constructor.");
                _loaders[loaderType] = loader;
            }

            return loader;
        }
    }

    /// <summary>
    /// A loader named <paramref name="name"/> backed by <paramref name="loadBatch"/> (created on first use;
    /// later calls with the same name return the same loader and ignore their function).
    /// </summary>
    public DataLoaderBase<TKey, TValue?> Batch<TKey, TValue>(
        string name,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> loadBatch,
        DataLoaderOptions? options = null)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(loadBatch);
        lock (_gate)
        {
            if (!_loaders.TryGetValue(name, out var loader))
            {
                loader = new DelegateBatchDataLoader<TKey, TValue>(loadBatch, options);
                _loaders[name] = loader;
            }

            return (DataLoaderBase<TKey, TValue?>)loader;
        }
    }

    private static Func<IDataLoader>? CompileConstructor(Type loaderType) =>
        !loaderType.IsAbstract && loaderType.GetConstructor(Type.EmptyTypes) is { } constructor
            ? Expression.Lambda<Func<IDataLoader>>(Expression.Convert(Expression.New(constructor), typeof(IDataLoader))).Compile()
            : null;

    /// <summary>Dispatches every loader's pending keys (for executors that know when a step is done).</summary>
    public Task DispatchAllAsync()
    {
        IDataLoader[] loaders;
        lock (_gate)
        {
            loaders = [.. _loaders.Values];
        }

        return Task.WhenAll(loaders.Select(loader => loader.DispatchAsync()));
    }

    /// <summary>Used by compiled resolvers: the loader of <paramref name="loaderType"/> from the request's registry.</summary>
    internal static object Resolve(IFieldResolveContext context, Type loaderType) =>
        (context is Execution.ResolveFieldContext execution
            ? execution.GetRequestService(loaderType, ResolveFromRegistry)
            : ResolveFromRegistry(context, loaderType))!;

    private static readonly Func<IFieldResolveContext, Type, object?> ResolveFromRegistry = static (context, loaderType) =>
        (context.Services.GetService(typeof(DataLoaderRegistry)) as DataLoaderRegistry
            ?? throw new InvalidOperationException(
                $"Field \"{context.ParentType.Name}.{context.Field.Name}\" needs DataLoader {loaderType.Name}, but the request's services provide no DataLoaderRegistry."))
        .GetDataLoader(loaderType);

    private sealed class DelegateBatchDataLoader<TKey, TValue>(
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> loadBatch,
        DataLoaderOptions? options)
        : BatchDataLoader<TKey, TValue>(options)
        where TKey : notnull
    {
        protected override Task<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken) =>
            loadBatch(keys, cancellationToken);
    }
}
