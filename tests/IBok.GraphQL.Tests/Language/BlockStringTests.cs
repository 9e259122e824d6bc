using System.Text;
using IBok.GraphQL.Language;

namespace IBok.GraphQL.Tests.Language;

/// <summary>BlockStringValue(rawValue), GraphQL spec 2.9.4.</summary>
public sealed class BlockStringTests
{
    private static string Value(string blockString)
    {
        var lexer = new Lexer(Encoding.UTF8.GetBytes(blockString));
        Assert.Equal(TokenKind.BlockString, lexer.Advance());
        return lexer.GetStringValue();
    }

    [Fact]
    public void Value_SpecExample_RemovesCommonIndentationAndBlankEdges()
    {
        var source = "\"\"\"\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  \"\"\"";

        Assert.Equal("Hello,\n  World!\n\nYours,\n  GraphQL.", Value(source));
    }

    [Theory]
    [InlineData("\"\"\"\"\"\"", "")]
    [InlineData("\"\"\"   \n \t \n\"\"\"", "")]
    [InlineData("\"\"\"simple\"\"\"", "simple")]
    [InlineData("\"\"\"  first line keeps its indentation\n  second\"\"\"", "  first line keeps its indentation\nsecond")]
    [InlineData("\"\"\"\n\n  \n  body\n  \n\n\"\"\"", "body")]
    [InlineData("\"\"\"\n  a\n\n  b\n\"\"\"", "a\n\nb")]
    [InlineData("\"\"\"\n    deeper\n  shallower\n\"\"\"", "  deeper\nshallower")]
    [InlineData("\"\"\"\n\t\ttabs\n\t\tcount\n\"\"\"", "tabs\ncount")]
    [InlineData("\"\"\"\r\n  crlf\r  cr\n  lf\r\n\"\"\"", "crlf\ncr\nlf")]
    [InlineData("\"\"\"escaped \\\"\"\" quotes\"\"\"", "escaped \"\"\" quotes")]
    [InlineData("\"\"\"no \\n escapes \\u0041\"\"\"", "no \\n escapes \\u0041")]
    [InlineData("\"\"\"\n  zażółć 😀\n\"\"\"", "zażółć 😀")]
    [InlineData("\"\"\"\n  short\n      \n\"\"\"", "short")]
    public void Value_BlockString_FollowsBlockStringValue(string source, string expected)
    {
        Assert.Equal(expected, Value(source));
    }

    [Fact]
    public void Advance_BlockStringOverLines_TracksLinesForLaterTokens()
    {
        var lexer = new Lexer("\"\"\"\n  a\r\n  b\r  c\"\"\" next"u8);
        lexer.Advance();
        Assert.Equal((1, 1), (lexer.Line, lexer.Column));

        lexer.Advance();

        Assert.Equal((TokenKind.Name, 4, 8), (lexer.Kind, lexer.Line, lexer.Column));
    }
}
