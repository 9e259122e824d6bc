using System.Text.Json;
using IBok.GraphQL.Execution;
using IBok.GraphQL.Language;
using IBok.GraphQL.Utilities;

namespace IBok.GraphQL.Tests.Execution;

public sealed class ExecutionResultJsonTests
{
    [Fact]
    public void Serialize_DataOnly_WritesDataWithoutErrors()
    {
        var result = ExecutionResult.FromData(new Dictionary<string, object?>
        {
            ["s"] = "ż", ["i"] = 1, ["l"] = 9007199254740993L, ["d"] = 1.5, ["m"] = "12.50", ["b"] = true, ["n"] = null,
            ["list"] = new object?[] { 1, null, new Dictionary<string, object?> { ["x"] = "y" } },
        });

        Assert.Equal(
            """{"data":{"s":"ż","i":1,"l":9007199254740993,"d":1.5,"m":"12.50","b":true,"n":null,"list":[1,null,{"x":"y"}]}}""",
            ExecutionResultJson.Serialize(result));
    }

    [Theory]
    [InlineData(12.0, "12")]
    [InlineData(-3.0, "-3")]
    [InlineData(123.45, "123.45")]
    [InlineData(123.4, "123.4")]
    [InlineData(-0.05, "-0.05")]
    [InlineData(0.1 + 0.2, "0.30000000000000004")]
    [InlineData(0.0, "0")]
    [InlineData(-0.0, "-0")]
    [InlineData(999999999999.99, "999999999999.99")]
    [InlineData(1e15, "1000000000000000")]
    [InlineData(1.2345e-7, "1.2345E-07")]
    public void WriteValue_Double_WritesTheShortestRoundTripText(double value, string expected)
    {
        Assert.Equal(expected, WriteOne(value));
    }

    [Fact]
    public void WriteValue_DoublesWithUpToTwoDecimalsAndOthers_SameTextAsUtf8JsonWriter()
    {
        // The short cut for whole numbers and hundredths must write exactly what the writer's general formatting writes.
        var random = new Random(20261122);
        var mismatches = new List<string>();
        for (var i = 0; i < 200_000; i++)
        {
            var value = (i % 4) switch
            {
                0 => random.NextInt64(-100_000_000_000_000, 100_000_000_000_000) / 100.0,
                1 => random.Next(-1_000_000, 1_000_000) / 100.0,
                2 => random.Next(-100_000, 100_000) / 1000.0,
                _ => (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-6, 16)),
            };
            var expected = WriteWithUtf8JsonWriter(value);
            var actual = WriteOne(value);
            if (expected != actual)
            {
                mismatches.Add($"{value:R}: {actual} instead of {expected}");
            }
        }

