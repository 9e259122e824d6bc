using IBok.GraphQL.Language;
using IBok.GraphQL.Validation;
using IBok.GraphQL.Validation.Limits;
using static IBok.GraphQL.Tests.Validation.ValidationAssert;

namespace IBok.GraphQL.Tests.Validation;

/// <summary><see cref="MaxDepthRule"/> and <see cref="MaxCostRule"/>: our own limits, with their exact messages.</summary>
public sealed class LimitsTests
{
    [Fact]
    public void MaxDepth_AtLimit_Valid() => ExpectValid(
        MaxDepthRule.WithMaximum(3),
        "{ dog { owner { name } } }");

    [Fact]
    public void MaxDepth_OverLimit_ReportsDepthAtOperation() => ExpectErrors(
        MaxDepthRule.WithMaximum(3),
        """
        query Deep {
          dog { owner { relatives { name } } }
        }
        """,
        Error("The operation depth 4 exceeds the maximum of 3.", (1, 1)));

    [Fact]
    public void MaxDepth_CountsThroughFragmentsAndInlineFragments() => ExpectErrors(
        MaxDepthRule.WithMaximum(4),
        """
        { catOrDog { ... on Dog { ...Owner } } }
        fragment Owner on Dog { owner { relatives { pets { name } } } }
        """,
        Error("The operation depth 5 exceeds the maximum of 4.", (1, 1)));

    [Fact]
    public void MaxDepth_CountsIntrospection() => ExpectErrors(
        MaxDepthRule.WithMaximum(12),
        """
        {
          __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } }
        }
        """,
        Error("The operation depth 13 exceeds the maximum of 12.", (1, 1)));

    [Fact]
    public void MaxDepth_EachOperationJudgedAlone() => ExpectErrors(
        MaxDepthRule.WithMaximum(2),
        """
        query Shallow { dog { name } }
        query Deep { dog { owner { name } } }
        """,
        Error("The operation depth 3 exceeds the maximum of 2.", (2, 1)));

    [Fact]
    public void MaxDepth_FragmentCycle_Terminates() => ExpectErrors(
        MaxDepthRule.WithMaximum(1),
        """
        { dog { ...A } }
        fragment A on Dog { mother { ...A } }
        """,
        Error("The operation depth 2 exceeds the maximum of 1.", (1, 1)));

    [Fact]
    public void MaxDepth_NonPositiveMaximum_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => MaxDepthRule.WithMaximum(0));

    [Fact]
    public void MaxCost_ScalarFieldsCostOneEach() => Assert.Equal(1 + 1 + 1, CostOf("{ dog { name nickname } }", 10));

    [Fact]
    public void MaxCost_ListFieldsMultiplyByFirstOrLastOrDefault()
    {
        Assert.Equal(1 + (5 * 2), CostOf("{ humans(first: 5) { name iq } }", 10));
        Assert.Equal(1 + (7 * 1), CostOf("{ humans(first: 3, last: 7) { name } }", 10));
        Assert.Equal(1 + (10 * 1), CostOf("{ humans { name } }", 10));
        Assert.Equal(1 + (4 * 1), CostOf("query ($n: Int) { humans(first: $n) { name } }", 4));
        Assert.Equal(1 + (2 * (1 + 1 + (3 * 1))), CostOf("{ humans(first: 2) { name friends(last: 3) { name } } }", 10));
    }

    [Fact]
    public void MaxCost_NonListObjectFieldsAddTheirSelections() =>
        Assert.Equal(1 + 1 + 1 + 1, CostOf("{ dog { name owner { iq } } }", 10));

    [Fact]
    public void MaxCost_FragmentsAddTheirSelections() =>
        Assert.Equal(1 + (10 * ((1 + (1 + (10 * 1))) + 1)), CostOf("{ humans { ...H ... on Human { iq } } } fragment H on Human { name pets { name } }", 10));

    [Fact]
    public void MaxCost_OverLimit_ReportsCostAndMaximum() => ExpectErrors(
        MaxCostRule.WithMaximum(100),
        """
        query Expensive {
          humans(first: 10) { friends(first: 10) { name } }
        }
        """,
        Error("The operation cost 111 exceeds the maximum of 100.", (1, 1)));

    [Fact]
    public void MaxCost_AtLimit_Valid() => ExpectValid(
        MaxCostRule.WithMaximum(111),
        "{ humans(first: 10) { friends(first: 10) { name } } }");

    [Fact]
    public void MaxCost_HugeMultipliers_Saturate() => ExpectErrors(
        MaxCostRule.WithMaximum(1_000_000),
        "{ humans(first: 2000000000) { friends(first: 2000000000) { friends(first: 2000000000) { friends(first: 2000000000) { name } } } } }",
        Error("The operation cost 9223372036854775807 exceeds the maximum of 1000000.", (1, 1)));

    [Fact]
    public void MaxCost_NonPositiveMaximum_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => MaxCostRule.WithMaximum(0));

    [Fact]
    public void Limits_RunAlongsideSpecifiedRules() => AssertSame(
        [
            Error("The operation depth 3 exceeds the maximum of 2.", (1, 1)),
            Error("Cannot query field \"nam\" on type \"Dog\". Did you mean \"name\"?", (1, 22)),
        ],
        Validate("{ dog { owner { iq } nam } }", [.. SpecifiedRules.All, MaxDepthRule.WithMaximum(2)]));

    private static long CostOf(string document, int defaultListSize)
    {
        var parsed = Parser.Parse(document);
        var context = new ValidationContext(ValidationSchema.Schema, parsed, new TypeInfo(ValidationSchema.Schema), DocumentValidator.DefaultMaxErrors);
        var rule = new MaxCostRule(context, long.MaxValue, defaultListSize);
        return rule.Cost(parsed.Definitions.OfType<OperationDefinitionNode>().Single());
    }
}
