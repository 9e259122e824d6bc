using System.Runtime.CompilerServices;
using IBok.GraphQL.Types;

namespace IBok.GraphQL.Execution;

/// <summary>
/// <see cref="EnumType.Serialize"/> as a hash lookup, for enums whose internal values are all strings, CLR enum
/// members or primitives: types whose <see cref="object.GetHashCode"/> agrees with their
/// <see cref="object.Equals(object)"/>, so the lookup finds exactly the value the linear scan's first
/// <c>Equals(candidate.Value, value)</c> finds. Other enums get no map and keep the scan.
/// </summary>
internal static class EnumResultNames
{
    private static readonly ConditionalWeakTable<EnumType, Holder> Maps = [];

    /// <summary>The internal value → name map of <paramref name="enumType"/>, or null when it cannot have one.</summary>
    public static Dictionary<object, string>? For(EnumType enumType) =>
        Maps.GetValue(enumType, static type => new Holder(Build(type))).Map;

    private static Dictionary<object, string>? Build(EnumType enumType)
    {
        var map = new Dictionary<object, string>(enumType.Values.Count);
        foreach (var candidate in enumType.Values)
        {
            switch (candidate.Value)
            {
                case null:
                    // Equals(null, value) never matches a value the executor serializes (null completes as null).
                    continue;
                case string or Enum:
                case var primitive when primitive.GetType().IsPrimitive:
                    map.TryAdd(candidate.Value, candidate.Name); // the first of equal values wins, as in the scan
                    break;
                default:
                    return null;
            }
        }

        return map;
    }

    private sealed record Holder(Dictionary<object, string>? Map);
}
