using IBok.GraphQL.Types;
using static IBok.GraphQL.Tests.Types.CoercionAssert;

namespace IBok.GraphQL.Tests.Types;

// Messages were checked against graphql-js 16.15 (serialize / parseValue of the same values).
public sealed class SpecifiedScalarTests
{
    public static TheoryData<object, string> IntSerializeRejections => new()
    {
        { 1.5, "Int cannot represent non-integer value: 1.5" },
        { "abc", "Int cannot represent non-integer value: \"abc\"" },
        { "", "Int cannot represent non-integer value: \"\"" },
        { 2147483648L, "Int cannot represent non 32-bit signed integer value: 2147483648" },
        { -2147483649L, "Int cannot represent non 32-bit signed integer value: -2147483649" },
        { 1e100, "Int cannot represent non 32-bit signed integer value: 1e+100" },
        { double.NaN, "Int cannot represent non-integer value: NaN" },
        { double.PositiveInfinity, "Int cannot represent non-integer value: Infinity" },
        { new object?[] { 1L }, "Int cannot represent non-integer value: [1]" },
        { Map(("a", 1L)), "Int cannot represent non-integer value: { a: 1 }" },
    };

    [Theory]
    [MemberData(nameof(IntSerializeRejections))]
    public void IntSerialize_Rejects(object value, string message) => Rejects(ScalarType.Int.Serialize, value, message);

    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 0)]
    [InlineData("12", 12)]
    [InlineData(7.0, 7)]
    [InlineData(-2147483648L, -2147483648)]
    public void IntSerialize_Accepts(object value, int expected) => Assert.Equal(expected, ScalarType.Int.Serialize(value));

    public static TheoryData<object, string> IntParseRejections => new()
    {
        { 1.5, "Int cannot represent non-integer value: 1.5" },
        { true, "Int cannot represent non-integer value: true" },
        { "12", "Int cannot represent non-integer value: \"12\"" },
        { 2147483648L, "Int cannot represent non 32-bit signed integer value: 2147483648" },
        { 1e100, "Int cannot represent non 32-bit signed integer value: 1e+100" },
        { double.NaN, "Int cannot represent non-integer value: NaN" },
    };

    [Theory]
    [MemberData(nameof(IntParseRejections))]
    public void IntParseValue_Rejects(object value, string message) => Rejects(ScalarType.Int.ParseValue, value, message);

    [Fact]
    public void IntParseValue_AcceptsIntegralNumbersOfAnyClrType()
    {
        Assert.Equal(42, ScalarType.Int.ParseValue(42L));
        Assert.Equal(42, ScalarType.Int.ParseValue(42.0));
        Assert.Equal(42, ScalarType.Int.ParseValue(42m));
        Assert.Equal(-2147483648, ScalarType.Int.ParseValue(-2147483648L));
    }

    public static TheoryData<object, string> FloatRejections => new()
    {
        { "abc", "Float cannot represent non numeric value: \"abc\"" },
        { double.NaN, "Float cannot represent non numeric value: NaN" },
        { double.PositiveInfinity, "Float cannot represent non numeric value: Infinity" },
        { new object?[] { 1L }, "Float cannot represent non numeric value: [1]" },
        { "", "Float cannot represent non numeric value: \"\"" },
    };

    [Theory]
    [MemberData(nameof(FloatRejections))]
    public void FloatSerializeAndParseValue_Reject(object value, string message)
    {
        Rejects(ScalarType.Float.Serialize, value, message);
        Rejects(ScalarType.Float.ParseValue, value, message);
    }

    [Fact]
    public void Float_CoercesNumbersToDouble()
    {
        Assert.Equal(1d, ScalarType.Float.Serialize(true));
        Assert.Equal(1.5d, ScalarType.Float.Serialize("1.5"));
        Assert.Equal(2.25d, ScalarType.Float.Serialize(2.25m));
        Assert.Equal(3d, ScalarType.Float.ParseValue(3L));
        Rejects(ScalarType.Float.ParseValue, true, "Float cannot represent non numeric value: true");
        Rejects(ScalarType.Float.ParseValue, "1.5", "Float cannot represent non numeric value: \"1.5\"");
    }

    [Theory]
    [InlineData(1.5, "1.5")]
    [InlineData(1e21, "1e+21")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(123456789012L, "123456789012")]
    [InlineData(true, "true")]
    [InlineData('x', "x")]
    [InlineData(2.0, "2")]
    public void StringSerialize_Accepts(object value, string expected) => Assert.Equal(expected, ScalarType.String.Serialize(value));

    [Fact]
    public void String_RejectsNonScalarsAndNonStringInput()
    {
        Rejects(ScalarType.String.Serialize, new object?[] { 1L }, "String cannot represent value: [1]");
        Rejects(ScalarType.String.Serialize, Map(("a", 1L)), "String cannot represent value: { a: 1 }");
        Rejects(ScalarType.String.Serialize, double.NaN, "String cannot represent value: NaN");
        Rejects(ScalarType.String.ParseValue, 1.5, "String cannot represent a non string value: 1.5");
        Rejects(ScalarType.String.ParseValue, true, "String cannot represent a non string value: true");
        Assert.Equal("ok", ScalarType.String.ParseValue("ok"));
    }

    [Fact]
    public void Boolean_SerializesNumbersAndParsesOnlyBooleans()
    {
        Assert.Equal(false, ScalarType.Boolean.Serialize(0L));
        Assert.Equal(true, ScalarType.Boolean.Serialize(2));
        Rejects(ScalarType.Boolean.Serialize, "true", "Boolean cannot represent a non boolean value: \"true\"");
        Rejects(ScalarType.Boolean.Serialize, double.NaN, "Boolean cannot represent a non boolean value: NaN");
        Rejects(ScalarType.Boolean.ParseValue, 0L, "Boolean cannot represent a non boolean value: 0");
        Assert.Equal(true, ScalarType.Boolean.ParseValue(true));
    }

    [Fact]
    public void Id_AcceptsStringsAndIntegers()
    {
        Assert.Equal("x", ScalarType.ID.Serialize("x"));
        Assert.Equal("12", ScalarType.ID.Serialize(12));
        Assert.Equal("12", ScalarType.ID.ParseValue(12L));
        Assert.Equal("12", ScalarType.ID.ParseValue(12.0));
        Assert.Equal("3f2504e0-4f89-11d3-9a0c-0305e82c3301", ScalarType.ID.Serialize(Guid.Parse("3F2504E0-4F89-11D3-9A0C-0305E82C3301")));
        Rejects(ScalarType.ID.Serialize, 1.5, "ID cannot represent value: 1.5");
        Rejects(ScalarType.ID.ParseValue, true, "ID cannot represent value: true");
        Rejects(ScalarType.ID.ParseValue, Map(("a", 1L)), "ID cannot represent value: { a: 1 }");
    }

    [Fact]
    public void SpecifiedScalars_HaveNoSpecifiedByUrlAndAreMarkedSpecified()
    {
        ScalarType[] specified = [ScalarType.Int, ScalarType.Float, ScalarType.String, ScalarType.Boolean, ScalarType.ID];

        Assert.All(specified, s => Assert.Null(s.SpecifiedByUrl));
        Assert.All(specified, s => Assert.True(s.IsSpecifiedScalar));
        Assert.False(ScalarType.Date.IsSpecifiedScalar);
    }
}
