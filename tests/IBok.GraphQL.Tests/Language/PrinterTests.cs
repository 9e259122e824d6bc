using IBok.GraphQL.Language;

namespace IBok.GraphQL.Tests.Language;

public sealed class PrinterTests
{
    private static string Reprint(string source) => Printer.Print(Parser.Parse(source));

    [Fact]
    public void Print_AnonymousQuery_UsesTheShorthandForm()
    {
        Assert.Equal("{\n  a\n}", Reprint("query { a }"));
    }

    [Fact]
    public void Print_QueryWithVariablesAndDirectives_PrintsOneSelectionPerLine()
    {
        var printed = Reprint("query Q($a:Int=1,$b:[String!]!)@live{alias:field(x:$a,y:{k:[1,2]})@skip(if:false){...F ...on T{b}}}");

        Assert.Equal(
            """
            query Q($a: Int = 1, $b: [String!]!) @live {
              alias: field(x: $a, y: {k: [1, 2]}) @skip(if: false) {
                ...F
                ... on T {
                  b
                }
              }
            }
            """,
            printed);
    }

    [Fact]
    public void Print_ArgumentsLongerThan80Characters_WrapOnePerLine()
    {
        var printed = Reprint("{ field(firstArgument: \"a fairly long value\", secondArgument: \"another long value\") }");

        Assert.Equal(
            """
            {
              field(
                firstArgument: "a fairly long value"
                secondArgument: "another long value"
              )
            }
            """,
            printed);
    }

    [Fact]
    public void Print_Strings_EscapesControlCharactersQuotesAndBackslashes()
    {
        var value = new StringValueNode(default, "a\"b\\c\n\t\u0001\u007F\u0085é😀", block: false);

        Assert.Equal("\"a\\\"b\\\\c\\n\\t\\u0001\\u007F\\u0085é😀\"", Printer.Print(value));
    }

    [Theory]
    [InlineData("simple", "\"\"\"simple\"\"\"")]
    [InlineData("", "\"\"\"\"\"\"")]
    [InlineData("two\nlines", "\"\"\"\ntwo\nlines\n\"\"\"")]
    [InlineData("  starts with space", "\"\"\"  starts with space\"\"\"")]
    [InlineData("ends with \"quote\"", "\"\"\"\nends with \"quote\"\n\"\"\"")]
    [InlineData("ends with backslash\\", "\"\"\"\nends with backslash\\\n\"\"\"")]
    [InlineData("has \"\"\" inside", "\"\"\"has \\\"\"\" inside\"\"\"")]
    [InlineData("first\n  indented rest", "\"\"\"\nfirst\n  indented rest\n\"\"\"")]
    public void Print_BlockString_FollowsGraphQLJsLayout(string value, string expected)
    {
        Assert.Equal(expected, Printer.Print(new StringValueNode(default, value, block: true)));
    }

    [Fact]
    public void Print_BlockStringLongerThan70Characters_GoesOnItsOwnLines()
    {
        var value = new string('x', 71);

        Assert.Equal("\"\"\"\n" + value + "\n\"\"\"", Printer.Print(new StringValueNode(default, value, block: true)));
    }

    [Fact]
    public void Print_TypeSystem_IndentsDescriptionsAndMultilineArguments()
    {
        var printed = Reprint(
            "\"The root.\" type Query implements Node & Named @key { \"\"\"Finds one.\"\"\" find(\"By id.\" id: ID!, limit: Int = 10): Thing @deprecated }" +
            " union U = A | B enum E { A B } directive @d(a: Int) repeatable on FIELD | OBJECT extend input I @x");

        Assert.Equal(
            """"
            "The root."
            type Query implements Node & Named @key {
              """Finds one."""
              find(
                "By id."
                id: ID!
                limit: Int = 10
              ): Thing @deprecated
            }

            union U = A | B

            enum E {
              A
              B
            }

            directive @d(a: Int) repeatable on FIELD | OBJECT

            extend input I @x
            """",
            printed);
    }

    [Fact]
    public void Print_OperationWithDescribedVariables_PutsVariablesOnLinesWithoutIndentation()
    {
        var printed = Reprint("\"Q.\" query Q(\"The id.\" $id: ID!, $n: Int) { a }");

        Assert.Equal("\"Q.\"\nquery Q(\n\"The id.\"\n$id: ID!\n$n: Int\n) {\n  a\n}", printed);
    }

    [Fact]
    public void ToString_OfAnyNode_IsItsPrintedForm()
    {
        var type = Parser.ParseType("[Int!]");

        Assert.Equal("[Int!]", type.ToString());
    }
}
