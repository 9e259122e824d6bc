using IBok.GraphQL.Language;
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

    [Fact]
    public void Print_TypeOrder_IsGraphQLJsTypeMapOrder()
    {
        // Explicit types first (each followed by the types only it introduced), then types reached from the
        // roots depth-first (interfaces, then fields' types before their arguments' types), then directive
        // argument types.
        ObjectType a = null!;
        ObjectType b = null!;
        var c = new EnumType("C", [new EnumValueDefinition("X")]);
        var s = new ScalarType("S", v => v, v => v);
        var f = new InputObjectType("F", () => [new InputValueDefinition("x", ScalarType.Int) { DefaultValue = 3 }]);
        a = new ObjectType("A", () => [new FieldDefinition("c", c), new FieldDefinition("b", b)]);
        b = new ObjectType("B", () => [new FieldDefinition("a", a), new FieldDefinition("s", s) { Arguments = [new InputValueDefinition("f", f)] }]);
        var orphan = new ObjectType("Orphan", () => [new FieldDefinition("a", a)]);
        var query = new ObjectType("Query", () => [new FieldDefinition("b", b), new FieldDefinition("a", a)]);
        var e = new EnumType("E", [new EnumValueDefinition("Y")]);
        var d = new DirectiveDefinition("d", [DirectiveLocation.Field]) { Arguments = [new InputValueDefinition("e", e)] };

        var printed = SchemaPrinter.Print(new SchemaBuilder().Query(query).AddTypes(orphan, c).AddDirective(d).Build());

        Assert.Equal(
            """
            directive @d(e: E) on FIELD

            type Orphan {
              a: A
            }

            type A {
              c: C
              b: B
            }

            type B {
              a: A
              s(f: F): S
            }

            scalar S

            input F {
              x: Int = 3
            }

            enum C {
              X
            }

            type Query {
              b: B
              a: A
            }

            enum E {
              Y
            }
            """,
            printed);
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
    public void PrintString_EscapesAsGraphQLJs()
    {
        Assert.Equal("\"a\\\"b\\\\c\\nd\\u001F\\u007F\"", Printer.PrintString("a\"b\\c\nd\u001f\u007f"));
    }
}
