using IBok.GraphQL.Types;

namespace IBok.GraphQL.Tests.Types;

// Expected SDL was produced by graphql-js 16.15 printSchema(buildSchema(...)) from the same definitions.
public sealed class SchemaPrinterTests
{
    [Fact]
    public void Print_FullSchema_MatchesGraphQLJs()
    {
        var printed = SchemaPrinter.Print(PrinterFixture.Build());

        Assert.Equal(PrinterFixture.ExpectedSdl, printed);
    }

    [Fact]
    public void Print_RootsWithCustomNames_PrintsTheSchemaDefinition()
    {
        var query = new ObjectType("RootQuery", () => [new FieldDefinition("a", ScalarType.String)]);
        var mutation = new ObjectType("Mutation", () => [new FieldDefinition("b", ScalarType.String)]);

        var printed = SchemaPrinter.Print(new SchemaBuilder().Query(query).Mutation(mutation).Build());

        Assert.Equal(
            """
            schema {
              query: RootQuery
              mutation: Mutation
            }

            type RootQuery {
              a: String
            }

            type Mutation {
              b: String
            }
            """,
            printed);
    }

    [Fact]
    public void Print_SchemaWithDescription_PrintsTheSchemaDefinitionEvenWithCommonNames()
    {
        var query = new ObjectType("Query", () => [new FieldDefinition("a", ScalarType.String)]);

        var printed = SchemaPrinter.Print(new SchemaBuilder().Description("The iBOK API.").Query(query).Build());

        Assert.Equal(
            """"
            """The iBOK API."""
            schema {
              query: Query
            }

            type Query {
              a: String
            }
            """",
            printed);
    }

    [Fact]
    public void Print_LeavesOutSpecifiedScalarsAndDirectivesAndIntrospection()
    {
        var query = new ObjectType("Query", () =>
        [
            new FieldDefinition("i", ScalarType.Int), new FieldDefinition("f", ScalarType.Float),
            new FieldDefinition("s", ScalarType.String), new FieldDefinition("b", ScalarType.Boolean),
            new FieldDefinition("id", ScalarType.ID),
        ]);

        var printed = SchemaPrinter.Print(new SchemaBuilder().Query(query).Build());

        Assert.Equal("type Query {\n  i: Int\n  f: Float\n  s: String\n  b: Boolean\n  id: ID\n}", printed);
    }

    [Theory]
    [InlineData("simple", "\"\"\"simple\"\"\"")]
    [InlineData("two\nlines", "\"\"\"\ntwo\nlines\n\"\"\"")]
    [InlineData(" leading space", "\"\"\" leading space\"\"\"")]
    [InlineData("ends with \"quote\"", "\"\"\"\nends with \"quote\"\n\"\"\"")]
    [InlineData("has \"\"\" inside", "\"\"\"has \\\"\"\" inside\"\"\"")]
    [InlineData("\nleading newline", "\"\\nleading newline\"")]
    [InlineData("trailing newline\n", "\"trailing newline\\n\"")]
    [InlineData("tab\u0007bell", "\"tab\\u0007bell\"")]
    public void Print_Descriptions_UseBlockStringsAsGraphQLJsDoes(string description, string expectedLiteral)
    {
        var query = new ObjectType("Query", () => [new FieldDefinition("a", ScalarType.String)]) { Description = description };

        var printed = SchemaPrinter.Print(new SchemaBuilder().Query(query).Build());

        Assert.Equal(expectedLiteral + "\ntype Query {\n  a: String\n}", printed);
    }

    [Fact]
    public void Print_DescriptionLongerThan70Characters_GoesOnItsOwnLines()
    {
        var description = new string('x', 71);
        var query = new ObjectType("Query", () => [new FieldDefinition("a", ScalarType.String)]) { Description = description };

        var printed = SchemaPrinter.Print(new SchemaBuilder().Query(query).Build());

        Assert.Equal("\"\"\"\n" + description + "\n\"\"\"\ntype Query {\n  a: String\n}", printed);
    }

    [Fact]
    public void Print_EmptyUnionAndStringEscapes_FollowGraphQLJs()
    {
        Assert.Equal("\"a\\\"b\\\\c\\nd\\u001F\\u007F\"", ValuePrinter.PrintString("a\"b\\c\nd\u001f\u007f"));
    }
}
