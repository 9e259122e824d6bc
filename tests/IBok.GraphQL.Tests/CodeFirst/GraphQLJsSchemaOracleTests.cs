using System.Diagnostics;
using System.Text;
using System.Text.Json;
using IBok.GraphQL.CodeFirst;
using IBok.GraphQL.Tests.Oracle;
using IBok.GraphQL.Tests.Paging;
using IBok.GraphQL.Tests.Relay;
using IBok.GraphQL.Types;

namespace IBok.GraphQL.Tests.CodeFirst;

/// <summary>
/// Every code-first schema of these tests, printed, is a valid schema for graphql-js 16.15, which prints it
/// back identically (<c>printSchema(buildSchema(sdl))</c>).
/// </summary>
public sealed class GraphQLJsSchemaOracleTests
{
    [Fact]
    public void CodeFirstSchemas_AreValidForGraphQLJsAndPrintIdentically()
    {
        var printed = new[]
        {
            SchemaMappingTests.ShopSchema(),
            CodeFirstSchema.Create().AddQueryType(typeof(SchemaMappingTests.AbstractQuery)).Build(),
            CodeFirstSchema.Create().AddQueryType(typeof(SchemaMappingTests.ScalarQuery)).Build(),
            CodeFirstSchema.Create().AddQueryType(typeof(PagingTests.MeterQuery)).Build(),
            CodeFirstSchema.Create().AddQueryType(typeof(NodeTests.RelayQuery)).AddType<NodeTests.Account>().Build(),
        }.Select(SchemaPrinter.Print).ToArray();

        var results = BuildAndPrint(printed);

        for (var i = 0; i < printed.Length; i++)
        {
            Assert.Empty(results[i].Errors);
            Assert.Equal(printed[i], results[i].Printed);
        }
    }

    private static IReadOnlyList<(string Printed, string[] Errors)> BuildAndPrint(IReadOnlyList<string> documents)
    {
        var root = GraphQLJs.RepositoryRoot;
        var start = new ProcessStartInfo("node", [Path.Combine(root, "tests", "IBok.GraphQL.Tests", "CodeFirst", "schema-oracle.js")])
        {
            WorkingDirectory = root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.Environment["NODE_PATH"] = Path.Combine(root, "node_modules");
        using var node = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        var stderr = node.StandardError.ReadToEndAsync();
        node.StandardInput.Write(JsonSerializer.Serialize(documents));
        node.StandardInput.Close();
        var stdout = node.StandardOutput.ReadToEnd();
        node.WaitForExit();
        if (node.ExitCode != 0)
        {
            throw new InvalidOperationException($"The graphql-js schema oracle failed ({node.ExitCode}): {stderr.GetAwaiter().GetResult()}");
        }

        using var json = JsonDocument.Parse(stdout);
        return json.RootElement.EnumerateArray()
            .Select(r => (r.GetProperty("printed").GetString()!, r.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToArray()))
            .ToArray();
    }
}
