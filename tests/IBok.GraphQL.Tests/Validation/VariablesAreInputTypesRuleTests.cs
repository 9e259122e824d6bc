using IBok.GraphQL.Validation;
using IBok.GraphQL.Validation.Rules;
using static IBok.GraphQL.Tests.Validation.ValidationAssert;

namespace IBok.GraphQL.Tests.Validation;

/// <summary><see cref="VariablesAreInputTypesRule"/>; expected errors are graphql-js 16.15's.</summary>
public sealed class VariablesAreInputTypesRuleTests
{
    private static readonly ValidationRuleFactory Rule = context => new VariablesAreInputTypesRule(context);

    [Fact]
    public void Validate_InputTypes_Valid() => ExpectValid(
        Rule,
        """
        query Foo($a: String, $b: [Boolean!]!, $c: ComplexInput, $d: FurColor) { __typename }
        """);

    [Fact]
    public void Validate_OutputTypes_ReportsEach() => ExpectErrors(
        Rule,
        """
        query Foo($a: Dog, $b: [[CatOrDog!]]!, $c: Pet) { __typename }
        """,
        Error("Variable \"$a\" cannot be non-input type \"Dog\".", (1, 15)),
        Error("Variable \"$b\" cannot be non-input type \"[[CatOrDog!]]!\".", (1, 24)),
        Error("Variable \"$c\" cannot be non-input type \"Pet\".", (1, 44)));

    [Fact]
    public void Validate_UnknownTypes_LeftToKnownTypeNames() => ExpectValid(
        Rule,
        """
        query Foo($a: Unknown) { __typename }
        """);
}
