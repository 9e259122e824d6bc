using IBok.GraphQL.Types;

namespace IBok.GraphQL.Tests.Types;

// Messages follow graphql-js 16 validateSchema where it has the rule; coordinates name the offending element.
public sealed class SchemaValidationTests
{
    private static FieldDefinition StringField(string name) => new(name, ScalarType.String);

    private static ObjectType QueryWith(params FieldDefinition[] fields) => new("Query", () => fields);

    private static IReadOnlyList<string> Errors(SchemaBuilder builder) => builder.Validate().Select(e => e.ToString()).ToList();

    [Fact]
    public void Build_ValidSchema_Succeeds()
    {
        var schema = new SchemaBuilder().Query(QueryWith(StringField("a"))).Build();

        Assert.Equal("Query", schema.QueryType.Name);
    }

    [Fact]
    public void Build_WithoutQuery_FailsListingTheError()
    {
        var exception = Assert.Throws<SchemaValidationException>(() => new SchemaBuilder().Build());

        Assert.Equal("The schema is invalid:\n- schema: Query root type must be provided.", exception.Message);
        Assert.Equal([new SchemaValidationError("schema", "Query root type must be provided.")], exception.Errors);
    }

    [Fact]
    public void Validate_SameRootTypeTwice_IsRejected()
    {
        var query = QueryWith(StringField("a"));

        Assert.Equal(
            ["schema: All root types must be different, \"Query\" type is used as query and mutation root types."],
            Errors(new SchemaBuilder().Query(query).Mutation(query)));
        Assert.Equal(
            ["schema: All root types must be different, \"Query\" type is used as query, mutation, and subscription root types."],
            Errors(new SchemaBuilder().Query(query).Mutation(query).Subscription(query)));
    }

    [Fact]
    public void Validate_TwoTypesWithOneName_IsRejected()
    {
        var first = new ObjectType("Thing", () => [StringField("a")]);
        var second = new ObjectType("Thing", () => [StringField("b")]);

        Assert.Equal(
            ["Thing: Schema must contain uniquely named types but contains multiple types named \"Thing\"."],
            Errors(new SchemaBuilder().Query(QueryWith(new FieldDefinition("first", first), new FieldDefinition("second", second)))));
    }

    [Fact]
    public void Validate_TypeNamedLikeABuiltInScalar_IsRejected()
    {
        var myString = new ScalarType("String", v => v, v => v);

        Assert.Equal(
            ["String: Schema must contain uniquely named types but contains multiple types named \"String\"."],
            Errors(new SchemaBuilder().AddType(myString).Query(QueryWith(StringField("a")))));
    }

    [Theory]
    [InlineData("__Reserved", "__Reserved: Name \"__Reserved\" must not begin with \"__\", which is reserved by GraphQL introspection.")]
    [InlineData("1Thing", "1Thing: Names must start with [_a-zA-Z] but \"1Thing\" does not.")]
    [InlineData("My-Thing", "My-Thing: Names must only contain [_a-zA-Z0-9] but \"My-Thing\" does not.")]
    [InlineData("", ": Expected name to be a non-empty string.")]
    public void Validate_BadTypeName_IsRejected(string name, string expected)
    {
        var type = new ObjectType(name, () => [StringField("a")]);

        Assert.Equal([expected], Errors(new SchemaBuilder().AddType(type).Query(QueryWith(StringField("a")))));
    }

    [Fact]
    public void Validate_BadFieldArgumentAndEnumValueNames_NameTheirCoordinates()
    {
        var color = new EnumType("Color", [new EnumValueDefinition("__RED"), new EnumValueDefinition("true"), new EnumValueDefinition("null")]);
        var query = QueryWith(
            new FieldDefinition("__field", ScalarType.String),
            new FieldDefinition("f", color) { Arguments = [new InputValueDefinition("bad-arg", ScalarType.Int)] });

        Assert.Equal(
            [
                "Query.__field: Name \"__field\" must not begin with \"__\", which is reserved by GraphQL introspection.",
                "Query.f(bad-arg:): Names must only contain [_a-zA-Z0-9] but \"bad-arg\" does not.",
                "Color.__RED: Name \"__RED\" must not begin with \"__\", which is reserved by GraphQL introspection.",
                "Color.true: Enum values cannot be named: true",
                "Color.null: Enum values cannot be named: null",
            ],
            Errors(new SchemaBuilder().Query(query)));
    }

