using IBok.GraphQL.Validation;
using IBok.GraphQL.Validation.Rules;
using static IBok.GraphQL.Tests.Validation.ValidationAssert;

namespace IBok.GraphQL.Tests.Validation;

/// <summary><see cref="NoUndefinedVariablesRule"/>; expected errors are graphql-js 16.15's.</summary>
public sealed class NoUndefinedVariablesRuleTests
{
    private static readonly ValidationRuleFactory Rule = context => new NoUndefinedVariablesRule(context);

    [Fact]
    public void Validate_AllVariablesDefined_Valid() => ExpectValid(
        Rule,
        """
        query Foo($a: String, $b: String) { ...F }
        fragment F on Query { complicatedArgs { a: stringArgField(stringArg: $a) b: stringArgField(stringArg: $b) } }
        """);

    [Fact]
    public void Validate_UndefinedVariableInNamedOperation_ReportsUsageAndOperation() => ExpectErrors(
        Rule,
        """
        query Foo($a: String) {
          complicatedArgs {
            a: stringArgField(stringArg: $a)
            d: stringArgField(stringArg: $d)
          }
        }
        """,
        Error("Variable \"$d\" is not defined by operation \"Foo\".", (4, 34), (1, 1)));

    [Fact]
    public void Validate_UndefinedVariableInAnonymousOperation_Reports() => ExpectErrors(
        Rule,
        """
        { complicatedArgs { stringArgField(stringArg: $a) } }
        """,
        Error("Variable \"$a\" is not defined.", (1, 47), (1, 1)));

    [Fact]
    public void Validate_UndefinedVariableThroughFragment_ReportsPerOperation() => ExpectErrors(
        Rule,
        """
        query Foo($a: String) { ...F }
        query Bar { ...F }
        fragment F on Query { complicatedArgs { stringArgField(stringArg: $a) } }
        """,
        Error("Variable \"$a\" is not defined by operation \"Bar\".", (3, 67), (2, 1)));
}
