using System.Text;
using IBok.GraphQL.Language;

namespace IBok.GraphQL.Tests.Language;

public sealed class LexerTests
{
    private sealed record Token(TokenKind Kind, string Text, int Start, int End, int Line, int Column);

    private static List<Token> Lex(string source)
    {
        var bytes = Encoding.UTF8.GetBytes(source);
        var lexer = new Lexer(bytes);
        var tokens = new List<Token>();
        while (lexer.Advance() != TokenKind.EndOfFile)
        {
            tokens.Add(new Token(lexer.Kind, lexer.GetText(), lexer.Start, lexer.End, lexer.Line, lexer.Column));
        }

        return tokens;
    }

    private static string StringValue(string source)
    {
        var lexer = new Lexer(Encoding.UTF8.GetBytes(source));
        lexer.Advance();
        return lexer.GetStringValue();
    }

    private static GraphQLSyntaxException LexError(string source) =>
        Assert.Throws<GraphQLSyntaxException>(() => Lex(source));

    [Fact]
    public void Advance_NewLexer_StartsOnStartOfFile()
    {
        var lexer = new Lexer("{}"u8);

        Assert.Equal(TokenKind.StartOfFile, lexer.Kind);
        Assert.Equal((0, 0, 1, 1), (lexer.Start, lexer.End, lexer.Line, lexer.Column));
    }

    [Fact]
    public void Advance_AllPunctuators_ReturnsEachWithItsOffsets()
    {
        var tokens = Lex("! $ & ( ) ... : = @ [ ] { | }");

        Assert.Equal(
            [
                TokenKind.Bang, TokenKind.Dollar, TokenKind.Ampersand, TokenKind.LeftParenthesis, TokenKind.RightParenthesis,
                TokenKind.Spread, TokenKind.Colon, TokenKind.Equals, TokenKind.At, TokenKind.LeftBracket,
                TokenKind.RightBracket, TokenKind.LeftBrace, TokenKind.Pipe, TokenKind.RightBrace,
            ],
            tokens.Select(t => t.Kind));
        Assert.Equal(new Token(TokenKind.Spread, "...", 10, 13, 1, 11), tokens[5]);
    }

    [Fact]
    public void Advance_AtEnd_StaysOnEndOfFileAtSourceLength()
    {
        var lexer = new Lexer("a "u8);
        lexer.Advance();

        Assert.Equal(TokenKind.EndOfFile, lexer.Advance());
        Assert.Equal(TokenKind.EndOfFile, lexer.Advance());
        Assert.Equal((2, 2, 1, 3), (lexer.Start, lexer.End, lexer.Line, lexer.Column));
    }

    [Fact]
    public void Advance_Names_ReadsLettersDigitsAndUnderscores()
    {
        var tokens = Lex("_ a1 __typename Query_2x");

        Assert.Equal(["_", "a1", "__typename", "Query_2x"], tokens.Select(t => t.Text));
        Assert.All(tokens, t => Assert.Equal(TokenKind.Name, t.Kind));
    }

    [Fact]
    public void IsKeyword_ComparesTheWholeName()
    {
        var lexer = new Lexer("query queryX"u8);
        lexer.Advance();
        Assert.True(lexer.IsKeyword("query"u8));
        Assert.False(lexer.IsKeyword("quer"u8));

        lexer.Advance();
        Assert.False(lexer.IsKeyword("query"u8));
    }

    [Fact]
    public void Advance_IgnoredTokens_SkipsWhitespaceCommasCommentsAndByteOrderMarks()
    {
        var tokens = Lex("\uFEFF ,\t# comment { not a token\n,,a,# another\r\n\uFEFFb");

        Assert.Equal([new Token(TokenKind.Name, "a", 32, 33, 2, 3), new Token(TokenKind.Name, "b", 48, 49, 3, 2)], tokens);
    }

    [Theory]
    [InlineData("a\nb", 2, 1)]
    [InlineData("a\r\nb", 2, 1)]
    [InlineData("a\rb", 2, 1)]
    [InlineData("a\n\r\nb", 3, 1)]
    [InlineData("a\r\rb", 3, 1)]
    [InlineData("a\n  b", 2, 3)]
    public void Advance_LineTerminators_CountLinesAndColumnsFromOne(string source, int line, int column)
    {
        var b = Lex(source)[1];

        Assert.Equal((line, column), (b.Line, b.Column));
    }