    [Fact]
    public void Validate_DuplicateFieldArgumentEnumValueAndInputFieldNames_AreRejected()
    {
        var color = new EnumType("Color", [new EnumValueDefinition("RED"), new EnumValueDefinition("RED")]);
        var input = new InputObjectType("In", () => [new InputValueDefinition("a", ScalarType.Int), new InputValueDefinition("a", ScalarType.Int)]);
        var query = QueryWith(
            StringField("a"),
            StringField("a"),
            new FieldDefinition("f", color)
            {
                Arguments = [new InputValueDefinition("x", input), new InputValueDefinition("x", ScalarType.Int)],
            });

        Assert.Equal(
            [
                "Query.a: Field \"Query.a\" can only be defined once.",
                "Query.f(x:): Argument \"Query.f(x:)\" can only be defined once.",
                "Color.RED: Enum value \"Color.RED\" can only be defined once.",
                "In.a: Field \"In.a\" can only be defined once.",
            ],
            Errors(new SchemaBuilder().Query(query)));
    }

    [Fact]
    public void Validate_EmptyTypes_AreRejected()
    {
        var emptyObject = new ObjectType("Empty", () => []);
        var emptyInterface = new InterfaceType("EmptyI", () => []);
        var emptyUnion = new UnionType("EmptyU", () => []);
        var emptyEnum = new EnumType("EmptyE", []);
        var emptyInput = new InputObjectType("EmptyIn", () => []);

        Assert.Equal(
            [
                "Empty: Type Empty must define one or more fields.",
                "EmptyI: Type EmptyI must define one or more fields.",
                "EmptyU: Union type EmptyU must define one or more member types.",
                "EmptyE: Enum type EmptyE must define one or more values.",
                "EmptyIn: Input Object type EmptyIn must define one or more fields.",
            ],
            Errors(new SchemaBuilder().AddTypes(emptyObject, emptyInterface, emptyUnion, emptyEnum, emptyInput).Query(QueryWith(StringField("a")))));
    }

    [Fact]
    public void Validate_InputTypeAsFieldTypeAndOutputTypeAsArgumentOrInputField_AreRejected()
    {
        var input = new InputObjectType("In", () => [new InputValueDefinition("a", ScalarType.Int)]);
        var output = new ObjectType("Out", () => [StringField("a")]);
        var badInput = new InputObjectType("BadIn", () => [new InputValueDefinition("o", output)]);
        var query = QueryWith(
            new FieldDefinition("f", input.List()),
            new FieldDefinition("g", output) { Arguments = [new InputValueDefinition("o", output.NonNull())] },
            new FieldDefinition("h", ScalarType.Int) { Arguments = [new InputValueDefinition("b", badInput)] });

        Assert.Equal(
            [
                "Query.f: The type of Query.f must be Output Type but got: [In].",
                "Query.g(o:): The type of Query.g(o:) must be Input Type but got: Out!.",
                "BadIn.o: The type of BadIn.o must be Input Type but got: Out.",
            ],
            Errors(new SchemaBuilder().Query(query)));
    }

    [Fact]
    public void Validate_DeprecatedRequiredArgumentAndInputField_AreRejected()
    {
        var input = new InputObjectType("In", () =>
        [
            new InputValueDefinition("req", ScalarType.Int.NonNull()) { DeprecationReason = "old" },
            new InputValueDefinition("withDefault", ScalarType.Int.NonNull()) { DefaultValue = 1, DeprecationReason = "old" },
        ]);
        var query = QueryWith(new FieldDefinition("f", ScalarType.Int)
        {
            Arguments =
            [
                new InputValueDefinition("req", ScalarType.Int.NonNull()) { DeprecationReason = "old" },
                new InputValueDefinition("opt", ScalarType.Int) { DeprecationReason = "old" },
                new InputValueDefinition("in", input),
            ],
        });

        Assert.Equal(
            [
                "Query.f(req:): Required argument Query.f(req:) cannot be deprecated.",
                "In.req: Required input field In.req cannot be deprecated.",
            ],
            Errors(new SchemaBuilder().Query(query)));
    }

    [Fact]
    public void Validate_InvalidDefaultValues_AreRejected()
    {
        var color = new EnumType("Color", [new EnumValueDefinition("RED", 1)]);
        var point = new InputObjectType("Point", () => [new InputValueDefinition("x", ScalarType.Int.NonNull())]);
        var query = QueryWith(new FieldDefinition("f", ScalarType.Int)
        {
            Arguments =
            [
                new InputValueDefinition("a", ScalarType.Int.NonNull()) { DefaultValue = null },
                new InputValueDefinition("b", ScalarType.Int) { DefaultValue = "ten" },
                new InputValueDefinition("c", color) { DefaultValue = 2 },
                new InputValueDefinition("d", point) { DefaultValue = new Dictionary<string, object?>() },
                new InputValueDefinition("e", point) { DefaultValue = new Dictionary<string, object?> { ["x"] = 1, ["y"] = 2 } },
                new InputValueDefinition("g", ScalarType.Int.List()) { DefaultValue = new object?[] { 1, 2.5 } },
                new InputValueDefinition("ok", point.List()) { DefaultValue = new object?[] { new Dictionary<string, object?> { ["x"] = 1 } } },
            ],
        });

        Assert.Equal(
            [
                "Query.f(a:): Query.f(a:) has invalid default value: Expected non-nullable type \"Int!\" not to be null.",
                "Query.f(b:): Query.f(b:) has invalid default value: Int cannot represent non-integer value: \"ten\"",
                "Query.f(c:): Query.f(c:) has invalid default value: Enum \"Color\" cannot represent value: 2",
                "Query.f(d:): Query.f(d:) has invalid default value: Field \"x\" of required type \"Int!\" was not provided.",
                "Query.f(e:): Query.f(e:) has invalid default value: Field \"y\" is not defined by type \"Point\".",
                "Query.f(g:): Query.f(g:) has invalid default value: Int cannot represent non-integer value: 2.5",
            ],
            Errors(new SchemaBuilder().Query(query)));
    }

