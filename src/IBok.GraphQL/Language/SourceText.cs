using System.Globalization;
using System.Text;

namespace IBok.GraphQL.Language;

/// <summary>Helpers over UTF-8 GraphQL source text for error reporting (never on the hot path).</summary>
internal static class SourceText
{
    /// <summary>
    /// The 1-based line and column of a byte offset. Lines end at LineTerminator (\n, \r\n or \r, spec 2.1.2);
    /// columns count UTF-16 code units, as graphql-js does, so locations agree with it on non-ASCII text.
    /// </summary>
    public static (int Line, int Column) LineAndColumn(ReadOnlySpan<byte> source, int offset)
    {
        offset = Math.Min(offset, source.Length);
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            var b = source[i];
            if (b == '\n' || (b == '\r' && (i + 1 >= source.Length || source[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        var column = 1;
        var position = lineStart;
        while (position < offset)
        {
            if (Rune.DecodeFromUtf8(source[position..], out var rune, out var consumed) == System.Buffers.OperationStatus.Done)
            {
                column += rune.Utf16SequenceLength;
            }
            else
            {
                column++;
            }

            position += Math.Max(consumed, 1);
        }

        return (line, column);
    }

    /// <summary>Creates a syntax error located at a byte offset.</summary>
    public static GraphQLSyntaxException Error(ReadOnlySpan<byte> source, int offset, string description)
    {
        var (line, column) = LineAndColumn(source, offset);
        return new GraphQLSyntaxException(description, offset, line, column);
    }

    /// <summary>
    /// The character at an offset as graphql-js prints it in messages: printable ASCII quoted (<c>"a"</c>,
    /// the double quote as <c>'"'</c>), anything else as <c>U+XXXX</c>, the end as <c>&lt;EOF&gt;</c>.
    /// </summary>
    public static string PrintCharacterAt(ReadOnlySpan<byte> source, int offset)
    {
        if (offset >= source.Length)
        {
            return "<EOF>";
        }

        if (Rune.DecodeFromUtf8(source[offset..], out var rune, out _) != System.Buffers.OperationStatus.Done)
        {
            return string.Create(CultureInfo.InvariantCulture, $"byte 0x{source[offset]:X2} (not UTF-8)");
        }

        if (rune.Value is >= 0x20 and <= 0x7E)
        {
            return rune.Value == '"' ? "'\"'" : "\"" + (char)rune.Value + "\"";
        }

        return "U+" + rune.Value.ToString("X4", CultureInfo.InvariantCulture);
    }

    /// <summary>The text of <paramref name="utf16Units"/> UTF-16 code units from a byte offset, clamped to the end.</summary>
    public static string Slice(ReadOnlySpan<byte> source, int offset, int utf16Units)
    {
        var builder = new StringBuilder();
        var position = offset;
        while (position < source.Length && builder.Length < utf16Units)
        {
            if (Rune.DecodeFromUtf8(source[position..], out var rune, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                builder.Append('\uFFFD');
            }
            else if (builder.Length + rune.Utf16SequenceLength > utf16Units)
            {
                // graphql-js slices UTF-16 text, so a cut through a surrogate pair keeps the leading half.
                builder.Append(rune.ToString()[0]);
            }
            else
            {
                builder.Append(rune.ToString());
            }

            position += Math.Max(consumed, 1);
        }

        return builder.ToString();
    }
}
