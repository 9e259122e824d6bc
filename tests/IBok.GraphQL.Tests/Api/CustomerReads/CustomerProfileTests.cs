using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Tests.Persistence;

namespace IBok.GraphQL.Tests.Api.CustomerReads;

/// <summary>The signed-in customer's profile, premises, contracts and meters; staff by id.</summary>
public sealed class CustomerProfileTests
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Customer_SignedInCustomer_ProfilePremisesContractsAndMeters(string provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var s = await Scenario.SeedAsync(database);

        var result = await ApiHarness.RunAsync(database, ApiHarness.CustomerViewer(s.A.Id), """
            { customer {
                number kind name nip email preferredLanguage
                address { street buildingNumber apartmentNumber postalCode city }
                premises { code address { street }
                  contracts { number services tariffGroup billingCycle readingMethod startDate endDate electronicInvoice
                              signedScan { fileName contentType sizeBytes downloadPath } }
                  meters { serialNumber kind unit legalizedOn legalizationValidUntil legalizationExpiresSoon lastReading { date value kind status } } } } }
            """);

        Assert.Equal(ApiHarness.Compact("""
            {"data":{"customer":{"number":"K-000001","kind":"HOUSEHOLD","name":"Jan Kowalski","nip":null,"email":"K-000001@example.pl","preferredLanguage":"POLISH",
            "address":{"street":"Ogrodowa","buildingNumber":"5","apartmentNumber":"2","postalCode":"47-100","city":"Strzelce Opolskie"},
            "premises":[{"code":"P-001","address":{"street":"Ogrodowa"},
            "contracts":[{"number":"UM/2019/0042","services":["WATER_SUPPLY","SEWAGE_DISPOSAL"],"tariffGroup":"G1","billingCycle":"MONTHLY","readingMethod":"COLLECTOR","startDate":"2019-04-01","endDate":null,"electronicInvoice":true,
            "signedScan":{"fileName":"umowa-UM-2019-0042.pdf","contentType":"application/pdf","sizeBytes":3,"downloadPath":"/files/customer/1"}}],
            "meters":[{"serialNumber":"WM-1","kind":"MAIN_WATER","unit":"CUBIC_METRE","legalizedOn":"2020-05-10","legalizationValidUntil":"2025-12-31","legalizationExpiresSoon":false,"lastReading":{"date":"2026-01-31","value":"131.000","kind":"COLLECTOR","status":"ACCEPTED"}},
            {"serialNumber":"WM-2","kind":"MAIN_WATER","unit":"CUBIC_METRE","legalizedOn":"2021-06-15","legalizationValidUntil":"2026-05-31","legalizationExpiresSoon":true,"lastReading":null}]}]}}}
            """), result);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Customer_AnonymousOrStaff_IsNull(string provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await Scenario.SeedAsync(database);

        Assert.Equal("""{"data":{"customer":null}}""", await ApiHarness.RunAsync(database, Viewer.Anonymous, "{ customer { name } }"));
        Assert.Equal("""{"data":{"customer":null}}""", await ApiHarness.RunAsync(database, ApiHarness.Operator, "{ customer { name } }"));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CustomerById_Staff_SeesAnyCustomerAndMetersBySerialNumber(string provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var s = await Scenario.SeedAsync(database);

        var result = await ApiHarness.RunAsync(database, ApiHarness.Operator, $$"""
            { a: customerById(id: "{{Scenario.Id("Customer", s.A.Id)}}") { name meters(serialNumber: " wm-2 ") { serialNumber } }
              b: customerById(id: "{{Scenario.Id("Customer", s.B.Id)}}") { name meters { serialNumber } }
              missing: customerById(id: "{{Scenario.Id("Customer", 999_999)}}") { name } }
            """);

        Assert.Equal(
            """{"data":{"a":{"name":"Jan Kowalski","meters":[{"serialNumber":"WM-2"}]},"b":{"name":"Anna Nowak","meters":[{"serialNumber":"WM-B"}]},"missing":null}}""",
            result);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CustomerById_IdOfAnotherType_ClearError(string provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var meterId = Scenario.Id("Meter", 1);

        var result = await ApiHarness.RunAsync(database, ApiHarness.Operator, $$"""{ customerById(id: "{{meterId}}") { name } }""");

        Assert.Equal(
            $$$"""{"errors":[{"message":"The ID \"{{{meterId}}}\" is a Meter id; a Customer id is expected.","locations":[{"line":1,"column":3}],"path":["customerById"]}],"data":{"customerById":null}}""",
            result);
    }

    [Fact]
    public async Task CustomersById_MoreThan100Ids_ClearErrorAndNoData()
    {
        await using var database = await TestDatabase.CreateMigratedAsync("sqlite");
        var ids = string.Join(',', Enumerable.Range(1, 101).Select(key => $"\"{Scenario.Id("Customer", key)}\""));

        var result = await ApiHarness.RunAsync(database, ApiHarness.Operator, "{ customersById(ids: [" + ids + "]) { name } }");

        Assert.Equal(
            """{"errors":[{"message":"At most 100 customer ids may be asked for at once; got 101.","locations":[{"line":1,"column":3}],"path":["customersById"]}],"data":null}""",
            result);
    }
}
