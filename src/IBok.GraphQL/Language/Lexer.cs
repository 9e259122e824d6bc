using System.Buffers;
using System.Text;

namespace IBok.GraphQL.Language;

/// <summary>
/// Splits UTF-8 GraphQL source text into tokens (GraphQL spec, Section 2.1 "Source Text", Appendix C "Lexical Tokens").
/// The current token is described by <see cref="Kind"/>, <see cref="Start"/>/<see cref="End"/> (byte offsets into
/// the source) and <see cref="Line"/>/<see cref="Column"/>; nothing is allocated per token. Ignored tokens
/// (Unicode BOM, whitespace, line terminators, comments, commas) are skipped. String values are decoded only on
/// request (<see cref="GetStringValue"/>). Errors are <see cref="GraphQLSyntaxException"/>s phrased as in graphql-js.
/// A copy of the struct is an independent lexer, which gives the parser its one-token lookahead.
/// </summary>
public ref partial struct Lexer
{
    private readonly ReadOnlySpan<byte> _source;
    private int _position;
    private int _line;
    private int _lineStart;

    // Bytes on the current line, before _position, that are not UTF-16 code units of their own (continuation bytes
    // of multi-byte characters in strings, comments or BOMs), so that columns can be counted in UTF-16 code units.
    private int _lineExtraBytes;
    private bool _tokenHasEscapes;

    /// <summary>A lexer positioned on the start-of-file token of <paramref name="utf8Source"/>.</summary>
    public Lexer(ReadOnlySpan<byte> utf8Source)
    {
        _source = utf8Source;
        _line = 1;
        Kind = TokenKind.StartOfFile;
        Line = 1;
        Column = 1;
    }

    /// <summary>The whole source text.</summary>
    public readonly ReadOnlySpan<byte> Source => _source;

    /// <summary>The kind of the current token.</summary>
    public TokenKind Kind { get; private set; }

    /// <summary>Byte offset where the current token starts.</summary>
    public int Start { get; private set; }

    /// <summary>Byte offset just after the current token.</summary>
    public int End { get; private set; }

    /// <summary>1-based line of the current token's start.</summary>
    public int Line { get; private set; }

    /// <summary>1-based column of the current token's start, in UTF-16 code units.</summary>
    public int Column { get; private set; }

    /// <summary>The source text of the current token (for strings including the quotes).</summary>
    public readonly ReadOnlySpan<byte> Text => _source[Start..End];

    /// <summary>Whether the current token is the Name <paramref name="keyword"/> (e.g. <c>"query"u8</c>).</summary>
    public readonly bool IsKeyword(ReadOnlySpan<byte> keyword) =>
        Kind == TokenKind.Name && _source[Start..End].SequenceEqual(keyword);

    /// <summary>Moves to the next significant token and returns its kind; at the end it stays on <see cref="TokenKind.EndOfFile"/>.</summary>
    public TokenKind Advance()
    {
        if (Kind == TokenKind.EndOfFile)
        {
            return TokenKind.EndOfFile;
        }

        var source = _source;
        var position = _position;
        while (position < source.Length)
        {
            switch (source[position])
            {
                case (byte)' ':
                case (byte)'\t':
                case (byte)',':
                    position++;
                    continue;
                case (byte)'\n':
                    position++;
                    StartLine(position);
                    continue;
                case (byte)'\r':
                    position += position + 1 < source.Length && source[position + 1] == '\n' ? 2 : 1;
                    StartLine(position);
                    continue;
                case 0xEF when position + 2 < source.Length && source[position + 1] == 0xBB && source[position + 2] == 0xBF:
                    // UnicodeBOM (U+FEFF) is an ignored token anywhere (spec 2.1.1): three bytes, one UTF-16 unit.
                    position += 3;
                    _lineExtraBytes += 2;
                    continue;
                case (byte)'#':
                    position = SkipComment(position);
                    continue;
                case (byte)'!': return Punctuator(TokenKind.Bang, position, 1);
                case (byte)'$': return Punctuator(TokenKind.Dollar, position, 1);
                case (byte)'&': return Punctuator(TokenKind.Ampersand, position, 1);
                case (byte)'(': return Punctuator(TokenKind.LeftParenthesis, position, 1);
                case (byte)')': return Punctuator(TokenKind.RightParenthesis, position, 1);
                case (byte)':': return Punctuator(TokenKind.Colon, position, 1);
                case (byte)'=': return Punctuator(TokenKind.Equals, position, 1);
                case (byte)'@': return Punctuator(TokenKind.At, position, 1);
                case (byte)'[': return Punctuator(TokenKind.LeftBracket, position, 1);
                case (byte)']': return Punctuator(TokenKind.RightBracket, position, 1);
                case (byte)'{': return Punctuator(TokenKind.LeftBrace, position, 1);
                case (byte)'|': return Punctuator(TokenKind.Pipe, position, 1);
                case (byte)'}': return Punctuator(TokenKind.RightBrace, position, 1);
                case (byte)'.':
                    if (CodeAt(position + 1) == '.' && CodeAt(position + 2) == '.')
                    {
                        return Punctuator(TokenKind.Spread, position, 3);
                    }

                    throw UnexpectedCharacter(position);
                case (byte)'"':
                    return CodeAt(position + 1) == '"' && CodeAt(position + 2) == '"'
                        ? ReadBlockString(position)
                        : ReadString(position);
            }

            var code = source[position];
            if (IsDigit(code) || code == '-')
            {
                return ReadNumber(position);
            }

            if (IsNameStart(code))
            {
                return ReadName(position);
            }

            throw UnexpectedCharacter(position);
        }

        BeginToken(source.Length);
        return FinishToken(TokenKind.EndOfFile, source.Length);
    }

    /// <summary>
    /// The current token as graphql-js describes it in messages: punctuators quoted (<c>"{"</c>),
    /// valued tokens with their value (<c>Name "foo"</c>, <c>String "text"</c>), and <c>&lt;EOF&gt;</c>.
    /// </summary>
    public readonly string Describe() => Kind switch
    {
        TokenKind.Name => "Name \"" + GetText() + "\"",
        TokenKind.Int => "Int \"" + GetText() + "\"",
        TokenKind.Float => "Float \"" + GetText() + "\"",
        TokenKind.String => "String \"" + GetStringValue() + "\"",
        TokenKind.BlockString => "BlockString \"" + GetStringValue() + "\"",
        _ => Describe(Kind),
    };

    /// <summary>A token kind as graphql-js names it in messages (<c>Name</c>, <c>"{"</c>, <c>&lt;EOF&gt;</c>).</summary>
    public static string Describe(TokenKind kind) => kind switch
    {
        TokenKind.StartOfFile => "<SOF>",
        TokenKind.EndOfFile => "<EOF>",
        TokenKind.Bang => "\"!\"",
        TokenKind.Dollar => "\"$\"",
        TokenKind.Ampersand => "\"&\"",
        TokenKind.LeftParenthesis => "\"(\"",
        TokenKind.RightParenthesis => "\")\"",
        TokenKind.Spread => "\"...\"",
        TokenKind.Colon => "\":\"",
        TokenKind.Equals => "\"=\"",
        TokenKind.At => "\"@\"",
        TokenKind.LeftBracket => "\"[\"",
        TokenKind.RightBracket => "\"]\"",
        TokenKind.LeftBrace => "\"{\"",
        TokenKind.Pipe => "\"|\"",
        TokenKind.RightBrace => "\"}\"",
        TokenKind.Name => "Name",
        TokenKind.Int => "Int",
        TokenKind.Float => "Float",
        TokenKind.String => "String",
        TokenKind.BlockString => "BlockString",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown token kind."),
    };

    /// <summary>The source text of the current token as a string (names, numbers).</summary>
    public readonly string GetText() => Encoding.UTF8.GetString(_source[Start..End]);

    /// <summary>
    /// The value of the current String or BlockString token: escapes resolved (spec 2.9.4 "Static Semantics"),
    /// or for a block string the result of BlockStringValue(rawValue).
    /// </summary>
    public readonly string GetStringValue()
    {
        if (Kind == TokenKind.BlockString)
        {
            return BlockStrings.Value(_source[(Start + 3)..(End - 3)]);
        }

        if (Kind != TokenKind.String)
        {
            throw new InvalidOperationException($"The current token is {Describe(Kind)}, not a String.");
        }

        var content = _source[(Start + 1)..(End - 1)];
        return _tokenHasEscapes ? DecodeEscapedString(content) : Encoding.UTF8.GetString(content);
    }

    /// <summary>Creates a syntax error located at a byte offset of this lexer's source.</summary>
    internal readonly GraphQLSyntaxException Error(int offset, string description) =>
        SourceText.Error(_source, offset, description);

    private void StartLine(int position)
    {
        _line++;
        _lineStart = position;
        _lineExtraBytes = 0;
    }

    private readonly int CodeAt(int position) => position < _source.Length ? _source[position] : -1;

    private void BeginToken(int start)
    {
        Start = start;
        Line = _line;
        Column = start - _lineStart - _lineExtraBytes + 1;
        _tokenHasEscapes = false;
    }

    private TokenKind FinishToken(TokenKind kind, int end)
    {
        Kind = kind;
        End = end;
        _position = end;
        return kind;
    }

    private TokenKind Punctuator(TokenKind kind, int start, int length)
    {
        BeginToken(start);
        return FinishToken(kind, start + length);
    }

    /// <summary>Comment :: # CommentChar* [lookahead != CommentChar]; CommentChar :: SourceCharacter but not LineTerminator.</summary>
    private int SkipComment(int start)
    {
        var position = start + 1;
        while (position < _source.Length)
        {
            var code = _source[position];
            if (code == '\n' || code == '\r')
            {
                break;
            }

            if (code < 0x80)
            {
                position++;
                continue;
            }

            if (Rune.DecodeFromUtf8(_source[position..], out var rune, out var consumed) != OperationStatus.Done)
            {
                break; // not a SourceCharacter: reported as an invalid character by the token loop
            }

            _lineExtraBytes += consumed - rune.Utf16SequenceLength;
            position += consumed;
        }

        return position;
    }

    /// <summary>Name :: NameStart NameContinue* [lookahead != NameContinue].</summary>
    private TokenKind ReadName(int start)
    {
        BeginToken(start);
        var position = start + 1;
        while (position < _source.Length && IsNameContinue(_source[position]))
        {
            position++;
        }

        return FinishToken(TokenKind.Name, position);
    }

    /// <summary>
    /// IntValue :: IntegerPart [lookahead != {Digit, ., NameStart}];
    /// FloatValue :: IntegerPart FractionalPart? ExponentPart? [lookahead != {Digit, ., NameStart}].
    /// </summary>
    private TokenKind ReadNumber(int start)
    {
        BeginToken(start);
        var position = start;
        var code = CodeAt(position);
        var isFloat = false;
        if (code == '-')
        {
            code = CodeAt(++position);
        }

        if (code == '0')
        {
            code = CodeAt(++position);
            if (IsDigit(code))
            {
                throw Error(position, $"Invalid number, unexpected digit after 0: {SourceText.PrintCharacterAt(_source, position)}.");
            }
        }
        else
        {
            position = ReadDigits(position, code);
            code = CodeAt(position);
        }

        if (code == '.')
        {
            isFloat = true;
            code = CodeAt(++position);
            position = ReadDigits(position, code);
            code = CodeAt(position);
        }

        if (code is 'e' or 'E')
        {
            isFloat = true;
            code = CodeAt(++position);
            if (code is '+' or '-')
            {
                code = CodeAt(++position);
            }

            position = ReadDigits(position, code);
            code = CodeAt(position);
        }

        if (code == '.' || IsNameStart(code))
        {
            throw Error(position, $"Invalid number, expected digit but got: {SourceText.PrintCharacterAt(_source, position)}.");
        }

        return FinishToken(isFloat ? TokenKind.Float : TokenKind.Int, position);
    }

    private readonly int ReadDigits(int start, int firstCode)
    {
        if (!IsDigit(firstCode))
        {
            throw Error(start, $"Invalid number, expected digit but got: {SourceText.PrintCharacterAt(_source, start)}.");
        }

        var position = start + 1;
        while (IsDigit(CodeAt(position)))
        {
            position++;
        }

        return position;
    }

    private readonly GraphQLSyntaxException UnexpectedCharacter(int position)
    {
        if (_source[position] == '\'')
        {
            return Error(position, "Unexpected single quote character ('), did you mean to use a double quote (\")?");
        }

        var printed = SourceText.PrintCharacterAt(_source, position);
        return Rune.DecodeFromUtf8(_source[position..], out _, out _) == OperationStatus.Done
            ? Error(position, $"Unexpected character: {printed}.")
            : Error(position, $"Invalid character: {printed}.");
    }

    private static bool IsDigit(int code) => (uint)(code - '0') <= 9;

    private static bool IsLetter(int code) => (uint)((code | 0x20) - 'a') <= 'z' - 'a';

    private static bool IsNameStart(int code) => IsLetter(code) || code == '_';

    private static bool IsNameContinue(int code) => IsLetter(code) || IsDigit(code) || code == '_';
}
