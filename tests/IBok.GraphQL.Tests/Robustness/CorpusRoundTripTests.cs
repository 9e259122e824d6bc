using IBok.GraphQL.Language;
using IBok.GraphQL.Tests.Conformance;

namespace IBok.GraphQL.Tests.Robustness;

/// <summary>The printer round-trips every document and every schema of the conformance corpus: printing what was
/// parsed and parsing it again gives a tree that prints the same, so nothing is lost or changed by printing.</summary>
public sealed class CorpusRoundTripTests
{
    [Fact]
    public void Print_RoundTripsEveryParsableDocumentAndSchemaOfTheCorpus()
    {
        var sources = ConformanceCorpus.Load()
            .SelectMany(entry => new[] { entry.Case.Document, entry.Case.Schema })
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        var failures = new List<string>();
        var roundTripped = 0;

        foreach (var source in sources)
        {
            DocumentNode parsed;
            try
            {
                parsed = Parser.Parse(source);
            }
            catch (GraphQLSyntaxException)
            {
                continue; // the parse-stage cases: nothing to print
            }

            var printed = Printer.Print(parsed);
            var reprinted = Printer.Print(Parser.Parse(printed));
            if (printed != reprinted)
            {
                failures.Add($"--- source:\n{source}\n--- printed:\n{printed}\n--- reprinted:\n{reprinted}");
            }

            roundTripped++;
        }

        Assert.Empty(failures);
        Assert.True(roundTripped > 300, $"Only {roundTripped} corpus documents parsed; the corpus should give several hundred.");
    }
}
