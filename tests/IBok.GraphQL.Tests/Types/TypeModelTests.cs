using IBok.GraphQL.Types;

namespace IBok.GraphQL.Tests.Types;

public sealed class TypeModelTests
{
    private enum MeterKind
    {
        MainWater,
        Submeter,
        HTTPHeat,
    }

    [Fact]
    public void Wrappers_PrintAsSdlTypeReferences()
    {
        Assert.Equal("[String!]!", ScalarType.String.NonNull().List().NonNull().ToString());
        Assert.Equal("[[Int]]", ScalarType.Int.List().List().ToString());
    }

    [Fact]
    public void Wrappers_AreEqualByStructure()
    {
        Assert.True(ScalarType.Int.NonNull().List().IsEqualType(new ListType(new NonNullType(ScalarType.Int))));
        Assert.False(ScalarType.Int.List().IsEqualType(ScalarType.Int.NonNull().List()));
        Assert.Equal(ScalarType.Int.List().GetHashCode(), ScalarType.Int.List().GetHashCode());
    }

    [Fact]
    public void NonNull_OfNonNull_IsRejected()
    {
        var exception = Assert.Throws<ArgumentException>(() => new NonNullType(ScalarType.Int.NonNull()));

        Assert.StartsWith("A Non-Null type cannot wrap another Non-Null type (Int!).", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unwrapping_FindsNamedAndNullableTypes()
    {
        var type = ScalarType.Int.NonNull().List().NonNull();

        Assert.Same(ScalarType.Int, type.GetNamedType());
        Assert.Equal("[Int!]", type.GetNullableType().ToString());
    }

    [Fact]
    public void InputAndOutputTypes_FollowSpecSection34()
    {
        var obj = new ObjectType("O", () => [new FieldDefinition("a", ScalarType.Int)]);
        var input = new InputObjectType("I", () => [new InputValueDefinition("a", ScalarType.Int)]);
        var color = new EnumType("Color", [new EnumValueDefinition("RED")]);

        Assert.True(ScalarType.Int.List().IsInputType() && ScalarType.Int.IsOutputType());
        Assert.True(color.IsInputType() && color.IsOutputType());
        Assert.True(input.NonNull().IsInputType() && !input.IsOutputType());
        Assert.True(obj.List().IsOutputType() && !obj.IsInputType());
        Assert.True(color.IsLeafType() && !obj.IsLeafType());
    }

    [Fact]
    public void Fields_AreResolvedLazilySoTypesCanReferenceEachOther()
    {
        var evaluated = 0;
        ObjectType user = null!;
        ObjectType team = null!;
        user = new ObjectType("User", () =>
        {
            evaluated++;
            return [new FieldDefinition("team", team), new FieldDefinition("friends", user.List())];
        });
        team = new ObjectType("Team", () => [new FieldDefinition("members", user.NonNull().List())]);

        Assert.Equal(0, evaluated);
        Assert.Same(team, user.FindField("team")!.Type);
        Assert.Equal("[User]", user.FindField("friends")!.Type.ToString());
        Assert.Null(user.FindField("missing"));
        _ = user.Fields;
        Assert.Equal(1, evaluated);
    }

    [Fact]
    public void EnumFromClrEnum_NamesValuesInScreamingSnakeCase()
    {
        var kind = EnumType.FromClrEnum<MeterKind>(description: "Kinds of meters.");

        Assert.Equal("MeterKind", kind.Name);
        Assert.Equal("Kinds of meters.", kind.Description);
        Assert.Equal(["MAIN_WATER", "SUBMETER", "HTTP_HEAT"], kind.Values.Select(v => v.Name));
        Assert.Equal("MAIN_WATER", kind.Serialize(MeterKind.MainWater));
        Assert.Equal(MeterKind.HTTPHeat, kind.ParseValue("HTTP_HEAT"));
    }

    [Fact]
    public void EnumSerialize_UnknownInternalValue_IsRejected()
    {
        var kind = EnumType.FromClrEnum<MeterKind>();

        var exception = Assert.Throws<ValueCoercionException>(() => kind.Serialize("MainWater"));

        Assert.Equal("Enum \"MeterKind\" cannot represent value: \"MainWater\"", exception.Message);
    }

    [Fact]
    public void InputValue_DistinguishesNoDefaultFromNullDefault()
    {
        var noDefault = new InputValueDefinition("a", ScalarType.Int.NonNull());
        var nullDefault = new InputValueDefinition("b", ScalarType.Int) { DefaultValue = null };
        var withDefault = new InputValueDefinition("c", ScalarType.Int.NonNull()) { DefaultValue = 3 };

        Assert.False(noDefault.HasDefaultValue);
        Assert.True(noDefault.IsRequired);
        Assert.True(nullDefault.HasDefaultValue);
        Assert.Null(nullDefault.DefaultValue);
        Assert.False(withDefault.IsRequired);
    }

    [Fact]
    public void SpecifiedDirectives_AreDefinedAsTheSpecSays()
    {
        Assert.Equal(
            """
            directive @include(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT
            directive @skip(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT
            directive @deprecated(reason: String! = "No longer supported") on FIELD_DEFINITION | ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION | ENUM_VALUE
            directive @specifiedBy(url: String!) on SCALAR
            directive @oneOf on INPUT_OBJECT
            """,
            string.Join("\n", DirectiveDefinition.SpecifiedDirectives.Select(WithoutDescriptions)));
        Assert.All(DirectiveDefinition.SpecifiedDirectives, d => Assert.True(d.IsSpecified));
        Assert.All(DirectiveDefinition.SpecifiedDirectives, d => Assert.False(d.IsRepeatable));
    }

    [Fact]
    public async Task FieldResolvers_FromSource_ReadsTheParentValue()
    {
        var resolver = FieldResolvers.FromSource<string>(s => s.Length);

        Assert.Equal(5, await resolver(new FakeContext("hello")));
    }

    private static string WithoutDescriptions(DirectiveDefinition directive) =>
        SchemaPrinter.PrintDirective(new DirectiveDefinition(directive.Name, directive.Locations)
        {
            IsRepeatable = directive.IsRepeatable,
            Arguments = directive.Arguments.Select(a => a.HasDefaultValue
                ? new InputValueDefinition(a.Name, a.Type) { DefaultValue = a.DefaultValue }
                : new InputValueDefinition(a.Name, a.Type)).ToArray(),
        });

    private sealed class FakeContext(object source) : IFieldResolveContext
    {
        public GraphQLSchema Schema => throw new NotSupportedException();

        public ObjectType ParentType => throw new NotSupportedException();

        public FieldDefinition Field => throw new NotSupportedException();

        public object? Source => source;

        public IReadOnlyDictionary<string, object?> Arguments => new Dictionary<string, object?>();

        public CancellationToken CancellationToken => CancellationToken.None;

        public IServiceProvider Services { get; } = EmptyServices.Instance;

        public object? RequestContext => null;
    }
}
