using IBok.GraphQL.CodeFirst;
using IBok.GraphQL.Relay;
using IBok.GraphQL.Tests.CodeFirst;
using IBok.GraphQL.Types;

namespace IBok.GraphQL.Tests.Relay;

public sealed class NodeTests
{
    public sealed class TariffStore
    {
        public Dictionary<int, Tariff> Tariffs { get; } = new()
        {
            [1] = new Tariff { Id = 1, Name = "G11" },
            [2] = new Tariff { Id = 2, Name = "W1 household water" },
        };
    }

    [Node]
    public sealed class Tariff
    {
        public int Id { get; init; }

        public required string Name { get; init; }

        [NodeResolver]
        public static Task<Tariff?> FetchAsync(int id, [Service] TariffStore store, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return Task.FromResult(store.Tariffs.GetValueOrDefault(id));
        }
    }

    [Node]
    public sealed class Account
    {
        public static readonly Guid Known = new("6f9619ff-8b86-d011-b42d-00cf4fc964ff");

        public Guid Id { get; init; }

        public static Account? Get(Guid id) => id == Known ? new Account { Id = id } : null;
    }

    public static class RelayQuery
    {
        public static IReadOnlyList<Tariff> Tariffs([Service] TariffStore store) => [.. store.Tariffs.Values];
    }

    private static readonly GraphQLSchema Schema = CodeFirstSchema.Create().AddQueryType(typeof(RelayQuery)).AddType<Account>().Build();

    private static readonly TestServices Services = new(new TariffStore());

    [Fact]
    public void Build_NodeTypes_ImplementNodeAndAddNodeFieldsToQuery()
    {
        Assert.Equal(
            """"
            type Query {
              tariffs: [Tariff!]!

              """Fetches an object given its ID."""
              node(
                """ID of the object."""
                id: ID!
              ): Node

              """Lookup nodes by a list of IDs."""
              nodes(
                """IDs of the objects."""
                ids: [ID!]!
              ): [Node]!
            }

            type Tariff implements Node {
              id: ID!
              name: String!
            }

            """
            The node interface is implemented by entities that have a global unique identifier.
            """
            interface Node {
              id: ID!
            }

            type Account implements Node {
              id: ID!
            }
            """",
            SchemaPrinter.Print(Schema));
    }

    [Fact]
    public void GlobalId_Serialize_IsBase64OfTypeNameAndKey()
    {
        Assert.Equal("Q3VzdG9tZXI6NDI=", GlobalId.Serialize("Customer", 42));
        Assert.Equal("QWNjb3VudDo2Zjk2MTlmZi04Yjg2LWQwMTEtYjQyZC0wMGNmNGZjOTY0ZmY=", GlobalId.Serialize("Account", Account.Known));
        Assert.Equal(("Customer", "42"), GlobalId.Parse("Q3VzdG9tZXI6NDI="));
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("Q3VzdG9tZXI=")]
    [InlineData("OjQy")]
    [InlineData("Q3VzdG9tZXI6")]
    [InlineData("//79")]
    public void GlobalId_Parse_MalformedId_IsRejected(string id)
    {
        var exception = Assert.Throws<GlobalIdFormatException>(() => GlobalId.Parse(id));

        Assert.Equal($"The ID \"{id}\" is not a valid global id (base64 of \"TypeName:key\").", exception.Message);
        Assert.Equal(id, exception.Id);
    }

    [Fact]
    public async Task IdField_ReturnsTheGlobalIdOfTheKey()
    {
        var id = await TestResolveContext.ResolveAsync(Schema, "Tariff", "id", new Tariff { Id = 2, Name = "W1" });

        Assert.Equal("VGFyaWZmOjI=", id);
    }

    [Fact]
    public async Task Node_KnownId_FetchesThroughTheNodeResolver()
    {
        var tariff = await TestResolveContext.ResolveAsync(Schema, "Query", "node", arguments: ResolverTests.Args(("id", "VGFyaWZmOjI=")), services: Services);
        var account = await TestResolveContext.ResolveAsync(
            Schema, "Query", "node", arguments: ResolverTests.Args(("id", GlobalId.Serialize("Account", Account.Known))));

        Assert.Equal("W1 household water", Assert.IsType<Tariff>(tariff).Name);
        Assert.Equal(Account.Known, Assert.IsType<Account>(account).Id);
    }

    [Fact]
    public async Task Node_MissingObject_IsNull()
    {
        Assert.Null(await TestResolveContext.ResolveAsync(Schema, "Query", "node", arguments: ResolverTests.Args(("id", GlobalId.Serialize("Tariff", 99))), services: Services));
    }

    [Fact]
    public async Task Nodes_SeveralIds_FetchesEachInOrder()
    {
        var ids = new object?[] { GlobalId.Serialize("Tariff", 1), GlobalId.Serialize("Tariff", 5), GlobalId.Serialize("Tariff", 2) };

        var nodes = (object?[])(await TestResolveContext.ResolveAsync(Schema, "Query", "nodes", arguments: ResolverTests.Args(("ids", ids)), services: Services))!;

        Assert.Equal(["G11", null, "W1 household water"], nodes.Select(n => (n as Tariff)?.Name));
    }

    [Fact]
    public async Task Node_MalformedId_IsRejected()
    {
        var exception = await Assert.ThrowsAsync<GlobalIdFormatException>(
            () => TestResolveContext.ResolveAsync(Schema, "Query", "node", arguments: ResolverTests.Args(("id", "42")), services: Services));

        Assert.Equal("The ID \"42\" is not a valid global id (base64 of \"TypeName:key\").", exception.Message);
    }

    [Fact]
    public async Task Node_IdOfUnknownType_IsRejected()
    {
        var exception = await Assert.ThrowsAsync<GlobalIdFormatException>(
            () => TestResolveContext.ResolveAsync(Schema, "Query", "node", arguments: ResolverTests.Args(("id", "SW52b2ljZTox")), services: Services));

        Assert.Equal("The ID \"SW52b2ljZTox\" refers to type \"Invoice\", which is not a node type of this schema.", exception.Message);
    }

    [Fact]
    public async Task Node_KeyOfTheWrongType_IsRejected()
    {
        var exception = await Assert.ThrowsAsync<GlobalIdFormatException>(
            () => TestResolveContext.ResolveAsync(Schema, "Query", "node", arguments: ResolverTests.Args(("id", "VGFyaWZmOng=")), services: Services));

        Assert.Equal("The ID \"VGFyaWZmOng=\" has a key \"x\" that is not a valid Int32.", exception.Message);
    }

    [Fact]
    public void Resolve_NodeInterface_PicksTheObjectTypeByItsClass()
    {
        Assert.Equal(["Tariff", "Account"], Schema.GetPossibleTypes((InterfaceType)Schema.GetType("Node")!).Select(t => t.Name));
        Assert.True(((ObjectType)Schema.GetType("Account")!).IsTypeOf!(new Account()));
        Assert.False(((ObjectType)Schema.GetType("Account")!).IsTypeOf!(new Tariff { Name = "" }));
    }

    [Node]
    public sealed class Orphan
    {
        public int Id { get; init; }
    }

    public static class OrphanQuery
    {
        public static Orphan? Orphan() => null;
    }

    [Fact]
    public void Build_NodeWithoutResolverMethod_IsRejected()
    {
        var exception = Assert.Throws<NotSupportedException>(() => CodeFirstSchema.Create().AddQueryType(typeof(OrphanQuery)).Build());

        Assert.Equal("Node type Orphan needs a public static [NodeResolver] method (or one named Get/GetAsync) taking the key.", exception.Message);
    }
}
