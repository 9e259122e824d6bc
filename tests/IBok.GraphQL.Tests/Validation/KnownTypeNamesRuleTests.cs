using IBok.GraphQL.Validation;
using IBok.GraphQL.Validation.Rules;
using static IBok.GraphQL.Tests.Validation.ValidationAssert;

namespace IBok.GraphQL.Tests.Validation;

/// <summary><see cref="KnownTypeNamesRule"/>; expected errors are graphql-js 16.15's.</summary>
public sealed class KnownTypeNamesRuleTests
{
    private static readonly ValidationRuleFactory Rule = context => new KnownTypeNamesRule(context);

    [Fact]
    public void Validate_KnownTypes_Valid() => ExpectValid(
        Rule,
        """
        query Foo($var: String, $required: [Int!]!, $input: ComplexInput) {
          dog { ... on Pet { name } }
        }
        """);

    [Fact]
    public void Validate_UnknownTypes_ReportsWithSuggestions() => ExpectErrors(
        Rule,
        """
        query Foo($var: JumbledUpLetters, $list: [Doge!]) {
          dog { ... on Catt { name } ...F }
        }
        fragment F on Peat { name }
        """,
        Error("Unknown type \"JumbledUpLetters\".", (1, 17)),
        Error("Unknown type \"Doge\". Did you mean \"Dog\" or \"Date\"?", (1, 43)),
        Error("Unknown type \"Catt\". Did you mean \"Cat\" or \"Date\"?", (2, 16)),
        Error("Unknown type \"Peat\". Did you mean \"Pet\" or \"Cat\"?", (4, 15)));

    [Fact]
    public void Validate_CaseMismatch_SuggestsType() => ExpectErrors(
        Rule,
        """
        query Foo($a: string) { dog { name } }
        """,
        Error("Unknown type \"string\". Did you mean \"String\"?", (1, 15)));
}
