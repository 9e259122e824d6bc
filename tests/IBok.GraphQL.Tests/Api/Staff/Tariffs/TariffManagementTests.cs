using IBok.GraphQL.Persistence.Auditing;
using IBok.GraphQL.Persistence.Model.Tariffs;
using IBok.GraphQL.Tests.Api.Staff.Billing;
using IBok.GraphQL.Tests.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IBok.GraphQL.Tests.Api.Staff.Tariffs;

public sealed class TariffManagementTests
{
    private const string Fields = "priceList { tariffGroup effectiveFrom effectiveUntil waterNetPerCubicMetre sewageNetPerCubicMetre heatFixedNetPerMegawattMonth subscriptionFees { readingMethod standardNet withEInvoiceNet } } closedPriceList { effectiveFrom effectiveUntil } errors { code message }";

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AddPriceList_AfterOpenList_ClosesItTheDayBeforeAndIsAudited(string provider)
    {
        await using var host = await StaffApiHost.CreateAsync(provider);
        await using (var db = host.CreateContext())
        {
            await BillingSeed.TariffsAsync(db);
        }

        var response = await host.ExecuteAsync(StaffApiHost.Admin,
            """mutation { addPriceList(tariffGroup: "G1", effectiveFrom: "2026-07-01", waterNetPerCubicMetre: 6.2, sewageNetPerCubicMetre: 9.64, subscriptionFees: [{ readingMethod: COLLECTOR, standardNet: 7.06, withEInvoiceNet: 6.06 }]) { """ + Fields + " } }");
        var lists = await host.ExecuteAsync(StaffApiHost.Operator, """{ priceLists(tariffGroup: "G1") { effectiveFrom effectiveUntil waterNetPerCubicMetre usedByInvoices } }""");

        Assert.Equal(
            """{"data":{"addPriceList":{"priceList":{"tariffGroup":"G1","effectiveFrom":"2026-07-01","effectiveUntil":null,"waterNetPerCubicMetre":"6.2","sewageNetPerCubicMetre":"9.64","heatFixedNetPerMegawattMonth":null,"subscriptionFees":[{"readingMethod":"COLLECTOR","standardNet":"7.06","withEInvoiceNet":"6.06"}]},"closedPriceList":{"effectiveFrom":"2025-07-01","effectiveUntil":"2026-06-30"},"errors":[]}}}""",
            response);
        Assert.Equal(
            """{"data":{"priceLists":[{"effectiveFrom":"2025-07-01","effectiveUntil":"2026-06-30","waterNetPerCubicMetre":"5.9","usedByInvoices":false},{"effectiveFrom":"2026-07-01","effectiveUntil":null,"waterNetPerCubicMetre":"6.2","usedByInvoices":false}]}}""",
            lists);
        await using var check = host.CreateContext();
        var audit = Assert.Single(await check.Set<AuditEntry>().ToListAsync());
        Assert.Equal(("tariff.price-list.add", "Adam Admin", "PriceList"), (audit.Action, audit.ActorName, audit.SubjectType));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AddPriceList_OverDaysAlreadyInvoiced_IsRefusedAndThePriceListShowsItIsInUse(string provider)
    {
        await using var host = await StaffApiHost.CreateAsync(provider);
        await using (var db = host.CreateContext())
        {
            await BillingSeed.TariffsAsync(db);
            await BillingSeed.MeteredContractAsync(db, "100001", "UM/1");
        }

        await host.ExecuteAsync(StaffApiHost.Operator, """mutation { runBilling(month: "2026-02") { issued } }""");
        var refused = await host.ExecuteAsync(StaffApiHost.Admin,
            """mutation { addPriceList(tariffGroup: "G1", effectiveFrom: "2026-02-15", waterNetPerCubicMetre: 6.2, sewageNetPerCubicMetre: 9.64, subscriptionFees: []) { priceList { id } errors { code message } } }""");
        var lists = await host.ExecuteAsync(StaffApiHost.Operator, """{ priceLists { tariffGroup effectiveUntil usedByInvoices } }""");

        Assert.Equal(
            """{"data":{"addPriceList":{"priceList":null,"errors":[{"code":"PRICE_LIST_IN_USE","message":"Invoice FV/2026/03/000001 was priced with the price list of G1 from 2025-07-01 up to 2026-02-28, so that price list cannot end before; add the new price list from 2026-03-01 or later."}]}}}""",
            refused);
        Assert.Equal("""{"data":{"priceLists":[{"tariffGroup":"G1","effectiveUntil":null,"usedByInvoices":true}]}}""", lists);
        await using var check = host.CreateContext();
        Assert.Equal(1, await check.Set<PriceListRow>().CountAsync());
    }

    [Theory]
    [InlineData("waterNetPerCubicMetre: -1, sewageNetPerCubicMetre: 9.64, subscriptionFees: []", "INVALID_PRICE", "A net unit price cannot be negative; waterPerCubicMetre is -1.")]
    [InlineData("waterNetPerCubicMetre: 6.12345, sewageNetPerCubicMetre: 9.64, subscriptionFees: []", "INVALID_PRICE", "A net unit price has at most 4 decimals; waterPerCubicMetre is 6.12345.")]
    [InlineData("waterNetPerCubicMetre: 6, sewageNetPerCubicMetre: 9, subscriptionFees: [{ readingMethod: REMOTE, standardNet: 7, withEInvoiceNet: 8 }]", "INVALID_PRICE", "The e-invoice subscription fee (8) cannot exceed the standard fee (7).")]
    [InlineData("waterNetPerCubicMetre: 6, sewageNetPerCubicMetre: 9, subscriptionFees: [], heatVariableNetPerGigajoule: 70", "INVALID_PRICE_LIST", "Heat prices come in pairs: give both the fixed price per MW-month and the variable price per GJ, or neither.")]
    [InlineData("waterNetPerCubicMetre: 6, sewageNetPerCubicMetre: 9, subscriptionFees: [], effectiveUntil: \"2026-06-30\"", "INVALID_PRICE_LIST", "A period cannot end (2026-06-30) before it starts (2026-07-01).")]
    public async Task AddPriceList_InvalidPrices_IsPayloadErrorAndChangesNothing(string arguments, string code, string message)
    {
        await using var host = await StaffApiHost.CreateAsync("sqlite");

        var response = await host.ExecuteAsync(StaffApiHost.Admin,
            "mutation { addPriceList(tariffGroup: \"G1\", effectiveFrom: \"2026-07-01\", " + arguments + ") { priceList { id } errors { code message } } }");

        Assert.Equal("{\"data\":{\"addPriceList\":{\"priceList\":null,\"errors\":[{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}]}}}", response);
        await using var check = host.CreateContext();
        Assert.Equal(0, await check.Set<PriceListRow>().CountAsync());
        Assert.Equal(0, await check.Set<AuditEntry>().CountAsync());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AddPriceList_SameStartAsAnother_IsOverlapping(string provider)
    {
        await using var host = await StaffApiHost.CreateAsync(provider);
        await using (var db = host.CreateContext())
        {
            await BillingSeed.TariffsAsync(db);
        }

        var response = await host.ExecuteAsync(StaffApiHost.Admin,
            """mutation { addPriceList(tariffGroup: "G1", effectiveFrom: "2025-07-01", effectiveUntil: "2025-12-31", waterNetPerCubicMetre: 6, sewageNetPerCubicMetre: 9, subscriptionFees: []) { priceList { id } errors { code message } } }""");

        Assert.Equal(
            """{"data":{"addPriceList":{"priceList":null,"errors":[{"code":"OVERLAPPING_PRICE_LIST","message":"Price lists of tariff group 'G1' overlap: 2025-07-01.. and 2025-07-01..2025-12-31."}]}}}""",
            response);
    }

    [Fact]
    public async Task TariffFields_VatRatesForStaffAndAddPriceListForAdminsOnly()
    {
        await using var host = await StaffApiHost.CreateAsync("sqlite");
        await using (var db = host.CreateContext())
        {
            await BillingSeed.TariffsAsync(db);
        }

        var rates = await host.ExecuteAsync(StaffApiHost.Operator, "{ vatRates { effectiveFrom waterPercent subscriptionPercent heatVariablePercent } }");
        var operatorAdding = await host.ExecuteAsync(StaffApiHost.Operator,
            """mutation { addPriceList(tariffGroup: "G9", effectiveFrom: "2026-07-01", waterNetPerCubicMetre: 6, sewageNetPerCubicMetre: 9, subscriptionFees: []) { errors { code } } }""");

        Assert.Equal("""{"data":{"vatRates":[{"effectiveFrom":"2023-01-01","waterPercent":"8","subscriptionPercent":"8","heatVariablePercent":"23"}]}}""", rates);
        Assert.Contains("\"code\":\"FORBIDDEN\"", operatorAdding, StringComparison.Ordinal);
    }
}