    [Fact]
    public void Validate_DirectiveProblems_AreRejected()
    {
        var output = new ObjectType("Out", () => [StringField("a")]);
        var noLocations = new DirectiveDefinition("nowhere", []);
        var badArgs = new DirectiveDefinition("bad", [DirectiveLocation.Field])
        {
            Arguments = [new InputValueDefinition("o", output), new InputValueDefinition("r", ScalarType.Int.NonNull()) { DeprecationReason = "x" }],
        };
        var reserved = new DirectiveDefinition("__internal", [DirectiveLocation.Field]);
        var duplicateOfSpecified = new DirectiveDefinition("skip", [DirectiveLocation.Field]);

        Assert.Equal(
            [
                "@nowhere: Directive @nowhere must include 1 or more locations.",
                "@bad(o:): The type of @bad(o:) must be Input Type but got: Out.",
                "@bad(r:): Required argument @bad(r:) cannot be deprecated.",
                "@__internal: Name \"__internal\" must not begin with \"__\", which is reserved by GraphQL introspection.",
                "@skip: There can be only one directive named \"@skip\".",
            ],
            Errors(new SchemaBuilder().Query(QueryWith(StringField("a"))).AddType(output)
                .AddDirective(noLocations).AddDirective(badArgs).AddDirective(reserved).AddDirective(duplicateOfSpecified)));
    }

    [Fact]
    public void Validate_UnionListingAMemberTwice_IsRejected()
    {
        var a = new ObjectType("A", () => [StringField("a")]);
        var union = new UnionType("U", () => [a, a]);

        Assert.Equal(["U: Union type U can only include type A once."], Errors(new SchemaBuilder().AddType(union).Query(QueryWith(StringField("a")))));
    }

    [Fact]
    public void Validate_OneOfFieldsNonNullOrWithDefault_AreRejected()
    {
        var input = new InputObjectType("Pick", () =>
        [
            new InputValueDefinition("a", ScalarType.Int.NonNull()),
            new InputValueDefinition("b", ScalarType.Int) { DefaultValue = 1 },
            new InputValueDefinition("c", ScalarType.Int),
        ])
        {
            IsOneOf = true,
        };

        Assert.Equal(
            ["Pick.a: OneOf input field Pick.a must be nullable.", "Pick.b: OneOf input field Pick.b cannot have a default value."],
            Errors(new SchemaBuilder().AddType(input).Query(QueryWith(StringField("a")))));
    }

    [Fact]
    public void Validate_InputObjectNonNullSelfReference_IsRejected()
    {
        InputObjectType a = null!;
        InputObjectType b = null!;
        a = new InputObjectType("A", () => [new InputValueDefinition("b", b.NonNull()), new InputValueDefinition("self", a)]);
        b = new InputObjectType("B", () => [new InputValueDefinition("a", a.NonNull()), new InputValueDefinition("list", a.NonNull().List().NonNull())]);
        InputObjectType direct = null!;
        direct = new InputObjectType("Direct", () => [new InputValueDefinition("me", direct.NonNull())]);

        Assert.Equal(
            [
                "A: Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"b.a\".",
                "Direct: Cannot reference Input Object \"Direct\" within itself through a series of non-null fields: \"me\".",
            ],
            Errors(new SchemaBuilder().AddTypes(a, direct).Query(QueryWith(StringField("a")))));
    }

    [Fact]
    public void Validate_InputObjectDefaultValueCycle_IsRejected()
    {
        InputObjectType a = null!;
        a = new InputObjectType("A", () =>
        [
            new InputValueDefinition("x", ScalarType.Int) { DefaultValue = 1 },
            new InputValueDefinition("next", a) { DefaultValue = new Dictionary<string, object?>() },
        ]);
        InputObjectType fine = null!;
        fine = new InputObjectType("Fine", () =>
        [
            new InputValueDefinition("next", fine) { DefaultValue = new Dictionary<string, object?> { ["next"] = null } },
        ]);

        Assert.Equal(
            ["A.next: Invalid circular reference. The default value of Input Object field A.next references itself."],
            Errors(new SchemaBuilder().AddTypes(a, fine).Query(QueryWith(StringField("a")))));
    }
}
