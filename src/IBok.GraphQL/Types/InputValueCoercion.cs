using System.Collections;
using System.Globalization;
using System.Text;

namespace IBok.GraphQL.Types;

/// <summary>
/// One problem found while coercing an input value: where (<see cref="Path"/>: field names and list
/// indexes from the top value), the offending value, and graphql-js's message for it.
/// </summary>
public sealed record InputCoercionError(IReadOnlyList<object> Path, object? InvalidValue, string Message)
{
    /// <summary>The path as graphql-js prints it after a prefix: <c>.a[0].b</c> (empty for the top value).</summary>
    public string PrintedPath => PrintPath(Path);

    /// <summary>
    /// The message graphql-js's <c>coerceInputValue</c> throws by default:
    /// <c>Invalid value {inspect} at "value.a[0]": {message}</c>. (The executor words variable errors as
    /// <c>Variable "$x" got invalid value ...</c> from the same parts.)
    /// </summary>
    public string ToDefaultMessage()
    {
        var prefix = "Invalid value " + ValueInspector.Inspect(InvalidValue);
        if (Path.Count > 0)
        {
            prefix += " at \"value" + PrintedPath + "\"";
        }

        return prefix + ": " + Message;
    }

    internal static string PrintPath(IEnumerable<object> path)
    {
        var builder = new StringBuilder();
        foreach (var key in path)
        {
            if (key is int index)
            {
                builder.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else
            {
                builder.Append('.').Append(key);
            }
        }

        return builder.ToString();
    }
}

/// <summary>The coerced value, or the errors that prevented it (then <see cref="Value"/> is meaningless).</summary>
public sealed record InputCoercionResult(object? Value, IReadOnlyList<InputCoercionError> Errors)
{
    /// <summary>Whether coercion succeeded.</summary>
    public bool IsValid => Errors.Count == 0;
}

/// <summary>
/// Input coercion of runtime values (variables, JSON-like: null, bool, string, long, double, decimal,
/// <see cref="IReadOnlyList{T}"/> of object?, <see cref="IReadOnlyDictionary{TKey,TValue}"/> of string → object?)
/// to the internal values resolvers receive, following spec 3.5–3.12 "Input Coercion" and graphql-js's
/// <c>coerceInputValue</c>, including its messages. All errors are collected, not just the first.
/// </summary>
/// <remarks>
/// Results: scalars give their <see cref="ScalarType.ParseValue"/> value, enums their internal value, input
/// objects a <c>Dictionary&lt;string, object?&gt;</c> in field order with defaults applied and absent optional
/// fields left out, lists an <c>object?[]</c> (a single value becomes a list of one).
/// </remarks>
public static class InputValueCoercion
{
    /// <summary>Coerces <paramref name="value"/> to <paramref name="type"/>, collecting every error.</summary>
    public static InputCoercionResult Coerce(object? value, GraphQLType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (!type.IsInputType())
        {
            throw new ArgumentException($"Expected an input type but got: {type}.", nameof(type));
        }

        var errors = new List<InputCoercionError>();
        var coerced = Coerce(value, type, [], errors);
        return new InputCoercionResult(errors.Count == 0 ? coerced : null, errors);
    }

    private static object? Coerce(object? value, GraphQLType type, List<object> path, List<InputCoercionError> errors)
    {
        if (type is NonNullType nonNull)
        {
            if (value is not null)
            {
                return Coerce(value, nonNull.OfType, path, errors);
            }

            errors.Add(new([.. path], value, $"Expected non-nullable type \"{type}\" not to be null."));
            return null;
        }

        if (value is null)
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                if (value is IEnumerable items and not string and not IReadOnlyDictionary<string, object?>)
                {
                    var coercedItems = new List<object?>();
                    var index = 0;
                    foreach (var item in items)
                    {
                        path.Add(index++);
                        coercedItems.Add(Coerce(item, list.OfType, path, errors));
                        path.RemoveAt(path.Count - 1);
                    }

                    return coercedItems.ToArray();
                }

                // Spec 3.11 Input Coercion: a single value is a list of one.
                return new[] { Coerce(value, list.OfType, path, errors) };

            case InputObjectType inputObject:
                return CoerceInputObject(value, inputObject, path, errors);

            case EnumType enumType:
                return CoerceLeaf(value, path, errors, () => enumType.ParseValue(value), enumType.Name);

            case ScalarType scalar:
                return CoerceLeaf(value, path, errors, () => scalar.ParseValue(value), scalar.Name);

            default:
                throw new InvalidOperationException("Unexpected input type: " + type);
        }
    }

    private static object? CoerceInputObject(object value, InputObjectType type, List<object> path, List<InputCoercionError> errors)
    {
        if (value is not IReadOnlyDictionary<string, object?> map)
        {
            errors.Add(new([.. path], value, $"Expected type \"{type.Name}\" to be an object."));
            return null;
        }

        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            if (!map.TryGetValue(field.Name, out var fieldValue))
            {
                if (field.HasDefaultValue)
                {
                    coerced[field.Name] = field.DefaultValue;
                }
                else if (field.Type is NonNullType)
                {
                    errors.Add(new([.. path], value, $"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided."));
                }

                continue;
            }

            path.Add(field.Name);
            coerced[field.Name] = Coerce(fieldValue, field.Type, path, errors);
            path.RemoveAt(path.Count - 1);
        }

        foreach (var key in map.Keys)
        {
            if (type.FindField(key) is null)
            {
                var suggestions = SuggestionList.For(key, type.Fields.Select(f => f.Name));
                errors.Add(new([.. path], value, $"Field \"{key}\" is not defined by type \"{type.Name}\"." + SuggestionList.DidYouMean(suggestions)));
            }
        }

        if (type.IsOneOf)
        {
            // Spec 3.10.1 OneOf Input Objects, Input Coercion: exactly one field, and it is not null.
            if (coerced.Count != 1)
            {
                errors.Add(new([.. path], value, $"Exactly one key must be specified for OneOf type \"{type.Name}\"."));
            }

            if (coerced.Count > 0)
            {
                var (key, single) = coerced.First();
                if (single is null)
                {
                    errors.Add(new([.. path, key], null, $"Field \"{key}\" must be non-null."));
                }
            }
        }

        return coerced;
    }

    private static object? CoerceLeaf(object value, List<object> path, List<InputCoercionError> errors, Func<object?> parse, string typeName)
    {
        try
        {
            return parse();
        }
        catch (ValueCoercionException exception)
        {
            errors.Add(new([.. path], value, exception.Message));
        }
        catch (Exception exception) when (exception is FormatException or InvalidCastException or OverflowException or ArgumentException)
        {
            errors.Add(new([.. path], value, $"Expected type \"{typeName}\". " + exception.Message));
        }

        return null;
    }
}
