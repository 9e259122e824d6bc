using IBok.GraphQL.CodeFirst;
using IBok.GraphQL.Tests.CodeFirst.Fixtures;
using IBok.GraphQL.Types;

#pragma warning disable CA1822 // Fixture members are instance members on purpose.

namespace IBok.GraphQL.Tests.CodeFirst;

public sealed class SchemaMappingTests
{
    public static GraphQLSchema ShopSchema() => CodeFirstSchema.Create()
        .AddTypeExtension(typeof(ShopQueries))
        .AddTypeExtension<ShopMutations>()
        .AddTypeExtension<CustomerExtensions>()
        .Build();

    [Fact]
    public void Build_ShopModel_PrintsRootsObjectsEnumsInputsAndScalars()
    {
        var printed = SchemaPrinter.Print(ShopSchema());

        Assert.Equal(
            """"
            type Query {
              version: String! @deprecated
              customer(id: Int!): Customer
              customers(kind: CustomerKind): [Customer!]!
            }

            """A customer of the utility."""
            type Customer {
              id: Int!
              name: String!
              email: String
              kind: CustomerKind!
              tags: [String]!
              balance: Decimal!
              since: Date!
              meterCount: Long
              fullName: String! @deprecated(reason: "Use name.")

              """The name, optionally shouted."""
              label(upper: Boolean! = false): String!
              nameLength: Int!
            }

            enum CustomerKind {
              HOUSEHOLD
              BUSINESS

              """A water main customer."""
              MAIN_WATER
              INSTITUTION @deprecated(reason: "Merged into BUSINESS.")
            }

            """
            An exact decimal number, serialized as a string to keep its precision, e.g. `"1234.50"`. Accepted as input as a string or a number.
            """
            scalar Decimal

            """
            A calendar date without time zone, as an ISO 8601 string `yyyy-MM-dd`, e.g. `2026-01-31`.
            """
            scalar Date @specifiedBy(url: "https://scalars.graphql.org/andimarek/local-date.html")

            """
            A 64-bit signed integer between -(2^63) and 2^63 - 1, serialized as a JSON number.
            """
            scalar Long

            type Mutation {
              addCustomer(input: NewCustomerInput!): Customer!
            }

            input NewCustomerInput {
              name: String!
              kind: CustomerKind! = HOUSEHOLD
              address: AddressInput
              tags: [String!]!
            }

            input AddressInput {
              street: String!
              city: String
            }
            """",
            printed);
    }

    public sealed class Scalars
    {
        public string Text => "";

        public int Int32 => 0;

        public short Int16 => 0;

        public byte Byte => 0;

        public long Int64 => 0;

        public double Double => 0;

        public float Single => 0;

        public decimal Decimal => 0;

        public bool Flag => false;

        public Guid Guid => Guid.Empty;

        public DateOnly Day => default;

        public DateTimeOffset Instant => default;

        public DateTime UtcTime => default;

        public int? MaybeInt => null;

        public string? MaybeText => null;
    }

    public static class ScalarQuery
    {
        public static Scalars GetScalars() => new();
    }

    [Fact]
    public void Build_ClrScalars_MapToGraphQLScalars()
    {
        var scalars = (ObjectType)CodeFirstSchema.Create().AddQueryType(typeof(ScalarQuery)).Build().GetType("Scalars")!;

        Assert.Equal(
            "text: String!, int32: Int!, int16: Int!, byte: Int!, int64: Long!, double: Float!, single: Float!, decimal: Decimal!, "
            + "flag: Boolean!, guid: ID!, day: Date!, instant: DateTime!, utcTime: DateTime!, maybeInt: Int, maybeText: String",
            string.Join(", ", scalars.Fields.Select(f => f.Name + ": " + f.Type)));
    }

    public static class ShapesQuery
    {
        public static IReadOnlyList<string?> NullableItems() => [];

        public static string[]? NullableList() => null;

        public static List<int?> NullableInts() => [];

        public static Task<string?> MaybeLaterAsync() => Task.FromResult<string?>(null);

        public static ValueTask<List<string>> LaterList() => ValueTask.FromResult(new List<string>());

        public static async IAsyncEnumerable<int> StreamAsync()
        {
            await Task.Yield();
            yield return 1;
        }

        public static IEnumerable<IReadOnlyList<int>> Matrix() => [];

        public static string GetURLPath() => "";

        public static string GetAsync() => "";

        public static void Ignored()
        {
        }

