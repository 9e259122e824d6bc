using IBok.GraphQL.Types;

namespace IBok.GraphQL.Tests.Types;

public sealed class TypeRelationTests
{
    private static readonly GraphQLSchema Schema = PrinterFixture.Build();

    private static NamedType Type(string name) => Schema.GetType(name)!;

    [Fact]
    public void FindField_IncludesMetaFieldsWhereTheSpecAllowsThem()
    {
        Assert.Same(Introspection.SchemaMetaField, Schema.FindField(Schema.QueryType, "__schema"));
        Assert.Same(Introspection.TypeMetaField, Schema.FindField(Schema.QueryType, "__type"));
        Assert.Null(Schema.FindField(Type("Customer"), "__schema"));
        Assert.Same(Introspection.TypeNameMetaField, Schema.FindField(Type("Customer"), "__typename"));
        Assert.Same(Introspection.TypeNameMetaField, Schema.FindField(Type("SearchResult"), "__typename"));
        Assert.Same(Introspection.TypeNameMetaField, Schema.FindField(Type("Node"), "__typename"));
        Assert.Null(Schema.FindField(Type("ReadingFilter"), "__typename"));
        Assert.Equal("name", Schema.FindField(Type("Customer"), "name")!.Name);
        Assert.Null(Schema.FindField(Type("SearchResult"), "name"));
    }

    [Fact]
    public void IsTypeSubTypeOf_FollowsNullabilityListsAndAbstractTypes()
    {
        var customer = Type("Customer");
        var node = Type("Node");

        Assert.True(TypeComparators.IsTypeSubTypeOf(Schema, ScalarType.Int.NonNull(), ScalarType.Int));
        Assert.False(TypeComparators.IsTypeSubTypeOf(Schema, ScalarType.Int, ScalarType.Int.NonNull()));
        Assert.True(TypeComparators.IsTypeSubTypeOf(Schema, customer.NonNull().List(), node.List()));
        Assert.False(TypeComparators.IsTypeSubTypeOf(Schema, customer.List(), customer));
        Assert.False(TypeComparators.IsTypeSubTypeOf(Schema, customer, customer.List()));
        Assert.True(TypeComparators.IsTypeSubTypeOf(Schema, customer, Type("SearchResult")));
        Assert.False(TypeComparators.IsTypeSubTypeOf(Schema, Type("Invoice"), node));
    }

    [Fact]
    public void DoTypesOverlap_WhenTheyShareAPossibleType()
    {
        Assert.True(TypeComparators.DoTypesOverlap(Schema, Type("Node"), Type("SearchResult")));
        Assert.True(TypeComparators.DoTypesOverlap(Schema, Type("Invoice"), Type("SearchResult")));
        Assert.True(TypeComparators.DoTypesOverlap(Schema, Type("Customer"), Type("Node")));
        Assert.False(TypeComparators.DoTypesOverlap(Schema, Type("Invoice"), Type("Node")));
        Assert.False(TypeComparators.DoTypesOverlap(Schema, Type("Invoice"), Type("Customer")));
    }
}
