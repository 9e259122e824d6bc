using IBok.GraphQL.Types;
using static IBok.GraphQL.Tests.Types.CoercionAssert;

namespace IBok.GraphQL.Tests.Types;

// Expected values and messages were produced by graphql-js 16.15 coerceInputValue with an onError collector.
public sealed class InputValueCoercionTests
{
    private static readonly EnumType Color = new("Color",
    [
        new EnumValueDefinition("RED", "r"), new EnumValueDefinition("GREEN", "g"), new EnumValueDefinition("BLUE", "b"),
    ]);

    private static readonly InputObjectType Point = new("Point", () =>
    [
        new InputValueDefinition("x", ScalarType.Int.NonNull()),
        new InputValueDefinition("y", ScalarType.Int) { DefaultValue = 0 },
        new InputValueDefinition("color", Color),
        new InputValueDefinition("tags", ScalarType.String.NonNull().List()),
    ]);

    private static readonly InputObjectType Ref = new("Ref", () =>
    [
        new InputValueDefinition("id", ScalarType.ID), new InputValueDefinition("number", ScalarType.String),
    ])
    {
        IsOneOf = true,
    };

    [Fact]
    public void Coerce_EnumName_GivesTheInternalValue()
    {
        var result = InputValueCoercion.Coerce("GREEN", Color);

        Assert.True(result.IsValid);
        Assert.Equal("g", result.Value);
    }

    [Theory]
    [InlineData("GREN", "Value \"GREN\" does not exist in \"Color\" enum. Did you mean the enum value \"GREEN\" or \"RED\"?")]
    [InlineData("red", "Value \"red\" does not exist in \"Color\" enum. Did you mean the enum value \"RED\"?")]
    [InlineData("PURPLE", "Value \"PURPLE\" does not exist in \"Color\" enum.")]
    public void Coerce_UnknownEnumName_SuggestsCloseNames(string input, string message) =>
        AssertErrors(InputValueCoercion.Coerce(input, Color), (Path(), input, message));

    [Fact]
    public void Coerce_NonStringEnumValue_IsRejected() =>
        AssertErrors(InputValueCoercion.Coerce(3L, Color), (Path(), 3L, "Enum \"Color\" cannot represent non-string value: 3."));

    [Fact]
    public void Coerce_InputObject_AppliesDefaultsAndWrapsSingleValuesInLists()
    {
        var result = InputValueCoercion.Coerce(Map(("x", 1L), ("tags", "a")), Point);

        Assert.True(result.IsValid);
        var coerced = Assert.IsType<Dictionary<string, object?>>(result.Value);
        Assert.Equal(["x", "y", "tags"], coerced.Keys);
        Assert.Equal(1, coerced["x"]);
        Assert.Equal(0, coerced["y"]);
        Assert.Equal(new object?[] { "a" }, coerced["tags"]);
    }

    [Fact]
    public void Coerce_InputObjectMissingRequiredField_NamesFieldAndType()
    {
        var value = Map(("y", 2L));

        AssertErrors(InputValueCoercion.Coerce(value, Point), (Path(), value, "Field \"x\" of required type \"Int!\" was not provided."));
    }

    [Fact]
    public void Coerce_InputObjectWithUnknownFields_ReportsEachWithSuggestions()
    {
        var value = Map(("x", 1L), ("colr", "RED"), ("z", 3L));

        AssertErrors(
            InputValueCoercion.Coerce(value, Point),
            (Path(), value, "Field \"colr\" is not defined by type \"Point\". Did you mean \"color\"?"),
            (Path(), value, "Field \"z\" is not defined by type \"Point\". Did you mean \"x\" or \"y\"?"));
    }

    [Fact]
    public void Coerce_NonObjectForInputObject_IsRejected() =>
        AssertErrors(InputValueCoercion.Coerce(5L, Point), (Path(), 5L, "Expected type \"Point\" to be an object."));

    [Fact]
    public void Coerce_NestedProblems_AreAllReportedWithTheirPaths()
    {
        var value = Map(("x", "a"), ("tags", List("a", null, 3L)), ("color", "PURPLE"));

        AssertErrors(
            InputValueCoercion.Coerce(value, Point),
            (Path("x"), "a", "Int cannot represent non-integer value: \"a\""),
            (Path("color"), "PURPLE", "Value \"PURPLE\" does not exist in \"Color\" enum."),
            (Path("tags", 1), null, "Expected non-nullable type \"String!\" not to be null."),
            (Path("tags", 2), 3L, "String cannot represent a non string value: 3"));
    }

