using IBok.GraphQL.Api;
using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Tests.Persistence;
using IBok.GraphQL.Types;

namespace IBok.GraphQL.Tests.Api.CustomerReads;

/// <summary>
/// A customer who asks for another customer's ids gets null, never data: every query field that takes an id is tried
/// here, and <see cref="Schema_FieldsTakingIds_AllHaveACrossCustomerCase"/> fails when a new one appears without a case.
/// </summary>
public sealed class CrossCustomerAccessTests
{
    /// <summary>Every query field (outside mutations and subscriptions) with an ID argument, and the test that tries it.</summary>
    private static readonly SortedSet<string> Covered = new(StringComparer.Ordinal)
    {
        "Query.customerById",
        "Query.customersById",
        "Query.node",
        "Query.nodes",
    };

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task EveryIdField_AnotherCustomersIds_NullAndNoData(string provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var s = await Scenario.SeedAsync(database);
        var ids = new[]
        {
            Scenario.Id("Customer", s.B.Id),
            Scenario.Id("Premises", s.BPremises.Id),
            Scenario.Id("Meter", s.BMeter.Id),
            Scenario.Id("Invoice", s.BInvoiceId),
            Scenario.Id("Notice", s.BNoticeId),
            Scenario.Id("Case", s.BCaseId),
        };

        const string Query = """
            query($ids: [ID!]!, $customer: ID!, $premises: ID!, $meter: ID!, $invoice: ID!, $notice: ID!, $case: ID!) {
              customerById(id: $customer) { name invoices { totalCount } }
              customersById(ids: [$customer, $customer]) { name }
              node0: node(id: $customer) { id ... on Customer { name } }
              node1: node(id: $premises) { id ... on Premises { code } }
              node2: node(id: $meter) { id ... on Meter { serialNumber readings { totalCount } } }
              node3: node(id: $invoice) { id ... on Invoice { number lines { name } } }
              node4: node(id: $notice) { id ... on Notice { title } }
              node5: node(id: $case) { id ... on Case { subject } }
              nodes(ids: $ids) { id }
            }
            """;
        var variables = $$"""
            {"ids":[{{string.Join(',', ids.Select(id => $"\"{id}\""))}}],"customer":"{{ids[0]}}","premises":"{{ids[1]}}","meter":"{{ids[2]}}",
             "invoice":"{{ids[3]}}","notice":"{{ids[4]}}","case":"{{ids[5]}}"}
            """;

        var asCustomerA = await ApiHarness.RunAsync(database, ApiHarness.CustomerViewer(s.A.Id), Query, variables);
        var asAnonymous = await ApiHarness.RunAsync(database, Viewer.Anonymous, Query, variables);
        var asOperator = await ApiHarness.RunAsync(database, ApiHarness.Operator, Query, variables);

        var nothing = ApiHarness.Compact("""
            {"data":{"customerById":null,"customersById":[null,null],
            "node0":null,"node1":null,"node2":null,"node3":null,"node4":null,"node5":null,
            "nodes":[null,null,null,null,null,null]}}
            """);
        Assert.Equal(nothing, asCustomerA);
        Assert.Equal(nothing, asAnonymous);
        // The same query finds everything for staff, so the nulls above come from the viewer filter, not from the query.
        Assert.DoesNotContain("null", asOperator, StringComparison.Ordinal);
        Assert.Contains("\"customerById\":{\"name\":\"Anna Nowak\",\"invoices\":{\"totalCount\":1}}", asOperator, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task EveryIdField_OwnIds_Found(string provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var s = await Scenario.SeedAsync(database);
        var customer = Scenario.Id("Customer", s.A.Id);

        var result = await ApiHarness.RunAsync(database, ApiHarness.CustomerViewer(s.A.Id), $$"""
            {
              customerById(id: "{{customer}}") { name }
              customersById(ids: ["{{customer}}", "{{Scenario.Id("Customer", s.B.Id)}}"]) { name }
              nodes(ids: ["{{customer}}", "{{Scenario.Id("Premises", s.APremises.Id)}}", "{{Scenario.Id("Meter", s.AMeter2.Id)}}",
                          "{{Scenario.Id("Invoice", s.AInvoice1Id)}}", "{{Scenario.Id("Notice", s.ANoticeId)}}"]) {
                ... on Customer { name } ... on Premises { code } ... on Meter { serialNumber } ... on Invoice { number } ... on Notice { title } }
            }
            """);

        Assert.Equal(ApiHarness.Compact("""
            {"data":{"customerById":{"name":"Jan Kowalski"},"customersById":[{"name":"Jan Kowalski"},null],
            "nodes":[{"name":"Jan Kowalski"},{"code":"P-001"},{"serialNumber":"WM-2"},{"number":"FV/A/001"},{"title":"Awaria"}]}}
            """), result);
    }

    [Fact]
    public void Schema_FieldsTakingIds_AllHaveACrossCustomerCase()
    {
        var schema = IBokSchema.Instance;
        var excluded = new HashSet<string?>(StringComparer.Ordinal) { schema.MutationType?.Name, schema.SubscriptionType?.Name };
        var fieldsTakingIds = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in schema.Types.OfType<ComplexOutputType>())
        {
            if (type.Name.StartsWith("__", StringComparison.Ordinal) || excluded.Contains(type.Name))
            {
                continue;
            }

            foreach (var field in type.Fields.Where(field => field.Arguments.Any(argument => NamedTypeOf(argument.Type) == ScalarType.ID)))
            {
                fieldsTakingIds.Add($"{type.Name}.{field.Name}");
            }
        }

        Assert.Equal(Covered, fieldsTakingIds);
    }

    private static GraphQLType NamedTypeOf(GraphQLType type) => type switch
    {
        NonNullType nonNull => NamedTypeOf(nonNull.OfType),
        ListType list => NamedTypeOf(list.OfType),
        _ => type,
    };
}
