using IBok.GraphQL.Validation;
using IBok.GraphQL.Validation.Rules;
using static IBok.GraphQL.Tests.Validation.ValidationAssert;

namespace IBok.GraphQL.Tests.Validation;

/// <summary>
/// <see cref="ValuesOfCorrectTypeRule"/> on iBOK's scalars: a literal is accepted exactly when the same value
/// in a JSON variable would be (graphql-js has no such scalars, so these messages are ours, in graphql-js's
/// "Expected value of type ..., found ...; reason" form).
/// </summary>
public sealed class CustomScalarLiteralTests
{
    private static readonly ValidationRuleFactory Rule = context => new ValuesOfCorrectTypeRule(context);

    [Fact]
    public void Validate_ValidLiterals_Valid() => ExpectValid(
        Rule,
        """
        {
          complicatedArgs {
            dateArgField(dateArg: "2026-01-31")
            dateTimeArgField(dateTimeArg: "2026-01-31T14:05:00+01:00")
            a: dateTimeArgField(dateTimeArg: "2026-01-31T13:05:00Z")
            decimalArgField(decimalArg: "12.50")
            b: decimalArgField(decimalArg: 12.5)
            c: decimalArgField(decimalArg: 12)
            longArgField(longArg: 9223372036854775807)
            d: longArgField(longArg: -9223372036854775808)
          }
        }
        """);

    [Fact]
    public void Validate_DateLiterals_RejectsNonStringsAndInvalidDates() => ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            dateArgField(dateArg: 20260131)
            a: dateArgField(dateArg: "2026-02-30")
            b: dateArgField(dateArg: "31.01.2026")
          }
        }
        """,
        Error("Expected value of type \"Date\", found 20260131; Date cannot represent a non string value: 20260131", (3, 27)),
        Error("Expected value of type \"Date\", found \"2026-02-30\"; Date cannot represent an invalid date string: \"2026-02-30\"", (4, 30)),
        Error("Expected value of type \"Date\", found \"31.01.2026\"; Date cannot represent an invalid date string: \"31.01.2026\"", (5, 30)));

    [Fact]
    public void Validate_DateTimeLiterals_RequireOffset() => ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            dateTimeArgField(dateTimeArg: "2026-01-31T14:05:00")
            a: dateTimeArgField(dateTimeArg: true)
          }
        }
        """,
        Error("Expected value of type \"DateTime\", found \"2026-01-31T14:05:00\"; DateTime cannot represent an invalid date-time string: \"2026-01-31T14:05:00\"", (3, 35)),
        Error("Expected value of type \"DateTime\", found true; DateTime cannot represent a non string value: true", (4, 38)));

    [Fact]
    public void Validate_DecimalLiterals_RejectNonNumbers() => ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            decimalArgField(decimalArg: "12,50")
            a: decimalArgField(decimalArg: TWELVE)
          }
        }
        """,
        Error("Expected value of type \"Decimal\", found \"12,50\"; Decimal cannot represent value: \"12,50\"", (3, 33)),
        Error("Expected value of type \"Decimal\", found TWELVE; Decimal cannot represent value: \"TWELVE\"", (4, 36)));

    [Fact]
    public void Validate_LongLiterals_RejectFractionsStringsAndOverflow() => ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            longArgField(longArg: 1.5)
            a: longArgField(longArg: "42")
            b: longArgField(longArg: 9223372036854775808)
          }
        }
        """,
        Error("Expected value of type \"Long\", found 1.5; Long cannot represent non-integer value: 1.5", (3, 27)),
        Error("Expected value of type \"Long\", found \"42\"; Long cannot represent non-integer value: \"42\"", (4, 30)),
        Error("Expected value of type \"Long\", found 9223372036854775808; Long cannot represent non 64-bit signed integer value: 9223372036854775808", (5, 30)));

    [Fact]
    public void Validate_VariableDefaultOfCustomScalar_Checked() => ExpectErrors(
        Rule,
        """
        query ($d: Date = 5) {
          complicatedArgs { dateArgField(dateArg: $d) }
        }
        """,
        Error("Expected value of type \"Date\", found 5; Date cannot represent a non string value: 5", (1, 19)));
}
