using IBok.GraphQL.Types;

namespace IBok.GraphQL.Tests.Validation;

/// <summary>
/// The shared fixture schema for validation tests, modelled on the pets and humans of spec Section 5 and
/// graphql-js's validation harness. In SDL (as <see cref="SchemaPrinter"/> prints it, and as the graphql-js
/// oracle rebuilds it):
/// <code>
/// interface Mammal { mother: Mammal  father: Mammal }
/// interface Pet { name(surname: Boolean): String }
/// interface Canine implements Mammal { name(surname: Boolean): String  mother: Canine  father: Canine }
/// type Dog implements Pet &amp; Mammal &amp; Canine { name(surname: Boolean): String nickname: String barkVolume: Int
///   barks: Boolean doesKnowCommand(dogCommand: DogCommand): Boolean isHouseTrained(atOtherHomes: Boolean = true): Boolean
///   isAtLocation(x: Int, y: Int): Boolean mother: Dog father: Dog owner: Human }
/// type Cat implements Pet { name(surname: Boolean): String nickname: String meows: Boolean meowsVolume: Int furColor: FurColor }
/// union CatOrDog = Cat | Dog    union DogOrHuman = Dog | Human    union HumanOrAlien = Human | Alien
/// type Human { name(surname: Boolean): String pets: [Pet] relatives: [Human]! iq: Int friends(first: Int, last: Int): [Human] }
/// type Alien { name: String numEyes: Int }
/// input ComplexInput { requiredField: Boolean! nonNullField: Boolean! = false intField: Int stringField: String
///   booleanField: Boolean stringListField: [String] }
/// input OneOfInput @oneOf { stringField: String intField: Int }
/// type ComplicatedArgs { ...one field per argument kind, see below... }
/// type Query { human(id: ID): Human alien: Alien dog: Dog cat: Cat pet: Pet catOrDog: CatOrDog dogOrHuman: DogOrHuman
///   humanOrAlien: HumanOrAlien complicatedArgs: ComplicatedArgs humans(first: Int, last: Int): [Human] }
/// type Mutation { renameDog(name: String!): Dog }
/// type Subscription { newDog: Dog newCat: Cat disallowedSecondRootField: Boolean }
/// directive @onQuery on QUERY, @onMutation, @onSubscription, @onField, @onFragmentDefinition, @onFragmentSpread,
///   @onInlineFragment, @onVariableDefinition (each on its location), @repeatable repeatable on FIELD,
///   @withArgs(required: Int!, optional: String) on FIELD
/// </code>
/// </summary>
internal static class ValidationSchema
{
    public static GraphQLSchema Schema { get; } = Build();

