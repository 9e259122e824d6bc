using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using IBok.GraphQL.Types;

namespace IBok.GraphQL.Execution;

/// <summary>
/// The resolver of fields that have none (graphql-js <c>defaultFieldResolver</c>, spec 6.4.2 ResolveFieldValue):
/// reads the field's name from the parent value, first as a key of an
/// <see cref="IReadOnlyDictionary{TKey,TValue}"/> of string → object?, then as a public instance property
/// whose name matches case-insensitively (<c>fullName</c> ↔ <c>FullName</c>). Absent members give null.
/// </summary>
/// <remarks>
/// Property reads go through a compiled delegate cached per (CLR type, field name), so reflection runs once
/// per pair, never per call.
/// </remarks>
public static class DefaultFieldResolver
{
    private static readonly ConcurrentDictionary<(Type Type, string Name), Func<object, object?>?> Accessors = new();

    /// <summary>The default resolver as a <see cref="FieldResolver"/>.</summary>
    public static FieldResolver Instance { get; } = context => new ValueTask<object?>(ReadMember(context.Source, context.Field.Name));

    /// <summary>The value named <paramref name="name"/> of <paramref name="source"/>, or null.</summary>
    public static object? ReadMember(object? source, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (source is Dictionary<string, object?> dictionary)
        {
            // The common case (JSON-like data), without the interface dispatch below; the same lookup.
            return dictionary.TryGetValue(name, out var entry) ? entry : null;
        }

        switch (source)
        {
            case null:
                return null;
            case IReadOnlyDictionary<string, object?> map:
                return map.GetValueOrDefault(name);
            default:
                var accessor = Accessors.GetOrAdd((source.GetType(), name), static key => CompileAccessor(key.Type, key.Name));
                return accessor?.Invoke(source);
        }
    }

    private static Func<object, object?>? CompileAccessor(Type type, string name)
    {
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0)
            .ToArray();
        var property = properties.FirstOrDefault(p => p.Name == name)
            ?? properties.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
        if (property is null)
        {
            return null;
        }

        var instance = Expression.Parameter(typeof(object), "source");
        var read = Expression.Property(Expression.Convert(instance, type), property);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), instance).Compile();
    }
}
