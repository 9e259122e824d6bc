using IBok.GraphQL.Validation;
using IBok.GraphQL.Validation.Rules;
using static IBok.GraphQL.Tests.Validation.ValidationAssert;

namespace IBok.GraphQL.Tests.Validation;

/// <summary><see cref="UniqueFragmentNamesRule"/>; expected errors are graphql-js 16.15's.</summary>
public sealed class UniqueFragmentNamesRuleTests
{
    private static readonly ValidationRuleFactory Rule = context => new UniqueFragmentNamesRule(context);

    [Fact]
    public void Validate_DistinctFragments_Valid() => ExpectValid(
        Rule,
        """
        { dog { ...A ...B } }
        fragment A on Dog { name }
        fragment B on Dog { barks }
        """);

    [Fact]
    public void Validate_SameFragmentNameTwice_ReportsBothNames() => ExpectErrors(
        Rule,
        """
        { dog { ...A } }
        fragment A on Dog { name }
        fragment A on Dog { barks }
        """,
        Error("There can be only one fragment named \"A\".", (2, 10), (3, 10)));

    [Fact]
    public void Validate_SameFragmentNameThrice_ReportsEachRepeat() => ExpectErrors(
        Rule,
        """
        { dog { ...A } }
        fragment A on Dog { name }
        fragment A on Dog { barks }
        fragment A on Dog { nickname }
        """,
        Error("There can be only one fragment named \"A\".", (2, 10), (3, 10)),
        Error("There can be only one fragment named \"A\".", (2, 10), (4, 10)));
}
