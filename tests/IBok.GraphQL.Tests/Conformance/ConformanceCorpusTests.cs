namespace IBok.GraphQL.Tests.Conformance;

/// <summary>The corpus itself: well-formed, complete against the list, and consistent with its expected outcomes.</summary>
public sealed class ConformanceCorpusTests
{
    /// <summary>The validation rules of the spec's Section 5, by their graphql-js names (oneOf is checked by ValuesOfCorrectTypeRule and VariablesInAllowedPositionRule).</summary>
    public static readonly IReadOnlyList<string> SpecifiedRules =
    [
        "ExecutableDefinitionsRule", "UniqueOperationNamesRule", "LoneAnonymousOperationRule", "SingleFieldSubscriptionsRule",
        "KnownTypeNamesRule", "FragmentsOnCompositeTypesRule", "VariablesAreInputTypesRule", "ScalarLeafsRule",
        "FieldsOnCorrectTypeRule", "UniqueFragmentNamesRule", "KnownFragmentNamesRule", "NoUnusedFragmentsRule",
        "PossibleFragmentSpreadsRule", "NoFragmentCyclesRule", "UniqueVariableNamesRule", "NoUndefinedVariablesRule",
        "NoUnusedVariablesRule", "KnownDirectivesRule", "UniqueDirectivesPerLocationRule", "KnownArgumentNamesRule",
        "UniqueArgumentNamesRule", "ValuesOfCorrectTypeRule", "ProvidedRequiredArgumentsRule", "VariablesInAllowedPositionRule",
        "OverlappingFieldsCanBeMergedRule", "UniqueInputFieldNamesRule",
    ];

    private static readonly Lazy<IReadOnlyList<ConformanceEntry>> LazyCorpus = new(() => ConformanceCorpus.Load());

    private static IReadOnlyList<ConformanceEntry> Corpus => LazyCorpus.Value;

    public static TheoryData<string> Rules => new(SpecifiedRules);

    [Fact]
    public void Load_FindsAtLeast400CasesEachWithAnExpectedOutcome()
    {
        Assert.True(Corpus.Count >= 400, $"{Corpus.Count} cases");
        Assert.All(Corpus, e => Assert.Equal(e.Case.Name, e.Case.Name.Trim()));
    }

    [Theory]
    [InlineData("validation", 150)]
    [InlineData("execution", 60)]
    [InlineData("variables", 60)]
    [InlineData("abstract", 30)]
    [InlineData("introspection", 30)]
    [InlineData("parsing", 40)]
    [InlineData("schema", 10)]
    public void Load_CoversEveryTopic(string topic, int atLeast)
    {
        var count = Corpus.Count(e => e.Case.Topic == topic);

        Assert.True(count >= atLeast, $"{topic}: {count} cases, expected at least {atLeast}");
    }

