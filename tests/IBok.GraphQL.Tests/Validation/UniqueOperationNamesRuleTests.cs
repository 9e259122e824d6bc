using IBok.GraphQL.Validation;
using IBok.GraphQL.Validation.Rules;
using static IBok.GraphQL.Tests.Validation.ValidationAssert;

namespace IBok.GraphQL.Tests.Validation;

/// <summary><see cref="UniqueOperationNamesRule"/>; expected errors are graphql-js 16.15's.</summary>
public sealed class UniqueOperationNamesRuleTests
{
    private static readonly ValidationRuleFactory Rule = context => new UniqueOperationNamesRule(context);

    [Fact]
    public void Validate_DistinctNames_Valid() => ExpectValid(
        Rule,
        """
        query Foo { dog { name } }
        query Bar { dog { name } }
        """);

    [Fact]
    public void Validate_AnonymousAndFragmentWithSameName_Valid() => ExpectValid(
        Rule,
        """
        { ...Foo }
        fragment Foo on Query { dog { name } }
        """);

    [Fact]
    public void Validate_SameNameTwice_ReportsBothNames() => ExpectErrors(
        Rule,
        """
        query Foo { dog { name } }
        query Foo { cat { name } }
        """,
        Error("There can be only one operation named \"Foo\".", (1, 7), (2, 7)));

    [Fact]
    public void Validate_SameNameAcrossOperationTypes_Reports() => ExpectErrors(
        Rule,
        """
        query Foo { dog { name } }
        mutation Foo { renameDog(name: "x") { name } }
        subscription Foo { newDog { name } }
        """,
        Error("There can be only one operation named \"Foo\".", (1, 7), (2, 10)),
        Error("There can be only one operation named \"Foo\".", (1, 7), (3, 14)));
}
