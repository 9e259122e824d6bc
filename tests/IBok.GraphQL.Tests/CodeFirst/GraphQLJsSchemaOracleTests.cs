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
        var stdout = GraphQLJs.Run("tests/IBok.GraphQL.Tests/CodeFirst/schema-oracle.js", JsonSerializer.Serialize(documents));

        using var json = JsonDocument.Parse(stdout);
        return json.RootElement.EnumerateArray()
            .Select(r => (r.GetProperty("printed").GetString()!, r.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToArray()))
            .ToArray();
    }
}
