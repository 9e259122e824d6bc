using IBok.GraphQL.Types;

namespace IBok.GraphQL.Utilities;

/// <summary>
/// Behaviour bound by name to a schema written in SDL (<see cref="SchemaFromSdl"/>): field resolvers by schema
/// coordinate (<c>"Query.user"</c>), subscription stream resolvers, type resolvers and <c>isTypeOf</c> checks by
/// type name, and scalar implementations. Fields without a resolver use the executor's default resolver.
/// </summary>
public sealed class SdlResolvers
{
    private readonly Dictionary<string, FieldResolver> _fields = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SubscriptionStreamResolver> _subscriptions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TypeResolver> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Func<object, bool>> _isTypeOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ScalarType> _scalars = new(StringComparer.Ordinal);

    /// <summary>Binds <paramref name="resolver"/> to the field at <paramref name="coordinate"/> (<c>Type.field</c>).</summary>
    public SdlResolvers Field(string coordinate, FieldResolver resolver)
    {
        _fields[CheckCoordinate(coordinate)] = resolver ?? throw new ArgumentNullException(nameof(resolver));
        return this;
    }

    /// <summary>Binds the source event stream of the subscription field at <paramref name="coordinate"/>.</summary>
    public SdlResolvers Subscription(string coordinate, SubscriptionStreamResolver subscribe)
    {
        _subscriptions[CheckCoordinate(coordinate)] = subscribe ?? throw new ArgumentNullException(nameof(subscribe));
        return this;
    }

    /// <summary>Binds the type resolver of the interface or union <paramref name="typeName"/>.</summary>
    public SdlResolvers Type(string typeName, TypeResolver resolveType)
    {
        ArgumentNullException.ThrowIfNull(typeName);
        _types[typeName] = resolveType ?? throw new ArgumentNullException(nameof(resolveType));
        return this;
    }

    /// <summary>Binds the <see cref="ObjectType.IsTypeOf"/> check of the object type <paramref name="typeName"/>.</summary>
    public SdlResolvers IsTypeOf(string typeName, Func<object, bool> isTypeOf)
    {
        ArgumentNullException.ThrowIfNull(typeName);
        _isTypeOf[typeName] = isTypeOf ?? throw new ArgumentNullException(nameof(isTypeOf));
        return this;
    }

    /// <summary>
    /// Implements the SDL's <c>scalar</c> of the same name with <paramref name="scalar"/> (e.g. <see cref="ScalarType.Date"/>);
    /// its own description and URL are used. Scalars without one pass values through unchanged, as graphql-js's do.
    /// </summary>
    public SdlResolvers Scalar(ScalarType scalar)
    {
        ArgumentNullException.ThrowIfNull(scalar);
        _scalars[scalar.Name] = scalar;
        return this;
    }

    internal IReadOnlyDictionary<string, FieldResolver> Fields => _fields;

    internal IReadOnlyDictionary<string, SubscriptionStreamResolver> Subscriptions => _subscriptions;

    internal IReadOnlyDictionary<string, TypeResolver> Types => _types;

    internal IReadOnlyDictionary<string, Func<object, bool>> IsTypeOfChecks => _isTypeOf;

    internal IReadOnlyDictionary<string, ScalarType> Scalars => _scalars;

    private static string CheckCoordinate(string coordinate)
    {
        ArgumentNullException.ThrowIfNull(coordinate);
        var dot = coordinate.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 && dot < coordinate.Length - 1 && coordinate.IndexOf('.', dot + 1) < 0
            ? coordinate
            : throw new ArgumentException($"Expected a field coordinate \"Type.field\" but got \"{coordinate}\".", nameof(coordinate));
    }
}
