using System.Runtime.CompilerServices;
using IBok.GraphQL.Types;

namespace IBok.GraphQL.Execution;

/// <summary>
/// <see cref="EnumType.Serialize"/> as a hash lookup, for enums whose internal values are all strings, CLR enum
/// members or primitives: types whose <see cref="object.GetHashCode"/> agrees with their
/// <see cref="object.Equals(object)"/>, so the lookup finds exactly the name the linear scan's first
/// <c>Equals(candidate.Value, value)</c> finds. Other enums get no lookup and keep the scan; so do values of
/// other types (their own <see cref="object.GetHashCode"/> is never called, and they cannot equal such a
/// candidate anyway).
/// </summary>
internal sealed class EnumResultNames
{
    private static readonly ConditionalWeakTable<EnumType, Holder> ByType = [];

    private readonly Dictionary<string, string>? _byString;
    private readonly Dictionary<object, string> _byValue;

    private EnumResultNames(Dictionary<object, string> byValue)
    {
        _byValue = byValue;
        if (byValue.Keys.All(key => key is string))
        {
            // SDL enums: the values are the names; an ordinal string map hashes without randomization.
            _byString = byValue.ToDictionary(entry => (string)entry.Key, entry => entry.Value, StringComparer.Ordinal);
        }
    }

    /// <summary>The lookup of <paramref name="enumType"/>, or null when it cannot have one.</summary>
    public static EnumResultNames? For(EnumType enumType) =>
        ByType.GetValue(enumType, static type => new Holder(Build(type))).Names;

    /// <summary>The name of <paramref name="value"/>; false when the lookup cannot decide (the caller serializes).</summary>
    public bool TryGetName(object? value, out object? name)
    {
        string? found;
        var decided = value switch
        {
            string text when _byString is not null => _byString.TryGetValue(text, out found),
            string or Enum => _byValue.TryGetValue(value, out found),
            not null when value.GetType().IsPrimitive => _byValue.TryGetValue(value, out found),
            _ => (found = null) is not null,
        };
        name = found;
        return decided;
    }

    private static EnumResultNames? Build(EnumType enumType)
    {
        var byValue = new Dictionary<object, string>(enumType.Values.Count);
        foreach (var candidate in enumType.Values)
        {
            switch (candidate.Value)
            {
                case null:
                    // Equals(null, value) never matches a value the executor serializes (null completes as null).
                    continue;
                case string or Enum:
                case var primitive when primitive.GetType().IsPrimitive:
                    byValue.TryAdd(candidate.Value, candidate.Name); // the first of equal values wins, as in the scan
                    break;
                default:
                    return null;
            }
        }

        return new EnumResultNames(byValue);
    }

    private sealed record Holder(EnumResultNames? Names);
}
