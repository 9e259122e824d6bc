using IBok.GraphQL.CodeFirst;
using IBok.GraphQL.Paging;
using IBok.GraphQL.Tests.CodeFirst;
using IBok.GraphQL.Types;

namespace IBok.GraphQL.Tests.Paging;

public sealed class PagingTests
{
    public enum MeterKind
    {
        ColdWater,
        HotWater,
        Heat,
    }

    public sealed record Meter(int Id, string Serial, string? Location, decimal Reading, DateOnly InstalledOn, MeterKind Kind, bool Active, long? Seal = null);

    public static readonly Meter[] Meters =
    [
        new(1, "WM-001", "Kitchen", 10.5m, new DateOnly(2020, 1, 31), MeterKind.ColdWater, true, 900),
        new(2, "WM-002", null, 3.0m, new DateOnly(2021, 2, 28), MeterKind.HotWater, true),
        new(3, "HM-003", "Basement", 120m, new DateOnly(2019, 12, 1), MeterKind.Heat, false, 100),
        new(4, "WM-004", "Bathroom", 0m, new DateOnly(2024, 7, 15), MeterKind.ColdWater, true),
        new(5, "HM-005", "Kitchen annex", 55.25m, new DateOnly(2022, 3, 1), MeterKind.Heat, true),
    ];

    public static class MeterQuery
    {
        [UsePaging(MaxPageSize = 50, DefaultPageSize = 10, IncludeTotalCount = true)]
        [UseFiltering]
        [UseSorting]
        public static IQueryable<Meter> GetMeters() => Meters.AsQueryable();

        [UsePaging(DefaultPageSize = 10)]
        public static Task<IEnumerable<int>> GetNumbersAsync() => Task.FromResult(Enumerable.Range(1, 25));

        [UseFiltering]
        [UseSorting]
        public static IEnumerable<Meter>? AllMeters() => Meters;
    }

    private static readonly GraphQLSchema Schema = CodeFirstSchema.Create().AddQueryType(typeof(MeterQuery)).Build();

