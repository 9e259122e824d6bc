using IBok.GraphQL.CodeFirst;
using IBok.GraphQL.Execution;
using IBok.GraphQL.Language;

namespace IBok.GraphQL.Tests.CodeFirst;

/// <summary>
/// Code-first property reads take booleans, small ints and small enums' members from shared boxes: the values a
/// response shows stay exactly those of the properties, at and beyond the shared ranges, null or not.
/// </summary>
public sealed class PropertyReadBoxingTests
{
    public enum Shade
    {
        Light = 0,
        Dark = 1,
        Deep = 7,
    }

    public enum Signed
    {
        Below = -5,
        Above = 5,
    }

    public enum Wide : long
    {
        Narrow = 1,
        Huge = 5_000_000_000,
    }

    public sealed class Sample
    {
        public required int Number { get; init; }

        public required int? MaybeNumber { get; init; }

        public required bool? MaybeFlag { get; init; }

        public required Shade Shade { get; init; }

        public required Shade? MaybeShade { get; init; }

        public required Signed Signed { get; init; }

        public required Wide Wide { get; init; }
    }

    public sealed class BoxingQuery
    {
        public IReadOnlyList<Sample> GetSamples() =>
        [
            new() { Number = -128, MaybeNumber = null, MaybeFlag = null, Shade = Shade.Light, MaybeShade = null, Signed = Signed.Below, Wide = Wide.Narrow },
            new() { Number = 1023, MaybeNumber = 1023, MaybeFlag = true, Shade = Shade.Deep, MaybeShade = Shade.Deep, Signed = Signed.Above, Wide = Wide.Huge },
            new() { Number = 1024, MaybeNumber = -129, MaybeFlag = false, Shade = Shade.Dark, MaybeShade = Shade.Light, Signed = Signed.Below, Wide = Wide.Huge },
            new() { Number = int.MinValue, MaybeNumber = int.MaxValue, MaybeFlag = true, Shade = Shade.Light, MaybeShade = Shade.Dark, Signed = Signed.Above, Wide = Wide.Narrow },
        ];

        public IReadOnlyList<Shade> GetUndeclared() => [Shade.Deep, (Shade)3];
    }

    [Fact]
    public async Task Execute_PropertiesAtAndBeyondTheSharedRanges_KeepTheirValues()
    {
        var schema = CodeFirstSchema.Create().AddQueryType<BoxingQuery>().Build();

        var result = await Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = schema,
            Document = Parser.Parse("{ samples { number maybeNumber maybeFlag shade maybeShade signed wide } }"),
        });

        Assert.Equal(
            """{"data":{"samples":[""" +
            """{"number":-128,"maybeNumber":null,"maybeFlag":null,"shade":"LIGHT","maybeShade":null,"signed":"BELOW","wide":"NARROW"},""" +
            """{"number":1023,"maybeNumber":1023,"maybeFlag":true,"shade":"DEEP","maybeShade":"DEEP","signed":"ABOVE","wide":"HUGE"},""" +
            """{"number":1024,"maybeNumber":-129,"maybeFlag":false,"shade":"DARK","maybeShade":"LIGHT","signed":"BELOW","wide":"HUGE"},""" +
            """{"number":-2147483648,"maybeNumber":2147483647,"maybeFlag":true,"shade":"LIGHT","maybeShade":"DARK","signed":"ABOVE","wide":"NARROW"}""" +
            "]}}",
            ExecutionResultJson.Serialize(result));
    }

    [Fact]
    public void Box_DeclaredMember_IsOneSharedBox()
    {
        Assert.True(EnumBoxes<Shade>.IsShared);
        Assert.Same(EnumBoxes<Shade>.Box(Shade.Deep), EnumBoxes<Shade>.Box(Shade.Deep));
        Assert.Equal(Shade.Deep, EnumBoxes<Shade>.Box(Shade.Deep));
        Assert.Equal(Shade.Light, EnumBoxes<Shade>.Box(Shade.Light));
    }

    [Fact]
    public void Box_UndeclaredOrOutOfRangeValue_IsItsOwnBoxOfTheSameValue()
    {
        Assert.Equal((Shade)3, EnumBoxes<Shade>.Box((Shade)3));
        Assert.Equal((Shade)300, EnumBoxes<Shade>.Box((Shade)300));
        Assert.Equal((Shade)(-1), EnumBoxes<Shade>.Box((Shade)(-1)));
        Assert.False(EnumBoxes<Signed>.IsShared);
        Assert.False(EnumBoxes<Wide>.IsShared);
        Assert.Equal(Wide.Huge, EnumBoxes<Wide>.Box(Wide.Huge));
    }

    [Fact]
    public async Task Execute_UndeclaredEnumValue_IsTheFieldsErrorAndNullsTheNonNullList()
    {
        var schema = CodeFirstSchema.Create().AddQueryType<BoxingQuery>().Build();

        var result = await Executor.ExecuteAsync(new ExecutionRequest { Schema = schema, Document = Parser.Parse("{ undeclared }") });

        Assert.Equal("""{"errors":[{"message":"Enum \"Shade\" cannot represent value: 3","locations":[{"line":1,"column":3}],"path":["undeclared",1]}],"data":null}""", ExecutionResultJson.Serialize(result));
    }
}