    [Fact]
    public void Column_AfterMultiByteCharacters_CountsUtf16CodeUnitsLikeGraphQLJs()
    {
        // "ż" is 2 bytes and 1 UTF-16 unit; "😀" is 4 bytes and 2 UTF-16 units.
        var tokens = Lex("\"ż😀\" b # ż😀\n\"\"\"\nż😀 \"\"\" c");

        Assert.Equal(new Token(TokenKind.Name, "b", 9, 10, 1, 7), tokens[1]);
        Assert.Equal(new Token(TokenKind.Name, "c", 35, 36, 3, 9), tokens[3]);
    }

    [Theory]
    [InlineData("0", TokenKind.Int)]
    [InlineData("-0", TokenKind.Int)]
    [InlineData("9", TokenKind.Int)]
    [InlineData("-1234567890", TokenKind.Int)]
    [InlineData("123456789012345678901234567890", TokenKind.Int)]
    [InlineData("0.0", TokenKind.Float)]
    [InlineData("-1.5", TokenKind.Float)]
    [InlineData("1e10", TokenKind.Float)]
    [InlineData("1E+10", TokenKind.Float)]
    [InlineData("1.5e-10", TokenKind.Float)]
    [InlineData("-0.123E0", TokenKind.Float)]
    public void Advance_Numbers_ReadsIntAndFloatWithTheirText(string source, TokenKind kind)
    {
        var token = Assert.Single(Lex(source));

        Assert.Equal((kind, source), (token.Kind, token.Text));
    }

    [Theory]
    [InlineData("00", "Invalid number, unexpected digit after 0: \"0\".", 2)]
    [InlineData("-01", "Invalid number, unexpected digit after 0: \"1\".", 3)]
    [InlineData("1.", "Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData("1.a", "Invalid number, expected digit but got: \"a\".", 3)]
    [InlineData("1a", "Invalid number, expected digit but got: \"a\".", 2)]
    [InlineData("1_", "Invalid number, expected digit but got: \"_\".", 2)]
    [InlineData("1.5.", "Invalid number, expected digit but got: \".\".", 4)]
    [InlineData("1.5e", "Invalid number, expected digit but got: <EOF>.", 5)]
    [InlineData("1e-x", "Invalid number, expected digit but got: \"x\".", 4)]
    [InlineData("-", "Invalid number, expected digit but got: <EOF>.", 2)]
    [InlineData("-é", "Invalid number, expected digit but got: U+00E9.", 2)]
    [InlineData("0x1", "Invalid number, expected digit but got: \"x\".", 2)]
    public void Advance_InvalidNumber_FailsAtTheOffendingCharacter(string source, string message, int column)
    {
        var error = LexError(source);

        Assert.Equal(("Syntax Error: " + message, 1, column), (error.Message, error.Line, error.Column));
    }