    [Fact]
    public void Build_PagedFilteredSortedField_PrintsTheConnectionFilterAndSortTypes()
    {
        Assert.Equal(
            """"
            type Query {
              meters(
                """Returns the first _n_ elements from the list."""
                first: Int

                """Returns the elements in the list that come after the specified cursor."""
                after: String

                """Returns the last _n_ elements from the list."""
                last: Int

                """
                Returns the elements in the list that come before the specified cursor.
                """
                before: String
                where: MeterFilterInput
                order: [MeterSortInput!]
              ): MetersConnection!
              numbers(
                """Returns the first _n_ elements from the list."""
                first: Int

                """Returns the elements in the list that come after the specified cursor."""
                after: String

                """Returns the last _n_ elements from the list."""
                last: Int

                """
                Returns the elements in the list that come before the specified cursor.
                """
                before: String
              ): NumbersConnection!
              allMeters(where: MeterFilterInput, order: [MeterSortInput!]): [Meter!]
            }

            """A connection to a list of items."""
            type MetersConnection {
              """Information to aid in pagination."""
              pageInfo: PageInfo!

              """A list of edges."""
              edges: [MetersEdge!]

              """A flattened list of the nodes."""
              nodes: [Meter!]

              """Identifies the total count of items in the connection."""
              totalCount: Int!
            }

            """Information about pagination in a connection."""
            type PageInfo {
              """
              Indicates whether more edges exist following the set defined by the clients arguments.
              """
              hasNextPage: Boolean!

              """
              Indicates whether more edges exist prior the set defined by the clients arguments.
              """
              hasPreviousPage: Boolean!

              """When paginating backwards, the cursor to continue."""
              startCursor: String

              """When paginating forwards, the cursor to continue."""
              endCursor: String
            }

            """An edge in a connection."""
            type MetersEdge {
              """A cursor for use in pagination."""
              cursor: String!

              """The item at the end of the edge."""
              node: Meter!
            }

            type Meter {
              id: Int!
              serial: String!
              location: String
              reading: Decimal!
              installedOn: Date!
              kind: MeterKind!
              active: Boolean!
              seal: Long
            }

            """
            An exact decimal number, serialized as a string to keep its precision, e.g. `"1234.50"`. Accepted as input as a string or a number.
            """
            scalar Decimal

            """
            A calendar date without time zone, as an ISO 8601 string `yyyy-MM-dd`, e.g. `2026-01-31`.
            """
            scalar Date @specifiedBy(url: "https://scalars.graphql.org/andimarek/local-date.html")

            enum MeterKind {
              COLD_WATER
              HOT_WATER
              HEAT
            }

            """
            A 64-bit signed integer between -(2^63) and 2^63 - 1, serialized as a JSON number.
            """
            scalar Long

            input MeterFilterInput {
              and: [MeterFilterInput!]
              or: [MeterFilterInput!]
              id: IntOperationFilterInput
              serial: StringOperationFilterInput
              location: StringOperationFilterInput
              reading: DecimalOperationFilterInput
              installedOn: DateOperationFilterInput
              kind: MeterKindOperationFilterInput
              active: BooleanOperationFilterInput
              seal: LongOperationFilterInput
            }

            input IntOperationFilterInput {
              eq: Int
              neq: Int
              in: [Int]
              gt: Int
              gte: Int
              lt: Int
              lte: Int
            }

            input StringOperationFilterInput {
              eq: String
              neq: String
              in: [String]
              contains: String
              startsWith: String
            }

            input DecimalOperationFilterInput {
              eq: Decimal
              neq: Decimal
              in: [Decimal]
              gt: Decimal
              gte: Decimal
              lt: Decimal
              lte: Decimal
            }

            input DateOperationFilterInput {
              eq: Date
              neq: Date
              in: [Date]
              gt: Date
              gte: Date
              lt: Date
              lte: Date
            }

            input MeterKindOperationFilterInput {
              eq: MeterKind
              neq: MeterKind
              in: [MeterKind]
            }

            input BooleanOperationFilterInput {
              eq: Boolean
              neq: Boolean
            }

            input LongOperationFilterInput {
              eq: Long
              neq: Long
              in: [Long]
              gt: Long
              gte: Long
              lt: Long
              lte: Long
            }

            input MeterSortInput {
              id: SortEnumType
              serial: SortEnumType
              location: SortEnumType
              reading: SortEnumType
              installedOn: SortEnumType
              kind: SortEnumType
              active: SortEnumType
              seal: SortEnumType
            }

            enum SortEnumType {
              ASC
              DESC
            }

            """A connection to a list of items."""
            type NumbersConnection {
              """Information to aid in pagination."""
              pageInfo: PageInfo!

              """A list of edges."""
              edges: [NumbersEdge!]

              """A flattened list of the nodes."""
              nodes: [Int!]
            }

            """An edge in a connection."""
            type NumbersEdge {
              """A cursor for use in pagination."""
              cursor: String!

              """The item at the end of the edge."""
              node: Int!
            }
            """",
            SchemaPrinter.Print(Schema));
    }

    [Fact]
    public async Task Page_First_ReturnsTheFirstItemsWithOffsetCursors()
    {
        var page = await Numbers(("first", 3));

        Assert.Equal([1, 2, 3], page.Nodes);
        Assert.Equal(["MA==", "MQ==", "Mg=="], page.Edges.Select(e => e.Cursor));
        Assert.Equal(new PageInfo(HasNextPage: true, HasPreviousPage: false, "MA==", "Mg=="), page.PageInfo);
    }

    [Fact]
    public async Task Page_FirstAfter_ContinuesAfterTheCursor()
    {
        var page = await Numbers(("first", 2), ("after", OffsetCursor.Encode(2)));

        Assert.Equal([4, 5], page.Nodes);
        Assert.Equal(new PageInfo(HasNextPage: true, HasPreviousPage: true, "Mw==", "NA=="), page.PageInfo);
    }

