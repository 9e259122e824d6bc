using System.Text.Json;
using System.Text.Json.Nodes;
using IBok.GraphQL.Execution;
using IBok.GraphQL.Language;
using IBok.GraphQL.Utilities;

namespace IBok.GraphQL.Tests.Execution;

/// <summary>
/// Our executor against graphql-js 16.15 <c>graphql()</c> on the same schema, root value, document and
/// variables: the same response (data and errors with message, path and locations, in order) and the same
/// resolver calls in the same order. Error extensions are left out: graphql-js has none.
/// </summary>
public sealed class DifferentialExecutionTests
{
    private static readonly Lazy<(string IntrospectionQuery, IReadOnlyList<OracleAnswer> Answers)> Oracle =
        new(() => ExecutionOracle.Run(ExecutionCases.All));

    public static TheoryData<string> CaseNames => new(ExecutionCases.All.Select(c => c.Name));

    [Fact]
    public void Cases_AreManyAndUniquelyNamed()
    {
        Assert.True(ExecutionCases.All.Count >= 120, $"only {ExecutionCases.All.Count} cases");
        Assert.Equal(ExecutionCases.All.Count, ExecutionCases.All.Select(c => c.Name).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Execute_MatchesGraphQLJs(string name)
    {
        var index = ExecutionCases.All.ToList().FindIndex(c => c.Name == name);
        var testCase = ExecutionCases.All[index];
        var expected = Oracle.Value.Answers[index];

        var isIntrospection = testCase.Document == "$introspection";
        var document = isIntrospection ? Oracle.Value.IntrospectionQuery : testCase.Document;

        var (actual, log) = await Run(testCase.Sdl, testCase.RootValue, document, testCase.Variables, testCase.OperationName);

        var expectedResult = isIntrospection ? NormalizeIntrospection(expected.Result.DeepClone(), fromGraphQLJs: true) : expected.Result;
        var actualResult = isIntrospection ? NormalizeIntrospection(actual, fromGraphQLJs: false) : actual;
        Assert.Equal(ExecutionOracle.Canonical(expectedResult), ExecutionOracle.Canonical(actualResult));
        Assert.Equal(expected.Log, log);
    }

    /// <summary>
    /// Sorts types and directives by name (the type map and directive orders are implementation choices) and
    /// applies the one documented difference: the September 2025 spec makes <c>@deprecated(reason:)</c>
    /// <c>String!</c> where graphql-js 16 has <c>String</c> (see Types/README.md).
    /// </summary>
    private static JsonNode NormalizeIntrospection(JsonNode result, bool fromGraphQLJs)
    {
        var schema = result["data"]!["__schema"]!.AsObject();
        foreach (var key in new[] { "types", "directives" })
        {
            var sorted = schema[key]!.AsArray().OrderBy(t => t!["name"]!.GetValue<string>(), StringComparer.Ordinal).Select(t => t!.DeepClone()).ToArray();
            schema[key] = new JsonArray(sorted);
        }

        if (fromGraphQLJs)
        {
            var directives = schema["directives"]!.AsArray();
            var reason = Named(Named(directives, "deprecated")["args"]!.AsArray(), "reason");
            var scalar = reason["type"]!;
            Assert.Equal("SCALAR", scalar["kind"]!.GetValue<string>());
            reason["type"] = new JsonObject
            {
                ["kind"] = "NON_NULL",
                ["name"] = null,
                ["ofType"] = new JsonObject { ["name"] = scalar["name"]!.DeepClone(), ["kind"] = "SCALAR", ["ofType"] = null },
            };

            // graphql-js 16.15's experimental directive deprecation, which the engine does not offer (Types/README.md).
            var types = schema["types"]!.AsArray();
            RemoveNamed(Named(types, "__Directive")["fields"]!.AsArray(), "isDeprecated", "deprecationReason");
            RemoveNamed(Named(types, "__DirectiveLocation")["enumValues"]!.AsArray(), "DIRECTIVE_DEFINITION");
            RemoveNamed(Named(Named(types, "__Schema")["fields"]!.AsArray(), "directives")["args"]!.AsArray(), "includeDeprecated");
            var locations = Named(directives, "deprecated")["locations"]!.AsArray();
            locations.Remove(locations.Single(l => l!.GetValue<string>() == "DIRECTIVE_DEFINITION"));
        }

        return result;
    }

    private static JsonNode Named(JsonArray items, string name) =>
        items.Single(item => item!["name"]!.GetValue<string>() == name)!;

    private static void RemoveNamed(JsonArray items, params string[] names)
    {
        foreach (var name in names)
        {
            items.Remove(Named(items, name));
        }
    }

    internal static async Task<(JsonNode Result, IReadOnlyList<string> Log)> Run(string sdl, string rootValue, string document, string? variables, string? operationName)
    {
        var conventions = new ConventionResolvers();
        var schema = SchemaFromSdl.Build(sdl, conventions.For(sdl));
        using var root = JsonDocument.Parse(rootValue);
        using var variableJson = variables is null ? null : JsonDocument.Parse(variables);
        var result = await Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = schema,
            Document = Parser.Parse(document),
            RootValue = JsonInputValues.ToRuntimeValue(root.RootElement),
            VariableValues = variableJson is null ? null : JsonInputValues.ToVariables(variableJson.RootElement),
            OperationName = operationName,
        });
        var json = JsonNode.Parse(ExecutionResultJson.Serialize(result))!;
        foreach (var error in json["errors"]?.AsArray() ?? [])
        {
            error!.AsObject().Remove("extensions");
        }

        return (json, conventions.Log);
    }
}