    [Fact]
    public void Coerce_ListItems_AreCoercedOneByOne()
    {
        AssertErrors(
            InputValueCoercion.Coerce(List(1L, "x", null), ScalarType.Int.NonNull().List()),
            (Path(1), "x", "Int cannot represent non-integer value: \"x\""),
            (Path(2), null, "Expected non-nullable type \"Int!\" not to be null."));
    }

    [Fact]
    public void Coerce_SingleValueForList_BecomesListOfOne()
    {
        var result = InputValueCoercion.Coerce(5L, ScalarType.Int.List());

        Assert.Equal(new object?[] { 5 }, result.Value);
    }

    [Fact]
    public void Coerce_NullForNonNull_IsRejected() =>
        AssertErrors(InputValueCoercion.Coerce(null, ScalarType.Int.NonNull()), (Path(), null, "Expected non-nullable type \"Int!\" not to be null."));

    [Fact]
    public void Coerce_NullForNullable_IsNull()
    {
        var result = InputValueCoercion.Coerce(null, Point);

        Assert.True(result.IsValid);
        Assert.Null(result.Value);
    }

    [Fact]
    public void Coerce_OneOfWithOneField_IsAccepted()
    {
        var result = InputValueCoercion.Coerce(Map(("id", 5L)), Ref);

        Assert.Equal(Map(("id", "5")), result.Value);
    }

    [Fact]
    public void Coerce_OneOfWithTwoFields_IsRejected()
    {
        var value = Map(("id", "5"), ("number", "x"));

        AssertErrors(InputValueCoercion.Coerce(value, Ref), (Path(), value, "Exactly one key must be specified for OneOf type \"Ref\"."));
    }

    [Fact]
    public void Coerce_OneOfWithNoField_IsRejected()
    {
        var value = Map();

        AssertErrors(InputValueCoercion.Coerce(value, Ref), (Path(), value, "Exactly one key must be specified for OneOf type \"Ref\"."));
    }

    [Fact]
    public void Coerce_OneOfWithNullField_IsRejected() =>
        AssertErrors(InputValueCoercion.Coerce(Map(("id", null)), Ref), (Path("id"), null, "Field \"id\" must be non-null."));

    [Fact]
    public void ToDefaultMessage_PrefixesValueAndPathAsGraphQLJs()
    {
        var nested = InputValueCoercion.Coerce(List(Map(("x", 1L)), Map(("x", "a"))), Point.List());
        var top = InputValueCoercion.Coerce(Map(("y", 2L), ("x", List(1L))), Point);

        Assert.Equal("Invalid value \"a\" at \"value[1].x\": Int cannot represent non-integer value: \"a\"", nested.Errors.Single().ToDefaultMessage());
        Assert.Equal("Invalid value [1] at \"value.x\": Int cannot represent non-integer value: [1]", top.Errors.Single().ToDefaultMessage());
        Assert.Equal("Invalid value null: Expected non-nullable type \"Int!\" not to be null.",
            InputValueCoercion.Coerce(null, ScalarType.Int.NonNull()).Errors.Single().ToDefaultMessage());
    }

    [Fact]
    public void Coerce_CustomScalarThrowingAnotherException_IsReportedAsExpectedType()
    {
        var odd = new ScalarType("Odd", v => v, v => (long)v % 2 == 1 ? v : throw new InvalidCastException("Not odd."));

        AssertErrors(InputValueCoercion.Coerce(4L, odd), (Path(), 4L, "Expected type \"Odd\". Not odd."));
        Assert.Equal(3L, InputValueCoercion.Coerce(3L, odd).Value);
    }

    [Fact]
    public void PrintedPath_UsesDotsForFieldsAndBracketsForIndexes() =>
        Assert.Equal(".a[0].b", new InputCoercionError(["a", 0, "b"], null, "x").PrintedPath);

    [Fact]
    public void Coerce_OutputType_IsAProgrammingError()
    {
        var obj = new ObjectType("Obj", () => [new FieldDefinition("a", ScalarType.Int)]);

        var exception = Assert.Throws<ArgumentException>(() => InputValueCoercion.Coerce(1L, obj));

        Assert.StartsWith("Expected an input type but got: Obj.", exception.Message, StringComparison.Ordinal);
    }

    private static object[] Path(params object[] keys) => keys;

    private static void AssertErrors(InputCoercionResult result, params (object[] Path, object? Invalid, string Message)[] expected)
    {
        Assert.False(result.IsValid);
        Assert.Equal(
            expected.Select(e => (string.Join("/", e.Path), ValueInspector.Inspect(e.Invalid), e.Message)),
            result.Errors.Select(e => (string.Join("/", e.Path), ValueInspector.Inspect(e.InvalidValue), e.Message)));
    }
}
