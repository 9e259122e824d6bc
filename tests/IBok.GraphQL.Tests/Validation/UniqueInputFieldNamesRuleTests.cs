using IBok.GraphQL.Validation;
using IBok.GraphQL.Validation.Rules;
using static IBok.GraphQL.Tests.Validation.ValidationAssert;

namespace IBok.GraphQL.Tests.Validation;

/// <summary><see cref="UniqueInputFieldNamesRule"/>; expected errors are graphql-js 16.15's.</summary>
public sealed class UniqueInputFieldNamesRuleTests
{
    private static readonly ValidationRuleFactory Rule = context => new UniqueInputFieldNamesRule(context);

    [Fact]
    public void Validate_DistinctInputFields_Valid() => ExpectValid(
        Rule,
        """
        { complicatedArgs { complexArgField(complexArg: { requiredField: true, intField: 1 }) } }
        """);

    [Fact]
    public void Validate_RepeatedInputField_ReportsPairs() => ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            complexArgField(complexArg: { intField: 1, intField: 2, intField: 3 })
          }
        }
        """,
        Error("There can be only one input field named \"intField\".", (3, 35), (3, 48)),
        Error("There can be only one input field named \"intField\".", (3, 35), (3, 61)));

    [Fact]
    public void Validate_NestedObjectsHaveOwnScopes() => ExpectErrors(
        Rule,
        """
        { field(arg: { f1: "value", nested: { f1: 1, f1: 2 } }) }
        """,
        Error("There can be only one input field named \"f1\".", (1, 39), (1, 46)));
}
