using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace IBok.GraphQL.Language;

/// <summary>
/// A recursive descent parser for GraphQL documents (GraphQL spec, Section 2 "Language" and Appendix C), producing
/// the syntax tree of <see cref="DocumentNode"/>. The parser is split by spec section into partial files; each
/// <c>Parse*</c> method quotes the production it parses. Errors are <see cref="GraphQLSyntaxException"/>s with the
/// messages and locations graphql-js reports. The limits of <see cref="ParserOptions"/> bound size, tokens and
/// nesting, so hostile documents fail fast.
/// </summary>
public ref partial struct Parser
{
    private Lexer _lexer;
    private readonly ParserOptions _options;
    private int _tokenCount;
    private int _depth;
    private int _previousTokenEnd;

    private Parser(ReadOnlySpan<byte> utf8Source, ParserOptions options)
    {
        _options = options;
        if (utf8Source.Length > options.MaxDocumentBytes)
        {
            throw new GraphQLSyntaxException(
                string.Create(CultureInfo.InvariantCulture,
                    $"Document size of {utf8Source.Length} bytes exceeds the maximum of {options.MaxDocumentBytes} bytes."),
                0, 1, 1);
        }

        _lexer = new Lexer(utf8Source);
    }

    /// <summary>
    /// Parses a GraphQL document from text (encoded to UTF-8 in a pooled buffer; node locations are offsets into
    /// that encoding, lines and columns are as graphql-js reports them).
    /// </summary>
    /// <exception cref="GraphQLSyntaxException">The text is not a GraphQL document, or exceeds a limit.</exception>
    public static DocumentNode Parse(string source, ParserOptions? options = null) =>
        WithUtf8(source, options ?? ParserOptions.Default, static (utf8, o) => Parse(utf8, o));

    /// <summary>Parses a GraphQL document from UTF-8 bytes; node locations are byte offsets into them.</summary>
    /// <exception cref="GraphQLSyntaxException">The bytes are not a GraphQL document, or exceed a limit.</exception>
    public static DocumentNode Parse(ReadOnlySpan<byte> utf8Source, ParserOptions? options = null)
    {
        var parser = new Parser(utf8Source, options ?? ParserOptions.Default);
        return parser.ParseDocument();
    }

    /// <summary>Parses a single value literal (variables allowed), e.g. <c>[1, {a: $b}]</c>.</summary>
    public static ValueNode ParseValue(string source, ParserOptions? options = null) =>
        WithUtf8(source, options ?? ParserOptions.Default, static (utf8, o) => ParseValue(utf8, o));

    /// <summary>Parses a single value literal (variables allowed) from UTF-8 bytes.</summary>
    public static ValueNode ParseValue(ReadOnlySpan<byte> utf8Source, ParserOptions? options = null)
    {
        var parser = new Parser(utf8Source, options ?? ParserOptions.Default);
        parser.ExpectToken(TokenKind.StartOfFile);
        var value = parser.ParseValueLiteral(isConst: false);
        parser.ExpectToken(TokenKind.EndOfFile);
        return value;
    }

    /// <summary>Parses a single type reference, e.g. <c>[String!]!</c>.</summary>
    public static TypeNode ParseType(string source, ParserOptions? options = null) =>
        WithUtf8(source, options ?? ParserOptions.Default, static (utf8, o) => ParseType(utf8, o));

    /// <summary>Parses a single type reference from UTF-8 bytes.</summary>
    public static TypeNode ParseType(ReadOnlySpan<byte> utf8Source, ParserOptions? options = null)
    {
        var parser = new Parser(utf8Source, options ?? ParserOptions.Default);
        parser.ExpectToken(TokenKind.StartOfFile);
        var type = parser.ParseTypeReference();
        parser.ExpectToken(TokenKind.EndOfFile);
        return type;
    }

    private delegate T Utf8Parse<out T>(ReadOnlySpan<byte> utf8, ParserOptions options);

    private static T WithUtf8<T>(string source, ParserOptions options, Utf8Parse<T> parse)
    {
        ArgumentNullException.ThrowIfNull(source);
        var byteCount = Encoding.UTF8.GetByteCount(source);
        if (byteCount > options.MaxDocumentBytes)
        {
            throw new GraphQLSyntaxException(
                string.Create(CultureInfo.InvariantCulture,
                    $"Document size of {byteCount} bytes exceeds the maximum of {options.MaxDocumentBytes} bytes."),
                0, 1, 1);
        }

        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(byteCount, 1));
        try
        {
            var length = Encoding.UTF8.GetBytes(source, buffer);
            return parse(buffer.AsSpan(0, length), options);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private readonly TokenKind Kind => _lexer.Kind;

    private readonly bool Peek(TokenKind kind) => _lexer.Kind == kind;

    /// <summary>Where a node begins: its first token's offset, line and column.</summary>
    private readonly NodeStart Begin() => new(_lexer.Start, _lexer.Line, _lexer.Column);

    /// <summary>The location of a node from its first token to the last token consumed.</summary>
    private readonly Location LocationFrom(NodeStart start) => new(start.Offset, _previousTokenEnd, start.Line, start.Column);

    private readonly record struct NodeStart(int Offset, int Line, int Column);

    /// <summary>Consumes the current token, counting it against <see cref="ParserOptions.MaxTokens"/>.</summary>
    private void Advance()
    {
        _previousTokenEnd = _lexer.End;
        if (_lexer.Advance() != TokenKind.EndOfFile && ++_tokenCount > _options.MaxTokens)
        {
            throw _lexer.Error(_lexer.Start, string.Create(CultureInfo.InvariantCulture,
                $"Document contains more than {_options.MaxTokens} tokens. Parsing aborted."));
        }
    }

    private void ExpectToken(TokenKind kind)
    {
        if (_lexer.Kind != kind)
        {
            throw _lexer.Error(_lexer.Start, $"Expected {Lexer.Describe(kind)}, found {_lexer.Describe()}.");
        }

        Advance();
    }

    private bool ExpectOptionalToken(TokenKind kind)
    {
        if (_lexer.Kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    private void ExpectKeyword(ReadOnlySpan<byte> keyword)
    {
        if (!_lexer.IsKeyword(keyword))
        {
            throw _lexer.Error(_lexer.Start, $"Expected \"{Encoding.UTF8.GetString(keyword)}\", found {_lexer.Describe()}.");
        }

        Advance();
    }

    private bool ExpectOptionalKeyword(ReadOnlySpan<byte> keyword)
    {
        if (!_lexer.IsKeyword(keyword))
        {
            return false;
        }

        Advance();
        return true;
    }

    /// <summary><c>Unexpected {token}.</c> at the current token.</summary>
    private readonly GraphQLSyntaxException Unexpected() =>
        _lexer.Error(_lexer.Start, $"Unexpected {_lexer.Describe()}.");

    /// <summary><c>Unexpected {token}.</c> at a token seen by lookahead.</summary>
    private static GraphQLSyntaxException Unexpected(in Lexer at) => at.Error(at.Start, $"Unexpected {at.Describe()}.");

    /// <summary>The token after the current one, without consuming anything (a copy of the lexer advances).</summary>
    private readonly Lexer Lookahead()
    {
        var copy = _lexer;
        copy.Advance();
        return copy;
    }

    /// <summary>
    /// Enters one level of nesting (selection set, list or object value, list type), failing with the depth error
    /// when <see cref="ParserOptions.MaxNestingDepth"/> would be exceeded or the thread's stack runs short.
    /// </summary>
    private void EnterNesting()
    {
        if (++_depth > _options.MaxNestingDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw _lexer.Error(_lexer.Start, string.Create(CultureInfo.InvariantCulture,
                $"Document nesting depth exceeds the maximum of {_options.MaxNestingDepth}. Parsing aborted."));
        }
    }

    private void ExitNesting() => _depth--;

    /// <summary>Name :: NameStart NameContinue* [lookahead != NameContinue]</summary>
    private NameNode ParseName()
    {
        var start = Begin();
        if (_lexer.Kind != TokenKind.Name)
        {
            throw _lexer.Error(_lexer.Start, $"Expected Name, found {_lexer.Describe()}.");
        }

        var value = _lexer.GetText();
        Advance();
        return new NameNode(LocationFrom(start), value);
    }

    /// <summary>Collects items into an array; absent lists are the shared empty array.</summary>
    private static IReadOnlyList<T> ToReadOnly<T>(List<T>? items) =>
        items is null || items.Count == 0 ? Array.Empty<T>() : items.ToArray();
}
