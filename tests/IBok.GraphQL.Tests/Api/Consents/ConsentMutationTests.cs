using IBok.Domain.Customers;
using IBok.GraphQL.Persistence.Model.Customers;
using IBok.GraphQL.Tests.Api.Testing;
using IBok.GraphQL.Tests.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IBok.GraphQL.Tests.Api.Consents;

public sealed class ConsentMutationTests
{
    private const string Update = """
        mutation($changes: [ConsentChangeInput!]!) {
          updateConsents(changes: $changes) {
            recordedChanges
            consents { channel kind granted changedAt }
            errors { __typename code message ... on InvalidInputError { field } }
          }
        }
        """;

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task UpdateConsents_RecordsEachChangeWithTimeAndSource_RepeatingRecordsNothing(string provider)
    {
        await using var host = await WriteApiHost.CreateAsync(provider);
        var customer = await host.SeedCustomerAsync("100001");
        var changes = new[] { new { channel = "EMAIL", kind = "INVOICE_ISSUED", granted = true }, new { channel = "SMS", kind = "OUTAGE", granted = true } };

        var granted = await host.MutateAsync(customer.Viewer, "updateConsents", Update, new { changes });
        host.Clock.Now = host.Clock.Now.AddDays(1);
        var repeated = await host.MutateAsync(customer.Viewer, "updateConsents", Update, new { changes });
        var withdrawn = await host.MutateAsync(customer.Viewer, "updateConsents", Update, new { changes = new[] { new { channel = "SMS", kind = "OUTAGE", granted = false } } });

        Assert.Equal(2, granted.GetProperty("recordedChanges").GetInt32());
        Assert.Equal(0, repeated.GetProperty("recordedChanges").GetInt32());
        Assert.Equal(1, withdrawn.GetProperty("recordedChanges").GetInt32());
        var states = withdrawn.GetProperty("consents").EnumerateArray()
            .Where(state => state.GetProperty("changedAt").ValueKind != System.Text.Json.JsonValueKind.Null)
            .Select(WriteApiHost.Json).ToList();
        Assert.Equal(
            [
                """{"channel":"EMAIL","kind":"INVOICE_ISSUED","granted":true,"changedAt":"2026-05-15T10:00:00Z"}""",
                """{"channel":"SMS","kind":"OUTAGE","granted":false,"changedAt":"2026-05-16T10:00:00Z"}""",
            ],
            states);
        Assert.Equal(14, withdrawn.GetProperty("consents").GetArrayLength());
        await using var db = host.SystemContext();
        var history = await db.Set<ConsentChangeRow>().OrderBy(row => row.Id).Select(row => $"{row.Channel}/{row.Kind}={row.Granted}@{row.ChangedAt:yyyy-MM-dd} {row.Source}").ToListAsync();
        Assert.Equal(["Email/InvoiceIssued=True@2026-05-15 Portal", "Sms/Outage=True@2026-05-15 Portal", "Sms/Outage=False@2026-05-16 Portal"], history);
        Assert.Equal(2, await db.Set<ConsentRow>().CountAsync());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task UpdateConsents_SameConsentTwice_IsRefusedAndChangesNothing(string provider)
    {
        await using var host = await WriteApiHost.CreateAsync(provider);
        var customer = await host.SeedCustomerAsync("100001");
        var before = await host.RowCountsAsync();

        var payload = await host.MutateAsync(customer.Viewer, "updateConsents", Update, new
        {
            changes = new[] { new { channel = "EMAIL", kind = "OUTAGE", granted = true }, new { channel = "EMAIL", kind = "OUTAGE", granted = false } },
        });

        Assert.Equal(
            """{"recordedChanges":0,"consents":[],"errors":[{"__typename":"InvalidInputError","code":"DUPLICATE_CONSENT","message":"Zgoda Email/Outage występuje w żądaniu więcej niż raz.","field":"changes"}]}""",
            WriteApiHost.Json(payload));
        Assert.Equal(before, await host.RowCountsAsync());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ActivateElectronicInvoice_WithTheContractIdReadFromTheCustomer_TurnsItOnAndTheNodeShowsIt(string provider)
    {
        await using var host = await WriteApiHost.CreateAsync(provider);
        var customer = await host.SeedCustomerAsync("100001");
        var contracts = await host.ExecuteAsync(customer.Viewer, "{ customer { contracts { id number } } }");
        var contractId = Assert.Single(contracts.GetProperty("data").GetProperty("customer").GetProperty("contracts").EnumerateArray()).GetProperty("id").GetString()!;

        var on = await host.MutateAsync(
            customer.Viewer, "activateElectronicInvoice", """mutation($id: ID!) { activateElectronicInvoice(contractId: $id) { contractId active errors { code } } }""", new { id = contractId });
        var node = await host.ExecuteAsync(customer.Viewer, "query($id: ID!) { node(id: $id) { id ... on Contract { number electronicInvoice } } }", new { id = contractId });
        var nodeOfAnother = await host.ExecuteAsync(
            (await host.SeedCustomerAsync("100002", "Bartosz Wiśniewski")).Viewer, "query($id: ID!) { node(id: $id) { id } }", new { id = contractId });

        Assert.Equal(customer.ContractGlobalId, contractId);
        Assert.Equal($$"""{"contractId":"{{contractId}}","active":true,"errors":[]}""", WriteApiHost.Json(on));
        Assert.Equal($$"""{"id":"{{contractId}}","number":"U/100001","electronicInvoice":true}""", WriteApiHost.Json(node.GetProperty("data").GetProperty("node")));
        Assert.Equal("""{"data":{"node":null}}""", WriteApiHost.Json(nodeOfAnother));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ElectronicInvoice_ActivateThenDeactivate_SetsTheContractAndKeepsHistory(string provider)
    {
        await using var host = await WriteApiHost.CreateAsync(provider);
        var customer = await host.SeedCustomerAsync("100001");
        const string Activate = """mutation($id: ID!) { activateElectronicInvoice(contractId: $id) { contractId active changed changedAt errors { code } } }""";
        const string Deactivate = """mutation($id: ID!) { deactivateElectronicInvoice(contractId: $id) { contractId active changed changedAt errors { code } } }""";
        var id = customer.ContractGlobalId;

        var on = await host.MutateAsync(customer.Viewer, "activateElectronicInvoice", Activate, new { id });
        var again = await host.MutateAsync(customer.Viewer, "activateElectronicInvoice", Activate, new { id });
        host.Clock.Now = host.Clock.Now.AddDays(3);
        var off = await host.MutateAsync(customer.Viewer, "deactivateElectronicInvoice", Deactivate, new { id });

        Assert.Equal($$"""{"contractId":"{{id}}","active":true,"changed":true,"changedAt":"2026-05-15T10:00:00Z","errors":[]}""", WriteApiHost.Json(on));
        Assert.Equal($$"""{"contractId":"{{id}}","active":true,"changed":false,"changedAt":"2026-05-15T10:00:00Z","errors":[]}""", WriteApiHost.Json(again));
        Assert.Equal($$"""{"contractId":"{{id}}","active":false,"changed":true,"changedAt":"2026-05-18T10:00:00Z","errors":[]}""", WriteApiHost.Json(off));
        await using var db = host.SystemContext();
        Assert.False((await db.Set<ContractRow>().SingleAsync()).ElectronicInvoice);
        var history = await db.Set<ConsentChangeRow>().OrderBy(row => row.Id).Select(row => $"{row.Topic}:{row.ContractId}={row.Granted} {row.Source}").ToListAsync();
        Assert.Equal([$"ElectronicInvoice:{customer.ContractId}=True Portal", $"ElectronicInvoice:{customer.ContractId}=False Portal"], history);
        Assert.Equal(ConsentSource.Portal, (await db.Set<ConsentChangeRow>().FirstAsync()).Source);
    }
}
