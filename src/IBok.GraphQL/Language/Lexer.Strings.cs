using System.Buffers;
using System.Text;

namespace IBok.GraphQL.Language;

public ref partial struct Lexer
{
    /// <summary>
    /// StringValue :: "" [lookahead != "] | " StringCharacter+ ";
    /// StringCharacter :: SourceCharacter but not " or \ or LineTerminator | \u EscapedUnicode | \ EscapedCharacter.
    /// Escapes are validated here, so that the error points at the bad escape; the value is decoded on request.
    /// </summary>
    private TokenKind ReadString(int start)
    {
        BeginToken(start);
        var position = start + 1;
        var hasEscapes = false;
        while (position < _source.Length)
        {
            var code = _source[position];
            if (code == '"')
            {
                FinishToken(TokenKind.String, position + 1);
                _tokenHasEscapes = hasEscapes;
                return TokenKind.String;
            }

            if (code == '\\')
            {
                hasEscapes = true;
                position += EscapeLength(position);
                continue;
            }

            if (code == '\n' || code == '\r')
            {
                break;
            }

            position = SkipSourceCharacter(position);
        }

        throw Error(position, "Unterminated string.");
    }

    /// <summary>
    /// BlockString :: """ BlockStringCharacter* """;
    /// BlockStringCharacter :: SourceCharacter but not """ or \""" | \""".
    /// </summary>
    private TokenKind ReadBlockString(int start)
    {
        BeginToken(start);
        var position = start + 3;
        while (position < _source.Length)
        {
            var code = _source[position];
            if (code == '"' && CodeAt(position + 1) == '"' && CodeAt(position + 2) == '"')
            {
                return FinishToken(TokenKind.BlockString, position + 3);
            }

            if (code == '\\' && CodeAt(position + 1) == '"' && CodeAt(position + 2) == '"' && CodeAt(position + 3) == '"')
            {
                position += 4;
                continue;
            }

            if (code == '\n')
            {
                position++;
                StartLine(position);
                continue;
            }

            if (code == '\r')
            {
                position += CodeAt(position + 1) == '\n' ? 2 : 1;
                StartLine(position);
                continue;
            }

            position = SkipSourceCharacter(position);
        }

        throw Error(position, "Unterminated string.");
    }

    /// <summary>Steps over one SourceCharacter (any Unicode scalar value, spec 2.1), keeping the UTF-16 column count.</summary>
    private int SkipSourceCharacter(int position)
    {
        if (_source[position] < 0x80)
        {
            return position + 1;
        }

        if (Rune.DecodeFromUtf8(_source[position..], out var rune, out var consumed) != OperationStatus.Done)
        {
            throw Error(position, $"Invalid character within String: {SourceText.PrintCharacterAt(_source, position)}.");
        }

        _lineExtraBytes += consumed - rune.Utf16SequenceLength;
        return position + consumed;
    }

    /// <summary>The length in bytes of the valid escape sequence at <paramref name="position"/> (a backslash).</summary>
    private readonly int EscapeLength(int position)
    {
        if (CodeAt(position + 1) != 'u')
        {
            return CodeAt(position + 1) switch
            {
                '"' or '\\' or '/' or 'b' or 'f' or 'n' or 'r' or 't' => 2,
                _ => throw Error(position, $"Invalid character escape sequence: \"{SourceText.Slice(_source, position, 2)}\"."),
            };
        }

        return CodeAt(position + 2) == '{'
            ? VariableWidthUnicodeEscapeLength(position, out _)
            : FixedWidthUnicodeEscapeLength(position, out _);
    }

    /// <summary>EscapedUnicode :: { HexDigit+ } — the code point must be a Unicode scalar value.</summary>
    private readonly int VariableWidthUnicodeEscapeLength(int position, out int codePoint)
    {
        codePoint = 0;
        var size = 3;

        // \u{ plus at most 8 hex digits plus }; more digits cannot name a scalar value.
        while (size < 12)
        {
            var code = CodeAt(position + size++);
            if (code == '}')
            {
                if (size < 5 || !IsUnicodeScalarValue(codePoint))
                {
                    break;
                }

                return size;
            }

            codePoint = (codePoint << 4) | HexValue(code);
            if (codePoint < 0)
            {
                break;
            }
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{SourceText.Slice(_source, position, size)}\".");
    }

    /// <summary>
    /// EscapedUnicode :: HexDigit HexDigit HexDigit HexDigit — a scalar value, or a leading surrogate immediately
    /// followed by an escaped trailing surrogate (a JSON-style surrogate pair), as the spec's StringValue semantics allow.
    /// </summary>
    private readonly int FixedWidthUnicodeEscapeLength(int position, out int codePoint)
    {
        var code = Read16BitHex(position + 2);
        if (IsUnicodeScalarValue(code))
        {
            codePoint = code;
            return 6;
        }

        if (code is >= 0xD800 and <= 0xDBFF && CodeAt(position + 6) == '\\' && CodeAt(position + 7) == 'u')
        {
            var trailing = Read16BitHex(position + 8);
            if (trailing is >= 0xDC00 and <= 0xDFFF)
            {
                codePoint = char.ConvertToUtf32((char)code, (char)trailing);
                return 12;
            }
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{SourceText.Slice(_source, position, 6)}\".");
    }

    private readonly int Read16BitHex(int position) =>
        (HexValue(CodeAt(position)) << 12) | (HexValue(CodeAt(position + 1)) << 8)
        | (HexValue(CodeAt(position + 2)) << 4) | HexValue(CodeAt(position + 3));

    private static int HexValue(int code) => code switch
    {
        >= '0' and <= '9' => code - '0',
        >= 'A' and <= 'F' => code - 'A' + 10,
        >= 'a' and <= 'f' => code - 'a' + 10,
        _ => -1,
    };

    private static bool IsUnicodeScalarValue(int code) => code is (>= 0 and <= 0xD7FF) or (>= 0xE000 and <= 0x10FFFF);

    /// <summary>The value of a string's content (already validated by <see cref="ReadString"/>) with escapes resolved.</summary>
    private readonly string DecodeEscapedString(ReadOnlySpan<byte> content)
    {
        var offset = Start + 1;
        var builder = new StringBuilder(content.Length);
        var chunkStart = 0;
        var i = 0;
        while (i < content.Length)
        {
            if (content[i] != '\\')
            {
                i++;
                continue;
            }

            builder.Append(Encoding.UTF8.GetString(content[chunkStart..i]));
            int length;
            switch (content[i + 1])
            {
                case (byte)'u' when content[i + 2] == '{':
                    length = VariableWidthUnicodeEscapeLength(offset + i, out var variablePoint);
                    builder.Append(new Rune(variablePoint).ToString());
                    break;
                case (byte)'u':
                    length = FixedWidthUnicodeEscapeLength(offset + i, out var fixedPoint);
                    builder.Append(new Rune(fixedPoint).ToString());
                    break;
                default:
                    length = 2;
                    builder.Append(content[i + 1] switch
                    {
                        (byte)'b' => '\b',
                        (byte)'f' => '\f',
                        (byte)'n' => '\n',
                        (byte)'r' => '\r',
                        (byte)'t' => '\t',
                        var other => (char)other, // " \ /
                    });
                    break;
            }

            i += length;
            chunkStart = i;
        }

        builder.Append(Encoding.UTF8.GetString(content[chunkStart..]));
        return builder.ToString();
    }
}
