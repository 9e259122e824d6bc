using IBok.GraphQL.Validation;
using IBok.GraphQL.Validation.Rules;
using static IBok.GraphQL.Tests.Validation.ValidationAssert;

namespace IBok.GraphQL.Tests.Validation;

/// <summary><see cref="KnownDirectivesRule"/>; expected errors are graphql-js 16.15's.</summary>
public sealed class KnownDirectivesRuleTests
{
    private static readonly ValidationRuleFactory Rule = context => new KnownDirectivesRule(context);

    [Fact]
    public void Validate_DirectivesInTheirLocations_Valid() => ExpectValid(
        Rule,
        """
        query Foo($var: Boolean @onVariableDefinition) @onQuery {
          dog @onField @include(if: true) {
            ...Frag @onFragmentSpread
            ... @onInlineFragment { name }
          }
        }
        fragment Frag on Dog @onFragmentDefinition { name }
        mutation M @onMutation { renameDog(name: "x") { name } }
        subscription S @onSubscription { newDog { name } }
        """);

    [Fact]
    public void Validate_UnknownDirectives_ReportsEach() => ExpectErrors(
        Rule,
        """
        {
          dog @unknown(directive: "value") { name }
          human @unknown { pets @unknown { name } }
        }
        """,
        Error("Unknown directive \"@unknown\".", (2, 7)),
        Error("Unknown directive \"@unknown\".", (3, 9)),
        Error("Unknown directive \"@unknown\".", (3, 25)));

    [Fact]
    public void Validate_MisplacedDirectives_ReportsLocation() => ExpectErrors(
        Rule,
        """
        query Foo($var: Boolean @onQuery) @onMutation {
          dog @onQuery {
            ...Frag @onQuery
            ... @onQuery { name }
          }
        }
        fragment Frag on Dog @onQuery { name }
        """,
        Error("Directive \"@onQuery\" may not be used on VARIABLE_DEFINITION.", (1, 25)),
        Error("Directive \"@onMutation\" may not be used on QUERY.", (1, 35)),
        Error("Directive \"@onQuery\" may not be used on FIELD.", (2, 7)),
        Error("Directive \"@onQuery\" may not be used on FRAGMENT_SPREAD.", (3, 13)),
        Error("Directive \"@onQuery\" may not be used on INLINE_FRAGMENT.", (4, 9)),
        Error("Directive \"@onQuery\" may not be used on FRAGMENT_DEFINITION.", (7, 22)));

    [Fact]
    public void Validate_SchemaDirectiveInExecutableDocument_Reports() => ExpectErrors(
        Rule,
        """
        { dog { name @deprecated } }
        """,
        Error("Directive \"@deprecated\" may not be used on FIELD.", (1, 14)));
}
