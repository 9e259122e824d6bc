using IBok.GraphQL.Tests.Oracle;

namespace IBok.GraphQL.Tests.Conformance;

/// <summary>
/// Re-runs graphql-js over the corpus (<c>node oracle.cjs --check</c>) and fails on any difference from the committed
/// expected files, so a case edited without re-running the oracle cannot stand. Needs graphql-js installed at the
/// repository root, as every oracle test does (test.sh runs <c>npm ci</c>).
/// </summary>
public sealed class OracleCheckTests
{
    [Fact]
    public void Oracle_RecomputedByGraphQlJs_MatchesTheCommittedExpectedFiles()
    {
        var output = GraphQLJs.Run("tests/IBok.GraphQL.Tests/Conformance/oracle.cjs", string.Empty, "--check");

        Assert.Contains(": all match", output, StringComparison.Ordinal);
    }
}
