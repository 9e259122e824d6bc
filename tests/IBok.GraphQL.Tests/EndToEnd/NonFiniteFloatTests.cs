using IBok.GraphQL.Execution;
using IBok.GraphQL.Language;
using IBok.GraphQL.Types;
using IBok.GraphQL.Utilities;

namespace IBok.GraphQL.Tests.EndToEnd;

public sealed class NonFiniteFloatTests
{
    [Theory]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData(float.NegativeInfinity, "-Infinity")]
    public async Task NonFiniteFloat_IsAFieldError_AndTheResponseStillSerializes(object value, string shown)
    {
        var schema = SchemaFromSdl.Build("type Query { ratio: Float }", new SdlResolvers().Field("Query.ratio", FieldResolvers.Sync(_ => value)));

        var result = await Executor.ExecuteAsync(new ExecutionRequest { Schema = schema, Document = Parser.Parse("{ ratio }") });

        var json = ExecutionResultJson.Serialize(result);
        Assert.Contains($"Float cannot represent non numeric value: {shown}", json, StringComparison.Ordinal);
        Assert.EndsWith("\"data\":{\"ratio\":null}}", json, StringComparison.Ordinal);
    }
}
