using IBok.GraphQL.CodeFirst;
using IBok.GraphQL.Execution;
using IBok.GraphQL.Language;
using IBok.GraphQL.Types;

namespace IBok.GraphQL.Tests.Execution;

/// <summary>
/// Code-first properties are read by the executor through the compiled member read registered for their
/// resolver (no argument coercion, no resolve context); these check the shortcut is taken only where it is
/// equivalent to the resolver and that values and errors come out as the resolver's would.
/// </summary>
public sealed class FieldMemberReaderTests
{
    private static readonly GraphQLSchema Schema = CodeFirstSchema.Create().AddQueryType<ReaderQuery>().Build();

    [Fact]
    public void Build_PlainProperty_RegistersMemberRead()
    {
        var meter = (ObjectType)Schema.GetType("ReaderMeter")!;

        var read = FieldMemberReaders.Find(meter.Fields.Single(field => field.Name == "serial").Resolver);

        Assert.NotNull(read);
        Assert.Equal("S-1", read(new ReaderMeter("S-1", ReaderMedium.HotWater, 3, 1.5, true)));
        Assert.Same(FieldMemberReaders.NotApplicable, read(new object()));
        Assert.Same(FieldMemberReaders.NotApplicable, read(null));
    }

    [Fact]
    public void Build_MethodWithArgumentsOrRootField_RegistersNoMemberRead()
    {
        var meter = (ObjectType)Schema.GetType("ReaderMeter")!;

        Assert.Null(FieldMemberReaders.Find(meter.Fields.Single(field => field.Name == "scaled").Resolver));
        Assert.Null(FieldMemberReaders.Find(Schema.QueryType.Fields.Single(field => field.Name == "meters").Resolver));
    }

    [Fact]
    public async Task Execute_ReadPropertiesOfEveryKind_SameAsResolvers()
    {
        var response = await Execute("{ meters { serial medium digits value active scaled(by: 2) } }");

        Assert.Equal(
            """{"data":{"meters":[{"serial":"S-1","medium":"HOT_WATER","digits":3,"value":1.5,"active":true,"scaled":3},""" +
            """{"serial":null,"medium":"COLD_WATER","digits":5,"value":0.25,"active":false,"scaled":0.5}]}}""",
            response);
    }

    [Fact]
    public async Task Execute_PropertyGetterThrows_FieldErrorLocatedAtItsPath()
    {
        var response = await Execute("{ meters { digits broken } }");

        Assert.Equal(
            """{"errors":[{"message":"Licznik nie odpowiada.","locations":[{"line":1,"column":19}],"path":["meters",0,"broken"]},""" +
            """{"message":"Licznik nie odpowiada.","locations":[{"line":1,"column":19}],"path":["meters",1,"broken"]}],"data":""" +
            """{"meters":[{"digits":3,"broken":null},{"digits":5,"broken":null}]}}""",
            response);
    }

    private static async Task<string> Execute(string query) =>
        ExecutionResultJson.Serialize(await Executor.ExecuteAsync(new ExecutionRequest { Schema = Schema, Document = Parser.Parse(query) }));

    public enum ReaderMedium
    {
        ColdWater,
        HotWater,
    }

    public sealed class ReaderQuery
    {
        public IReadOnlyList<ReaderMeter> GetMeters() =>
            [new ReaderMeter("S-1", ReaderMedium.HotWater, 3, 1.5, true), new ReaderMeter(null, ReaderMedium.ColdWater, 5, 0.25, false)];
    }

    public sealed class ReaderMeter(string? serial, ReaderMedium medium, int digits, double value, bool active)
    {
        public string? Serial { get; } = serial;

        public ReaderMedium Medium { get; } = medium;

        public int Digits { get; } = digits;

        public double Value { get; } = value;

        public bool Active { get; } = active;

        public string? Broken => throw new GraphQLException("Licznik nie odpowiada.");

        public double Scaled(double by) => Value * by;
    }
}
