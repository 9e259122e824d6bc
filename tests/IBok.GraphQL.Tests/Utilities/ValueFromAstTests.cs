using IBok.GraphQL.Language;
using IBok.GraphQL.Types;
using IBok.GraphQL.Utilities;

namespace IBok.GraphQL.Tests.Utilities;

public sealed class ValueFromAstTests
{
    private static readonly EnumType Color = new("Color", [new EnumValueDefinition("RED", 1), new EnumValueDefinition("GREEN", 2)]);

    private static readonly InputObjectType Point = new("Point", () =>
    [
        new InputValueDefinition("x", ScalarType.Int.NonNull()),
        new InputValueDefinition("y", ScalarType.Int) { DefaultValue = 0 },
        new InputValueDefinition("label", ScalarType.String),
    ]);

    private static readonly InputObjectType Pick = new("Pick", () =>
    [
        new InputValueDefinition("a", ScalarType.Int),
        new InputValueDefinition("b", ScalarType.String),
    ])
    { IsOneOf = true };

    [Theory]
    [InlineData("123", 123)]
    [InlineData("-2147483648", int.MinValue)]
    public void TryGetValue_IntLiteral_GivesInt(string literal, int expected) =>
        Assert.Equal(expected, Coerce(literal, ScalarType.Int));

    [Theory]
    [InlineData("2147483648")]
    [InlineData("1.0")]
    [InlineData("\"1\"")]
    [InlineData("true")]
    public void TryGetValue_InvalidIntLiteral_IsUndefined(string literal) =>
        Assert.False(ValueFromAst.TryGetValue(Parser.ParseValue(literal), ScalarType.Int, null, out _));

    [Fact]
    public void TryGetValue_FloatFromIntLiteral_GivesDouble() =>
        Assert.Equal(3.0, Coerce("3", ScalarType.Float));

    [Fact]
    public void TryGetValue_IdFromIntLiteral_GivesString() =>
        Assert.Equal("42", Coerce("42", ScalarType.ID));

