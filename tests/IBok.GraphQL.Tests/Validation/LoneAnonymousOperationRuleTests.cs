using IBok.GraphQL.Validation;
using IBok.GraphQL.Validation.Rules;
using static IBok.GraphQL.Tests.Validation.ValidationAssert;

namespace IBok.GraphQL.Tests.Validation;

/// <summary><see cref="LoneAnonymousOperationRule"/>; expected errors are graphql-js 16.15's.</summary>
public sealed class LoneAnonymousOperationRuleTests
{
    private static readonly ValidationRuleFactory Rule = context => new LoneAnonymousOperationRule(context);

    [Fact]
    public void Validate_SingleAnonymousOperation_Valid() => ExpectValid(
        Rule,
        """
        { dog { name } }
        """);

    [Fact]
    public void Validate_AnonymousWithFragments_Valid() => ExpectValid(
        Rule,
        """
        { ...F }
        fragment F on Query { dog { name } }
        """);

    [Fact]
    public void Validate_TwoAnonymousOperations_ReportsEach() => ExpectErrors(
        Rule,
        """
        { dog { name } }
        { cat { name } }
        """,
        Error("This anonymous operation must be the only defined operation.", (1, 1)),
        Error("This anonymous operation must be the only defined operation.", (2, 1)));

    [Fact]
    public void Validate_AnonymousAndNamed_ReportsAnonymous() => ExpectErrors(
        Rule,
        """
        { dog { name } }
        query Foo { cat { name } }
        """,
        Error("This anonymous operation must be the only defined operation.", (1, 1)));
}
