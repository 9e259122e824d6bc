using IBok.GraphQL.Language;

namespace IBok.GraphQL.Tests.Language;

public sealed class ExecutableParserTests
{
    private static OperationDefinitionNode SingleOperation(string source) =>
        Assert.IsType<OperationDefinitionNode>(Assert.Single(Parser.Parse(source).Definitions));

    private static GraphQLSyntaxException ParseError(string source) =>
        Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source));

    [Fact]
    public void Parse_Shorthand_IsAnAnonymousQueryWithSharedEmptyLists()
    {
        var operation = SingleOperation("{ a }");

        Assert.Equal((OperationType.Query, null, null), (operation.Operation, operation.Name, operation.Description));
        Assert.Same(Array.Empty<VariableDefinitionNode>(), operation.VariableDefinitions);
        Assert.Same(Array.Empty<DirectiveNode>(), operation.Directives);
        var field = Assert.IsType<FieldNode>(Assert.Single(operation.SelectionSet.Selections));
        Assert.Same(Array.Empty<ArgumentNode>(), field.Arguments);
        Assert.Null(field.SelectionSet);
    }

    [Fact]
    public void Parse_Operation_HasLocationsOfEachNode()
    {
        var operation = SingleOperation("query Q {\n  a: b\n}");

        Assert.Equal(new Location(0, 18, 1, 1), operation.Location);
        Assert.Equal(new Location(6, 7, 1, 7), operation.Name!.Location);
        Assert.Equal(new Location(8, 18, 1, 9), operation.SelectionSet.Location);
        var field = Assert.IsType<FieldNode>(Assert.Single(operation.SelectionSet.Selections));
        Assert.Equal(new Location(12, 16, 2, 3), field.Location);
        Assert.Equal(new Location(15, 16, 2, 6), field.Name.Location);
    }

    [Fact]
    public void Parse_DocumentLocation_SpansTheWholeSource()
    {
        var document = Parser.Parse("  { a }  ");

        Assert.Equal(new Location(0, 9, 1, 1), document.Location);
    }

    [Theory]
    [InlineData("query", OperationType.Query)]
    [InlineData("mutation", OperationType.Mutation)]
    [InlineData("subscription", OperationType.Subscription)]
    public void Parse_OperationKeyword_SetsTheOperationType(string keyword, OperationType expected)
    {
        var operation = SingleOperation(keyword + " Op { a }");

        Assert.Equal((expected, "Op"), (operation.Operation, operation.Name!.Value));
    }

    [Fact]
    public void Parse_VariableDefinitions_KeepTypesDefaultsDirectivesAndDescriptions()
    {
        var operation = SingleOperation("query Q(\"the id\" $id: ID!, $list: [Int!] = [1, 2] @d(x: 1)) { a }");

        var id = operation.VariableDefinitions[0];
        Assert.Equal(("the id", "id"), (id.Description!.Value, id.Variable.Name.Value));
        var idType = Assert.IsType<NonNullTypeNode>(id.Type);
        Assert.Equal("ID", Assert.IsType<NamedTypeNode>(idType.Type).Name.Value);
        Assert.Null(id.DefaultValue);

        var list = operation.VariableDefinitions[1];
        var listType = Assert.IsType<ListTypeNode>(list.Type);
        Assert.IsType<NonNullTypeNode>(listType.Type);
        var defaultValue = Assert.IsType<ListValueNode>(list.DefaultValue);
        Assert.Equal(["1", "2"], defaultValue.Values.Select(v => Assert.IsType<IntValueNode>(v).Value));
        Assert.Equal("d", Assert.Single(list.Directives).Name.Value);
    }

    [Fact]
    public void Parse_Field_KeepsAliasArgumentsDirectivesAndSelections()
    {
        var operation = SingleOperation("{ first: user(id: 4, name: $n) @include(if: $show) { id } }");

        var field = Assert.IsType<FieldNode>(Assert.Single(operation.SelectionSet.Selections));
        Assert.Equal(("first", "user", "first"), (field.Alias!.Value, field.Name.Value, field.ResponseKey));
        Assert.Equal(["id", "name"], field.Arguments.Select(a => a.Name.Value));
        Assert.Equal("n", Assert.IsType<VariableNode>(field.Arguments[1].Value).Name.Value);
        var directive = Assert.Single(field.Directives);
        Assert.Equal(("include", "if"), (directive.Name.Value, Assert.Single(directive.Arguments).Name.Value));
        Assert.Equal("id", Assert.IsType<FieldNode>(Assert.Single(field.SelectionSet!.Selections)).ResponseKey);
    }

    [Fact]
    public void Parse_Fragments_DistinguishesSpreadsAndInlineFragments()
    {
        var document = Parser.Parse("{ ...F @d ... on T { a } ... @skip(if: true) { b } } fragment F on T @e { c }");

        var selections = Assert.IsType<OperationDefinitionNode>(document.Definitions[0]).SelectionSet.Selections;
        var spread = Assert.IsType<FragmentSpreadNode>(selections[0]);
        Assert.Equal(("F", "d"), (spread.Name.Value, Assert.Single(spread.Directives).Name.Value));
        var typed = Assert.IsType<InlineFragmentNode>(selections[1]);
        Assert.Equal("T", typed.TypeCondition!.Name.Value);
        var untyped = Assert.IsType<InlineFragmentNode>(selections[2]);
        Assert.Null(untyped.TypeCondition);
        Assert.Equal("skip", Assert.Single(untyped.Directives).Name.Value);

        var fragment = Assert.IsType<FragmentDefinitionNode>(document.Definitions[1]);
        Assert.Equal(("F", "T", "e"), (fragment.Name.Value, fragment.TypeCondition.Name.Value, Assert.Single(fragment.Directives).Name.Value));
    }

    [Fact]
    public void Parse_Descriptions_AreAllowedOnOperationsAndFragments()
    {
        var document = Parser.Parse("\"\"\"Finds things.\"\"\" query Q { a } \"Part.\" fragment F on T { b }");

        var operation = Assert.IsType<OperationDefinitionNode>(document.Definitions[0]);
        Assert.Equal(("Finds things.", true), (operation.Description!.Value, operation.Description.Block));
        Assert.Equal(new Location(0, 19, 1, 1), operation.Description.Location);
        Assert.Equal(new Location(0, 33, 1, 1), operation.Location);
        Assert.Equal("Part.", Assert.IsType<FragmentDefinitionNode>(document.Definitions[1]).Description!.Value);
    }

    [Fact]
    public void ParseValue_EveryLiteralKind_BuildsTheMatchingNode()
    {
        var value = Assert.IsType<ObjectValueNode>(Parser.ParseValue(
            "{i: -12, f: 1.5e3, s: \"x\\ty\", b: \"\"\"\n  block\n\"\"\", t: true, n: null, e: RED, l: [], v: $var}"));

        Assert.Equal("-12", Assert.IsType<IntValueNode>(value.Fields[0].Value).Value);
        Assert.Equal("1.5e3", Assert.IsType<FloatValueNode>(value.Fields[1].Value).Value);
        var plain = Assert.IsType<StringValueNode>(value.Fields[2].Value);
        Assert.Equal(("x\ty", false), (plain.Value, plain.Block));
        var block = Assert.IsType<StringValueNode>(value.Fields[3].Value);
        Assert.Equal(("block", true), (block.Value, block.Block));
        Assert.True(Assert.IsType<BooleanValueNode>(value.Fields[4].Value).Value);
        Assert.IsType<NullValueNode>(value.Fields[5].Value);
        Assert.Equal("RED", Assert.IsType<EnumValueNode>(value.Fields[6].Value).Value);
        Assert.Same(Array.Empty<ValueNode>(), Assert.IsType<ListValueNode>(value.Fields[7].Value).Values);
        Assert.Equal("var", Assert.IsType<VariableNode>(value.Fields[8].Value).Name.Value);
    }

    [Fact]
    public void ParseValue_TrailingTokens_Fail()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseValue("1 2"));

        Assert.Equal(("Syntax Error: Expected <EOF>, found Int \"2\".", 1, 3), (error.Message, error.Line, error.Column));
    }

    [Fact]
    public void ParseType_NonNullListOfNonNull_BuildsWrappers()
    {
        var type = Parser.ParseType("[String!]!");

        var outer = Assert.IsType<NonNullTypeNode>(type);
        var list = Assert.IsType<ListTypeNode>(outer.Type);
        var inner = Assert.IsType<NonNullTypeNode>(list.Type);
        Assert.Equal("String", Assert.IsType<NamedTypeNode>(inner.Type).Name.Value);
        Assert.Equal(new Location(0, 10, 1, 1), outer.Location);
        Assert.Equal(new Location(0, 9, 1, 1), list.Location);
    }

    [Fact]
    public void NonNullTypeNode_WrappingNonNull_IsRejected()
    {
        var named = new NamedTypeNode(default, new NameNode(default, "Int"));

        Assert.Throws<ArgumentException>(() => new NonNullTypeNode(default, new NonNullTypeNode(default, named)));
    }

    [Theory]
    [InlineData("", "Unexpected <EOF>.", 1, 1)]
    [InlineData("{", "Expected Name, found <EOF>.", 1, 2)]
    [InlineData("{ a(b: $c) }\nquery Q($d: Int = $e) { a }", "Unexpected variable \"$e\" in constant value.", 2, 19)]
    [InlineData("fragment on on T { a }", "Unexpected Name \"on\".", 1, 10)]
    [InlineData("{ a(\"s\": 1) }", "Expected Name, found String \"s\".", 1, 5)]
    [InlineData("{ ...on }", "Expected Name, found \"}\".", 1, 9)]
    [InlineData("\"d\" { a }", "Unexpected description, descriptions are not supported on shorthand queries.", 1, 1)]
    [InlineData("\"d\" extend type T @d", "Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
    [InlineData("query Q($a: Int!!) { a }", "Expected \"$\", found \"!\".", 1, 17)]
    public void Parse_InvalidExecutableDocument_FailsWithGraphQLJsMessage(string source, string message, int line, int column)
    {
        var error = ParseError(source);

        Assert.Equal(("Syntax Error: " + message, line, column), (error.Message, error.Line, error.Column));
        Assert.Equal(message, error.Description);
    }
}
