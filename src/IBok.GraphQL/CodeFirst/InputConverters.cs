using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using IBok.GraphQL.Types;

namespace IBok.GraphQL.CodeFirst;

/// <summary>
/// Converts coerced argument values (what <see cref="InputValueCoercion"/> produces: int, double, long,
/// decimal, string, DateOnly, DateTimeOffset, enum members, <c>object?[]</c> lists and dictionaries for input
/// objects) to the CLR types resolver parameters declare. Converters are built once per type at schema build;
/// null means "no conversion needed".
/// </summary>
internal static class InputConverters
{
    /// <summary>A GraphQL Int (or Long) given to a narrower C# parameter: out of range is the client's error, said plainly.</summary>
    private static object Narrow(object value, long minimum, long maximum, Func<object, object> convert)
    {
        try
        {
            return convert(value);
        }
        catch (OverflowException)
        {
            throw new ValueCoercionException(string.Create(
                CultureInfo.InvariantCulture,
                $"{ValueInspector.Inspect(value)} is out of range for this argument: it must be between {minimum} and {maximum}."));
        }
    }

    public static Func<object?, object?>? ForScalar(Type type)
    {
        if (type == typeof(short)) return v => v is null or short ? v : Narrow(v, short.MinValue, short.MaxValue, x => Convert.ToInt16(x, CultureInfo.InvariantCulture));
        if (type == typeof(byte)) return v => v is null or byte ? v : Narrow(v, byte.MinValue, byte.MaxValue, x => Convert.ToByte(x, CultureInfo.InvariantCulture));
        if (type == typeof(int)) return v => v is null or int ? v : Narrow(v, int.MinValue, int.MaxValue, x => Convert.ToInt32(x, CultureInfo.InvariantCulture));
        if (type == typeof(long)) return v => v is null or long ? v : Convert.ToInt64(v, CultureInfo.InvariantCulture);
        if (type == typeof(float)) return v => v is null or float ? v : Convert.ToSingle(v, CultureInfo.InvariantCulture);
        if (type == typeof(double)) return v => v is null or double ? v : Convert.ToDouble(v, CultureInfo.InvariantCulture);
        if (type == typeof(decimal)) return v => v is null or decimal ? v : Convert.ToDecimal(v, CultureInfo.InvariantCulture);
        if (type == typeof(string)) return v => v is null or string ? v : Convert.ToString(v, CultureInfo.InvariantCulture);
        if (type == typeof(DateTime)) return v => v is DateTimeOffset instant ? instant.UtcDateTime : v;
        if (type == typeof(Guid))
        {
            return v => v is string text
                ? Guid.TryParse(text, out var guid) ? guid : throw new ValueCoercionException($"\"{text}\" is not a valid UUID.")
                : v;
        }

        return null;
    }

    /// <summary>Converts a list (<c>object?[]</c>) to an array, <see cref="List{T}"/> or anything an array is assignable to.</summary>
    public static Func<object?, object?> ForList(Type listType, Type elementType, Func<object?, object?>? element)
    {
        var converter = (IListConverter)Activator.CreateInstance(typeof(ListConverter<>).MakeGenericType(elementType), element)!;
        if (listType.IsAssignableFrom(elementType.MakeArrayType()))
        {
            return converter.ToArray;
        }

        if (listType.IsAssignableFrom(typeof(List<>).MakeGenericType(elementType)))
        {
            return converter.ToList;
        }

        throw new NotSupportedException($"Cannot bind a GraphQL list to {listType}; use an array, List<T> or a read-only collection interface.");
    }

