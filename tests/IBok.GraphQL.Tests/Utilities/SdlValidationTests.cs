using System.Text.Json;
using IBok.GraphQL.Tests.Oracle;
using IBok.GraphQL.Utilities;

namespace IBok.GraphQL.Tests.Utilities;

/// <summary>SDL validation errors of <see cref="SchemaFromSdl"/> against graphql-js's <c>validateSDL</c> (messages and locations).</summary>
public sealed class SdlValidationTests
{
    public static readonly string[] InvalidSdls =
    [
        "type Query { a: Foo }",
        "type Query { a: Strin }",
        "type Query { a(x: Inptu): Int } input Input { b: Int }",
        "type Query { a: Int } type Query { b: Int }",
        "type Query { a: Int a: String }",
        "type Query { a(x: Int, x: Int): Int }",
        "type Query { a: Int } enum E { A B A }",
        "type Query { a: Int } input I { x: Int x: Int }",
        "type Query { a: Int } directive @d on FIELD directive @d on QUERY",
        "type Query { a: Int @unknown }",
        "type Query { a: Int @deprecated @deprecated }",
        "type Query @deprecated { a: Int }",
        "type Query { a: Int } directive @d(x: Int, x: Int) on FIELD",
        "type Query { a: Int } extend type Querry { b: Int }",
        "type Query { a: Int } extend type Nope { b: Int }",
        "type Query { a: Int } enum E { A } extend type E { b: Int }",
        "type Query { a: Int } scalar S extend input S @oneOf",
        "schema { query: Query } schema { query: Query } type Query { a: Int }",
        "schema { query: Query query: Query } type Query { a: Int }",
        "type Query implements Nod { a: Int } union U = A | Query",
        "type Query { a: Int } extend type Query { a: String }",
        "type Query { a: Int } extend enum E { A }",
        "type Query { a: Int } type Query { a: Int a: Int }",
    ];

    public static TheoryData<int> Indexes => new(Enumerable.Range(0, InvalidSdls.Length));

    private static readonly Lazy<JsonElement[]> Oracle = new(RunOracle);

    [Theory]
    [MemberData(nameof(Indexes))]
    public void Build_InvalidSdl_ReportsGraphQLJsErrors(int index)
    {
        var expected = Oracle.Value[index].EnumerateArray()
            .Select(e => e.GetProperty("message").GetString() + " @ " + string.Join(" ", e.GetProperty("locations").EnumerateArray().Select(l => $"{l[0]}:{l[1]}")))
            .Order(StringComparer.Ordinal)
            .ToArray();

        var exception = Assert.Throws<SdlValidationException>(() => SchemaFromSdl.Build(InvalidSdls[index]));

        var actual = exception.Errors
            .Select(e => e.Message + " @ " + string.Join(" ", e.Locations!.Select(l => $"{l.Line}:{l.Column}")))
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Build_RedefinedSpecifiedDirective_IsRejected()
    {
        // graphql-js's buildASTSchema lets an SDL replace @skip; the engine's specified directives are fixed.
        var exception = Assert.Throws<SdlValidationException>(() => SchemaFromSdl.Build("type Query { a: Int } directive @skip(if: Boolean!) on FIELD"));

        var error = Assert.Single(exception.Errors);
        Assert.Equal("Directive \"@skip\" already exists in the schema. It cannot be redefined.", error.Message);
        Assert.Equal([new IBok.GraphQL.Language.ErrorLocation(1, 34)], error.Locations);
    }

    private static JsonElement[] RunOracle()
    {
        var stdout = GraphQLJs.Run("tests/IBok.GraphQL.Tests/Utilities/sdl-errors.js", JsonSerializer.Serialize(InvalidSdls));
        return JsonDocument.Parse(stdout).RootElement.EnumerateArray().Select(e => e.Clone()).ToArray();
    }
}