    [Theory]
    [InlineData("\"\"", "")]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\" white space \"", " white space ")]
    [InlineData("\"quote \\\"\"", "quote \"")]
    [InlineData("\"escaped \\n\\r\\b\\t\\f\\/\\\\\"", "escaped \n\r\b\t\f/\\")]
    [InlineData("\"unicode \\u1234\\u5678\\u90AB\\uCDEF\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"braced \\u{1234} \\u{00000041} \\u{10FFFF}\"", "braced \u1234 A \U0010FFFF")]
    [InlineData("\"emoji \\u{1F600}\"", "emoji 😀")]
    [InlineData("\"pair \\uD83D\\uDE00\"", "pair 😀")]
    [InlineData("\"pair lower \\ud83d\\ude00\"", "pair lower 😀")]
    [InlineData("\"raw zażółć 😀\"", "raw zażółć 😀")]
    [InlineData("\"control \u0007 kept\"", "control \u0007 kept")]
    public void GetStringValue_String_ResolvesEscapes(string source, string expected)
    {
        Assert.Equal(expected, StringValue(source));
    }

    [Theory]
    [InlineData("\"abc", "Unterminated string.", 1, 5)]
    [InlineData("\"abc\ndef\"", "Unterminated string.", 1, 5)]
    [InlineData("\"abc\rdef\"", "Unterminated string.", 1, 5)]
    [InlineData("\"\\x\"", "Invalid character escape sequence: \"\\x\".", 1, 2)]
    [InlineData("\"ok \\u12\"", "Invalid Unicode escape sequence: \"\\u12\"\".", 1, 5)]
    [InlineData("\"\\uXXXX\"", "Invalid Unicode escape sequence: \"\\uXXXX\".", 1, 2)]
    [InlineData("\"\\uD83D\"", "Invalid Unicode escape sequence: \"\\uD83D\".", 1, 2)]
    [InlineData("\"\\uDE00\"", "Invalid Unicode escape sequence: \"\\uDE00\".", 1, 2)]
    [InlineData("\"\\uD83D\\u0041\"", "Invalid Unicode escape sequence: \"\\uD83D\".", 1, 2)]
    [InlineData("\"\\uD83D\\uD83D\"", "Invalid Unicode escape sequence: \"\\uD83D\".", 1, 2)]
    [InlineData("\"\\u{D800}\"", "Invalid Unicode escape sequence: \"\\u{D800}\".", 1, 2)]
    [InlineData("\"\\u{110000}\"", "Invalid Unicode escape sequence: \"\\u{110000}\".", 1, 2)]
    [InlineData("\"\\u{}\"", "Invalid Unicode escape sequence: \"\\u{}\".", 1, 2)]
    [InlineData("\"\\u{1F600\"", "Invalid Unicode escape sequence: \"\\u{1F600\"\".", 1, 2)]
    [InlineData("\"\\u{000000041}\"", "Invalid Unicode escape sequence: \"\\u{000000041\".", 1, 2)]
    [InlineData("\"\"\"abc", "Unterminated string.", 1, 7)]
    [InlineData("\"\"\"\nabc\n", "Unterminated string.", 3, 1)]
    public void Advance_InvalidString_FailsWithGraphQLJsMessage(string source, string message, int line, int column)
    {
        var error = LexError(source);

        Assert.Equal(("Syntax Error: " + message, line, column), (error.Message, error.Line, error.Column));
    }

    [Fact]
    public void Advance_InvalidUtf8InString_FailsAsInvalidCharacter()
    {
        byte[] source = [(byte)'"', (byte)'a', 0xC3, (byte)'"'];

        var error = Assert.Throws<GraphQLSyntaxException>(() =>
        {
            var lexer = new Lexer(source);
            lexer.Advance();
        });

        Assert.Equal(("Syntax Error: Invalid character within String: byte 0xC3 (not UTF-8).", 1, 3), (error.Message, error.Line, error.Column));
    }

    [Theory]
    [InlineData("%", "Unexpected character: \"%\".")]
    [InlineData("'a'", "Unexpected single quote character ('), did you mean to use a double quote (\")?")]
    [InlineData("\u0007", "Unexpected character: U+0007.")]
    [InlineData("\u00A0", "Unexpected character: U+00A0.")]
    [InlineData("é", "Unexpected character: U+00E9.")]
    [InlineData("😀", "Unexpected character: U+1F600.")]
    [InlineData(".", "Unexpected character: \".\".")]
    [InlineData("..", "Unexpected character: \".\".")]
    [InlineData("?", "Unexpected character: \"?\".")]
    public void Advance_CharacterOutsideTheGrammar_FailsWithGraphQLJsMessage(string source, string message)
    {
        var error = LexError("  " + source);

        Assert.Equal(("Syntax Error: " + message, 1, 3), (error.Message, error.Line, error.Column));
    }

    [Fact]
    public void Advance_LargeDocument_AllocatesNothingPerToken()
    {
        var source = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(
            "query Q($a: [Int!]! = [1, 2.5e3]) { alias: field(arg: \"zażółć \\u{1F600}\", b: \"\"\"block\"\"\") @d { ...F } } # comment\n",
            200)));
        CountTokens(source); // warm up

        var before = GC.GetAllocatedBytesForCurrentThread();
        var count = CountTokens(source);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(200 * 36, count);
        Assert.Equal(0, allocated);
    }

    private static int CountTokens(ReadOnlySpan<byte> source)
    {
        var lexer = new Lexer(source);
        var count = 0;
        while (lexer.Advance() != TokenKind.EndOfFile)
        {
            count++;
        }

        return count;
    }
}
