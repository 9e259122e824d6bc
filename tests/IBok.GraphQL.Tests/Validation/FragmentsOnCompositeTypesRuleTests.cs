using IBok.GraphQL.Validation;
using IBok.GraphQL.Validation.Rules;
using static IBok.GraphQL.Tests.Validation.ValidationAssert;

namespace IBok.GraphQL.Tests.Validation;

/// <summary><see cref="FragmentsOnCompositeTypesRule"/>; expected errors are graphql-js 16.15's.</summary>
public sealed class FragmentsOnCompositeTypesRuleTests
{
    private static readonly ValidationRuleFactory Rule = context => new FragmentsOnCompositeTypesRule(context);

    [Fact]
    public void Validate_ObjectInterfaceUnionAndUntyped_Valid() => ExpectValid(
        Rule,
        """
        fragment A on Dog { barks }
        fragment B on Pet { name }
        fragment C on CatOrDog { ... on Dog { barks } ... { __typename } }
        """);

    [Fact]
    public void Validate_FragmentOnScalarEnumAndInput_Reports() => ExpectErrors(
        Rule,
        """
        fragment A on Boolean { bad }
        fragment B on FurColor { bad }
        fragment C on ComplexInput { stringField }
        """,
        Error("Fragment \"A\" cannot condition on non composite type \"Boolean\".", (1, 15)),
        Error("Fragment \"B\" cannot condition on non composite type \"FurColor\".", (2, 15)),
        Error("Fragment \"C\" cannot condition on non composite type \"ComplexInput\".", (3, 15)));

    [Fact]
    public void Validate_InlineFragmentOnScalar_Reports() => ExpectErrors(
        Rule,
        """
        { dog { ... on String { name } } }
        """,
        Error("Fragment cannot condition on non composite type \"String\".", (1, 16)));
}