    [Fact]
    public void TryGetValue_DecimalLiteral_KeepsEveryDigit() =>
        Assert.Equal(12.50m.ToString(System.Globalization.CultureInfo.InvariantCulture), ((decimal)Coerce("12.50", ScalarType.Decimal)!).ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void TryGetValue_LongLiteralBeyondDoublePrecision_IsExact() =>
        Assert.Equal(9007199254740993L, Coerce("9007199254740993", ScalarType.Long));

    [Fact]
    public void TryGetValue_DateLiteral_GivesDateOnly() =>
        Assert.Equal(new DateOnly(2026, 1, 31), Coerce("\"2026-01-31\"", ScalarType.Date));

    [Fact]
    public void TryGetValue_EnumLiteral_GivesInternalValue()
    {
        Assert.Equal(2, Coerce("GREEN", Color));
        Assert.False(ValueFromAst.TryGetValue(Parser.ParseValue("\"GREEN\""), Color, null, out _));
        Assert.False(ValueFromAst.TryGetValue(Parser.ParseValue("BLUE"), Color, null, out _));
    }

    [Fact]
    public void TryGetValue_NullLiteral_IsNullForNullableAndUndefinedForNonNull()
    {
        Assert.True(ValueFromAst.TryGetValue(Parser.ParseValue("null"), ScalarType.Int, null, out var value));
        Assert.Null(value);
        Assert.False(ValueFromAst.TryGetValue(Parser.ParseValue("null"), ScalarType.Int.NonNull(), null, out _));
    }

    [Fact]
    public void TryGetValue_SingleValueForList_GivesListOfOne() =>
        Assert.Equal(new object?[] { 5 }, Coerce("5", ScalarType.Int.List()));

    [Fact]
    public void TryGetValue_ListWithInvalidItem_IsUndefined() =>
        Assert.False(ValueFromAst.TryGetValue(Parser.ParseValue("[1, \"x\"]"), ScalarType.Int.List(), null, out _));

    [Fact]
    public void TryGetValue_MissingVariableInList_IsNullItemOrUndefinedForNonNullItems()
    {
        var variables = new Dictionary<string, object?>();
        Assert.Equal(new object?[] { 1, null }, Coerce("[1, $v]", ScalarType.Int.List(), variables));
        Assert.False(ValueFromAst.TryGetValue(Parser.ParseValue("[1, $v]"), ScalarType.Int.NonNull().List(), variables, out _));
    }

    [Fact]
    public void TryGetValue_Variable_IsTakenAsCoercedAndMissingIsUndefined()
    {
        var variables = new Dictionary<string, object?> { ["a"] = 7, ["n"] = null };
        Assert.Equal(7, Coerce("$a", ScalarType.Int, variables));
        Assert.Null(Coerce("$n", ScalarType.Int, variables));
        Assert.False(ValueFromAst.TryGetValue(Parser.ParseValue("$n"), ScalarType.Int.NonNull(), variables, out _));
        Assert.False(ValueFromAst.TryGetValue(Parser.ParseValue("$missing"), ScalarType.Int, variables, out _));
        Assert.False(ValueFromAst.TryGetValue(Parser.ParseValue("$a"), ScalarType.Int, null, out _));
    }

    [Fact]
    public void TryGetValue_InputObject_AppliesDefaultsAndLeavesAbsentFieldsOut()
    {
        var value = Coerce("{x: 1}", Point);

        Assert.Equal(new Dictionary<string, object?> { ["x"] = 1, ["y"] = 0 }, value);
    }

    [Fact]
    public void TryGetValue_InputObjectFieldFromMissingVariable_UsesDefault()
    {
        var value = Coerce("{x: 1, y: $y, label: $l}", Point, new Dictionary<string, object?> { ["l"] = null });

        Assert.Equal(new Dictionary<string, object?> { ["x"] = 1, ["y"] = 0, ["label"] = null }, value);
    }

    [Theory]
    [InlineData("{y: 1}")]
    [InlineData("{x: null}")]
    [InlineData("[{x: 1}]")]
    [InlineData("5")]
    public void TryGetValue_InvalidInputObject_IsUndefined(string literal) =>
        Assert.False(ValueFromAst.TryGetValue(Parser.ParseValue(literal), Point, null, out _));

    [Theory]
    [InlineData("{a: 1}", true)]
    [InlineData("{b: \"x\"}", true)]
    [InlineData("{a: 1, b: \"x\"}", false)]
    [InlineData("{a: null}", false)]
    [InlineData("{}", false)]
    public void TryGetValue_OneOf_NeedsExactlyOneNonNullField(string literal, bool valid) =>
        Assert.Equal(valid, ValueFromAst.TryGetValue(Parser.ParseValue(literal), Pick, null, out _));

    [Fact]
    public void ValueFromAstUntyped_ConvertsEveryKind()
    {
        var value = ValueFromAst.ValueFromAstUntyped(
            Parser.ParseValue("{i: 1, big: 99999999999999999999, f: 1.5, s: \"x\", b: false, n: null, e: RED, l: [1, $v], o: {k: 2}}"),
            new Dictionary<string, object?> { ["v"] = "var" });

        Assert.Equal(
            new Dictionary<string, object?>
            {
                ["i"] = 1L, ["big"] = 1e20, ["f"] = 1.5, ["s"] = "x", ["b"] = false, ["n"] = null, ["e"] = "RED",
                ["l"] = new object?[] { 1L, "var" }, ["o"] = new Dictionary<string, object?> { ["k"] = 2L },
            },
            value);
    }

    private static object? Coerce(string literal, GraphQLType type, IReadOnlyDictionary<string, object?>? variables = null)
    {
        Assert.True(ValueFromAst.TryGetValue(Parser.ParseValue(literal), type, variables, out var value), "expected a valid literal: " + literal);
        return value;
    }
}