    [Fact]
    public void Load_ReachesEveryStage()
    {
        var stages = Corpus.Select(e => e.Expected.Stage).Distinct().Order().ToList();

        Assert.Equal(Enum.GetValues<ConformanceStage>(), stages);
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void ValidationRule_HasInvalidCasesThatGraphQlJsAttributesToIt(string rule)
    {
        var invalid = Corpus.Where(e => e.Case.Rule == rule && e.Case.Valid == false).ToList();

        Assert.True(invalid.Count >= 4, $"{rule}: {invalid.Count} invalid cases");
        Assert.All(invalid, e =>
        {
            Assert.Equal(ConformanceStage.Validation, e.Expected.Stage);
            Assert.Contains(rule, e.Expected.Rules);
            Assert.All(e.Expected.Errors, error => Assert.NotEmpty(error.Locations));
        });
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void ValidationRule_HasValidCasesThatPassValidation(string rule)
    {
        var valid = Corpus.Where(e => e.Case.Rule == rule && e.Case.Valid == true).ToList();

        Assert.True(valid.Count >= 4, $"{rule}: {valid.Count} valid cases");
        Assert.All(valid, e => Assert.True(e.Expected.Stage is ConformanceStage.Execution or ConformanceStage.Request, e.Case.DisplayName));
    }

    [Fact]
    public void ValidationCases_NameOnlySpecifiedRules()
    {
        var named = Corpus.Where(e => e.Case.Rule is not null).Select(e => e.Case.Rule!).Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(SpecifiedRules.Order(StringComparer.Ordinal), named);
        Assert.All(Corpus.Where(e => e.Case.Topic == "validation"), e => Assert.NotNull(e.Case.Rule));
    }

    [Fact]
    public void OverlappingFieldsCanBeMerged_HasManyCasesOfEachKind()
    {
        var cases = Corpus.Where(e => e.Case.Rule == "OverlappingFieldsCanBeMergedRule").ToList();

        Assert.True(cases.Count(e => e.Case.Valid == true) >= 15);
        Assert.True(cases.Count(e => e.Case.Valid == false) >= 15);
    }

    [Fact]
    public void OneOf_IsCoveredInValidationCoercionAndIntrospection()
    {
        var oneOf = Corpus.Where(e => e.Case.Tags.Contains("oneOf")).ToList();

        Assert.Contains(oneOf, e => e.Case.Valid == false && e.Expected.Rules.Contains("ValuesOfCorrectTypeRule"));
        Assert.Contains(oneOf, e => e.Case.Valid == false && e.Expected.Rules.Contains("VariablesInAllowedPositionRule"));
        Assert.Contains(oneOf, e => e.Case.Valid == true);
        Assert.Contains(oneOf, e => e.Expected.Stage == ConformanceStage.Request);
        Assert.Contains(oneOf, e => e.Case.Topic == "variables" && e.Expected.Stage == ConformanceStage.Execution);
        Assert.Contains(Corpus, e => e.Case.Introspection is not null && e.Case.Schema.Contains("@oneOf", StringComparison.Ordinal));
    }

    [Fact]
    public void FullIntrospection_CoversSeveralSchemasWithNormalisedResults()
    {
        var full = Corpus.Where(e => e.Case.Introspection == "full").ToList();

        Assert.True(full.Count >= 5, $"{full.Count} full introspection cases");
        Assert.All(full, e =>
        {
            Assert.Equal(ConformanceStage.Execution, e.Expected.Stage);
            Assert.Empty(e.Expected.Errors);
            Assert.StartsWith("query IntrospectionQuery", e.Case.Document, StringComparison.Ordinal);
            var data = e.Expected.Data!;
            Assert.Null(ConformanceComparer.FirstDifference(IntrospectionNormalizer.Normalize(data), data, "data"));
            Assert.Contains(data["__schema"]!["types"]!.AsArray(), t => t!["name"]!.GetValue<string>() == "__Schema");
        });
        foreach (var feature in new[] { "implements Resource & Node", "@deprecated(reason:", "@oneOf", "@specifiedBy", "\"\"\"", "union " })
        {
            Assert.Contains(full, e => e.Case.Schema.Contains(feature, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void ExecutionCases_CoverNullPropagationThroughListsAndErrorsInLists()
    {
        var execution = Corpus.Where(e => e.Expected.Stage == ConformanceStage.Execution && e.Expected.Errors.Count > 0).ToList();

        Assert.Contains(execution, e => e.Expected.Data is null);
        Assert.Contains(execution, e => e.Expected.Errors.Any(x => x.Path is { Count: >= 2 } p && p[^1] is int));
        Assert.Contains(execution, e => e.Expected.Errors.Any(x => x.Path is { Count: >= 3 } p && p.Any(s => s is int) && p[^1] is string));
        Assert.Contains(Corpus, e => e.Case.Schema.Contains("[Item!]!", StringComparison.Ordinal));
    }

    [Fact]
    public void ExpectedOutcomes_AgreeWithThemselvesUnderTheComparer()
    {
        Assert.All(Corpus, e => Assert.Empty(ConformanceComparer.Compare(e.Case, e.Expected, e.Expected)));
    }

    [Fact]
    public void Load_CaseFileWithoutExpectedOutcome_IsRejected()
    {
        using var corpus = new TemporaryCorpus();
        corpus.Write("cases/execution/one.json", """[{ "name": "a", "schema": "type Query { a: Int }", "document": "{ a }" }]""");

        var error = Assert.Throws<InvalidDataException>(() => ConformanceCorpus.Load(corpus.Root));

        Assert.Equal("execution/one.json: no expected/ file; run the oracle", error.Message);
    }

    [Fact]
    public void Load_OutcomeForAnotherCase_IsRejected()
    {
        using var corpus = new TemporaryCorpus();
        corpus.Write("cases/execution/one.json", """[{ "name": "a", "schema": "type Query { a: Int }", "document": "{ a }" }]""");
        corpus.Write("expected/execution/one.json", """[{ "name": "b", "stage": "execution", "data": { "a": null } }]""");

        var error = Assert.Throws<InvalidDataException>(() => ConformanceCorpus.Load(corpus.Root));

        Assert.Equal("execution/one.json [a]: expected outcome #0 is for \"b\"; run the oracle", error.Message);
    }

    [Fact]
    public void Load_UnknownKeyOrMissingSchemaFile_IsRejected()
    {
        using var corpus = new TemporaryCorpus();
        corpus.Write("cases/x/one.json", """[{ "name": "a", "schema": "type Query { a: Int }", "document": "{ a }", "root": {} }]""");
        Assert.Equal("x/one.json [a]: unknown key \"root\"", Assert.Throws<InvalidDataException>(() => ConformanceCorpus.Load(corpus.Root)).Message);

        corpus.Write("cases/x/one.json", """[{ "name": "a", "schemaFile": "none.graphql", "document": "{ a }" }]""");
        Assert.Equal("x/one.json [a]: missing schemas/none.graphql", Assert.Throws<InvalidDataException>(() => ConformanceCorpus.Load(corpus.Root)).Message);
    }

    [Fact]
    public void Load_ResolvesFilesAndDefaults()
    {
        using var corpus = new TemporaryCorpus();
        corpus.Write("schemas/s.graphql", "type Query { a: Int }");
        corpus.Write("data/d.json", """{ "a": 1 }""");
        corpus.Write("cases/x/one.json", """
            [{ "name": "a", "schemaFile": "s.graphql", "rootValueFile": "d.json", "document": "{ a }" },
             { "name": "b", "schema": "type Query { a: Int }", "document": "query Q($v: Int) { a }", "variables": { "v": 2 }, "operationName": "Q" }]
            """);
        corpus.Write("expected/x/one.json", """
            [{ "name": "a", "stage": "execution", "data": { "a": 1 } },
             { "name": "b", "stage": "request", "errors": [{ "message": "m", "path": ["a", 0] }] }]
            """);

        var entries = ConformanceCorpus.Load(corpus.Root);

        Assert.Equal("type Query { a: Int }", entries[0].Case.Schema);
        Assert.Equal("""{"a":1}""", entries[0].Case.RootValue.ToJsonString());
        Assert.Null(entries[0].Case.Variables);
        Assert.Equal("{}", entries[1].Case.RootValue.ToJsonString());
        Assert.Equal("""{"v":2}""", entries[1].Case.Variables!.ToJsonString());
        Assert.Equal("Q", entries[1].Case.OperationName);
        Assert.Equal(ConformanceStage.Request, entries[1].Expected.Stage);
        Assert.Equal("a.0", entries[1].Expected.Errors[0].PathText);
        Assert.Equal("x", entries[1].Case.Topic);
    }

    private sealed class TemporaryCorpus : IDisposable
    {
        public string Root { get; } = Directory.CreateTempSubdirectory("ibok-conformance-").FullName;

        public void Write(string relative, string text)
        {
            var path = Path.Combine(Root, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        public void Dispose() => Directory.Delete(Root, recursive: true);
    }
}
