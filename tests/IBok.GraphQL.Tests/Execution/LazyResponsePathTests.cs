using IBok.GraphQL.Execution;
using IBok.GraphQL.Language;
using IBok.GraphQL.Types;
using IBok.GraphQL.Utilities;

namespace IBok.GraphQL.Tests.Execution;

/// <summary>
/// The executor allocates response paths only when something reads them (an error, a resolver's context);
/// these check every error and resolver still sees its exact path, deep in lists of leaf-only objects.
/// </summary>
public sealed class LazyResponsePathTests
{
    private const string Sdl = """
        type Query { meters: [Meter] }
        type Meter { id: String counts: [Int] readings: [Reading] }
        type Reading { value: Float! method: Method quantity: Int where: String }
        enum Method { READ ESTIMATED }
        """;

    private static readonly GraphQLSchema Schema = SchemaFromSdl.Build(Sdl, new SdlResolvers()
        .Field("Query.meters", _ => ValueTask.FromResult<object?>(Meters()))
        .Field("Reading.where", context => ValueTask.FromResult<object?>(string.Join(".", ((ResolveFieldContext)context).Path))));

    private static object?[] Meters() =>
    [
        new Dictionary<string, object?>
        {
            ["id"] = "W-1",
            ["counts"] = new object?[] { 1L, 3_000_000_000L, -7L },
            ["readings"] = new object?[]
            {
                Reading(1.5, "READ", 12L),
                Reading(null, "READ", 13L),
            },
        },
        new Dictionary<string, object?>
        {
            ["id"] = "W-2",
            ["counts"] = new object?[] { 2_000L },
            ["readings"] = new object?[] { Reading(2.5, "GUESSED", 14L) },
        },
    ];

    private static Dictionary<string, object?> Reading(double? value, string method, long quantity) => new()
    {
        ["value"] = value,
        ["method"] = method,
        ["quantity"] = quantity,
    };

    [Fact]
    public async Task Execute_EnumErrorInLeafOnlyListItem_ReportsTheItemsFieldPath()
    {
        var response = await Execute("{ meters { readings { method } } }");

        Assert.Equal(
            """{"errors":[{"message":"Enum \"Method\" cannot represent value: \"GUESSED\"","locations":[{"line":1,"column":23}],"path":["meters",1,"readings",0,"method"]}],"data":{"meters":[{"readings":[{"method":"READ"},{"method":"READ"}]},{"readings":[{"method":null}]}]}}""",
            response);
    }

    [Fact]
    public async Task Execute_NullForNonNullLeafInListItem_NullsTheItemAtItsPath()
    {
        var response = await Execute("{ meters { id readings { value } } }");

        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Reading.value.","locations":[{"line":1,"column":26}],"path":["meters",0,"readings",1,"value"]}],"data":{"meters":[{"id":"W-1","readings":[{"value":1.5},null]},{"id":"W-2","readings":[{"value":2.5}]}]}}""",
            response);
    }

    [Fact]
    public async Task Execute_IntListWithLongValues_SerializesInRangeAndReportsTheItemOutOfRange()
    {
        var response = await Execute("{ meters { counts readings { quantity } } }");

        Assert.Equal(
            """{"errors":[{"message":"Int cannot represent non 32-bit signed integer value: 3000000000","locations":[{"line":1,"column":12}],"path":["meters",0,"counts",1]}],"data":{"meters":[{"counts":[1,null,-7],"readings":[{"quantity":12},{"quantity":13}]},{"counts":[2000],"readings":[{"quantity":14}]}]}}""",
            response);
    }

    [Fact]
    public async Task Execute_ResolverInLeafOnlyListItem_SeesItsFullPath()
    {
        var response = await Execute("{ meters { readings { here: where } } }");

        Assert.Equal(
            """{"data":{"meters":[{"readings":[{"here":"meters.0.readings.0.here"},{"here":"meters.0.readings.1.here"}]},{"readings":[{"here":"meters.1.readings.0.here"}]}]}}""",
            response);
    }

    private static async Task<string> Execute(string document) =>
        ExecutionResultJson.Serialize(await Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = Schema,
            Document = Parser.Parse(document),
        }));
}
