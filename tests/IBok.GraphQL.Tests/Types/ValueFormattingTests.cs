using IBok.GraphQL.Types;
using static IBok.GraphQL.Tests.Types.CoercionAssert;

namespace IBok.GraphQL.Tests.Types;

// Expected strings were produced by graphql-js 16.15 (inspect, suggestionList, print(astFromValue(...))).
public sealed class ValueFormattingTests
{
    public static TheoryData<object?, string> InspectCases => new()
    {
        { List(), "[]" },
        { Map(), "{}" },
        { new object?[] { new object?[] { new object?[] { 1L } } }, "[[[Array]]]" },
        { Map(("a", Map(("b", Map(("c", 1L)))))), "{ a: { b: [Object] } }" },
        { List(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L), "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, ... 1 more item]" },
        { List(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L), "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, ... 2 more items]" },
        { "a\"b\n\u0001é", "\"a\\\"b\\n\\u0001é\"" },
        { 0.1 + 0.2, "0.30000000000000004" },
        { -0.0, "0" },
        { 1e21, "1e+21" },
        { 123e-20, "1.23e-18" },
        { 5e-7, "5e-7" },
        { 1.5e300, "1.5e+300" },
        { -1e-7, "-1e-7" },
        { 100.0, "100" },
        { 0.000001, "0.000001" },
        { null, "null" },
        { true, "true" },
        { 9_007_199_254_740_993L, "9007199254740993" },
    };

    [Theory]
    [MemberData(nameof(InspectCases))]
    public void Inspect_MatchesGraphQLJs(object? value, string expected) => Assert.Equal(expected, ValueInspector.Inspect(value));

    [Fact]
    public void Inspect_Types_PrintAsTypeReferences() =>
        Assert.Equal("[Int!]!", ValueInspector.Inspect(ScalarType.Int.NonNull().List().NonNull()));

    [Fact]
    public void SuggestionList_OrdersByDistanceThenNaturally()
    {
        Assert.Equal(
            ["Name", "na", "name", "names", "nme"],
            SuggestionList.For("nam", ["name", "names", "nme", "Name", "surname", "xyz", "na", "item10", "item9"]));
        Assert.Equal(["Item", "item1", "item9", "item10"], SuggestionList.For("item", ["item10", "item9", "item1", "Item"]));
    }

    [Fact]
    public void DidYouMean_ListsAtMostFive()
    {
        Assert.Equal("", SuggestionList.DidYouMean([]));
        Assert.Equal(" Did you mean \"a\"?", SuggestionList.DidYouMean(["a"]));
        Assert.Equal(" Did you mean the enum value \"a\" or \"b\"?", SuggestionList.DidYouMean(["a", "b"], "the enum value"));
        Assert.Equal(" Did you mean \"a\", \"b\", \"c\", \"d\", or \"e\"?", SuggestionList.DidYouMean(["a", "b", "c", "d", "e", "f"]));
    }

    public static TheoryData<object?, GraphQLType, string?> LiteralCases => new()
    {
        { "123", ScalarType.ID, "123" },
        { "abc", ScalarType.ID, "\"abc\"" },
        { "0123", ScalarType.ID, "\"0123\"" },
        { 1e21, ScalarType.Float, "1e+21" },
        { -0.5, ScalarType.Float, "-0.5" },
        { List(1, null, 2), ScalarType.Int.List(), "[1, null, 2]" },
        { null, ScalarType.Int.NonNull(), null },
        { 7, ScalarType.Int.List(), "7" },
        { "é\u0085", ScalarType.String, "\"é\\u0085\"" },
        { 12.50m, ScalarType.Decimal, "\"12.50\"" },
        { 5L, ScalarType.Long, "5" },
        { true, ScalarType.Boolean, "true" },
    };

    [Theory]
    [MemberData(nameof(LiteralCases))]
    public void PrintLiteral_MatchesGraphQLJsAstFromValue(object? value, GraphQLType type, string? expected) =>
        Assert.Equal(expected, ValuePrinter.PrintLiteral(value, type));

    [Fact]
    public void PrintLiteral_InputObject_SkipsAbsentFieldsAndKeepsFieldOrder()
    {
        var input = new InputObjectType("In", () =>
        [
            new InputValueDefinition("a", ScalarType.Int), new InputValueDefinition("b", ScalarType.String), new InputValueDefinition("c", ScalarType.Int),
        ]);

        Assert.Equal("{a: null, c: 3}", ValuePrinter.PrintLiteral(Map(("c", 3), ("a", null)), input));
        Assert.Null(ValuePrinter.PrintLiteral(5, input));
    }
}
