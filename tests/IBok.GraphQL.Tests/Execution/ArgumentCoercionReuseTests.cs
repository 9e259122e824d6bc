using IBok.GraphQL.Execution;
using IBok.GraphQL.Language;
using IBok.GraphQL.Types;
using IBok.GraphQL.Utilities;

namespace IBok.GraphQL.Tests.Execution;

/// <summary>
/// A field's arguments are coerced once per field plan while their inputs stay the same (literals: always;
/// variables: one request's coerced values), not once per object; these count the custom scalar's parse calls.
/// </summary>
public sealed class ArgumentCoercionReuseTests
{
    private const string Sdl = """
        scalar Factor
        type Query { meters: [Meter] }
        type Meter { serial: String scaled(by: Factor): Float }
        """;

    private int _parses;

    [Fact]
    public async Task Execute_LiteralArgumentOnEveryListItem_CoercedOnceAcrossRequests()
    {
        var (schema, document) = Build("{ meters { serial scaled(by: 2) } }");

        var first = await Execute(schema, document, []);
        var second = await Execute(schema, document, []);

        const string expected = """{"data":{"meters":[{"serial":"A","scaled":3},{"serial":"B","scaled":5},{"serial":"C","scaled":7}]}}""";
        Assert.Equal(expected, first);
        Assert.Equal(expected, second);
        Assert.Equal(1, _parses);
    }

    [Fact]
    public async Task Execute_VariableArgumentOnEveryListItem_CoercedOncePerRequestWithItsValue()
    {
        var (schema, document) = Build("query ($factor: Factor) { meters { scaled(by: $factor) } }");

        var doubled = await Execute(schema, document, new() { ["factor"] = 2 });
        var tripled = await Execute(schema, document, new() { ["factor"] = 3 });

        Assert.Equal("""{"data":{"meters":[{"scaled":3},{"scaled":5},{"scaled":7}]}}""", doubled);
        Assert.Equal("""{"data":{"meters":[{"scaled":4.5},{"scaled":7.5},{"scaled":10.5}]}}""", tripled);
        Assert.Equal(2, _parses); // once per request: the variable's coercion; the argument takes the coerced value
    }

    [Fact]
    public async Task Execute_InvalidLiteralArgument_ErrorOnEveryItemEveryRequest()
    {
        var (schema, document) = Build("{ meters { scaled(by: 0) } }");

        var first = await Execute(schema, document, []);
        var second = await Execute(schema, document, []);

        const string error = """{"message":"Argument \"by\" has invalid value 0.","locations":[{"line":1,"column":23}],"path":["meters",INDEX,"scaled"]}""";
        var expected = """{"errors":[""" + string.Join(",", Enumerable.Range(0, 3).Select(index => error.Replace("INDEX", index.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal))) +
            """],"data":{"meters":[{"scaled":null},{"scaled":null},{"scaled":null}]}}""";
        Assert.Equal(expected, first);
        Assert.Equal(expected, second);
        Assert.Equal(6, _parses);
    }

    private (GraphQLSchema Schema, DocumentNode Document) Build(string query)
    {
        var factor = new ScalarType("Factor", value => value, value =>
        {
            _parses++;
            var number = Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);
            return number > 0 ? number : throw new InvalidCastException("Not positive.");
        });
        var meters = new object?[]
        {
            new Dictionary<string, object?> { ["serial"] = "A", ["base"] = 1.5 },
            new Dictionary<string, object?> { ["serial"] = "B", ["base"] = 2.5 },
            new Dictionary<string, object?> { ["serial"] = "C", ["base"] = 3.5 },
        };
        var schema = SchemaFromSdl.Build(Sdl, new SdlResolvers()
            .Scalar(factor)
            .Field("Query.meters", _ => ValueTask.FromResult<object?>(meters))
            .Field("Meter.scaled", context => ValueTask.FromResult<object?>(
                (double)((IReadOnlyDictionary<string, object?>)context.Source!)["base"]! * (double)context.Arguments["by"]!)));
        return (schema, Parser.Parse(query));
    }

    private static async Task<string> Execute(GraphQLSchema schema, DocumentNode document, Dictionary<string, object?> variables) =>
        ExecutionResultJson.Serialize(await Executor.ExecuteAsync(new ExecutionRequest { Schema = schema, Document = document, VariableValues = variables }));
}
