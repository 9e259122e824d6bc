using System.Text.Json;

namespace IBok.GraphQL.Utilities;

/// <summary>
/// Turns JSON (a request's <c>variables</c>) into the runtime values input coercion expects: null, bool,
/// string, <see cref="long"/> for integral numbers that fit (else <see cref="double"/>), <see cref="double"/>
/// for other numbers, <c>object?[]</c> for arrays and <c>Dictionary&lt;string, object?&gt;</c> for objects.
/// </summary>
public static class JsonInputValues
{
    /// <summary>
    /// The runtime value of <paramref name="element"/>, for data the application trusts (a fixture, a cache):
    /// object keys are interned, so the executor, whose field names are interned too, finds them by reference.
    /// Not for a request's input, whose keys would stay in the intern pool for good: use <see cref="ToVariables"/>.
    /// </summary>
    public static object? ToRuntimeValue(JsonElement element) => ToRuntimeValue(element, internKeys: true);

    private static object? ToRuntimeValue(JsonElement element, bool internKeys) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var whole) ? (object)whole : element.GetDouble(),
        JsonValueKind.Array => element.EnumerateArray().Select(item => ToRuntimeValue(item, internKeys)).ToArray(),
        JsonValueKind.Object => ToMap(element, internKeys),
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
            ? ToMap(element.Value, internKeys: false)
            : throw new ArgumentException("Variables must be a JSON object.", nameof(element));
    }

    private static Dictionary<string, object?> ToMap(JsonElement element, bool internKeys)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            map[internKeys ? string.Intern(property.Name) : property.Name] = ToRuntimeValue(property.Value, internKeys);
        }

        return map;
    }
}
