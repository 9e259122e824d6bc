using IBok.GraphQL.Validation;
using IBok.GraphQL.Validation.Rules;
using static IBok.GraphQL.Tests.Validation.ValidationAssert;

namespace IBok.GraphQL.Tests.Validation;

/// <summary><see cref="FieldsOnCorrectTypeRule"/>; expected errors are graphql-js 16.15's.</summary>
public sealed class FieldsOnCorrectTypeRuleTests
{
    private static readonly ValidationRuleFactory Rule = context => new FieldsOnCorrectTypeRule(context);

    [Fact]
    public void Validate_KnownFieldsAliasesAndTypename_Valid() => ExpectValid(
        Rule,
        """
        fragment F on Dog { name otherName: name __typename }
        fragment G on CatOrDog { __typename ... on Dog { barks } }
        """);

    [Fact]
    public void Validate_UnknownFieldOnObject_SuggestsFields() => ExpectErrors(
        Rule,
        """
        fragment F on Dog { meowVolume volume: mooVolume nam }
        """,
        Error("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (1, 21)),
        Error("Cannot query field \"mooVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (1, 32)),
        Error("Cannot query field \"nam\" on type \"Dog\". Did you mean \"name\"?", (1, 50)));

    [Fact]
    public void Validate_UnknownFieldOnInterface_SuggestsImplementations() => ExpectErrors(
        Rule,
        """
        fragment F on Pet { nickname tailLength }
        """,
        Error("Cannot query field \"nickname\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\" or \"Dog\"?", (1, 21)),
        Error("Cannot query field \"tailLength\" on type \"Pet\".", (1, 30)));

    [Fact]
    public void Validate_FieldOnUnion_SuggestsMembersAndInterfaces() => ExpectErrors(
        Rule,
        """
        fragment F on CatOrDog { name barks }
        """,
        Error("Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Pet\", \"Canine\", \"Cat\", or \"Dog\"?", (1, 26)),
        Error("Cannot query field \"barks\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Dog\"?", (1, 31)));

    [Fact]
    public void Validate_UnknownParentField_ReportsOnlyOuterField() => ExpectErrors(
        Rule,
        """
        fragment F on Dog { unknownField { deeperUnknownField } }
        """,
        Error("Cannot query field \"unknownField\" on type \"Dog\".", (1, 21)));

    [Fact]
    public void Validate_InterfaceFieldOnSuperInterface_SuggestsSubInterfaceFirst() => ExpectErrors(
        Rule,
        """
        fragment F on Mammal { name }
        """,
        Error("Cannot query field \"name\" on type \"Mammal\". Did you mean to use an inline fragment on \"Canine\", \"Pet\", or \"Dog\"?", (1, 24)));
}