    /// <summary>
    /// Builds an input object from its coerced dictionary: constructor parameters by name (absent ones get
    /// their C# default), then settable properties that were given (absent ones keep their initializers).
    /// </summary>
    public static Func<object?, object?> ForInputObject(Type type, IReadOnlyList<InputFieldBinding> fields)
    {
        var input = Expression.Parameter(typeof(object), "input");
        var dictionary = Expression.Variable(typeof(IReadOnlyDictionary<string, object?>), "fields");
        var instance = Expression.Variable(type, "instance");
        var raw = Expression.Variable(typeof(object), "raw");
        var constructor = ChooseConstructor(type, fields);
        var byParameter = fields.Where(f => f.Property is not null).ToDictionary(f => f.Property!.Name, StringComparer.OrdinalIgnoreCase);
        var arguments = constructor.GetParameters().Select(parameter =>
        {
            var field = byParameter[parameter.Name!];
            var fallback = parameter.HasDefaultValue ? parameter.DefaultValue : null;
            Expression value = Expression.Call(
                typeof(InputConverters), nameof(GetOrDefault), null, dictionary, Expression.Constant(field.Name), Expression.Constant(fallback, typeof(object)));
            return ConvertTo(value, parameter.ParameterType, field.Converter);
        });
        var body = new List<Expression>
        {
            Expression.Assign(dictionary, Expression.Convert(input, dictionary.Type)),
            Expression.Assign(instance, Expression.New(constructor, arguments)),
        };
        var constructorNames = constructor.GetParameters().Select(p => p.Name!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var field in fields)
        {
            if (field.Property is not { CanWrite: true } property || constructorNames.Contains(property.Name))
            {
                continue;
            }

            var found = Expression.Call(dictionary, typeof(IReadOnlyDictionary<string, object?>).GetMethod("TryGetValue")!, Expression.Constant(field.Name), raw);
            body.Add(Expression.IfThen(found, Expression.Assign(Expression.Property(instance, property), ConvertTo(raw, property.PropertyType, field.Converter))));
        }

        body.Add(Expression.Convert(instance, typeof(object)));
        var block = Expression.Block([dictionary, instance, raw], body);
        var lambda = Expression.Lambda<Func<object?, object?>>(
            Expression.Condition(Expression.Equal(input, Expression.Constant(null)), Expression.Constant(null), block),
            input);
        return lambda.Compile();
    }

    /// <summary><paramref name="value"/> (an object) run through <paramref name="converter"/> and cast or unboxed to <paramref name="type"/>.</summary>
    public static Expression ConvertTo(Expression value, Type type, Func<object?, object?>? converter)
    {
        var converted = converter is null ? value : Expression.Invoke(Expression.Constant(converter), value);
        return type == typeof(object) ? converted : Expression.Convert(converted, type);
    }

    public static object? GetOrDefault(IReadOnlyDictionary<string, object?> fields, string name, object? fallback) =>
        fields.TryGetValue(name, out var value) ? value : fallback;

    private static ConstructorInfo ChooseConstructor(Type type, IReadOnlyList<InputFieldBinding> fields)
    {
        var names = fields.Where(f => f.Property is not null).Select(f => f.Property!.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return type.GetConstructors()
            .Where(c => c.GetParameters().All(p => p.Name is not null && names.Contains(p.Name)))
            .OrderByDescending(c => c.GetParameters().Length)
            .FirstOrDefault()
            ?? throw new NotSupportedException(
                $"Input type {type} needs a public constructor whose parameters all match its properties by name.");
    }

    private interface IListConverter
    {
        object? ToArray(object? value);

        object? ToList(object? value);
    }

    private sealed class ListConverter<T>(Func<object?, object?>? element) : IListConverter
    {
        public object? ToArray(object? value)
        {
            if (value is not IReadOnlyList<object?> items)
            {
                return value;
            }

            var result = new T[items.Count];
            for (var i = 0; i < result.Length; i++)
            {
                result[i] = Item(items[i]);
            }

            return result;
        }

        public object? ToList(object? value)
        {
            if (value is not IReadOnlyList<object?> items)
            {
                return value;
            }

            var result = new List<T>(items.Count);
            foreach (var item in items)
            {
                result.Add(Item(item));
            }

            return result;
        }

        private T Item(object? item) => (T)(element is null ? item : element(item))!;
    }
}

/// <summary>One input field of a mapped input object: its GraphQL name, CLR property and value converter.</summary>
internal sealed record InputFieldBinding(string Name, PropertyInfo? Property, Func<object?, object?>? Converter);
