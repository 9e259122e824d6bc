using IBok.GraphQL.Validation;
using IBok.GraphQL.Validation.Rules;
using static IBok.GraphQL.Tests.Validation.ValidationAssert;

namespace IBok.GraphQL.Tests.Validation;

/// <summary><see cref="UniqueDirectivesPerLocationRule"/>; expected errors are graphql-js 16.15's.</summary>
public sealed class UniqueDirectivesPerLocationRuleTests
{
    private static readonly ValidationRuleFactory Rule = context => new UniqueDirectivesPerLocationRule(context);

    [Fact]
    public void Validate_DistinctAndRepeatableDirectives_Valid() => ExpectValid(
        Rule,
        """
        { dog @onField @repeatable @repeatable @include(if: true) { name @onField } }
        """);

    [Fact]
    public void Validate_RepeatedDirective_ReportsPairs() => ExpectErrors(
        Rule,
        """
        query Q @onQuery @onQuery {
          dog @onField @onField @onField { name }
        }
        """,
        Error("The directive \"@onQuery\" can only be used once at this location.", (1, 9), (1, 18)),
        Error("The directive \"@onField\" can only be used once at this location.", (2, 7), (2, 16)),
        Error("The directive \"@onField\" can only be used once at this location.", (2, 7), (2, 25)));

    [Fact]
    public void Validate_RepeatedBuiltInDirectives_Reports() => ExpectErrors(
        Rule,
        """
        { dog @include(if: true) @skip(if: false) @include(if: false) @skip(if: true) { name } }
        """,
        Error("The directive \"@include\" can only be used once at this location.", (1, 7), (1, 43)),
        Error("The directive \"@skip\" can only be used once at this location.", (1, 26), (1, 63)));

    [Fact]
    public void Validate_RepeatedUnknownDirective_LeftToKnownDirectives() => ExpectValid(
        Rule,
        """
        { dog @unknown @unknown { name } }
        """);
}
