using IBok.GraphQL.Validation;
using IBok.GraphQL.Validation.Rules;
using static IBok.GraphQL.Tests.Validation.ValidationAssert;

namespace IBok.GraphQL.Tests.Validation;

/// <summary><see cref="KnownFragmentNamesRule"/>; expected errors are graphql-js 16.15's.</summary>
public sealed class KnownFragmentNamesRuleTests
{
    private static readonly ValidationRuleFactory Rule = context => new KnownFragmentNamesRule(context);

    [Fact]
    public void Validate_DefinedFragments_Valid() => ExpectValid(
        Rule,
        """
        { human(id: 4) { ...H1 ... on Human { ...H2 } } }
        fragment H1 on Human { name ...H3 }
        fragment H2 on Human { name }
        fragment H3 on Human { name }
        """);

    [Fact]
    public void Validate_UnknownFragments_ReportsEachName() => ExpectErrors(
        Rule,
        """
        {
          human(id: 4) {
            ...Unknown1
            ... on Human { ...Unknown2 }
          }
        }
        fragment H on Human { name ...Unknown3 }
        """,
        Error("Unknown fragment \"Unknown1\".", (3, 8)),
        Error("Unknown fragment \"Unknown2\".", (4, 23)),
        Error("Unknown fragment \"Unknown3\".", (7, 31)));
}
