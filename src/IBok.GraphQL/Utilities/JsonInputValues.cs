using System.Text.Json;

namespace IBok.GraphQL.Utilities;

/// <summary>
/// Turns JSON (a request's <c>variables</c>) into the runtime values input coercion expects: null, bool,
/// string, <see cref="long"/> for integral numbers that fit (else <see cref="double"/>), <see cref="double"/>
/// for other numbers, <c>object?[]</c> for arrays and <c>Dictionary&lt;string, object?&gt;</c> for objects.
/// </summary>
public static class JsonInputValues
{
    /// <summary>The runtime value of <paramref name="element"/>.</summary>
    public static object? ToRuntimeValue(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var whole) ? (object)whole : element.GetDouble(),
        JsonValueKind.Array => element.EnumerateArray().Select(ToRuntimeValue).ToArray(),
        JsonValueKind.Object => ToMap(element),
        _ => throw new ArgumentException("Unexpected JSON value kind: " + element.ValueKind, nameof(element)),
    };

    /// <summary>
    /// The variables of a request: a JSON object gives a map (a later duplicate key wins); JSON null or an
    /// absent element gives an empty map.
    /// </summary>
    /// <exception cref="ArgumentException">The element is neither an object nor null.</exception>
    public static IReadOnlyDictionary<string, object?> ToVariables(JsonElement? element)
    {
        if (element is null || element.Value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return new Dictionary<string, object?>(StringComparer.Ordinal);
        }

        return element.Value.ValueKind == JsonValueKind.Object
            ? ToMap(element.Value)
            : throw new ArgumentException("Variables must be a JSON object.", nameof(element));
    }

    private static Dictionary<string, object?> ToMap(JsonElement element)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            map[property.Name] = ToRuntimeValue(property.Value);
        }

        return map;
    }
}