    private static GraphQLSchema Build()
    {
        static FieldDefinition Field(string name, GraphQLType type, params InputValueDefinition[] arguments) =>
            new(name, type) { Arguments = arguments };

        static InputValueDefinition Arg(string name, GraphQLType type) => new(name, type);

        var surname = () => Arg("surname", ScalarType.Boolean);
        var furColor = new EnumType("FurColor", new[] { "BROWN", "BLACK", "TAN", "SPOTTED", "NO_FUR", "UNKNOWN" }.Select(name => new EnumValueDefinition(name)));
        var dogCommand = new EnumType("DogCommand", new[] { "SIT", "HEEL", "DOWN" }.Select(name => new EnumValueDefinition(name)));

        InterfaceType mammal = null!;
        mammal = new InterfaceType("Mammal", () => [Field("mother", mammal), Field("father", mammal)]);
        var pet = new InterfaceType("Pet", () => [Field("name", ScalarType.String, surname())]);
        InterfaceType canine = null!;
        canine = new InterfaceType(
            "Canine",
            () => [Field("name", ScalarType.String, surname()), Field("mother", canine), Field("father", canine)],
            () => [mammal]);

        ObjectType human = null!;
        ObjectType dog = null!;
        dog = new ObjectType(
            "Dog",
            () =>
            [
                Field("name", ScalarType.String, surname()),
                Field("nickname", ScalarType.String),
                Field("barkVolume", ScalarType.Int),
                Field("barks", ScalarType.Boolean),
                Field("doesKnowCommand", ScalarType.Boolean, Arg("dogCommand", dogCommand)),
                Field("isHouseTrained", ScalarType.Boolean, new InputValueDefinition("atOtherHomes", ScalarType.Boolean) { DefaultValue = true }),
                Field("isAtLocation", ScalarType.Boolean, Arg("x", ScalarType.Int), Arg("y", ScalarType.Int)),
                Field("mother", dog),
                Field("father", dog),
                Field("owner", human),
            ],
            () => [pet, mammal, canine]);
        var cat = new ObjectType(
            "Cat",
            () =>
            [
                Field("name", ScalarType.String, surname()),
                Field("nickname", ScalarType.String),
                Field("meows", ScalarType.Boolean),
                Field("meowsVolume", ScalarType.Int),
                Field("furColor", furColor),
            ],
            () => [pet]);
        human = new ObjectType(
            "Human",
            () =>
            [
                Field("name", ScalarType.String, surname()),
                Field("pets", pet.List()),
                Field("relatives", human.List().NonNull()),
                Field("iq", ScalarType.Int),
                Field("friends", human.List(), Arg("first", ScalarType.Int), Arg("last", ScalarType.Int)),
            ]);
        var alien = new ObjectType("Alien", () => [Field("name", ScalarType.String), Field("numEyes", ScalarType.Int)]);
        var catOrDog = new UnionType("CatOrDog", () => [cat, dog]);
        var dogOrHuman = new UnionType("DogOrHuman", () => [dog, human]);
        var humanOrAlien = new UnionType("HumanOrAlien", () => [human, alien]);

        var complexInput = new InputObjectType(
            "ComplexInput",
            () =>
            [
                Arg("requiredField", ScalarType.Boolean.NonNull()),
                new InputValueDefinition("nonNullField", ScalarType.Boolean.NonNull()) { DefaultValue = false },
                Arg("intField", ScalarType.Int),
                Arg("stringField", ScalarType.String),
                Arg("booleanField", ScalarType.Boolean),
                Arg("stringListField", ScalarType.String.List()),
            ]);
        var oneOfInput = new InputObjectType("OneOfInput", () => [Arg("stringField", ScalarType.String), Arg("intField", ScalarType.Int)])
        {
            IsOneOf = true,
        };

        var complicatedArgs = new ObjectType(
            "ComplicatedArgs",
            () =>
            [
                Field("intArgField", ScalarType.String, Arg("intArg", ScalarType.Int)),
                Field("nonNullIntArgField", ScalarType.String, Arg("nonNullIntArg", ScalarType.Int.NonNull())),
                Field("stringArgField", ScalarType.String, Arg("stringArg", ScalarType.String)),
                Field("booleanArgField", ScalarType.String, Arg("booleanArg", ScalarType.Boolean)),
                Field("enumArgField", ScalarType.String, Arg("enumArg", furColor)),
                Field("floatArgField", ScalarType.String, Arg("floatArg", ScalarType.Float)),
                Field("idArgField", ScalarType.String, Arg("idArg", ScalarType.ID)),
                Field("stringListArgField", ScalarType.String, Arg("stringListArg", ScalarType.String.List())),
                Field("stringListNonNullArgField", ScalarType.String, Arg("stringListNonNullArg", ScalarType.String.NonNull().List())),
                Field("complexArgField", ScalarType.String, Arg("complexArg", complexInput)),
                Field("oneOfArgField", ScalarType.String, Arg("oneOfArg", oneOfInput)),
                Field("multipleReqs", ScalarType.String, Arg("req1", ScalarType.Int.NonNull()), Arg("req2", ScalarType.Int.NonNull())),
                Field("nonNullFieldWithDefault", ScalarType.String, new InputValueDefinition("arg", ScalarType.Int.NonNull()) { DefaultValue = 0 }),
                Field(
                    "multipleOpts",
                    ScalarType.String,
                    new InputValueDefinition("opt1", ScalarType.Int) { DefaultValue = 0 },
                    new InputValueDefinition("opt2", ScalarType.Int) { DefaultValue = 0 }),
                Field(
                    "multipleOptAndReq",
                    ScalarType.String,
                    Arg("req1", ScalarType.Int.NonNull()),
                    Arg("req2", ScalarType.Int.NonNull()),
                    new InputValueDefinition("opt1", ScalarType.Int) { DefaultValue = 0 },
                    new InputValueDefinition("opt2", ScalarType.Int) { DefaultValue = 0 }),
                Field("dateArgField", ScalarType.String, Arg("dateArg", ScalarType.Date)),
                Field("dateTimeArgField", ScalarType.String, Arg("dateTimeArg", ScalarType.DateTime)),
                Field("decimalArgField", ScalarType.String, Arg("decimalArg", ScalarType.Decimal)),
                Field("longArgField", ScalarType.String, Arg("longArg", ScalarType.Long)),
            ]);

        var query = new ObjectType(
            "Query",
            () =>
            [
                Field("human", human, Arg("id", ScalarType.ID)),
                Field("alien", alien),
                Field("dog", dog),
                Field("cat", cat),
                Field("pet", pet),
                Field("catOrDog", catOrDog),
                Field("dogOrHuman", dogOrHuman),
                Field("humanOrAlien", humanOrAlien),
                Field("complicatedArgs", complicatedArgs),
                Field("humans", human.List(), Arg("first", ScalarType.Int), Arg("last", ScalarType.Int)),
            ]);
        var mutation = new ObjectType("Mutation", () => [Field("renameDog", dog, Arg("name", ScalarType.String.NonNull()))]);
        var subscription = new ObjectType(
            "Subscription",
            () => [Field("newDog", dog), Field("newCat", cat), Field("disallowedSecondRootField", ScalarType.Boolean)]);

        var builder = new SchemaBuilder().Query(query).Mutation(mutation).Subscription(subscription).AddTypes(cat, dog, alien, catOrDog);
        foreach (var (name, location) in new[]
        {
            ("onQuery", DirectiveLocation.Query),
            ("onMutation", DirectiveLocation.Mutation),
            ("onSubscription", DirectiveLocation.Subscription),
            ("onField", DirectiveLocation.Field),
            ("onFragmentDefinition", DirectiveLocation.FragmentDefinition),
            ("onFragmentSpread", DirectiveLocation.FragmentSpread),
            ("onInlineFragment", DirectiveLocation.InlineFragment),
            ("onVariableDefinition", DirectiveLocation.VariableDefinition),
        })
        {
            builder.AddDirective(new DirectiveDefinition(name, [location]));
        }

        builder.AddDirective(new DirectiveDefinition("repeatable", [DirectiveLocation.Field]) { IsRepeatable = true });
        builder.AddDirective(new DirectiveDefinition("withArgs", [DirectiveLocation.Field])
        {
            Arguments = [Arg("required", ScalarType.Int.NonNull()), Arg("optional", ScalarType.String)],
        });
        return builder.Build();
    }
}
