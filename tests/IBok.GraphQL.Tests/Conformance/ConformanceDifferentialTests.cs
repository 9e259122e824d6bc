namespace IBok.GraphQL.Tests.Conformance;

/// <summary>
/// Our engine against graphql-js over the whole corpus. Cases our engine does not match yet are listed, one
/// <c>file: name</c> per line, in <c>known-differences.txt</c>: the test fails when a listed case starts to match
/// (take it off the list) and when an unlisted case stops matching (a regression), so the list only ever shrinks
/// knowingly.
/// </summary>
public sealed class ConformanceDifferentialTests
{
    private static readonly string KnownDifferencesFile = Path.Combine(ConformanceCorpus.DefaultDirectory, "known-differences.txt");

    [Fact]
    public void OurEngine_MatchesGraphQLJs_OnEveryCaseNotKnownToDiffer()
    {
        var engine = new OurEngine();
        var known = File.ReadAllLines(KnownDifferencesFile)
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToHashSet(StringComparer.Ordinal);
        var differing = new SortedDictionary<string, string>(StringComparer.Ordinal);

        foreach (var entry in ConformanceCorpus.Load())
        {
            IReadOnlyList<string> differences;
            try
            {
                differences = ConformanceComparer.Compare(entry.Case, SpecNormalization.Apply(entry.Expected), engine.Run(entry.Case));
            }
            catch (Exception ex)
            {
                differences = [$"our engine threw {ex.GetType().Name}: {ex.Message}"];
            }

            if (differences.Count > 0)
            {
                differing[entry.Case.DisplayName] = string.Join("; ", differences);
            }
        }

        var regressions = differing.Where(d => !known.Contains(d.Key)).Select(d => $"{d.Key}: {d.Value}").ToArray();
        var nowMatching = known.Where(k => !differing.ContainsKey(k)).Order(StringComparer.Ordinal).ToArray();
        Assert.True(regressions.Length == 0, "Cases that differ from graphql-js (fix, or list knowingly):\n" + string.Join('\n', regressions));
        Assert.True(nowMatching.Length == 0, "Cases listed as known differences that now match (take them off the list):\n" + string.Join('\n', nowMatching));
    }
}
