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

        var (actual, log) = await Run(testCase.Sdl, testCase.RootValue, testCase.Document, testCase.Variables, testCase.OperationName);

        Assert.Equal(ExecutionOracle.Canonical(expected.Result), ExecutionOracle.Canonical(actual));
        Assert.Equal(expected.Log, log);
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