        public static Task IgnoredToo() => Task.CompletedTask;

        [GraphQLIgnore]
        public static string Hidden() => "";
    }

    [Fact]
    public void Build_NullabilityAnnotationsAndAsyncWrappers_DecideTheFieldTypes()
    {
        var query = CodeFirstSchema.Create().AddQueryType(typeof(ShapesQuery)).Build().QueryType;

        Assert.Equal(
            "nullableItems: [String]!, nullableList: [String!], nullableInts: [Int]!, maybeLater: String, laterList: [String!]!, "
            + "stream: [Int!]!, matrix: [[Int!]!]!, urlPath: String!, async: String!",
            string.Join(", ", query.Fields.Select(f => f.Name + ": " + f.Type)));
    }

    public interface IAnimal
    {
        string Name { get; }
    }

    public sealed class Dog : IAnimal
    {
        public string Name => "Rex";

        public bool Barks => true;
    }

    public sealed class Cat : IAnimal
    {
        public string Name => "Tom";

        public int Lives => 9;
    }

    [UnionType("SearchResult")]
    public interface ISearchResult;

    public sealed class Invoice : ISearchResult
    {
        public string Number => "FV/1/2026";
    }

    public sealed class Payment : ISearchResult
    {
        public decimal Amount => 1m;
    }

    public abstract class Document
    {
        public abstract string Title { get; }
    }

    public sealed class Letter : Document
    {
        public override string Title => "Letter";
    }

    public static class AbstractQuery
    {
        public static IReadOnlyList<IAnimal> Animals() => [new Dog(), new Cat()];

        public static ISearchResult? Search(string text) => text.Length > 3 ? new Invoice() : new Payment();

        public static Document Document() => new Letter();
    }

    [Fact]
    public void Build_InterfacesUnionsAndAbstractClasses_DiscoverTheirImplementations()
    {
        var printed = SchemaPrinter.Print(CodeFirstSchema.Create().AddQueryType(typeof(AbstractQuery)).Build());

        Assert.Equal(
            """"
            type Query {
              animals: [IAnimal!]!
              search(text: String!): SearchResult
              document: Document!
            }

            interface IAnimal {
              name: String!
            }

            union SearchResult = Invoice | Payment

            interface Document {
              title: String!
            }

            type Dog implements IAnimal {
              name: String!
              barks: Boolean!
            }

            type Cat implements IAnimal {
              name: String!
              lives: Int!
            }

            type Invoice {
              number: String!
            }

            type Payment {
              amount: Decimal!
            }

            """
            An exact decimal number, serialized as a string to keep its precision, e.g. `"1234.50"`. Accepted as input as a string or a number.
            """
            scalar Decimal

            type Letter implements Document {
              title: String!
            }
            """",
            printed);
    }

    [Fact]
    public void ResolveType_AbstractTypes_PickTheObjectTypeOfTheRuntimeValue()
    {
        var schema = CodeFirstSchema.Create().AddQueryType(typeof(AbstractQuery)).Build();
        var animal = (InterfaceType)schema.GetType("IAnimal")!;
        var union = (UnionType)schema.GetType("SearchResult")!;

        Assert.Equal("Cat", animal.ResolveType!(new Cat(), schema)!.Name);
        Assert.Equal("Payment", union.ResolveType!(new Payment(), schema)!.Name);
        Assert.Null(union.ResolveType!("not a result", schema));
    }

    public static class OverridesQuery
    {
        [GraphQLType("ID!")]
        public static int Key() => 1;

        [ID]
        public static IReadOnlyList<long>? Keys() => null;

        public static string Find([ID] int id, [GraphQLType("[Long!]")] int[]? codes = null) => "";

        [GraphQLName("__bad")]
        [GraphQLIgnore]
        public static string Bad() => "";
    }

    [Fact]
    public void Build_IdAndTypeOverrides_ReplaceTheMappedType()
    {
        var query = CodeFirstSchema.Create().AddQueryType(typeof(OverridesQuery)).Build().QueryType;

        Assert.Equal(
            "key: ID!, keys: [ID!], find(id: ID!, codes: [Long!]): String!",
            string.Join(", ", query.Fields.Select(f => f.Name + Args(f) + ": " + f.Type)));
    }

    public static class ReservedNameQuery
    {
        [GraphQLName("__secret")]
        public static string Secret() => "";
    }

