using IBok.GraphQL.Validation;
using IBok.GraphQL.Validation.Rules;
using static IBok.GraphQL.Tests.Validation.ValidationAssert;

namespace IBok.GraphQL.Tests.Validation;

/// <summary><see cref="SingleFieldSubscriptionsRule"/>; expected errors are graphql-js 16.15's.</summary>
public sealed class SingleFieldSubscriptionsRuleTests
{
    private static readonly ValidationRuleFactory Rule = context => new SingleFieldSubscriptionsRule(context);

    [Fact]
    public void Validate_OneRootField_Valid() => ExpectValid(
        Rule,
        """
        subscription ImportantEmails { newDog { name } }
        """);

    [Fact]
    public void Validate_OneRootFieldThroughFragment_Valid() => ExpectValid(
        Rule,
        """
        subscription S { ...F }
        fragment F on Subscription { newDog { name } }
        """);

    [Fact]
    public void Validate_TwoRootFields_ReportsExtraField() => ExpectErrors(
        Rule,
        """
        subscription S {
          newDog { name }
          newCat { name }
        }
        """,
        Error("Subscription \"S\" must select only one top level field.", (3, 3)));

    [Fact]
    public void Validate_AnonymousWithFieldsInFragment_ReportsExtraFields() => ExpectErrors(
        Rule,
        """
        subscription {
          newDog { name }
          ...F
        }
        fragment F on Subscription {
          newCat { name }
          disallowedSecondRootField
        }
        """,
        Error("Anonymous Subscription must select only one top level field.", (6, 3), (7, 3)));

    [Fact]
    public void Validate_IntrospectionRootField_Reports() => ExpectErrors(
        Rule,
        """
        subscription S { __typename }
        """,
        Error("Subscription \"S\" must not select an introspection top level field.", (1, 18)));

    [Fact]
    public void Validate_SkippedSecondField_Valid() => ExpectValid(
        Rule,
        """
        subscription S {
          newDog { name }
          newCat @skip(if: true) { name }
        }
        """);
}
