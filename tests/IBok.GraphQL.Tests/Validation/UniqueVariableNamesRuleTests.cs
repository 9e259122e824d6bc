using IBok.GraphQL.Validation;
using IBok.GraphQL.Validation.Rules;
using static IBok.GraphQL.Tests.Validation.ValidationAssert;

namespace IBok.GraphQL.Tests.Validation;

/// <summary><see cref="UniqueVariableNamesRule"/>; expected errors are graphql-js 16.15's.</summary>
public sealed class UniqueVariableNamesRuleTests
{
    private static readonly ValidationRuleFactory Rule = context => new UniqueVariableNamesRule(context);

    [Fact]
    public void Validate_DistinctVariables_Valid() => ExpectValid(
        Rule,
        """
        query A($x: Int, $y: String) { __typename }
        query B($x: String, $y: Int) { __typename }
        """);

    [Fact]
    public void Validate_RepeatedVariables_ReportsAllOccurrencesOnce() => ExpectErrors(
        Rule,
        """
        query A($x: Int, $x: Int, $x: String) { __typename }
        query B($x: String, $x: Int) { __typename }
        """,
        Error("There can be only one variable named \"$x\".", (1, 10), (1, 19), (1, 28)),
        Error("There can be only one variable named \"$x\".", (2, 10), (2, 22)));
}
