using IBok.GraphQL.Validation;
using IBok.GraphQL.Validation.Rules;
using static IBok.GraphQL.Tests.Validation.ValidationAssert;

namespace IBok.GraphQL.Tests.Validation;

/// <summary><see cref="NoUnusedFragmentsRule"/>; expected errors are graphql-js 16.15's.</summary>
public sealed class NoUnusedFragmentsRuleTests
{
    private static readonly ValidationRuleFactory Rule = context => new NoUnusedFragmentsRule(context);

    [Fact]
    public void Validate_AllFragmentsUsedTransitively_Valid() => ExpectValid(
        Rule,
        """
        query Foo { human(id: 4) { ...H1 } }
        fragment H1 on Human { name ...H3 }
        fragment H3 on Human { name }
        """);

    [Fact]
    public void Validate_UnusedFragments_ReportsEachDefinition() => ExpectErrors(
        Rule,
        """
        query Foo { human(id: 4) { ...H1 } }
        fragment H1 on Human { name }
        fragment Unused1 on Human { name }
        fragment Unused2 on Human { name ...Unused1 }
        """,
        Error("Fragment \"Unused1\" is never used.", (3, 1)),
        Error("Fragment \"Unused2\" is never used.", (4, 1)));

    [Fact]
    public void Validate_SpreadOfUnknownFragment_ReportsDefinedOne() => ExpectErrors(
        Rule,
        """
        query Foo { human(id: 4) { ...bar } }
        fragment foo on Human { name }
        """,
        Error("Fragment \"foo\" is never used.", (2, 1)));
}
