using IBok.GraphQL.Validation;
using IBok.GraphQL.Validation.Rules;
using static IBok.GraphQL.Tests.Validation.ValidationAssert;

namespace IBok.GraphQL.Tests.Validation;

/// <summary><see cref="OverlappingFieldsCanBeMergedRule"/>; expected errors are graphql-js 16.15's.</summary>
public sealed class OverlappingFieldsCanBeMergedRuleTests
{
    private static readonly ValidationRuleFactory Rule = context => new OverlappingFieldsCanBeMergedRule(context);

    [Fact]
    public void Validate_MergeableFields_Valid() => ExpectValid(
        Rule,
        """
        fragment F on Dog {
          name
          name
          otherName: name
          doesKnowCommand(dogCommand: SIT)
          doesKnowCommand(dogCommand: SIT)
          isAtLocation(x: 1, y: 2)
          isAtLocation(y: 2, x: 1)
        }
        """);

    [Fact]
    public void Validate_SameAliasDifferentFields_Reports() => ExpectErrors(
        Rule,
        """
        fragment F on Dog {
          fido: name
          fido: nickname
        }
        """,
        Error("Fields \"fido\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));

    [Fact]
    public void Validate_DifferingArguments_Reports() => ExpectErrors(
        Rule,
        """
        fragment F on Dog {
          doesKnowCommand(dogCommand: SIT)
          doesKnowCommand(dogCommand: HEEL)
          isHouseTrained
          isHouseTrained(atOtherHomes: false)
        }
        """,
        Error("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)),
        Error("Fields \"isHouseTrained\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (4, 3), (5, 3)));

    [Fact]
    public void Validate_DifferentObjectParents_AllowDifferentFieldsButNotTypes() => ExpectErrors(
        Rule,
        """
        {
          catOrDog {
            ... on Dog { name: nickname volume: barkVolume }
            ... on Cat { name volume: meows }
          }
        }
        """,
        Error("Fields \"volume\" conflict because they return conflicting types \"Int\" and \"Boolean\". Use different aliases on the fields to fetch both if this was intentional.", (3, 33), (4, 23)));

    [Fact]
    public void Validate_ConflictInSubselections_ReportsNestedReason() => ExpectErrors(
        Rule,
        """
        {
          dog { x: name y: barks }
          dog { x: nickname y: barkVolume }
        }
        """,
        Error("Fields \"dog\" conflict because subfields \"x\" conflict because \"name\" and \"nickname\" are different fields and subfields \"y\" conflict because \"barks\" and \"barkVolume\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (2, 9), (2, 17), (3, 3), (3, 9), (3, 21)));

    [Fact]
    public void Validate_ConflictsThroughFragments_Reports() => ExpectErrors(
        Rule,
        """
        {
          dog { ...A ...B x: name }
        }
        fragment A on Dog { x: nickname }
        fragment B on Dog { x: barks }
        """,
        Error("Fields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 19), (4, 21)),
        Error("Fields \"x\" conflict because \"nickname\" and \"barks\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (4, 21), (5, 21)),
        Error("Fields \"x\" conflict because \"name\" and \"barks\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 19), (5, 21)));

    [Fact]
    public void Validate_ListAndNonNullShapes_Reports() => ExpectErrors(
        Rule,
        """
        {
          human { relatives { name } }
          human { relatives: pets { name } }
        }
        """,
        Error("Fields \"human\" conflict because subfields \"relatives\" conflict because \"relatives\" and \"pets\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (2, 11), (3, 3), (3, 11)));
}
