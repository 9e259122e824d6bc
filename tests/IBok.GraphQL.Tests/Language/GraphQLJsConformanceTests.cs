using IBok.GraphQL.Language;
using IBok.GraphQL.Tests.Oracle;

namespace IBok.GraphQL.Tests.Language;

/// <summary>Runs graphql-js once over the whole corpus; tests look up its verdict per document.</summary>
public sealed class GraphQLJsCorpusVerdicts
{
    public GraphQLJsCorpusVerdicts()
    {
        var documents = ConformanceCorpus.All.Select(entry => entry.Document).ToList();
        var results = GraphQLJs.PrintOrError(documents);
        ByName = ConformanceCorpus.All.Select((entry, i) => (entry.Name, Result: results[i]))
            .ToDictionary(x => x.Name, x => x.Result);
    }

    public IReadOnlyDictionary<string, GraphQLJsResult> ByName { get; }
}

/// <summary>Differential tests: our parser and printer against graphql-js on the same documents.</summary>
public sealed class GraphQLJsConformanceTests(GraphQLJsCorpusVerdicts verdicts) : IClassFixture<GraphQLJsCorpusVerdicts>
{
    public static TheoryData<string> ValidNames => [.. ConformanceCorpus.Valid.Select(entry => entry.Name)];

    public static TheoryData<string> InvalidNames => [.. ConformanceCorpus.Invalid.Select(entry => entry.Name)];

    [Fact]
    public void Corpus_HasAtLeast120DistinctDocuments()
    {
        Assert.True(ConformanceCorpus.All.Count >= 120, $"only {ConformanceCorpus.All.Count} documents");
        Assert.Equal(ConformanceCorpus.All.Count, ConformanceCorpus.All.Select(entry => entry.Name).Distinct().Count());
        Assert.Equal(ConformanceCorpus.All.Count, ConformanceCorpus.All.Select(entry => entry.Document).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(ValidNames))]
    public void Print_ValidDocument_MatchesGraphQLJs(string name)
    {
        var document = Document(name);
        var expected = verdicts.ByName[name];
        Assert.Null(expected.Error);

        var printed = Printer.Print(Parser.Parse(document));

        Assert.Equal(expected.Printed, printed);
    }

    [Theory]
    [MemberData(nameof(ValidNames))]
    public void Parse_PrintedValidDocument_GivesTheSameTree(string name)
    {
        var original = Parser.Parse(Document(name));

        var reparsed = Parser.Parse(Printer.Print(original));

        SyntaxTreeAssert.Equal(original, reparsed);
    }

    [Theory]
    [MemberData(nameof(InvalidNames))]
    public void Parse_InvalidDocument_FailsLikeGraphQLJs(string name)
    {
        var expected = verdicts.ByName[name].Error;
        Assert.NotNull(expected);

        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(Document(name)));

        Assert.Equal(expected, GraphQLJs.Comparable(error));
    }

    private static string Document(string name) => ConformanceCorpus.All.Single(entry => entry.Name == name).Document;
}
