using IBok.GraphQL.Execution;
using IBok.GraphQL.Language;
using IBok.GraphQL.Types;

namespace IBok.GraphQL.Tests.Execution;

/// <summary>
/// The executor completes most leaf values of default-resolved fields inline (pass-through scalars, JSON
/// integers as Int, enum names by a hash lookup) and coerces scalar variables without the general input
/// coercion; these check the results and errors stay exactly those of the full result and input coercion.
/// </summary>
public sealed class InlineLeafCompletionTests
{
    private static readonly EnumType Shade = new("Shade",
    [
        new EnumValueDefinition("RED", 1),
        new EnumValueDefinition("CRIMSON", 1),
        new EnumValueDefinition("BLUE", 2),
    ]);

    private static readonly EnumType Grade = new("Grade",
    [
        new EnumValueDefinition("LOW", new Level(1)),
        new EnumValueDefinition("HIGH", new Level(2)),
    ]);

    private static readonly EnumType Mode = new("Mode", [new EnumValueDefinition("ON"), new EnumValueDefinition("OFF")]);

    private static readonly GraphQLSchema Schema = new SchemaBuilder().Query(new ObjectType("Query", () =>
    [
        new FieldDefinition("items", new ListType(new ObjectType("Item", () =>
        [
            new FieldDefinition("shade", Shade),
            new FieldDefinition("grade", Grade),
            new FieldDefinition("mode", Mode),
            new FieldDefinition("count", ScalarType.Int),
        ]))),
        new FieldDefinition("echo", ScalarType.Int)
        {
            Arguments = [new InputValueDefinition("value", ScalarType.Int)],
            Resolver = context => ValueTask.FromResult(context.Arguments.GetValueOrDefault("value")),
        },
    ])).Build();

    [Fact]
    public async Task Execute_EnumWithEqualInternalValues_SerializesTheFirstName()
    {
        var response = await Execute("{ items { shade } }", Item("shade", 1), Item("shade", 2));

        Assert.Equal("""{"data":{"items":[{"shade":"RED"},{"shade":"BLUE"}]}}""", response);
    }

    [Fact]
    public async Task Execute_EnumValueOfAnotherNumericType_IsAFieldError()
    {
        var response = await Execute("{ items { shade } }", Item("shade", 1L));

        Assert.Equal(
            """{"errors":[{"message":"Enum \"Shade\" cannot represent value: 1","locations":[{"line":1,"column":11}],"path":["items",0,"shade"]}],"data":{"items":[{"shade":null}]}}""",
            response);
    }

    [Fact]
    public async Task Execute_EnumWithRecordValues_SerializesByEquality()
    {
        var response = await Execute("{ items { grade } }", Item("grade", new Level(2)), Item("grade", new Level(1)));

        Assert.Equal("""{"data":{"items":[{"grade":"HIGH"},{"grade":"LOW"}]}}""", response);
    }

    [Fact]
    public async Task Execute_EnumFieldWithValueWhoseHashThrows_IsTheEnumsFieldError()
    {
        var response = await Execute("{ items { mode } }", Item("mode", new Unhashable()), Item("mode", "OFF"));

        Assert.Equal(
            """{"errors":[{"message":"Enum \"Mode\" cannot represent value: unhashable","locations":[{"line":1,"column":11}],"path":["items",0,"mode"]}],"data":{"items":[{"mode":null},{"mode":"OFF"}]}}""",
            response);
    }

    [Fact]
    public async Task Execute_IntFieldWithLongData_SerializesInRangeAndReportsOutOfRange()
    {
        var response = await Execute("{ items { count } }", Item("count", 2_147_483_647L), Item("count", 2_147_483_648L), Item("count", -5));

        Assert.Equal(
            """{"errors":[{"message":"Int cannot represent non 32-bit signed integer value: 2147483648","locations":[{"line":1,"column":11}],"path":["items",1,"count"]}],"data":{"items":[{"count":2147483647},{"count":null},{"count":-5}]}}""",
            response);
    }

    [Theory]
    [InlineData(7L, """{"data":{"echo":7}}""")]
    [InlineData(
        "7",
        """{"errors":[{"message":"Variable \"$value\" got invalid value \"7\"; Int cannot represent non-integer value: \"7\"","locations":[{"line":1,"column":8}]}]}""")]
    [InlineData(
        4_294_967_296L,
        """{"errors":[{"message":"Variable \"$value\" got invalid value 4294967296; Int cannot represent non 32-bit signed integer value: 4294967296","locations":[{"line":1,"column":8}]}]}""")]
    public async Task Execute_IntVariable_IsParsedOrReportedAsByInputCoercion(object value, string expected)
    {
        var response = ExecutionResultJson.Serialize(await Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = Schema,
            Document = Parser.Parse("query ($value: Int!) { echo(value: $value) }"),
            VariableValues = new Dictionary<string, object?> { ["value"] = value },
        }));

        Assert.Equal(expected, response);
    }

    private static Dictionary<string, object?> Item(string field, object? value) => new() { [field] = value };

    private static async Task<string> Execute(string document, params Dictionary<string, object?>[] items) =>
        ExecutionResultJson.Serialize(await Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = Schema,
            Document = Parser.Parse(document),
            RootValue = new Dictionary<string, object?> { ["items"] = items },
        }));

    private sealed record Level(int Value);

    /// <summary>A value whose hash code cannot be taken: the enum lookup must not ask for it.</summary>
    private sealed class Unhashable
    {
        public override int GetHashCode() => throw new InvalidOperationException("No hash for this value.");

        public override bool Equals(object? obj) => ReferenceEquals(this, obj);

        public override string ToString() => "unhashable";
    }
}
