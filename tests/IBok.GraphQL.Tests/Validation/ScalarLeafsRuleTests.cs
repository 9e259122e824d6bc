using IBok.GraphQL.Validation;
using IBok.GraphQL.Validation.Rules;
using static IBok.GraphQL.Tests.Validation.ValidationAssert;

namespace IBok.GraphQL.Tests.Validation;

/// <summary><see cref="ScalarLeafsRule"/>; expected errors are graphql-js 16.15's.</summary>
public sealed class ScalarLeafsRuleTests
{
    private static readonly ValidationRuleFactory Rule = context => new ScalarLeafsRule(context);

    [Fact]
    public void Validate_ScalarAndEnumLeaves_Valid() => ExpectValid(
        Rule,
        """
        { dog { barks } cat { furColor } }
        """);

    [Fact]
    public void Validate_ObjectWithoutSelection_Reports() => ExpectErrors(
        Rule,
        """
        query Q { human }
        """,
        Error("Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"?", (1, 11)));

    [Fact]
    public void Validate_ListOfInterfacesWithoutSelection_Reports() => ExpectErrors(
        Rule,
        """
        { human { pets relatives } }
        """,
        Error("Field \"pets\" of type \"[Pet]\" must have a selection of subfields. Did you mean \"pets { ... }\"?", (1, 11)),
        Error("Field \"relatives\" of type \"[Human]!\" must have a selection of subfields. Did you mean \"relatives { ... }\"?", (1, 16)));

    [Fact]
    public void Validate_ScalarWithSelection_ReportsSelectionSet() => ExpectErrors(
        Rule,
        """
        {
          dog {
            barks { sinceWhen }
            volume: barkVolume { inHexadecimal }
          }
        }
        """,
        Error("Field \"barks\" must not have a selection since type \"Boolean\" has no subfields.", (3, 11)),
        Error("Field \"barkVolume\" must not have a selection since type \"Int\" has no subfields.", (4, 24)));

    [Fact]
    public void Validate_EnumWithSelectionAndArguments_Reports() => ExpectErrors(
        Rule,
        """
        { cat { furColor { inHexadecimal } } dog { doesKnowCommand(dogCommand: SIT) { sinceWhen } } }
        """,
        Error("Field \"furColor\" must not have a selection since type \"FurColor\" has no subfields.", (1, 18)),
        Error("Field \"doesKnowCommand\" must not have a selection since type \"Boolean\" has no subfields.", (1, 77)));
}
