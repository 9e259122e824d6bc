using IBok.GraphQL.Validation;
using IBok.GraphQL.Validation.Rules;
using static IBok.GraphQL.Tests.Validation.ValidationAssert;

namespace IBok.GraphQL.Tests.Validation;

/// <summary><see cref="UniqueArgumentNamesRule"/>; expected errors are graphql-js 16.15's.</summary>
public sealed class UniqueArgumentNamesRuleTests
{
    private static readonly ValidationRuleFactory Rule = context => new UniqueArgumentNamesRule(context);

    [Fact]
    public void Validate_DistinctArguments_Valid() => ExpectValid(
        Rule,
        """
        { dog { isAtLocation(x: 1, y: 2) @skip(if: true) } }
        """);

    [Fact]
    public void Validate_RepeatedFieldArgument_ReportsAllNames() => ExpectErrors(
        Rule,
        """
        { dog { isAtLocation(x: 1, x: 2, x: 3) } }
        """,
        Error("There can be only one argument named \"x\".", (1, 22), (1, 28), (1, 34)));

    [Fact]
    public void Validate_RepeatedDirectiveArgument_Reports() => ExpectErrors(
        Rule,
        """
        { dog @skip(if: true, if: false) { name } }
        """,
        Error("There can be only one argument named \"if\".", (1, 13), (1, 23)));
}