        Assert.Empty(mismatches);
    }

    private static string WriteOne(object value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartArray();
            ExecutionResultJson.WriteValue(writer, value);
            ExecutionResultJson.WriteValue(writer, value);
            writer.WriteEndArray();
        }

        var text = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        var single = text[1..(text.Length / 2)];
        Assert.Equal($"[{single},{single}]", text);
        return single;
    }

    private static string WriteWithUtf8JsonWriter(double value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteNumberValue(value);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void Serialize_PolishLettersAndSymbols_AreWrittenAsTheyAre_QuotesBackslashesAndControlsEscaped()
    {
        var result = ExecutionResult.FromData(new Dictionary<string, object?> { ["s"] = "Zażółć <b>&'+ \"cytat\" a\\b\n\u0001 m³ €" });

        Assert.Equal(
            """{"data":{"s":"Zażółć <b>&'+ \"cytat\" a\\b\n\u0001 m³ €"}}""",
            ExecutionResultJson.Serialize(result));
    }

    [Fact]
    public void Serialize_LikeTheTransports_SameBytesAsWriteWithTheSharedOptions()
    {
        var result = ExecutionResult.FromData(new Dictionary<string, object?> { ["s"] = "Łódź \"x\"" });
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, ExecutionResultJson.WriterOptions))
        {
            ExecutionResultJson.Write(writer, result);
        }

        Assert.Equal(System.Text.Encoding.UTF8.GetString(stream.ToArray()), ExecutionResultJson.Serialize(result));
    }

    [Fact]
    public void Serialize_FieldErrors_WritesErrorsFirstThenData()
    {
        var error = new GraphQLError("Boom.", [new ErrorLocation(2, 5)], ["a", 0, "b"], new Dictionary<string, object?> { ["code"] = "X" }, new InvalidOperationException("secret"));
        var result = ExecutionResult.FromData(new Dictionary<string, object?> { ["a"] = null }, [error]);

        Assert.Equal(
            """{"errors":[{"message":"Boom.","locations":[{"line":2,"column":5}],"path":["a",0,"b"],"extensions":{"code":"X"}}],"data":{"a":null}}""",
            ExecutionResultJson.Serialize(result));
    }

    [Fact]
    public void Serialize_NullData_WritesDataNull() =>
        Assert.Equal("""{"errors":[{"message":"m"}],"data":null}""", ExecutionResultJson.Serialize(ExecutionResult.FromData(null, [new GraphQLError("m")])));

    [Fact]
    public void Serialize_RequestError_OmitsData()
    {
        var result = ExecutionResult.FromErrors([new GraphQLError("Must provide an operation.")]);

        Assert.False(result.HasData);
        Assert.Equal("""{"errors":[{"message":"Must provide an operation."}]}""", ExecutionResultJson.Serialize(result));
    }

    [Fact]
    public void Serialize_Extensions_ComeLast() =>
        Assert.Equal(
            """{"data":{},"extensions":{"cost":3}}""",
            ExecutionResultJson.Serialize(ExecutionResult.FromData(new Dictionary<string, object?>()).WithExtensions(new Dictionary<string, object?> { ["cost"] = 3 })));

    [Fact]
    public void FromErrors_Empty_IsRejected() =>
        Assert.Throws<ArgumentException>(() => ExecutionResult.FromErrors([]));

    [Fact]
    public void GraphQLError_EmptyLocationsAndExtensions_AreOmitted()
    {
        var error = new GraphQLError("m", [], null, new Dictionary<string, object?>());

        Assert.Null(error.Locations);
        Assert.Null(error.Extensions);
        Assert.Null(error.Code);
    }

    [Fact]
    public void ResponsePath_ListsSegmentsFromTheRoot()
    {
        var path = new ResponsePath(new ResponsePath(new ResponsePath(null, "users"), 2), "name");

        Assert.Equal(["users", 2, "name"], path.ToList());
        Assert.Equal("users.2.name", path.ToString());
        Assert.Throws<ArgumentException>(() => new ResponsePath(null, 1.5));
    }

    [Fact]
    public void CoerceVariableValues_StopsAfterFiftyErrors()
    {
        var schema = SchemaFromSdl.Build("type Query { a(x: [Int]): Int }");
        var operation = (OperationDefinitionNode)Parser.Parse("query Q($v: [Int]) { a(x: $v) }").Definitions[0];
        var inputs = new Dictionary<string, object?> { ["v"] = Enumerable.Range(0, 60).Select(i => (object?)("x" + i)).ToArray() };

        var (_, errors) = VariableValues.CoerceVariableValues(schema, operation, inputs);

        Assert.Equal(51, errors.Count);
        Assert.Equal("Variable \"$v\" got invalid value \"x0\" at \"v[0]\"; Int cannot represent non-integer value: \"x0\"", errors[0].Message);
        Assert.Equal("Too many errors processing variables, error limit reached. Execution aborted.", errors[50].Message);
    }

    [Fact]
    public void JsonInputValues_ConvertsEveryKind()
    {
        using var json = JsonDocument.Parse("""{"i":1,"big":1e300,"f":1.5,"s":"x","b":true,"n":null,"l":[1,"a"],"o":{"k":false}}""");

        var variables = JsonInputValues.ToVariables(json.RootElement);

        Assert.Equal(
            new Dictionary<string, object?>
            {
                ["i"] = 1L, ["big"] = 1e300, ["f"] = 1.5, ["s"] = "x", ["b"] = true, ["n"] = null,
                ["l"] = new object?[] { 1L, "a" }, ["o"] = new Dictionary<string, object?> { ["k"] = false },
            },
            variables);
        Assert.Empty(JsonInputValues.ToVariables(null));
        using var array = JsonDocument.Parse("[1]");
        Assert.Throws<ArgumentException>(() => JsonInputValues.ToVariables(array.RootElement));
    }
}
