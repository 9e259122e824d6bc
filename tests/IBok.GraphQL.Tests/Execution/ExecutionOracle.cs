using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using IBok.GraphQL.Tests.Oracle;

namespace IBok.GraphQL.Tests.Execution;

/// <summary>One differential case: a schema, a root value (JSON), a document, variables (JSON) and an operation name.</summary>
public sealed record ExecutionCase(string Name, string Sdl, string RootValue, string Document, string? Variables = null, string? OperationName = null)
{
    public override string ToString() => Name;
}

/// <summary>graphql-js's answer for one case: its response and its resolver call log.</summary>
public sealed record OracleAnswer(JsonNode Result, IReadOnlyList<string> Log);

/// <summary>Runs execute-cases.js (graphql-js 16.15 <c>graphql()</c>) once for a batch of cases.</summary>
public static class ExecutionOracle
{
    public static (string IntrospectionQuery, IReadOnlyList<OracleAnswer> Answers) Run(IReadOnlyList<ExecutionCase> cases)
    {
        var request = new JsonObject
        {
            ["cases"] = new JsonArray(cases.Select(c => (JsonNode)new JsonObject
            {
                ["sdl"] = c.Sdl,
                ["rootValue"] = JsonNode.Parse(c.RootValue),
                ["document"] = c.Document,
                ["variables"] = c.Variables is null ? null : JsonNode.Parse(c.Variables),
                ["operationName"] = c.OperationName,
            }).ToArray()),
        };
        var stdout = GraphQLJs.Run("tests/IBok.GraphQL.Tests/Execution/execute-cases.js", request.ToJsonString());

        var response = JsonNode.Parse(stdout)!;
        var answers = response["results"]!.AsArray().Select(item => item!["failure"] is { } failure
            ? throw new InvalidOperationException("graphql-js failed on a case: " + failure)
            : new OracleAnswer(item["result"]!, item["log"]!.AsArray().Select(e => e!.GetValue<string>()).ToArray())).ToArray();
        return (response["introspectionQuery"]!.GetValue<string>(), answers);
    }

    /// <summary>
    /// A canonical text of a JSON value for comparison: key order kept (it is part of the response), numbers
    /// as doubles in round-trip form, one entry per line so a failing assertion shows where results differ.
    /// </summary>
    public static string Canonical(JsonNode? node)
    {
        var builder = new StringBuilder();
        Write(node, builder, 0);
        return builder.ToString();
    }

    private static void Write(JsonNode? node, StringBuilder builder, int depth)
    {
        var indent = new string(' ', depth * 2);
        switch (node)
        {
            case null:
                builder.Append("null");
                break;
            case JsonObject obj:
                builder.Append("{\n");
                foreach (var (key, value) in obj)
                {
                    builder.Append(indent).Append("  ").Append(JsonSerializer.Serialize(key)).Append(": ");
                    Write(value, builder, depth + 1);
                    builder.Append('\n');
                }

                builder.Append(indent).Append('}');
                break;
            case JsonArray array:
                builder.Append("[\n");
                foreach (var item in array)
                {
                    builder.Append(indent).Append("  ");
                    Write(item, builder, depth + 1);
                    builder.Append('\n');
                }

                builder.Append(indent).Append(']');
                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.Number:
                builder.Append(value.GetValue<double>().ToString("R", System.Globalization.CultureInfo.InvariantCulture));
                break;
            default:
                builder.Append(node.ToJsonString());
                break;
        }
    }
}
