using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IBok.GraphQL.Tests.Conformance;

/// <summary>
/// Compares an engine's outcome with graphql-js's, by the rules of README.md: the same stage; at execution the same
/// data (object keys in the same order, numbers by value) and the same multiset of error paths; error messages and
/// locations are informational only.
/// </summary>
public static class ConformanceComparer
{
    /// <summary>Returns the differences, one sentence each; an empty list means the outcomes agree.</summary>
    public static IReadOnlyList<string> Compare(ConformanceCase testCase, ConformanceOutcome expected, ConformanceOutcome actual)
    {
        var differences = new List<string>();
        if (expected.Stage != actual.Stage)
        {
            differences.Add($"stage: expected {expected.Stage}, got {actual.Stage} ({Messages(actual)})");
            return differences;
        }

        if (expected.Stage != ConformanceStage.Execution)
        {
            if (actual.Errors.Count == 0) differences.Add($"stage {actual.Stage} without any error");
            if (expected.Stage == ConformanceStage.Validation && testCase.Valid == false && actual.Rules.Count > 0
                && !actual.Rules.Contains(testCase.Rule!, StringComparer.Ordinal))
            {
                differences.Add($"rule: expected {testCase.Rule} among the reported rules, got {string.Join(", ", actual.Rules)}");
            }

            return differences;
        }

        var actualData = testCase.Introspection is null || actual.Data is null ? actual.Data : IntrospectionNormalizer.Normalize(actual.Data);
        var dataDifference = FirstDifference(expected.Data, actualData, "data");
        if (dataDifference is not null) differences.Add(dataDifference);

        var expectedPaths = expected.Errors.Select(e => e.PathText).Order(StringComparer.Ordinal).ToList();
        var actualPaths = actual.Errors.Select(e => e.PathText).Order(StringComparer.Ordinal).ToList();
        if (!expectedPaths.SequenceEqual(actualPaths, StringComparer.Ordinal))
        {
            differences.Add($"error paths: expected [{string.Join("; ", expectedPaths)}], got [{string.Join("; ", actualPaths)}]");
        }

        return differences;
    }

    /// <summary>
    /// The first place where two JSON values differ, as a sentence naming its location, or null when they are equal.
    /// Object keys must appear in the same order (GraphQL responses are ordered maps); numbers compare by value.
    /// </summary>
    public static string? FirstDifference(JsonNode? expected, JsonNode? actual, string location)
    {
        var expectedKind = Kind(expected);
        var actualKind = Kind(actual);
        if (expectedKind != actualKind)
        {
            return $"{location}: expected {Show(expected)}, got {Show(actual)}";
        }

        switch (expected)
        {
            case JsonObject expectedObject:
            {
                var actualObject = actual!.AsObject();
                var expectedKeys = expectedObject.Select(p => p.Key).ToList();
                var actualKeys = actualObject.Select(p => p.Key).ToList();
                if (!expectedKeys.SequenceEqual(actualKeys, StringComparer.Ordinal))
                {
                    return $"{location}: expected keys [{string.Join(", ", expectedKeys)}], got [{string.Join(", ", actualKeys)}]";
                }

                foreach (var key in expectedKeys)
                {
                    var difference = FirstDifference(expectedObject[key], actualObject[key], $"{location}.{key}");
                    if (difference is not null) return difference;
                }

                return null;
            }

            case JsonArray expectedArray:
            {
                var actualArray = actual!.AsArray();
                if (expectedArray.Count != actualArray.Count)
                {
                    return $"{location}: expected {expectedArray.Count} items, got {actualArray.Count}";
                }

                for (var i = 0; i < expectedArray.Count; i++)
                {
                    var difference = FirstDifference(expectedArray[i], actualArray[i], $"{location}.{i}");
                    if (difference is not null) return difference;
                }

                return null;
            }

            case null:
                return null;

            default:
                var equal = expectedKind == JsonValueKind.Number
                    ? NumberValue(expected) == NumberValue(actual!)
                    : JsonNode.DeepEquals(expected, actual);
                return equal ? null : $"{location}: expected {Show(expected)}, got {Show(actual)}";
        }
    }

    private static JsonValueKind Kind(JsonNode? node) => node is null ? JsonValueKind.Null : node.GetValueKind() switch
    {
        JsonValueKind.True or JsonValueKind.False => JsonValueKind.True,
        var kind => kind,
    };

    private static double NumberValue(JsonNode node) =>
        double.Parse(node.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static string Show(JsonNode? node) => node is null ? "null" : node.ToJsonString();

    private static string Messages(ConformanceOutcome outcome) =>
        outcome.Errors.Count == 0 ? "no errors" : string.Join(" | ", outcome.Errors.Select(e => e.Message));
}

/// <summary>
/// Makes the orders the spec leaves to the implementation canonical in introspection data, exactly as the oracle does
/// for cases with <c>"introspection"</c>: every <c>possibleTypes</c> list, and <c>__schema.types</c> and
/// <c>__schema.directives</c>, are sorted by name (ordinal), and every directive's <c>locations</c> are sorted (ordinal).
/// </summary>
public static class IntrospectionNormalizer
{
    /// <summary>Returns a normalised copy; the input is left as it was.</summary>
    public static JsonNode Normalize(JsonNode data)
    {
        var copy = data.DeepClone();
        Walk(copy);
        return copy;
    }

    private static void Walk(JsonNode? node)
    {
        switch (node)
        {
            case JsonArray array:
                foreach (var item in array) Walk(item);
                break;
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    if (key == "possibleTypes" && value is JsonArray possibleTypes) SortByName(possibleTypes);
                    if (key == "__schema" && value is JsonObject schema)
                    {
                        if (schema["types"] is JsonArray types) SortByName(types);
                        if (schema["directives"] is JsonArray directives)
                        {
                            SortByName(directives);
                            foreach (var directive in directives)
                            {
                                if (directive?["locations"] is JsonArray locations) Sort(locations, n => n!.GetValue<string>());
                            }
                        }
                    }

                    Walk(value);
                }

                break;
        }
    }

    private static void SortByName(JsonArray array) => Sort(array, n => n?["name"]?.GetValue<string>() ?? string.Empty);

    private static void Sort(JsonArray array, Func<JsonNode?, string> key)
    {
        var items = array.Select(n => n?.DeepClone()).OrderBy(key, StringComparer.Ordinal).ToList();
        array.Clear();
        foreach (var item in items) array.Add(item);
    }
}
