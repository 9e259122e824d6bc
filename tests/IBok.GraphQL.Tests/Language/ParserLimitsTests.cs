using System.Text;
using IBok.GraphQL.Language;

namespace IBok.GraphQL.Tests.Language;

public sealed class ParserLimitsTests
{
    private static string Nested(string open, string inner, string close, int depth) =>
        string.Concat(Enumerable.Repeat(open, depth)) + inner + string.Concat(Enumerable.Repeat(close, depth));

    [Fact]
    public void Default_HasDocumentedLimits()
    {
        Assert.Equal((1024 * 1024, 50_000, 64),
            (ParserOptions.Default.MaxDocumentBytes, ParserOptions.Default.MaxTokens, ParserOptions.Default.MaxNestingDepth));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Options_NonPositiveLimit_IsRejected(int limit)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ParserOptions { MaxDocumentBytes = limit });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ParserOptions { MaxTokens = limit });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ParserOptions { MaxNestingDepth = limit });
    }

    [Fact]
    public void Parse_DocumentLargerThanMaximum_FailsBeforeLexing()
    {
        var options = new ParserOptions { MaxDocumentBytes = 10 };

        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ zażółć }", options));

        Assert.Equal(("Syntax Error: Document size of 14 bytes exceeds the maximum of 10 bytes.", 1, 1),
            (error.Message, error.Line, error.Column));
    }

    [Fact]
    public void Parse_Utf8DocumentLargerThanMaximum_Fails()
    {
        var options = new ParserOptions { MaxDocumentBytes = 4 };

        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ a }"u8, options));

        Assert.Equal("Syntax Error: Document size of 5 bytes exceeds the maximum of 4 bytes.", error.Message);
    }

    [Fact]
    public void Parse_DocumentAtMaximumSize_Parses()
    {
        var document = Parser.Parse("{ a }", new ParserOptions { MaxDocumentBytes = 5 });

        Assert.Single(document.Definitions);
    }

    [Fact]
    public void Parse_MoreTokensThanMaximum_FailsAtTheFirstTokenOverTheLimit()
    {
        var options = new ParserOptions { MaxTokens = 4 };

        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ a b c d e }", options));

        Assert.Equal(("Syntax Error: Document contains more than 4 tokens. Parsing aborted.", 1, 9),
            (error.Message, error.Line, error.Column));
    }

    [Fact]
    public void Parse_ExactlyMaximumTokens_Parses()
    {
        // { a b } is four tokens; comments and commas are not tokens.
        var document = Parser.Parse("{ a, # comment\n b }", new ParserOptions { MaxTokens = 4 });

        Assert.Single(document.Definitions);
    }

    [Fact]
    public void Parse_SelectionSets20000Deep_FailsFastWithTheDepthError()
    {
        var source = Nested("{ a ", "", "}", 20_000);

        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source, new ParserOptions { MaxTokens = 100_000 }));

        Assert.Equal(("Syntax Error: Document nesting depth exceeds the maximum of 64. Parsing aborted.", 1, 257),
            (error.Message, error.Line, error.Column));
    }

    [Fact]
    public void Parse_ListValues20000Deep_FailsWithTheDepthError()
    {
        var source = "{ f(a: " + Nested("[", "1", "]", 20_000) + ") }";

        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source, new ParserOptions { MaxTokens = 100_000 }));

        // The selection set is level 1, so the 64th list bracket is the 65th level.
        Assert.Equal(("Syntax Error: Document nesting depth exceeds the maximum of 64. Parsing aborted.", 1, 8 + 63),
            (error.Message, error.Line, error.Column));
    }

    [Fact]
    public void Parse_ObjectValues20000Deep_FailsWithTheDepthError()
    {
        var source = "{ f(a: " + Nested("{a: ", "1", "}", 20_000) + ") }";

        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source, new ParserOptions { MaxTokens = 100_000 }));

        Assert.Equal(("Syntax Error: Document nesting depth exceeds the maximum of 64. Parsing aborted.", 1, 8 + (63 * 4)),
            (error.Message, error.Line, error.Column));
    }

    [Fact]
    public void Parse_ListTypes20000Deep_FailsWithTheDepthError()
    {
        var source = "query Q($a: " + Nested("[", "Int", "]", 20_000) + ") { a }";

        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source, new ParserOptions { MaxTokens = 100_000 }));

        Assert.Equal(("Syntax Error: Document nesting depth exceeds the maximum of 64. Parsing aborted.", 1, 13 + 64),
            (error.Message, error.Line, error.Column));
    }

    [Fact]
    public void ParseType_DeeperThanMaximum_FailsWithTheDepthError()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() =>
            Parser.ParseType("[[[Int]]]", new ParserOptions { MaxNestingDepth = 2 }));

        Assert.Equal(("Syntax Error: Document nesting depth exceeds the maximum of 2. Parsing aborted.", 1, 3),
            (error.Message, error.Line, error.Column));
    }

    [Fact]
    public void Parse_NestingAtMaximumDepth_Parses()
    {
        var source = Nested("{ a ", "", "}", 64);

        var document = Parser.Parse(source);

        var depth = 0;
        for (var set = ((OperationDefinitionNode)document.Definitions[0]).SelectionSet; set is not null;
             set = ((FieldNode)set.Selections[0]).SelectionSet)
        {
            depth++;
        }

        Assert.Equal(64, depth);
    }

    [Fact]
    public void Parse_SiblingSelectionSets_CountDepthNotWidth()
    {
        var source = "{ " + string.Concat(Enumerable.Repeat("a { b { c } } ", 500)) + "}";

        var document = Parser.Parse(source, new ParserOptions { MaxNestingDepth = 3 });

        Assert.Equal(500, ((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections.Count);
    }

    [Fact]
    public void Parse_HighConfiguredDepth_NeverOverflowsTheStack()
    {
        var source = Nested("{ a ", "", "}", 200_000);
        var options = new ParserOptions { MaxNestingDepth = int.MaxValue, MaxTokens = int.MaxValue, MaxDocumentBytes = int.MaxValue };

        // A small thread stack makes the guard trip early; what matters is a syntax error instead of a crash.
        GraphQLSyntaxException? error = null;
        var thread = new Thread(() => error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source, options)), 256 * 1024);
        thread.Start();
        thread.Join();

        Assert.NotNull(error);
        Assert.Equal($"Syntax Error: Document nesting depth exceeds the maximum of {int.MaxValue}. Parsing aborted.", error.Message);
    }

    [Fact]
    public void Parse_Utf8Source_LocationsAreByteOffsets()
    {
        var source = Encoding.UTF8.GetBytes("{ f(s: \"😀\") g }");

        var document = Parser.Parse(source);

        var g = ((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[1];
        Assert.Equal(new Location(15, 16, 1, 14), g.Location);
    }
}
