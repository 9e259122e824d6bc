using IBok.GraphQL.Validation;
using IBok.GraphQL.Validation.Rules;
using static IBok.GraphQL.Tests.Validation.ValidationAssert;

namespace IBok.GraphQL.Tests.Validation;

/// <summary><see cref="NoFragmentCyclesRule"/>; expected errors are graphql-js 16.15's.</summary>
public sealed class NoFragmentCyclesRuleTests
{
    private static readonly ValidationRuleFactory Rule = context => new NoFragmentCyclesRule(context);

    [Fact]
    public void Validate_FragmentsWithoutCycles_Valid() => ExpectValid(
        Rule,
        """
        fragment A on Dog { ...B ...B }
        fragment B on Dog { name }
        """);

    [Fact]
    public void Validate_SpreadWithinItself_Reports() => ExpectErrors(
        Rule,
        """
        fragment A on Dog { ...A }
        fragment B on Dog { ... on Dog { ...B } }
        """,
        Error("Cannot spread fragment \"A\" within itself.", (1, 21)),
        Error("Cannot spread fragment \"B\" within itself.", (2, 34)));

    [Fact]
    public void Validate_CycleThroughTwoFragments_ReportsOnce() => ExpectErrors(
        Rule,
        """
        fragment A on Dog { ...B }
        fragment B on Dog { ...A }
        """,
        Error("Cannot spread fragment \"A\" within itself via \"B\".", (1, 21), (2, 21)));

    [Fact]
    public void Validate_DeepCycle_ReportsPath() => ExpectErrors(
        Rule,
        """
        fragment A on Dog { ...B }
        fragment B on Dog { ...C }
        fragment C on Dog { ...O ...P }
        fragment O on Dog { ...P }
        fragment P on Dog { ...A ...X }
        fragment X on Dog { name }
        """,
        Error("Cannot spread fragment \"A\" within itself via \"B\", \"C\", \"O\", \"P\".", (1, 21), (2, 21), (3, 21), (4, 21), (5, 21)));

    [Fact]
    public void Validate_SeveralCyclesThroughOneFragment_ReportsEach() => ExpectErrors(
        Rule,
        """
        fragment A on Dog { ...B ...C }
        fragment B on Dog { ...A }
        fragment C on Dog { ...A }
        """,
        Error("Cannot spread fragment \"A\" within itself via \"B\".", (1, 21), (2, 21)),
        Error("Cannot spread fragment \"A\" within itself via \"C\".", (1, 26), (3, 21)));
}
