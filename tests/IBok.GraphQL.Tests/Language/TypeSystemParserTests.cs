using IBok.GraphQL.Language;

namespace IBok.GraphQL.Tests.Language;

public sealed class TypeSystemParserTests
{
    private static T Single<T>(string source)
        where T : DefinitionNode =>
        Assert.IsType<T>(Assert.Single(Parser.Parse(source).Definitions));

    [Fact]
    public void Parse_SchemaDefinition_KeepsDescriptionDirectivesAndRootTypes()
    {
        var schema = Single<SchemaDefinitionNode>("\"Root.\" schema @d { query: Q mutation: M subscription: S }");

        Assert.Equal("Root.", schema.Description!.Value);
        Assert.Equal("d", Assert.Single(schema.Directives).Name.Value);
        Assert.Equal(
            [(OperationType.Query, "Q"), (OperationType.Mutation, "M"), (OperationType.Subscription, "S")],
            schema.OperationTypes.Select(o => (o.Operation, o.Type.Name.Value)));
    }

    [Fact]
    public void Parse_ObjectType_KeepsInterfacesFieldsArgumentsAndDefaults()
    {
        var type = Single<ObjectTypeDefinitionNode>(
            "\"\"\"\n  A person.\n\"\"\"\ntype Person implements & Node & Named @key(fields: \"id\") {\n" +
            "  \"The id.\" id: ID!\n  friends(first: Int = 10 @deprecated, after: String): [Person!]!\n}");

        Assert.Equal(("A person.", true, "Person"), (type.Description!.Value, type.Description.Block, type.Name.Value));
        Assert.Equal(["Node", "Named"], type.Interfaces.Select(i => i.Name.Value));
        Assert.Equal("key", Assert.Single(type.Directives).Name.Value);
        Assert.Equal(["id", "friends"], type.Fields.Select(f => f.Name.Value));
        Assert.Equal("The id.", type.Fields[0].Description!.Value);
        var first = type.Fields[1].Arguments[0];
        Assert.Equal(("first", "10", "deprecated"),
            (first.Name.Value, Assert.IsType<IntValueNode>(first.DefaultValue).Value, Assert.Single(first.Directives).Name.Value));
        Assert.Null(type.Fields[1].Arguments[1].DefaultValue);
        Assert.Equal(new Location(0, 19, 1, 1), type.Description.Location);
        Assert.Equal(5, type.Fields[0].Location.Line);
    }

    [Fact]
    public void Parse_TypesWithoutBodies_HaveSharedEmptyLists()
    {
        var document = Parser.Parse("type T interface I union U enum E input In scalar S");

        var objectType = Assert.IsType<ObjectTypeDefinitionNode>(document.Definitions[0]);
        Assert.Same(Array.Empty<FieldDefinitionNode>(), objectType.Fields);
        Assert.Same(Array.Empty<NamedTypeNode>(), objectType.Interfaces);
        Assert.Empty(Assert.IsType<InterfaceTypeDefinitionNode>(document.Definitions[1]).Fields);
        Assert.Empty(Assert.IsType<UnionTypeDefinitionNode>(document.Definitions[2]).Types);
        Assert.Empty(Assert.IsType<EnumTypeDefinitionNode>(document.Definitions[3]).Values);
        Assert.Empty(Assert.IsType<InputObjectTypeDefinitionNode>(document.Definitions[4]).Fields);
        Assert.Empty(Assert.IsType<ScalarTypeDefinitionNode>(document.Definitions[5]).Directives);
    }

    [Fact]
    public void Parse_UnionAndEnum_KeepMembersInOrder()
    {
        var document = Parser.Parse("union Feed = | Story | Photo enum Color { RED \"Green.\" GREEN @deprecated BLUE }");

        Assert.Equal(["Story", "Photo"], Assert.IsType<UnionTypeDefinitionNode>(document.Definitions[0]).Types.Select(t => t.Name.Value));
        var color = Assert.IsType<EnumTypeDefinitionNode>(document.Definitions[1]);
        Assert.Equal(["RED", "GREEN", "BLUE"], color.Values.Select(v => v.Name.Value));
        Assert.Equal("Green.", color.Values[1].Description!.Value);
        Assert.Equal("deprecated", Assert.Single(color.Values[1].Directives).Name.Value);
    }

    [Fact]
    public void Parse_DirectiveDefinition_KeepsRepeatableAndLocations()
    {
        var directive = Single<DirectiveDefinitionNode>("directive @tag(name: String!) repeatable on | OBJECT | FIELD_DEFINITION");

        Assert.Equal(("tag", true), (directive.Name.Value, directive.Repeatable));
        Assert.Equal("name", Assert.Single(directive.Arguments).Name.Value);
        Assert.Equal(["OBJECT", "FIELD_DEFINITION"], directive.Locations.Select(l => l.Value));
        Assert.False(Single<DirectiveDefinitionNode>("directive @d on FIELD").Repeatable);
    }

    [Fact]
    public void Parse_Extensions_BuildEachExtensionKind()
    {
        var document = Parser.Parse(
            "extend schema @d { query: Q } extend scalar S @d extend type T implements I { a: Int } " +
            "extend interface I @d extend union U = A extend enum E { X } extend input In { a: Int }");

        Assert.Equal(
            [
                SyntaxKind.SchemaExtension, SyntaxKind.ScalarTypeExtension, SyntaxKind.ObjectTypeExtension,
                SyntaxKind.InterfaceTypeExtension, SyntaxKind.UnionTypeExtension, SyntaxKind.EnumTypeExtension,
                SyntaxKind.InputObjectTypeExtension,
            ],
            document.Definitions.Select(d => d.Kind));
        var objectExtension = Assert.IsType<ObjectTypeExtensionNode>(document.Definitions[2]);
        Assert.Equal(("T", "I", "a"),
            (objectExtension.Name.Value, Assert.Single(objectExtension.Interfaces).Name.Value, Assert.Single(objectExtension.Fields).Name.Value));
        Assert.Equal("Q", Assert.Single(Assert.IsType<SchemaExtensionNode>(document.Definitions[0]).OperationTypes).Type.Name.Value);
    }

    [Theory]
    [InlineData("enum E { true }", "Name \"true\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("enum E { A null }", "Name \"null\" is reserved and cannot be used for an enum value.", 1, 12)]
    [InlineData("directive @d on FIELD | WHERE", "Unexpected Name \"WHERE\".", 1, 25)]
    [InlineData("extend type T", "Unexpected <EOF>.", 1, 14)]
    [InlineData("extend scalar S {", "Unexpected \"{\".", 1, 17)]
    [InlineData("extend schema", "Unexpected <EOF>.", 1, 14)]
    [InlineData("extend directive @d @x", "Unexpected Name \"directive\".", 1, 8)]
    [InlineData("type T { }", "Expected Name, found \"}\".", 1, 10)]
    [InlineData("schema { query: Q other: O }", "Unexpected Name \"other\".", 1, 19)]
    [InlineData("input I { a(b: Int): Int }", "Expected \":\", found \"(\".", 1, 12)]
    [InlineData("type T { f(a: Int = $v): Int }", "Unexpected variable \"$v\" in constant value.", 1, 21)]
    public void Parse_InvalidTypeSystemDocument_FailsWithGraphQLJsMessage(string source, string message, int line, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source));

        Assert.Equal(("Syntax Error: " + message, line, column), (error.Message, error.Line, error.Column));
    }
}
