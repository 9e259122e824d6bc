using IBok.GraphQL.Language;
using IBok.GraphQL.Tests.Oracle;

namespace IBok.GraphQL.Tests.Language;

/// <summary>
/// Differential tests on generated documents (fixed seed): valid documents must print like graphql-js and
/// reparse to the same tree; corrupted documents must succeed or fail exactly as graphql-js does.
/// </summary>
public sealed class GeneratedDocumentsTests
{
    private const int Count = 400;

    [Fact]
    public void ParseAndPrint_GeneratedDocuments_AgreeWithGraphQLJs()
    {
        var generator = new RandomDocuments(seed: 20251121);
        var valid = Enumerable.Range(0, Count).Select(_ => generator.Document()).ToList();
        var corrupted = valid.Select(generator.Corrupt).ToList();
        var documents = valid.Concat(corrupted).ToList();

        var expected = GraphQLJs.PrintOrError(documents);

        var mismatches = new List<string>();
        var failures = 0;
        for (var i = 0; i < documents.Count; i++)
        {
            var actual = OurResult(documents[i]);
            if (actual != expected[i])
            {
                mismatches.Add($"document {i}: {Escape(documents[i])}\n  graphql-js: {expected[i]}\n  ours:       {actual}");
            }

            failures += expected[i].Error is null ? 0 : 1;
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches.Take(5)));
        Assert.All(expected.Take(Count), result => Assert.Null(result.Error));
        Assert.InRange(failures, Count / 4, Count);
    }

    [Fact]
    public void Parse_PrintedGeneratedDocuments_GiveTheSameTrees()
    {
        var generator = new RandomDocuments(seed: 42);
        for (var i = 0; i < Count; i++)
        {
            var original = Parser.Parse(generator.Document());
            var printed = Printer.Print(original);

            var reparsed = Record.Exception(() => Parser.Parse(printed));
            Assert.True(reparsed is null, $"{reparsed?.Message} in {Escape(printed)}");
            SyntaxTreeAssert.Equal(original, Parser.Parse(printed));
        }
    }

    private static GraphQLJsResult OurResult(string document)
    {
        try
        {
            return new GraphQLJsResult(Printer.Print(Parser.Parse(document)), null);
        }
        catch (GraphQLSyntaxException error)
        {
            return new GraphQLJsResult(null, GraphQLJs.Comparable(error));
        }
    }

    private static string Escape(string text) => System.Text.Json.JsonSerializer.Serialize(text);
}
