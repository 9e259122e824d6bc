using IBok.GraphQL.Validation;
using IBok.GraphQL.Validation.Rules;
using static IBok.GraphQL.Tests.Validation.ValidationAssert;

namespace IBok.GraphQL.Tests.Validation;

/// <summary><see cref="KnownArgumentNamesRule"/>; expected errors are graphql-js 16.15's.</summary>
public sealed class KnownArgumentNamesRuleTests
{
    private static readonly ValidationRuleFactory Rule = context => new KnownArgumentNamesRule(context);

    [Fact]
    public void Validate_KnownArgumentsInAnyOrder_Valid() => ExpectValid(
        Rule,
        """
        fragment F on Dog {
          doesKnowCommand(dogCommand: SIT)
          isAtLocation(y: 2, x: 1)
          name @include(if: true)
        }
        """);

    [Fact]
    public void Validate_UnknownFieldArguments_SuggestsNames() => ExpectErrors(
        Rule,
        """
        fragment F on Dog {
          doesKnowCommand(whoKnows: 1, dogCommand: SIT, dogcommand: HEEL)
          name(sirname: true)
        }
        """,
        Error("Unknown argument \"whoKnows\" on field \"Dog.doesKnowCommand\".", (2, 19)),
        Error("Unknown argument \"dogcommand\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?", (2, 49)),
        Error("Unknown argument \"sirname\" on field \"Dog.name\". Did you mean \"surname\"?", (3, 8)));

    [Fact]
    public void Validate_UnknownDirectiveArguments_SuggestsNames() => ExpectErrors(
        Rule,
        """
        { dog @skip(unless: true) @include(iff: true) { name @onField(arg: 1) } }
        """,
        Error("Unknown argument \"unless\" on directive \"@skip\".", (1, 13)),
        Error("Unknown argument \"iff\" on directive \"@include\". Did you mean \"if\"?", (1, 36)),
        Error("Unknown argument \"arg\" on directive \"@onField\".", (1, 63)));

    [Fact]
    public void Validate_ArgumentOfUnknownField_LeftToFieldsOnCorrectType() => ExpectValid(
        Rule,
        """
        fragment F on Dog { unknownField(unknownArg: 1) }
        """);
}