    [Fact]
    public async Task Page_FirstReachingTheEnd_HasNoNextPage()
    {
        var page = await Numbers(("first", 10), ("after", OffsetCursor.Encode(19)));

        Assert.Equal([21, 22, 23, 24, 25], page.Nodes);
        Assert.False(page.PageInfo.HasNextPage);
    }

    [Fact]
    public async Task Page_NeitherFirstNorLast_UsesTheDefaultPageSize()
    {
        var page = await Numbers();

        Assert.Equal(Enumerable.Range(1, 10), page.Nodes);
        Assert.True(page.PageInfo.HasNextPage);
    }

    [Fact]
    public async Task Page_Last_ReturnsTheLastItems()
    {
        var page = await Numbers(("last", 3));

        Assert.Equal([23, 24, 25], page.Nodes);
        Assert.Equal(new PageInfo(HasNextPage: false, HasPreviousPage: true, OffsetCursor.Encode(22), OffsetCursor.Encode(24)), page.PageInfo);
    }

    [Fact]
    public async Task Page_LastBefore_ReturnsTheItemsJustBeforeTheCursor()
    {
        var page = await Numbers(("last", 2), ("before", OffsetCursor.Encode(5)));

        Assert.Equal([4, 5], page.Nodes);
        Assert.Equal(new PageInfo(HasNextPage: true, HasPreviousPage: true, OffsetCursor.Encode(3), OffsetCursor.Encode(4)), page.PageInfo);
    }

    [Fact]
    public async Task Page_AfterAndBefore_AreBothApplied()
    {
        var page = await Numbers(("first", 10), ("after", OffsetCursor.Encode(1)), ("before", OffsetCursor.Encode(4)));

        Assert.Equal([3, 4], page.Nodes);
        Assert.Equal(new PageInfo(HasNextPage: true, HasPreviousPage: true, OffsetCursor.Encode(2), OffsetCursor.Encode(3)), page.PageInfo);
    }

    [Fact]
    public async Task Page_LastLongerThanTheWindow_ReturnsTheWholeWindow()
    {
        var page = await Numbers(("last", 5), ("after", OffsetCursor.Encode(21)));

        Assert.Equal([23, 24, 25], page.Nodes);
        Assert.Equal(new PageInfo(HasNextPage: false, HasPreviousPage: true, OffsetCursor.Encode(22), OffsetCursor.Encode(24)), page.PageInfo);
    }

    [Fact]
    public async Task Page_FirstZero_IsEmptyWithoutCursors()
    {
        var page = await Numbers(("first", 0));

        Assert.Empty(page.Edges);
        Assert.Equal(new PageInfo(HasNextPage: true, HasPreviousPage: false, null, null), page.PageInfo);
    }

    [Theory]
    [InlineData("first", 500, "Requesting 500 items exceeds the maximum page size of 50.")]
    [InlineData("last", 51, "Requesting 51 items exceeds the maximum page size of 50.")]
    [InlineData("first", -1, "Argument \"first\" must be a non-negative integer, but was -1.")]
    [InlineData("last", -3, "Argument \"last\" must be a non-negative integer, but was -3.")]
    public async Task Page_InvalidCount_IsRejected(string argument, int value, string message)
    {
        var exception = await Assert.ThrowsAsync<PagingArgumentException>(() => Numbers((argument, value)));

        Assert.Equal(message, exception.Message);
    }

    [Fact]
    public async Task Page_FirstAndLastTogether_IsRejected()
    {
        var exception = await Assert.ThrowsAsync<PagingArgumentException>(() => Numbers(("first", 1), ("last", 1)));

        Assert.Equal(
            "Arguments \"first\" and \"last\" cannot be used together: page forwards with first/after or backwards with last/before.",
            exception.Message);
    }

    [Theory]
    [InlineData("after", "not a cursor")]
    [InlineData("after", "LTE=")]
    [InlineData("before", "YWJj")]
    [InlineData("before", "MDE=")]
    public async Task Page_BadCursor_IsRejected(string argument, string cursor)
    {
        var exception = await Assert.ThrowsAsync<PagingArgumentException>(() => Numbers((argument, cursor)));

        Assert.Equal($"Argument \"{argument}\" is not a valid cursor: \"{cursor}\".", exception.Message);
    }

