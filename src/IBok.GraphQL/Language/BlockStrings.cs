using System.Text;

namespace IBok.GraphQL.Language;

/// <summary>Block string semantics (spec 2.9.4) and printing (as graphql-js prints them).</summary>
internal static class BlockStrings
{
    /// <summary>
    /// The value of a block string from its raw content between the triple quotes: <c>\"""</c> becomes <c>"""</c>,
    /// then BlockStringValue(rawValue) (spec 2.9.4): split by LineTerminator, remove the common indentation of all
    /// lines but the first, drop leading and trailing lines of only whitespace, join with U+000A.
    /// </summary>
    public static string Value(ReadOnlySpan<byte> rawContent)
    {
        var raw = Encoding.UTF8.GetString(rawContent).Replace("\\\"\"\"", "\"\"\"", StringComparison.Ordinal);
        var lines = SplitLines(raw);

        int? commonIndent = null;
        for (var i = 1; i < lines.Count; i++)
        {
            var indent = LeadingWhitespace(lines[i]);
            if (indent < lines[i].Length && (commonIndent is null || indent < commonIndent))
            {
                commonIndent = indent;
            }
        }

        if (commonIndent is { } common)
        {
            for (var i = 1; i < lines.Count; i++)
            {
                lines[i] = lines[i].Length <= common ? string.Empty : lines[i][common..];
            }
        }

        var first = 0;
        while (first < lines.Count && IsBlank(lines[first]))
        {
            first++;
        }

        var last = lines.Count - 1;
        while (last >= first && IsBlank(lines[last]))
        {
            last--;
        }

        return first > last ? string.Empty : string.Join('\n', lines.Skip(first).Take(last - first + 1));
    }

    /// <summary>
    /// Prints a value as a block string the way graphql-js <c>printBlockString</c> does: <c>"""</c> escaped; a leading
    /// line break unless the value is one line starting with whitespace; a trailing line break when the value has
    /// several lines, is longer than 70 characters, or ends with a quote or backslash.
    /// </summary>
    public static string Print(string value)
    {
        var escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        var lines = SplitLines(escaped);
        var isSingleLine = lines.Count == 1;
        var forceLeadingNewLine = lines.Count > 1
            && lines.Skip(1).All(line => line.Length == 0 || IsWhitespace(line[0]));
        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewLine = hasTrailingQuote || hasTrailingSlash;
        var printAsMultipleLines = !isSingleLine || value.Length > 70 || forceTrailingNewLine
            || forceLeadingNewLine || hasTrailingTripleQuotes;
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && IsWhitespace(value[0]);

        var builder = new StringBuilder("\"\"\"", value.Length + 8);
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            builder.Append('\n');
        }

        builder.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewLine)
        {
            builder.Append('\n');
        }

        return builder.Append("\"\"\"").ToString();
    }

    /// <summary>Splits by LineTerminator: \r\n, \n or \r (spec 2.1.2).</summary>
    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var lineStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\n' or '\r')
            {
                lines.Add(text[lineStart..i]);
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                lineStart = i + 1;
            }
        }

        lines.Add(text[lineStart..]);
        return lines;
    }

    private static int LeadingWhitespace(string line)
    {
        var i = 0;
        while (i < line.Length && IsWhitespace(line[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsBlank(string line) => LeadingWhitespace(line) == line.Length;

    /// <summary>Whitespace :: Horizontal Tab (U+0009) | Space (U+0020) (spec 2.1.3).</summary>
    private static bool IsWhitespace(char c) => c is ' ' or '\t';
}
