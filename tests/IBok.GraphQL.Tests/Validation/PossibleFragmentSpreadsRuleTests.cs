using IBok.GraphQL.Validation;
using IBok.GraphQL.Validation.Rules;
using static IBok.GraphQL.Tests.Validation.ValidationAssert;

namespace IBok.GraphQL.Tests.Validation;

/// <summary><see cref="PossibleFragmentSpreadsRule"/>; expected errors are graphql-js 16.15's.</summary>
public sealed class PossibleFragmentSpreadsRuleTests
{
    private static readonly ValidationRuleFactory Rule = context => new PossibleFragmentSpreadsRule(context);

    [Fact]
    public void Validate_OverlappingTypes_Valid() => ExpectValid(
        Rule,
        """
        fragment a on Dog { ...b ... on Pet { name } ... on CatOrDog { __typename } }
        fragment b on Pet { ...c }
        fragment c on CatOrDog { ... on Dog { barks } }
        """);

    [Fact]
    public void Validate_ObjectIntoDifferentObject_Reports() => ExpectErrors(
        Rule,
        """
        fragment F on Dog { ...catFragment ... on Cat { meowsVolume } }
        fragment catFragment on Cat { meowsVolume }
        """,
        Error("Fragment \"catFragment\" cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\".", (1, 21)),
        Error("Fragment cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\".", (1, 36)));

    [Fact]
    public void Validate_ObjectIntoUnrelatedAbstract_Reports() => ExpectErrors(
        Rule,
        """
        fragment F on Pet { ...humanFragment }
        fragment G on CatOrDog { ... on Human { name } }
        fragment humanFragment on Human { name }
        """,
        Error("Fragment \"humanFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Human\".", (1, 21)),
        Error("Fragment cannot be spread here as objects of type \"CatOrDog\" can never be of type \"Human\".", (2, 26)));

    [Fact]
    public void Validate_AbstractIntoUnrelatedAbstract_Reports() => ExpectErrors(
        Rule,
        """
        fragment F on Pet { ...humanOrAlien }
        fragment G on DogOrHuman { ...catOrDog }
        fragment humanOrAlien on HumanOrAlien { __typename }
        fragment catOrDog on CatOrDog { __typename }
        """,
        Error("Fragment \"humanOrAlien\" cannot be spread here as objects of type \"Pet\" can never be of type \"HumanOrAlien\".", (1, 21)));
}
