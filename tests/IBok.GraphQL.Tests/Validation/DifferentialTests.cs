using IBok.GraphQL.Types;
using IBok.GraphQL.Validation;

namespace IBok.GraphQL.Tests.Validation;

/// <summary>
/// Our validator against graphql-js 16.15's <c>validate</c> over <see cref="ValidationCorpus"/>: for every
/// document, the same errors (message and locations), compared as sorted sets.
/// </summary>
public sealed class DifferentialTests
{
    [Fact]
    public void Validate_Corpus_MatchesGraphQLJs()
    {
        var documents = ValidationCorpus.Documents;
        Assert.True(documents.Count >= 150, $"The corpus has only {documents.Count} documents.");
        var expected = ValidationOracle.Validate(SchemaPrinter.Print(ValidationSchema.Schema), documents);

        var mismatches = new List<string>();
        for (var i = 0; i < documents.Count; i++)
        {
            var ours = Sorted(ValidationAssert.Validate(documents[i]));
            var theirs = Sorted(expected[i]);
            if (!ours.SequenceEqual(theirs))
            {
                mismatches.Add($"#{i}: {documents[i]}\n  graphql-js: {string.Join("\n              ", theirs)}\n  ours:       {string.Join("\n              ", ours)}");
            }
        }

        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {documents.Count} documents differ:\n" + string.Join("\n", mismatches));
    }

    [Fact]
    public void Corpus_CoversValidAndInvalidDocuments()
    {
        var results = ValidationCorpus.Documents.Select(document => ValidationAssert.Validate(document).Count).ToArray();

        Assert.True(results.Count(count => count == 0) >= 30, "Too few valid documents.");
        Assert.True(results.Count(count => count > 0) >= 100, "Too few invalid documents.");
    }

    private static string[] Sorted(IReadOnlyList<ValidationError> errors) =>
        errors.Select(error => error.ToString()).Order(StringComparer.Ordinal).ToArray();
}
