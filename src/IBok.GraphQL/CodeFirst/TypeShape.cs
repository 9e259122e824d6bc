using System.Collections;
using System.Reflection;

namespace IBok.GraphQL.CodeFirst;

/// <summary>
/// A CLR type seen as GraphQL sees it: a named core, nullable or not, possibly a list of another shape.
/// Nullability comes from C# annotations (<see cref="NullabilityInfo"/>): reference types are non-null
/// unless annotated <c>?</c> (oblivious code counts as nullable), value types are non-null unless
/// <see cref="Nullable{T}"/>.
/// </summary>
internal sealed record TypeShape(Type ClrType, bool IsNullable, TypeShape? Element)
{
    public bool IsList => Element is not null;

    /// <summary>The CLR type as declared (<see cref="ClrType"/> is the underlying type of a <see cref="Nullable{T}"/>).</summary>
    public Type DeclaredType => IsNullable && ClrType.IsValueType ? typeof(Nullable<>).MakeGenericType(ClrType) : ClrType;

    /// <summary>The innermost non-list CLR type (<c>List&lt;int?&gt;</c> gives <c>int</c>).</summary>
    public Type NamedClrType => Element?.NamedClrType ?? ClrType;

    public static TypeShape Of(Type type, NullabilityInfo? info)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return new TypeShape(underlying, true, null);
        }

        var isNullable = !type.IsValueType && info?.ReadState != NullabilityState.NotNull;
        if (ListElementType(type) is { } element)
        {
            var elementInfo = type.IsArray
                ? info?.ElementType
                : info is { GenericTypeArguments.Length: 1 } ? info.GenericTypeArguments[0] : null;
            return new TypeShape(type, isNullable, Of(element, elementInfo));
        }

        return new TypeShape(type, isNullable, null);
    }

    /// <summary>The element type when <paramref name="type"/> is an array or a generic sequence (not a string or dictionary).</summary>
    public static Type? ListElementType(Type type)
    {
        if (type == typeof(string))
        {
            return null;
        }

        if (type.IsArray)
        {
            return type.GetElementType();
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        {
            return type.GetGenericArguments()[0];
        }

        if (!typeof(IEnumerable).IsAssignableFrom(type) || IsDictionary(type))
        {
            return null;
        }

        return type.GetInterfaces()
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            ?.GetGenericArguments()[0];
    }

    private static bool IsDictionary(Type type) =>
        typeof(IDictionary).IsAssignableFrom(type)
        || type.GetInterfaces().Append(type).Any(i => i.IsGenericType
            && (i.GetGenericTypeDefinition() == typeof(IDictionary<,>) || i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>)));
}

/// <summary>How a resolver delivers its value.</summary>
internal enum ResultKind
{
    Value,
    Task,
    ValueTask,
    AsyncEnumerable,
}

/// <summary>A member's declared result with the asynchronous wrapper (Task, ValueTask, IAsyncEnumerable) taken off.</summary>
internal sealed record ResultShape(ResultKind Kind, Type DeclaredType, Type ValueType, NullabilityInfo? ValueInfo)
{
    public static ResultShape Of(Type type, NullabilityInfo? info)
    {
        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            var argument = type.GetGenericArguments()[0];
            var argumentInfo = info is { GenericTypeArguments.Length: 1 } ? info.GenericTypeArguments[0] : null;
            if (definition == typeof(Task<>))
            {
                return new ResultShape(ResultKind.Task, type, argument, argumentInfo);
            }

            if (definition == typeof(ValueTask<>))
            {
                return new ResultShape(ResultKind.ValueTask, type, argument, argumentInfo);
            }

            if (definition == typeof(IAsyncEnumerable<>))
            {
                return new ResultShape(ResultKind.AsyncEnumerable, type, argument, argumentInfo);
            }
        }

        return new ResultShape(ResultKind.Value, type, type, info);
    }

    /// <summary>The value's shape; an async stream (outside subscriptions) is a non-null list of its items.</summary>
    public TypeShape ToTypeShape() => Kind == ResultKind.AsyncEnumerable
        ? new TypeShape(DeclaredType, false, TypeShape.Of(ValueType, ValueInfo))
        : TypeShape.Of(ValueType, ValueInfo);
}
