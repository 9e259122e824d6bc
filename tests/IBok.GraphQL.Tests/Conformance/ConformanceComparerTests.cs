using System.Text.Json.Nodes;

namespace IBok.GraphQL.Tests.Conformance;

public sealed class ConformanceComparerTests
{
    private static readonly ConformanceCase ExecutionCase = new(
        "execution/x.json", "x", "type Query { a: Int }", "{ a }", new JsonObject(), null, null, null, null, [], null);

    private static readonly ConformanceCase InvalidCase = ExecutionCase with { File = "validation/x.json", Rule = "ScalarLeafsRule", Valid = false };

    private static ConformanceOutcome Executed(string data, params ConformanceError[] errors) =>
        new(ConformanceStage.Execution, JsonNode.Parse(data), errors, []);

    private static ConformanceError ErrorAt(params object[] path) => new("boom", [], path);

    [Fact]
    public void Compare_SameDataAndErrorPaths_HasNoDifferences()
    {
        var expected = Executed("""{"a":[1,null],"b":"x"}""", ErrorAt("a", 1), ErrorAt("c"));
        var actual = Executed("""{"a":[1.0,null],"b":"x"}""", new ConformanceError("other words", [(9, 9)], ["c"]), ErrorAt("a", 1));

        Assert.Empty(ConformanceComparer.Compare(ExecutionCase, expected, actual));
    }

    [Fact]
    public void Compare_DifferentStage_ReportsOnlyTheStage()
    {
        var actual = new ConformanceOutcome(ConformanceStage.Validation, null, [new ConformanceError("bad", [(1, 3)], null)], []);

        Assert.Equal(["stage: expected Execution, got Validation (bad)"], ConformanceComparer.Compare(ExecutionCase, Executed("""{"a":1}"""), actual));
    }

    [Fact]
    public void Compare_DifferentErrorPaths_IsADifference()
    {
        var differences = ConformanceComparer.Compare(ExecutionCase, Executed("""{"a":null}""", ErrorAt("a")), Executed("""{"a":null}"""));

        Assert.Equal(["error paths: expected [a], got []"], differences);
    }

    [Fact]
    public void Compare_RejectionWithoutErrorsOrByAnotherRule_IsADifference()
    {
        var expected = new ConformanceOutcome(ConformanceStage.Validation, null, [new ConformanceError("m", [(1, 1)], null)], ["ScalarLeafsRule"]);

        Assert.Equal(
            ["stage Validation without any error", "rule: expected ScalarLeafsRule among the reported rules, got KnownTypeNamesRule"],
            ConformanceComparer.Compare(InvalidCase, expected, new ConformanceOutcome(ConformanceStage.Validation, null, [], ["KnownTypeNamesRule"])));
        Assert.Empty(ConformanceComparer.Compare(InvalidCase, expected, expected with { Rules = [] }));
    }

    [Theory]
    [InlineData("""{"a":1,"b":2}""", """{"b":2,"a":1}""", "data: expected keys [a, b], got [b, a]")]
    [InlineData("""{"a":[{"b":1}]}""", """{"a":[{"b":2}]}""", "data.a.0.b: expected 1, got 2")]
    [InlineData("""{"a":[1,2]}""", """{"a":[1]}""", "data.a: expected 2 items, got 1")]
    [InlineData("""{"a":"1"}""", """{"a":1}""", "data.a: expected \"1\", got 1")]
    [InlineData("""{"a":null}""", """{"a":false}""", "data.a: expected null, got false")]
    [InlineData("""{"a":true}""", """{"a":false}""", "data.a: expected true, got false")]
    [InlineData("""{"a":2.5}""", """{"a":25e-1}""", null)]
    [InlineData("""{"a":0}""", """{"a":-0}""", null)]
    public void FirstDifference_NamesTheFirstDifferingLocation(string expected, string actual, string? difference)
    {
        Assert.Equal(difference, ConformanceComparer.FirstDifference(JsonNode.Parse(expected), JsonNode.Parse(actual), "data"));
    }

    [Fact]
    public void Normalize_SortsSchemaTypesDirectivesLocationsAndPossibleTypesOrdinally()
    {
        var data = JsonNode.Parse("""
            {"__schema":{"types":[{"name":"b"},{"name":"__T"},{"name":"B","possibleTypes":[{"name":"Z"},{"name":"A"}]}],
             "directives":[{"name":"skip","locations":["FIELD","FRAGMENT_SPREAD","INLINE_FRAGMENT"]},{"name":"include","locations":["INLINE_FRAGMENT","FIELD"]}]},
             "other":{"types":[{"name":"z"},{"name":"a"}]}}
            """)!;

        var normalized = IntrospectionNormalizer.Normalize(data);

        Assert.Equal(
            """"{"__schema":{"types":[{"name":"B","possibleTypes":[{"name":"A"},{"name":"Z"}]},{"name":"__T"},{"name":"b"}],"directives":[{"name":"include","locations":["FIELD","INLINE_FRAGMENT"]},{"name":"skip","locations":["FIELD","FRAGMENT_SPREAD","INLINE_FRAGMENT"]}]},"other":{"types":[{"name":"z"},{"name":"a"}]}}"""",
            normalized.ToJsonString());
        Assert.Equal("b", data["__schema"]!["types"]![0]!["name"]!.GetValue<string>());
    }

    [Fact]
    public void Compare_IntrospectionCase_NormalisesTheEngineResult()
    {
        var introspectionCase = ExecutionCase with { Introspection = "sorted" };
        var expected = Executed("""{"__type":{"possibleTypes":[{"name":"Cat"},{"name":"Dog"}]}}""");
        var actual = Executed("""{"__type":{"possibleTypes":[{"name":"Dog"},{"name":"Cat"}]}}""");

        Assert.Empty(ConformanceComparer.Compare(introspectionCase, expected, actual));
        Assert.Single(ConformanceComparer.Compare(ExecutionCase, expected, actual));
    }
}
