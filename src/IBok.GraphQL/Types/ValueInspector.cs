using System.Collections;
using System.Globalization;
using System.Text;

namespace IBok.GraphQL.Types;

/// <summary>
/// Renders runtime values for error messages exactly as graphql-js's <c>inspect</c> does: strings as JSON
/// strings, numbers as JavaScript prints them, lists as <c>[1, 2]</c>, maps as <c>{ a: 1 }</c>, nesting
/// deeper than two levels as <c>[Array]</c>/<c>[Object]</c>, lists longer than ten items cut with
/// <c>... N more items</c>. CLR values JavaScript has no counterpart for (dates, GUIDs, enums) print with
/// their invariant-culture <c>ToString</c>.
/// </summary>
public static class ValueInspector
{
    private const int MaxArrayLength = 10;
    private const int MaxRecursiveDepth = 2;

    /// <summary>The graphql-js <c>inspect</c> rendering of <paramref name="value"/>.</summary>
    public static string Inspect(object? value) => Format(value, 0);

    private static string Format(object? value, int depth)
    {
        switch (value)
        {
            case null:
                return "null";
            case string text:
                return JsonString(text);
            case bool flag:
                return flag ? "true" : "false";
            case GraphQLType type:
                return type.ToString();
            case IReadOnlyDictionary<string, object?> map:
                return FormatObject(map, depth + 1);
            case IEnumerable sequence and not string:
                return FormatArray(sequence.Cast<object?>().ToList(), depth + 1);
            default:
                if (JsNumber.TryToDouble(value, out var number))
                {
                    return value is long or ulong or decimal
                        ? Convert.ToString(value, CultureInfo.InvariantCulture)!
                        : JsNumber.Format(number);
                }

                return Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
        }
    }

    private static string FormatArray(List<object?> items, int depth)
    {
        if (items.Count == 0)
        {
            return "[]";
        }

        if (depth > MaxRecursiveDepth)
        {
            return "[Array]";
        }

        var shown = items.Take(MaxArrayLength).Select(item => Format(item, depth)).ToList();
        var remaining = items.Count - shown.Count;
        if (remaining == 1)
        {
            shown.Add("... 1 more item");
        }
        else if (remaining > 1)
        {
            shown.Add($"... {remaining.ToString(CultureInfo.InvariantCulture)} more items");
        }

        return "[" + string.Join(", ", shown) + "]";
    }

    private static string FormatObject(IReadOnlyDictionary<string, object?> map, int depth)
    {
        if (map.Count == 0)
        {
            return "{}";
        }

        if (depth > MaxRecursiveDepth)
        {
            return "[Object]";
        }

        return "{ " + string.Join(", ", map.Select(entry => entry.Key + ": " + Format(entry.Value, depth))) + " }";
    }

    /// <summary>JavaScript's <c>JSON.stringify</c> of a string.</summary>
    internal static string JsonString(string text)
    {
        var builder = new StringBuilder(text.Length + 2);
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < ' ')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }
}
