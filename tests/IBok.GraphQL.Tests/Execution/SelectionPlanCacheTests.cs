using IBok.GraphQL.Execution;
using IBok.GraphQL.Language;
using IBok.GraphQL.Types;
using IBok.GraphQL.Utilities;

namespace IBok.GraphQL.Tests.Execution;

/// <summary>
/// The executor reuses collected selection sets across executions of one parsed document; these check that the
/// reuse never leaks a decision that depends on the request (variables of @skip/@include, the schema).
/// </summary>
public sealed class SelectionPlanCacheTests
{
    private const string Sdl = """
        type Query { meter: Meter meters: [Meter] }
        type Mutation { bump: Meter }
        type Meter { id: String serial: String readings: [Reading] }
        type Reading { value: Float date: String }
        """;

    private static readonly Dictionary<string, object?> Meter = new()
    {
        ["id"] = "W-1",
        ["serial"] = "S-1",
        ["readings"] = new object?[] { new Dictionary<string, object?> { ["value"] = 1.5, ["date"] = "2026-01-15" } },
    };

    private static readonly GraphQLSchema Schema = SchemaFromSdl.Build(Sdl, new SdlResolvers()
        .Field("Query.meter", _ => ValueTask.FromResult<object?>(Meter))
        .Field("Query.meters", _ => ValueTask.FromResult<object?>(new object?[] { Meter, Meter }))
        .Field("Mutation.bump", _ => ValueTask.FromResult<object?>(Meter)));

    [Fact]
    public async Task Execute_SameDocumentDifferentIncludeVariables_EachRequestGetsItsOwnSelection()
    {
        var document = Parser.Parse("""
            query ($withSerial: Boolean!, $skipDate: Boolean = false) {
              meters { id serial @include(if: $withSerial) readings { value date @skip(if: $skipDate) } }
            }
            """);

        var first = await Execute(document, new() { ["withSerial"] = true });
        var second = await Execute(document, new() { ["withSerial"] = false, ["skipDate"] = true });
        var third = await Execute(document, new() { ["withSerial"] = true });

        const string full = """{"data":{"meters":[{"id":"W-1","serial":"S-1","readings":[{"value":1.5,"date":"2026-01-15"}]},{"id":"W-1","serial":"S-1","readings":[{"value":1.5,"date":"2026-01-15"}]}]}}""";
        Assert.Equal(full, first);
        Assert.Equal("""{"data":{"meters":[{"id":"W-1","readings":[{"value":1.5}]},{"id":"W-1","readings":[{"value":1.5}]}]}}""", second);
        Assert.Equal(full, third);
    }

    [Fact]
    public async Task Execute_SameDocumentOnAnotherSchema_UsesThatSchemasFields()
    {
        var document = Parser.Parse("{ meter { id serial } }");
        var other = SchemaFromSdl.Build("type Query { meter: Meter } type Meter { id: String }", new SdlResolvers()
            .Field("Query.meter", _ => ValueTask.FromResult<object?>(Meter)));

        var onSchema = await Execute(document, [], Schema);
        var onOther = await Execute(document, [], other);

        Assert.Equal("""{"data":{"meter":{"id":"W-1","serial":"S-1"}}}""", onSchema);
        Assert.Equal("""{"data":{"meter":{"id":"W-1"}}}""", onOther);
    }

    [Fact]
    public async Task Execute_RepeatedMutation_GivesTheSameResponse()
    {
        var document = Parser.Parse("mutation { bump { id } again: bump { serial } }");

        var first = await Execute(document, []);
        var second = await Execute(document, []);

        Assert.Equal("""{"data":{"bump":{"id":"W-1"},"again":{"serial":"S-1"}}}""", first);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Execute_InterfaceListAlternatingRuntimeTypes_EachItemGetsItsTypesSubfields()
    {
        var contacts = SchemaFromSdl.Build("""
            type Query { contacts: [Contact!]! }
            interface Contact { value: String }
            type Email implements Contact { value: String verified: Boolean }
            type Phone implements Contact { value: String sms: Boolean }
            """, new SdlResolvers().Field("Query.contacts", _ => ValueTask.FromResult<object?>(new object?[]
        {
            new Dictionary<string, object?> { ["__typename"] = "Email", ["value"] = "a@b.pl", ["verified"] = true },
            new Dictionary<string, object?> { ["__typename"] = "Phone", ["value"] = "600 100 200", ["sms"] = false },
            new Dictionary<string, object?> { ["__typename"] = "Email", ["value"] = "c@d.pl", ["verified"] = false },
        })));
        var document = Parser.Parse("{ contacts { __typename value ... on Email { verified } ... on Phone { sms } } }");

        var first = await Execute(document, [], contacts);
        var second = await Execute(document, [], contacts);

        const string expected = """{"data":{"contacts":[{"__typename":"Email","value":"a@b.pl","verified":true},{"__typename":"Phone","value":"600 100 200","sms":false},{"__typename":"Email","value":"c@d.pl","verified":false}]}}""";
        Assert.Equal(expected, first);
        Assert.Equal(expected, second);
    }

    [Fact]
    public async Task Execute_DefaultResolvedNonNullObjectFieldMissing_ErrorNamesParentTypeAndFieldWithPath()
    {
        var meters = SchemaFromSdl.Build("""
            type Query { meters: [Meter] }
            type Meter { id: String last: Reading! }
            type Reading { value: Float }
            """, new SdlResolvers().Field("Query.meters", _ => ValueTask.FromResult<object?>(new object?[]
        {
            new Dictionary<string, object?> { ["id"] = "W-1", ["last"] = new Dictionary<string, object?> { ["value"] = 2.5 } },
            new Dictionary<string, object?> { ["id"] = "W-2" },
        })));

        var response = await Execute(Parser.Parse("{ meters { id last { value } } }"), [], meters);

        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Meter.last.","locations":[{"line":1,"column":15}],"path":["meters",1,"last"]}],"data":{"meters":[{"id":"W-1","last":{"value":2.5}},null]}}""",
            response);
    }

    [Fact]
    public async Task Execute_SameDocumentByOperationName_EachNameGetsItsOperationAndUnknownNamesStayErrors()
    {
        var document = Parser.Parse("query Ids { meter { ...Id } } query Serials { meter { serial } } fragment Id on Meter { id }");

        var ids = await ExecuteOperation(document, "Ids");
        var serials = await ExecuteOperation(document, "Serials");
        var unknown = await ExecuteOperation(document, "Other");
        var unnamed = await ExecuteOperation(document, null);
        var idsAgain = await ExecuteOperation(document, "Ids");

        Assert.Equal("""{"data":{"meter":{"id":"W-1"}}}""", ids);
        Assert.Equal("""{"data":{"meter":{"serial":"S-1"}}}""", serials);
        Assert.Equal("""{"errors":[{"message":"Unknown operation named \"Other\"."}]}""", unknown);
        Assert.Equal("""{"errors":[{"message":"Must provide operation name if query contains multiple operations."}]}""", unnamed);
        Assert.Equal(ids, idsAgain);
    }

    private static async Task<string> ExecuteOperation(DocumentNode document, string? operationName) =>
        ExecutionResultJson.Serialize(await Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = Schema,
            Document = document,
            OperationName = operationName,
        }));

    private static async Task<string> Execute(DocumentNode document, Dictionary<string, object?> variables, GraphQLSchema? schema = null) =>
        ExecutionResultJson.Serialize(await Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = schema ?? Schema,
            Document = document,
            VariableValues = variables,
        }));
}
