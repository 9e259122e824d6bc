using IBok.GraphQL.DataLoader;

namespace IBok.GraphQL.Server;

/// <summary>
/// The services one request's resolvers see: the host's services, plus a <see cref="DataLoaderRegistry"/> of
/// this request (created on first use) unless the host's services already provide one, so resolvers with
/// DataLoader parameters batch within the request and never share a cache across requests.
/// </summary>
public sealed class RequestServices : IServiceProvider
{
    private readonly IServiceProvider? _inner;
    private DataLoaderRegistry? _registry;

    /// <summary>Wraps <paramref name="inner"/> (null: no host services).</summary>
    public RequestServices(IServiceProvider? inner)
    {
        _inner = inner;
    }

    /// <summary>
    /// The request's registry: the host's if its services provide one, otherwise one created for this request
    /// whose loaders come from these services (or their parameterless constructors).
    /// </summary>
    /// <remarks>Looked up once per request: every resolver with a DataLoader parameter asks for it.</remarks>
    public DataLoaderRegistry DataLoaders =>
        Volatile.Read(ref _registry)
        ?? Interlocked.CompareExchange(
            ref _registry,
            _inner?.GetService(typeof(DataLoaderRegistry)) as DataLoaderRegistry ?? new DataLoaderRegistry(this),
            null)
        ?? _registry!;

    /// <inheritdoc />
    public object? GetService(Type serviceType)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceType == typeof(DataLoaderRegistry))
        {
            return DataLoaders;
        }

        // Code asking for the provider itself must get this one, or it would miss the request's registry.
        return serviceType == typeof(IServiceProvider) ? this : _inner?.GetService(serviceType);
    }
}