    [Fact]
    public void Build_ReservedFieldName_FailsSchemaValidation()
    {
        var exception = Assert.Throws<SchemaValidationException>(() => CodeFirstSchema.Create().AddQueryType(typeof(ReservedNameQuery)).Build());

        Assert.Equal(
            "Name \"__secret\" must not begin with \"__\", which is reserved by GraphQL introspection.",
            Assert.Single(exception.Errors).Message);
    }

    public static class DuplicateQuery
    {
        public static string Name() => "";

        public static string GetName() => "";
    }

    [Fact]
    public void Build_TwoMembersWithOneFieldName_IsRejectedNamingTheField()
    {
        var exception = Assert.Throws<NotSupportedException>(() => CodeFirstSchema.Create().AddQueryType(typeof(DuplicateQuery)).Build());

        Assert.Equal(
            "IBok.GraphQL.Tests.CodeFirst.SchemaMappingTests+DuplicateQuery maps two members to the field \"name\"; rename one with [GraphQLName] or hide it with [GraphQLIgnore].",
            exception.Message);
    }

    public sealed class Box<T>
    {
        public T? Value { get; init; }
    }

    public static class GenericQuery
    {
        public static Box<string> Box() => new();
    }

    public static class UnknownTypeReferenceQuery
    {
        [GraphQLType("[Nope!]")]
        public static int[] Codes() => [];
    }

    [Fact]
    public void Build_TypeReferenceToAnUnknownType_IsRejectedNamingTheType()
    {
        var exception = Assert.Throws<NotSupportedException>(() => CodeFirstSchema.Create().AddQueryType(typeof(UnknownTypeReferenceQuery)).Build());

        Assert.Equal("[GraphQLType(\"[Nope!]\")] on Int32[] Codes() names an unknown type \"Nope\".", exception.Message);
    }

    [Fact]
    public void Build_GenericTypeWithoutName_IsRejected()
    {
        var exception = Assert.Throws<NotSupportedException>(() => CodeFirstSchema.Create().AddQueryType(typeof(GenericQuery)).Build());

        Assert.StartsWith("Generic type IBok.GraphQL.Tests.CodeFirst.SchemaMappingTests+Box`1[System.String] needs a [GraphQLName]", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_WithoutQueryType_Throws()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => CodeFirstSchema.Create().AddMutationType<ShopMutations>().Build());

        Assert.Equal("The schema has no query type: add one with AddQueryType<T>() or a [QueryType] class.", exception.Message);
    }

    [Fact]
    public void AddTypeExtension_UnmarkedClass_IsRejected()
    {
        var exception = Assert.Throws<ArgumentException>(() => CodeFirstSchema.Create().AddTypeExtension<Customer>());

        Assert.StartsWith(
            "IBok.GraphQL.Tests.CodeFirst.Fixtures.Customer is not marked [ExtendObjectType], [QueryType], [MutationType] or [SubscriptionType].",
            exception.Message,
            StringComparison.Ordinal);
    }

    [ExtendObjectType("Query")]
    public static class MoreQueries
    {
        public static int Answer() => 42;
    }

    [Fact]
    public void Build_QueryExtendedByName_AddsTheFieldsAfterTheQueryClass()
    {
        var query = CodeFirstSchema.Create().AddQueryType(typeof(GenericlessQuery)).AddTypeExtension(typeof(MoreQueries)).Build().QueryType;

        Assert.Equal(["hello", "answer"], query.Fields.Select(f => f.Name));
    }

    [ExtendObjectType("Customer")]
    public static class CustomerByNameExtensions
    {
        public static string Initial([Parent] Customer customer) => customer.Name[..1];
    }

    [Fact]
    public async Task Build_ObjectExtendedByName_AddsResolvableFields()
    {
        var schema = CodeFirstSchema.Create().AddTypeExtension(typeof(ShopQueries)).AddTypeExtension(typeof(CustomerByNameExtensions)).Build();

        Assert.Equal("initial: String!", "initial: " + schema.GetTypeField("Customer", "initial").Type);
        Assert.Equal("A", await TestResolveContext.ResolveAsync(schema, "Customer", "initial", new Customer { Name = "Anna" }));
    }

    public static class GenericlessQuery
    {
        public static string Hello() => "world";
    }

    private static string Args(FieldDefinition field) =>
        field.Arguments.Count == 0 ? "" : "(" + string.Join(", ", field.Arguments.Select(a => a.Name + ": " + a.Type)) + ")";
}
