using IBok.GraphQL.Types;

namespace IBok.GraphQL.Tests.Types;

// IsValidImplementation (spec 3.6) with graphql-js 16 validateSchema messages.
public sealed class InterfaceImplementationTests
{
    private static readonly InterfaceType Node = new("Node", () => [new FieldDefinition("id", ScalarType.ID.NonNull())]);

    private static IReadOnlyList<string> Errors(params NamedType[] types) =>
        new SchemaBuilder().AddTypes(types).Query(new ObjectType("Query", () => [new FieldDefinition("node", Node)])).Validate()
            .Select(e => e.ToString()).ToList();

    [Fact]
    public void Validate_CorrectImplementationWithCovariantTypesAndOptionalExtraArguments_IsValid()
    {
        InterfaceType named = null!;
        named = new InterfaceType("Named", () =>
        [
            new FieldDefinition("id", ScalarType.ID.NonNull()),
            new FieldDefinition("friends", named.List()) { Arguments = [new InputValueDefinition("first", ScalarType.Int)] },
            new FieldDefinition("old", ScalarType.String) { DeprecationReason = "gone" },
        ], () => [Node]);
        ObjectType person = null!;
        person = new ObjectType("Person", () =>
        [
            new FieldDefinition("id", ScalarType.ID.NonNull()),
            new FieldDefinition("friends", person.NonNull().List().NonNull())
            {
                Arguments = [new InputValueDefinition("first", ScalarType.Int), new InputValueDefinition("after", ScalarType.String), new InputValueDefinition("by", ScalarType.Int.NonNull()) { DefaultValue = 1 }],
            },
            new FieldDefinition("old", ScalarType.String) { DeprecationReason = "gone" },
        ], () => [named, Node]);

        Assert.Empty(Errors(person));
    }

    [Fact]
    public void Validate_MissingFieldWrongTypeAndArgumentProblems_AreEachReported()
    {
        var iface = new InterfaceType("Shape", () =>
        [
            new FieldDefinition("area", ScalarType.Float.NonNull()) { Arguments = [new InputValueDefinition("unit", ScalarType.String)] },
            new FieldDefinition("name", ScalarType.String),
            new FieldDefinition("sides", ScalarType.Int) { Arguments = [new InputValueDefinition("min", ScalarType.Int)] },
            new FieldDefinition("color", ScalarType.String),
        ]);
        var square = new ObjectType("Square", () =>
        [
            new FieldDefinition("area", ScalarType.Float) { Arguments = [new InputValueDefinition("unit", ScalarType.String.NonNull())] },
            new FieldDefinition("sides", ScalarType.Int) { Arguments = [new InputValueDefinition("exact", ScalarType.Int.NonNull())] },
            new FieldDefinition("color", ScalarType.String) { DeprecationReason = "use rgb" },
        ], () => [iface]);

        Assert.Equal(
            [
                "Square.area: Interface field Shape.area expects type Float! but Square.area is type Float.",
                "Square.area(unit:): Interface field argument Shape.area(unit:) expects type String but Square.area(unit:) is type String!.",
                "Square: Interface field Shape.name expected but Square does not provide it.",
                "Square.sides: Interface field argument Shape.sides(min:) expected but Square.sides does not provide it.",
                "Square.sides(exact:): Object field Square.sides includes required argument exact that is missing from the Interface field Shape.sides.",
                "Square.color: Interface field Shape.color is not deprecated, so implementation field Square.color must not be deprecated.",
            ],
            Errors(square));
    }

    [Fact]
    public void Validate_TransitiveInterfaceNotDeclared_IsRejected()
    {
        var resource = new InterfaceType("Resource", () => [new FieldDefinition("id", ScalarType.ID.NonNull())], () => [Node]);
        var file = new ObjectType("File", () => [new FieldDefinition("id", ScalarType.ID.NonNull())], () => [resource]);

        Assert.Equal(["File: Type File must implement Node because it is implemented by Resource."], Errors(file));
    }

    [Fact]
    public void Validate_InterfaceCycles_AreRejected()
    {
        InterfaceType a = null!;
        InterfaceType b = null!;
        a = new InterfaceType("A", () => [new FieldDefinition("id", ScalarType.ID)], () => [b]);
        b = new InterfaceType("B", () => [new FieldDefinition("id", ScalarType.ID)], () => [a]);
        InterfaceType self = null!;
        self = new InterfaceType("Self", () => [new FieldDefinition("id", ScalarType.ID)], () => [self]);

        Assert.Equal(
            [
                "A: Type A cannot implement B because it would create a circular reference.",
                "B: Type B cannot implement A because it would create a circular reference.",
                "Self: Type Self cannot implement itself because it would create a circular reference.",
            ],
            Errors(a, self));
    }

    [Fact]
    public void Validate_InterfaceDeclaredTwice_IsRejected()
    {
        var thing = new ObjectType("Thing", () => [new FieldDefinition("id", ScalarType.ID.NonNull())], () => [Node, Node]);

        Assert.Equal(["Thing: Type Thing can only implement Node once."], Errors(thing));
    }

    [Fact]
    public void Validate_UnionMemberAsCovariantReturnType_IsValid()
    {
        var cat = new ObjectType("Cat", () => [new FieldDefinition("id", ScalarType.ID.NonNull())], () => [Node]);
        var pet = new UnionType("Pet", () => [cat]);
        var owner = new InterfaceType("Owner", () => [new FieldDefinition("pet", pet)]);
        var person = new ObjectType("Human", () => [new FieldDefinition("pet", cat.NonNull())], () => [owner]);

        Assert.Empty(Errors(person));
    }
}
