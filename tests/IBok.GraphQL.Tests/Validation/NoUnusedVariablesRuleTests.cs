using IBok.GraphQL.Validation;
using IBok.GraphQL.Validation.Rules;
using static IBok.GraphQL.Tests.Validation.ValidationAssert;

namespace IBok.GraphQL.Tests.Validation;

/// <summary><see cref="NoUnusedVariablesRule"/>; expected errors are graphql-js 16.15's.</summary>
public sealed class NoUnusedVariablesRuleTests
{
    private static readonly ValidationRuleFactory Rule = context => new NoUnusedVariablesRule(context);

    [Fact]
    public void Validate_AllVariablesUsedThroughFragments_Valid() => ExpectValid(
        Rule,
        """
        query Foo($a: String, $b: String) { ...F }
        fragment F on Query { complicatedArgs { a: stringArgField(stringArg: $a) ...G } }
        fragment G on ComplicatedArgs { b: stringArgField(stringArg: $b) }
        """);

    [Fact]
    public void Validate_UnusedVariablesInAnonymousOperation_ReportsDefinitions() => ExpectErrors(
        Rule,
        """
        query ($a: String, $b: String, $c: String) {
          complicatedArgs { a: stringArgField(stringArg: $a) }
        }
        """,
        Error("Variable \"$b\" is never used.", (1, 20)),
        Error("Variable \"$c\" is never used.", (1, 32)));

    [Fact]
    public void Validate_VariableUsedOnlyByOtherOperation_Reports() => ExpectErrors(
        Rule,
        """
        query Foo($b: String) { ...A }
        query Bar($a: String) { ...B }
        fragment A on Query { complicatedArgs { stringArgField(stringArg: $a) } }
        fragment B on Query { complicatedArgs { stringArgField(stringArg: $b) } }
        """,
        Error("Variable \"$b\" is never used in operation \"Foo\".", (1, 11)),
        Error("Variable \"$a\" is never used in operation \"Bar\".", (2, 11)));
}
