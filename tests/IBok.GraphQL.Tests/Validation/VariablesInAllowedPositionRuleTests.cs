using IBok.GraphQL.Validation;
using IBok.GraphQL.Validation.Rules;
using static IBok.GraphQL.Tests.Validation.ValidationAssert;

namespace IBok.GraphQL.Tests.Validation;

/// <summary><see cref="VariablesInAllowedPositionRule"/>; expected errors are graphql-js 16.15's.</summary>
public sealed class VariablesInAllowedPositionRuleTests
{
    private static readonly ValidationRuleFactory Rule = context => new VariablesInAllowedPositionRule(context);

    [Fact]
    public void Validate_CompatibleVariables_Valid() => ExpectValid(
        Rule,
        """
        query Q($b: Boolean!, $i: Int = 1, $s: String, $list: [String!], $x: Int) {
          complicatedArgs {
            booleanArgField(booleanArg: $b)
            nonNullIntArgField(nonNullIntArg: $i)
            stringListArgField(stringListArg: [$s])
            a: stringListArgField(stringListArg: $list)
            nonNullFieldWithDefault(arg: $x)
          }
          dog @include(if: $b) { name }
        }
        """);

    [Fact]
    public void Validate_NullableIntoNonNull_Reports() => ExpectErrors(
        Rule,
        """
        query Q($intArg: Int, $nullDefault: Int = null) {
          complicatedArgs {
            nonNullIntArgField(nonNullIntArg: $intArg)
            a: nonNullIntArgField(nonNullIntArg: $nullDefault)
          }
        }
        """,
        Error("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", (1, 9), (3, 39)),
        Error("Variable \"$nullDefault\" of type \"Int\" used in position expecting type \"Int!\".", (1, 23), (4, 42)));

    [Fact]
    public void Validate_WrongTypesAndListShapes_Reports() => ExpectErrors(
        Rule,
        """
        query Q($s: String, $list: [String], $int: Int!) {
          complicatedArgs {
            stringListNonNullArgField(stringListNonNullArg: [$s])
            a: stringListNonNullArgField(stringListNonNullArg: $list)
            stringArgField(stringArg: $int)
          }
        }
        """,
        Error("Variable \"$s\" of type \"String\" used in position expecting type \"String!\".", (1, 9), (3, 54)),
        Error("Variable \"$list\" of type \"[String]\" used in position expecting type \"[String!]\".", (1, 21), (4, 56)),
        Error("Variable \"$int\" of type \"Int!\" used in position expecting type \"String\".", (1, 38), (5, 31)));

    [Fact]
    public void Validate_ThroughFragment_ReportsAtUsage() => ExpectErrors(
        Rule,
        """
        query Q($intArg: Int) { ...F }
        fragment F on Query {
          complicatedArgs { nonNullIntArgField(nonNullIntArg: $intArg) }
        }
        """,
        Error("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", (1, 9), (3, 55)));

    [Fact]
    public void Validate_NullableVariableAsOneOfField_Reports() => ExpectErrors(
        Rule,
        """
        query Q($string: String, $ok: String!) {
          complicatedArgs {
            a: oneOfArgField(oneOfArg: { stringField: $string })
            b: oneOfArgField(oneOfArg: { stringField: $ok })
          }
        }
        """,
        Error("Variable \"$string\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"OneOfInput\".", (1, 9), (3, 47)));
}