    [Fact]
    public async Task TotalCount_CountsTheFilteredListNotThePage()
    {
        var page = await MetersPage(("first", 1), ("where", Where(("kind", Ops(("eq", MeterKind.ColdWater))))));

        var total = await TestResolveContext.ResolveAsync(Schema, "MetersConnection", "totalCount", page);

        Assert.Equal(2, total);
        Assert.Equal([1], page.Nodes.Select(m => m.Id));
    }

    [Fact]
    public async Task ConnectionFields_ResolveFromTheConnectionObjects()
    {
        var page = await MetersPage(("first", 2));
        var edges = (IReadOnlyList<Edge<Meter>>)(await TestResolveContext.ResolveAsync(Schema, "MetersConnection", "edges", page))!;

        Assert.Equal("MQ==", await TestResolveContext.ResolveAsync(Schema, "MetersEdge", "cursor", edges[1]));
        Assert.Equal(Meters[1], await TestResolveContext.ResolveAsync(Schema, "MetersEdge", "node", edges[1]));
        Assert.Equal(true, await TestResolveContext.ResolveAsync(Schema, "PageInfo", "hasNextPage", page.PageInfo));
        Assert.Equal("MQ==", await TestResolveContext.ResolveAsync(Schema, "PageInfo", "endCursor", page.PageInfo));
    }

    public static TheoryData<string, object, int[]> Filters() => new()
    {
        { "serial", Ops(("eq", "WM-002")), [2] },
        { "serial", Ops(("neq", "WM-002")), [1, 3, 4, 5] },
        { "serial", Ops(("startsWith", "HM")), [3, 5] },
        { "location", Ops(("contains", "Kitchen")), [1, 5] },
        { "location", Ops(("eq", null)), [2] },
        { "id", Ops(("in", new object?[] { 1, 4, 9 })), [1, 4] },
        { "id", Ops(("gt", 3)), [4, 5] },
        { "id", Ops(("gte", 2), ("lt", 4)), [2, 3] },
        { "id", Ops(("lte", 1)), [1] },
        { "reading", Ops(("gt", 50m)), [3, 5] },
        { "installedOn", Ops(("lt", new DateOnly(2020, 6, 1))), [1, 3] },
        { "kind", Ops(("in", new object?[] { MeterKind.Heat, MeterKind.HotWater })), [2, 3, 5] },
        { "active", Ops(("eq", false)), [3] },
        { "seal", Ops(("gt", 500L)), [1] },
        { "seal", Ops(("in", new object?[] { 100L, null })), [2, 3, 4, 5] },
        { "seal", Ops(("eq", null)), [2, 4, 5] },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Filter_Operation_SelectsTheMatchingItems(string field, object operations, int[] expectedIds)
    {
        var meters = await AllMeters(("where", Where((field, operations))));

        Assert.Equal(expectedIds, meters.Select(m => m.Id));
    }

    [Fact]
    public async Task Filter_AndOrLists_CombineFilters()
    {
        var where = Where(
            ("or", new object?[]
            {
                Where(("kind", Ops(("eq", MeterKind.Heat))), ("active", Ops(("eq", true)))),
                Where(("id", Ops(("eq", 2)))),
            }),
            ("and", new object?[] { Where(("id", Ops(("neq", 3)))) }));

        var meters = await AllMeters(("where", where));

        Assert.Equal([2, 5], meters.Select(m => m.Id));
    }

    [Fact]
    public async Task Sort_SeveralKeys_AppliesThemInOrder()
    {
        var order = new object?[]
        {
            Where(("kind", SortDirection.Descending)),
            Where(("reading", SortDirection.Ascending)),
        };

        var meters = await AllMeters(("order", order));

        Assert.Equal([5, 3, 2, 4, 1], meters.Select(m => m.Id));
    }

    [Fact]
    public async Task FilterSortAndPage_ApplyInThatOrder()
    {
        var page = await MetersPage(
            ("where", Where(("active", Ops(("eq", true))))),
            ("order", new object?[] { Where(("reading", SortDirection.Descending)) }),
            ("first", 2),
            ("after", OffsetCursor.Encode(0)));

        Assert.Equal([1, 2], page.Nodes.Select(m => m.Id));
        Assert.Equal(new PageInfo(HasNextPage: true, HasPreviousPage: true, "MQ==", "Mg=="), page.PageInfo);
    }

    public static class NotAList
    {
        [UsePaging]
        public static string Name() => "";
    }

    [Fact]
    public void Build_PagingOnANonListField_IsRejected()
    {
        var exception = Assert.Throws<NotSupportedException>(() => CodeFirstSchema.Create().AddQueryType(typeof(NotAList)).Build());

        Assert.Equal(
            "NotAList.Name uses paging, filtering or sorting but does not return a list (IEnumerable<T> or IQueryable<T>).",
            exception.Message);
    }

    [Fact]
    public void OffsetCursor_RoundTripsAndRejectsForeignText()
    {
        Assert.Equal(12345, OffsetCursor.TryDecode(OffsetCursor.Encode(12345)));
        Assert.Equal("MTIzNDU=", OffsetCursor.Encode(12345));
        Assert.Null(OffsetCursor.TryDecode("KzE="));
        Assert.Null(OffsetCursor.TryDecode("MA"));
        Assert.Null(OffsetCursor.TryDecode(new string('A', 400)));
    }

    private static async Task<Connection<int>> Numbers(params (string Name, object? Value)[] arguments) =>
        (Connection<int>)(await TestResolveContext.ResolveAsync(Schema, "Query", "numbers", arguments: ResolverTests.Args(arguments)))!;

    private static async Task<Connection<Meter>> MetersPage(params (string Name, object? Value)[] arguments) =>
        (Connection<Meter>)(await TestResolveContext.ResolveAsync(Schema, "Query", "meters", arguments: ResolverTests.Args(arguments)))!;

    private static async Task<List<Meter>> AllMeters(params (string Name, object? Value)[] arguments) =>
        (List<Meter>)(await TestResolveContext.ResolveAsync(Schema, "Query", "allMeters", arguments: ResolverTests.Args(arguments)))!;

    private static Dictionary<string, object?> Where(params (string Name, object? Value)[] fields) => ResolverTests.Args(fields);

    private static Dictionary<string, object?> Ops(params (string Name, object? Value)[] operations) => ResolverTests.Args(operations);
}

public sealed class ConnectionNamingTests
{
    public sealed class Tariff
    {
        [UsePaging]
        public IEnumerable<string> Items() => ["a"];
    }

