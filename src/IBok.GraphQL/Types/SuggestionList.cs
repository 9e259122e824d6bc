using System.Globalization;

namespace IBok.GraphQL.Types;

/// <summary>
/// "Did you mean" suggestions as graphql-js computes them: options within a Damerau–Levenshtein distance of
/// <c>floor(0.4 × input length) + 1</c> (case differences cost 1), nearest first, ties in natural order;
/// at most five are shown.
/// </summary>
public static class SuggestionList
{
    private const int MaxSuggestions = 5;

    /// <summary>The options close enough to <paramref name="input"/>, best first.</summary>
    public static IReadOnlyList<string> For(string input, IEnumerable<string> options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        var distances = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var option in options)
        {
            if (Distance(input, option, threshold) is { } distance)
            {
                distances[option] = distance;
            }
        }

        return distances.Keys
            .OrderBy(option => distances[option])
            .ThenBy(option => option, NaturalComparer.Instance)
            .ToArray();
    }

    /// <summary>
    /// graphql-js <c>didYouMean</c>: <c> Did you mean "a", "b", or "c"?</c> (with a leading space), or an
    /// empty string when there is nothing to suggest. <paramref name="subject"/> is inserted after "mean".
    /// </summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions, string? subject = null)
    {
        ArgumentNullException.ThrowIfNull(suggestions);
        var prefix = " Did you mean " + (subject is null ? "" : subject + " ");
        var quoted = suggestions.Select(s => "\"" + s + "\"").ToList();
        switch (quoted.Count)
        {
            case 0:
                return "";
            case 1:
                return prefix + quoted[0] + "?";
            case 2:
                return prefix + quoted[0] + " or " + quoted[1] + "?";
            default:
                var selected = quoted.Take(MaxSuggestions).ToList();
                var last = selected[^1];
                selected.RemoveAt(selected.Count - 1);
                return prefix + string.Join(", ", selected) + ", or " + last + "?";
        }
    }

    private static int? Distance(string input, string option, int threshold)
    {
        if (input == option)
        {
            return 0;
        }

        var inputLower = input.ToLowerInvariant();
        var optionLower = option.ToLowerInvariant();
        if (inputLower == optionLower)
        {
            return 1;
        }

        var a = optionLower;
        var b = inputLower;
        if (a.Length < b.Length)
        {
            (a, b) = (b, a);
        }

        if (a.Length - b.Length > threshold)
        {
            return null;
        }

        var rows = new int[3][];
        for (var r = 0; r < 3; r++)
        {
            rows[r] = new int[b.Length + 1];
        }

        for (var j = 0; j <= b.Length; j++)
        {
            rows[0][j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var upRow = rows[(i - 1) % 3];
            var currentRow = rows[i % 3];
            var smallestCell = currentRow[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var currentCell = Math.Min(Math.Min(upRow[j] + 1, currentRow[j - 1] + 1), upRow[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    currentCell = Math.Min(currentCell, rows[(i - 2) % 3][j - 2] + 1);
                }

                smallestCell = Math.Min(smallestCell, currentCell);
                currentRow[j] = currentCell;
            }

            if (smallestCell > threshold)
            {
                return null;
            }
        }

        var distance = rows[a.Length % 3][b.Length];
        return distance <= threshold ? distance : null;
    }
}
