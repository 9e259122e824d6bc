using IBok.GraphQL.Execution;
using IBok.GraphQL.Language;
using IBok.GraphQL.Tests.Execution;
using IBok.GraphQL.Types;
using IBok.GraphQL.Utilities;

namespace IBok.GraphQL.Tests.Utilities;

public sealed class SchemaFromSdlTests
{
    private static readonly GraphQLSchema Rich = SchemaFromSdl.Build(ExecutionCases.RichSdl);

    [Fact]
    public void Build_SchemaDefinition_SetsRootsAndDescription()
    {
        Assert.Equal("Root", Rich.QueryType.Name);
        Assert.Equal("Mut", Rich.MutationType!.Name);
        Assert.Equal("Sub", Rich.SubscriptionType!.Name);
        Assert.Equal("The schema's description.", Rich.Description);
    }

    [Fact]
    public void Build_WithoutSchemaDefinition_UsesConventionalRootNames()
    {
        var schema = SchemaFromSdl.Build("type Query { a: Int } type Mutation { b: Int }");

        Assert.Equal("Query", schema.QueryType.Name);
        Assert.Equal("Mutation", schema.MutationType!.Name);
        Assert.Null(schema.SubscriptionType);
    }

    [Fact]
    public void Build_ArgumentDefaults_AreInternalValues()
    {
        var field = ((ObjectType)Rich.GetType("Root")!).FindField("f")!;

        Assert.Equal(1, field.FindArgument("a")!.DefaultValue);
        Assert.Equal("x\ny", field.FindArgument("b")!.DefaultValue);
        Assert.Equal(new object?[] { "RED", "GREEN" }, field.FindArgument("c")!.DefaultValue);
        Assert.Equal(new Dictionary<string, object?> { ["a"] = 1, ["list"] = new object?[] { 1, 2 }, ["more"] = true }, field.FindArgument("d")!.DefaultValue);
        Assert.Equal(new Dictionary<string, object?> { ["x"] = 3 }, field.FindArgument("e")!.DefaultValue);
    }

    [Fact]
    public void Build_DescriptionsAndDeprecations_AreKept()
    {
        var root = (ObjectType)Rich.GetType("Root")!;
        var color = (EnumType)Rich.GetType("Color")!;

        Assert.Equal("Root type", root.Description);
        Assert.Equal("A field with arguments", root.FindField("f")!.Description);
        Assert.Equal("old", root.FindField("f")!.DeprecationReason);
        Assert.Equal("use b", root.FindField("f")!.FindArgument("a")!.DeprecationReason);
        Assert.Equal(DirectiveDefinition.DefaultDeprecationReason, root.FindField("g")!.DeprecationReason);
        Assert.Equal("red", color.FindValue("RED")!.Description);
        Assert.Equal("no", color.FindValue("GREEN")!.DeprecationReason);
        Assert.Equal("gone", ((InputObjectType)Rich.GetType("In")!).FindField("old")!.DeprecationReason);
    }

    [Fact]
    public void Build_SpecifiedByAndOneOf_AreKept()
    {
        Assert.Equal("https://tools.ietf.org/html/rfc3986", ((ScalarType)Rich.GetType("Url")!).SpecifiedByUrl);
        Assert.Null(((ScalarType)Rich.GetType("Plain")!).SpecifiedByUrl);
        Assert.True(((InputObjectType)Rich.GetType("Pick")!).IsOneOf);
        Assert.False(((InputObjectType)Rich.GetType("In")!).IsOneOf);
    }

    [Fact]
    public void Build_Extensions_AreMergedInOrder()
    {
        Assert.Equal(["f", "g", "h", "node", "added", "any"], ((ObjectType)Rich.GetType("Root")!).Fields.Select(f => f.Name));
        Assert.Equal(["RED", "GREEN", "BLUE", "PURPLE"], ((EnumType)Rich.GetType("Color")!).Values.Select(v => v.Name));
        Assert.Equal(["a", "list", "old", "more"], ((InputObjectType)Rich.GetType("In")!).Fields.Select(f => f.Name));
        Assert.Equal(["Entity", "Node"], ((ObjectType)Rich.GetType("Thing")!).Interfaces.Select(i => i.Name));
    }

    [Fact]
    public void Build_CustomDirectives_AreDefined()
    {
        var auth = Rich.GetDirective("auth")!;

        Assert.Equal("custom directive", auth.Description);
        Assert.True(auth.IsRepeatable);
        Assert.Equal([DirectiveLocation.FieldDefinition, DirectiveLocation.Object, DirectiveLocation.Interface], auth.Locations);
        Assert.Equal("user", auth.Arguments[0].DefaultValue);
        Assert.Equal("[Int!]", auth.Arguments[1].Type.ToString());
        Assert.Equal([DirectiveLocation.Field, DirectiveLocation.Query, DirectiveLocation.VariableDefinition], Rich.GetDirective("tag")!.Locations);
    }

    [Fact]
    public async Task Build_BoundScalar_IsUsedForCoercion()
    {
        var schema = SchemaFromSdl.Build(
            "scalar Date type Query { next(after: Date!): Date }",
            new SdlResolvers().Scalar(ScalarType.Date).Field("Query.next", context =>
                ValueTask.FromResult<object?>(((DateOnly)context.Arguments["after"]!).AddDays(1))));

        var result = await Executor.ExecuteAsync(new ExecutionRequest { Schema = schema, Document = Parser.Parse("""{ next(after: "2026-01-31") }""") });

        Assert.Same(ScalarType.Date, schema.GetType("Date"));
        Assert.Equal("""{"data":{"next":"2026-02-01"}}""", ExecutionResultJson.Serialize(result));
    }

    [Fact]
    public void Build_ResolverForUnknownField_IsRejected()
    {
        var exception = Assert.Throws<ArgumentException>(() => SchemaFromSdl.Build(
            "type Query { a: Int } union U = Query",
            new SdlResolvers()
                .Field("Query.b", DefaultFieldResolver.Instance)
                .Field("Nope.a", DefaultFieldResolver.Instance)
                .Type("Query", (_, _) => null)
                .IsTypeOf("U", _ => true)));

        Assert.StartsWith("The resolvers name types or fields the schema does not define: Query.b, Nope.a, Query, U.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SdlResolvers_MalformedCoordinate_IsRejected()
    {
        var exception = Assert.Throws<ArgumentException>(() => new SdlResolvers().Field("Query", DefaultFieldResolver.Instance));

        Assert.StartsWith("Expected a field coordinate \"Type.field\" but got \"Query\".", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_SchemaRuleBroken_ThrowsSchemaValidation()
    {
        var exception = Assert.Throws<SchemaValidationException>(() => SchemaFromSdl.Build("type Query { a: Int } interface I { x: Int } type T implements I { y: Int }"));

        Assert.Contains("Interface field I.x expected but T does not provide it.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_MissingQueryType_ThrowsSchemaValidation()
    {
        var exception = Assert.Throws<SchemaValidationException>(() => SchemaFromSdl.Build("type Mutation { a: Int }"));

        Assert.Equal("Query root type must be provided.", Assert.Single(exception.Errors).Message);
    }

    [Fact]
    public void Build_SyntaxError_Throws() =>
        Assert.Throws<GraphQLSyntaxException>(() => SchemaFromSdl.Build("type Query {"));
}