    public static class ClashingQuery
    {
        [UsePaging]
        public static IEnumerable<int> Items() => [1];

        public static Tariff Tariff() => new();
    }

    public sealed class RenamedTariff
    {
        [UsePaging(ConnectionName = "TariffItems")]
        public IEnumerable<string> Items() => ["a"];
    }

    public static class SharingQuery
    {
        [UsePaging]
        public static IEnumerable<int> Items() => [1];

        [UsePaging(ConnectionName = "Items")]
        public static IEnumerable<int> MoreItems() => [2];

        public static RenamedTariff Tariff() => new();
    }

    [Fact]
    public void Build_SameConnectionNameForDifferentNodes_IsRejected()
    {
        var exception = Assert.Throws<NotSupportedException>(() => CodeFirstSchema.Create().AddQueryType(typeof(ClashingQuery)).Build());

        Assert.Equal(
            "Two paged fields would both define ItemsConnection, for Int! and String!; give one a [UsePaging(ConnectionName = ...)].",
            exception.Message);
    }

    [Fact]
    public void Build_SameConnectionNameForTheSameNodes_SharesTheType()
    {
        var schema = CodeFirstSchema.Create().AddQueryType(typeof(SharingQuery)).Build();

        Assert.Same(schema.QueryType.FindField("items")!.Type.GetNullableType(), schema.QueryType.FindField("moreItems")!.Type.GetNullableType());
        Assert.Equal("TariffItemsConnection!", schema.GetTypeField("RenamedTariff", "items").Type.ToString());
    }
}
