using IBok.GraphQL.Language;
using IBok.GraphQL.Validation;
using IBok.GraphQL.Validation.Rules;
using static IBok.GraphQL.Tests.Validation.ValidationAssert;

namespace IBok.GraphQL.Tests.Validation;

/// <summary><see cref="DocumentValidator"/>: rule order, the error limit, and rule skipping.</summary>
public sealed class DocumentValidatorTests
{
    [Fact]
    public void Validate_ValidDocument_NoErrors() =>
        Assert.Empty(Validate("query Q($id: ID) { human(id: $id) { name pets { ... on Dog { barks } } } }"));

    [Fact]
    public void Validate_SpecifiedRules_ReportInSpecOrderPerNode() => AssertSame(
        [
            Error("Unknown type \"Foo\". Did you mean \"Dog\"?", (1, 13)),
            Error("Cannot query field \"unknown\" on type \"Query\".", (1, 20)),
            Error("Variable \"$a\" is never used in operation \"Q\".", (1, 9)),
        ],
        Validate("query Q($a: Foo) { unknown }"));

    [Fact]
    public void Validate_MaxErrorsReached_AddsLimitErrorAndStops() => AssertSame(
        [
            Error("Cannot query field \"a\" on type \"Query\".", (1, 3)),
            Error("Cannot query field \"b\" on type \"Query\".", (1, 5)),
            Error("Too many validation errors, error limit reached. Validation aborted."),
        ],
        Validate("{ a b c d }", [context => new FieldsOnCorrectTypeRule(context)], maxErrors: 2));

    [Fact]
    public void Validate_DefaultMaxErrors_Is100()
    {
        var document = "{ " + string.Join(" ", Enumerable.Range(0, 150).Select(i => "f" + i)) + " }";

        var errors = Validate(document, [context => new FieldsOnCorrectTypeRule(context)]);

        Assert.Equal(101, errors.Count);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", errors[^1].Message);
        Assert.Empty(errors[^1].Locations);
    }

    [Fact]
    public void Validate_ExactlyMaxErrors_NoLimitError() =>
        Assert.Equal(2, Validate("{ a b }", [context => new FieldsOnCorrectTypeRule(context)], maxErrors: 2).Count);

    [Fact]
    public void Validate_NonPositiveMaxErrors_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Validate("{ dog { name } }", maxErrors: 0));

    [Fact]
    public void SpecifiedRules_All_HasEveryRuleOnceInGraphQLJsOrder() => Assert.Equal(
        [
            "ExecutableDefinitionsRule", "UniqueOperationNamesRule", "LoneAnonymousOperationRule", "SingleFieldSubscriptionsRule",
            "KnownTypeNamesRule", "FragmentsOnCompositeTypesRule", "VariablesAreInputTypesRule", "ScalarLeafsRule",
            "FieldsOnCorrectTypeRule", "UniqueFragmentNamesRule", "KnownFragmentNamesRule", "NoUnusedFragmentsRule",
            "PossibleFragmentSpreadsRule", "NoFragmentCyclesRule", "UniqueVariableNamesRule", "NoUndefinedVariablesRule",
            "NoUnusedVariablesRule", "KnownDirectivesRule", "UniqueDirectivesPerLocationRule", "KnownArgumentNamesRule",
            "UniqueArgumentNamesRule", "ValuesOfCorrectTypeRule", "ProvidedRequiredArgumentsRule", "VariablesInAllowedPositionRule",
            "OverlappingFieldsCanBeMergedRule", "UniqueInputFieldNamesRule",
        ],
        SpecifiedRules.All.Select(factory => factory(NewContext("{ __typename }")).GetType().Name));

    [Fact]
    public void Validate_DeeplyNestedDocument_DoesNotOverflow()
    {
        var depth = 500;
        var document = "{ dog { " + string.Concat(Enumerable.Repeat("mother { ", depth)) + "name" + new string('}', depth + 1) + " }";
        var parsed = Parser.Parse(document, new ParserOptions { MaxNestingDepth = 2000 });

        Assert.Empty(DocumentValidator.Validate(ValidationSchema.Schema, parsed));
    }

    [Fact]
    public void OverlappingFields_ExponentialFragments_StaysFast()
    {
        // Each fragment spreads the next twice with conflicting-looking aliases: naive comparison is 2^n.
        var fragments = string.Concat(Enumerable.Range(0, 30).Select(i => $"fragment F{i} on Dog {{ x: name ...F{i + 1} ...F{i + 1} mother {{ ...F{i + 1} }} }}\n"));
        var document = "{ dog { ...F0 } }\n" + fragments + "fragment F30 on Dog { x: name }";

        var errors = Validate(document, [context => new OverlappingFieldsCanBeMergedRule(context)]);

        Assert.Empty(errors);
    }

    private static ValidationContext NewContext(string document) =>
        new(ValidationSchema.Schema, Parser.Parse(document), new TypeInfo(ValidationSchema.Schema), DocumentValidator.DefaultMaxErrors);
}
