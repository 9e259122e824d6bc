using IBok.GraphQL.Persistence.Model.Customers;
using IBok.GraphQL.Persistence.Model.Metering;
using IBok.GraphQL.Relay;
using IBok.GraphQL.Tests.Persistence;

namespace IBok.GraphQL.Tests.Api.CustomerReads;

/// <summary>
/// Two customers for the read tests (today is 2026-03-15). Customer A (Kowalski): premises P-001 with contract
/// UM/2019/0042 (scanned) and two water meters, WM-1 (legalization ended 2025-12-31; readings 100, 110, 125, 131 at the
/// ends of Oct 2025 to Jan 2026, and a rejected 90 on 2026-02-28) and WM-2 (legalization until 2026-05-31: expires
/// soon); invoices FV/A/001 (108.00, paid 2026-01-15), FV/A/002 (129.60, 50.00 paid, overdue since 2026-02-17) and
/// FV/A/003 (97.20, due 2026-03-17); notices "Awaria" (unread) and "Plan" (read). Customer B (Nowak): one premises, a
/// meter, an invoice, a notice, a case.
/// </summary>
internal sealed record Scenario(
    CustomerRow A, PremisesRow APremises, MeterRow AMeter1, MeterRow AMeter2, long AInvoice1Id, long AInvoice2Id, long ANoticeId,
    CustomerRow B, PremisesRow BPremises, MeterRow BMeter, long BInvoiceId, long BNoticeId, long BCaseId)
{
    public static async Task<Scenario> SeedAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var seed = new CustomerSeed(db);
        var a = await seed.CustomerAsync("K-000001", "Jan Kowalski");
        var aPremises = await seed.PremisesAsync(a, "P-001");
        var scan = await seed.FileAsync(a, "umowa-UM-2019-0042.pdf");
        await seed.ContractAsync(aPremises, "UM/2019/0042", scan.Id);
        var meter1 = await seed.MeterAsync(aPremises, "WM-1", new DateOnly(2020, 5, 10));
        var meter2 = await seed.MeterAsync(aPremises, "WM-2", new DateOnly(2021, 6, 15), validUntil: new DateOnly(2026, 5, 31));
        await seed.ReadingsAsync(meter1, new DateOnly(2025, 10, 1), 1, 100m, 0m);
        await seed.ReadingAsync(meter1, new DateOnly(2025, 11, 30), 110m);
        await seed.ReadingAsync(meter1, new DateOnly(2025, 12, 31), 125m);
        await seed.ReadingAsync(meter1, new DateOnly(2026, 1, 31), 131m);
        await seed.ReadingAsync(meter1, new DateOnly(2026, 2, 28), 90m, ReadingStatus.Rejected);
        var invoice1 = await seed.InvoiceAsync(a, "FV/A/001", new DateOnly(2026, 1, 3), 10_000);
        var invoice2 = await seed.InvoiceAsync(a, "FV/A/002", new DateOnly(2026, 2, 3), 12_000);
        await seed.InvoiceAsync(a, "FV/A/003", new DateOnly(2026, 3, 3), 9_000);
        await seed.PaymentAsync(a, "PAY-A-1", new DateOnly(2026, 1, 15), 10_800, "FV/A/001");
        await seed.PaymentAsync(a, "PAY-A-2", new DateOnly(2026, 2, 20), 5_000, "FV/A/002");
        var aNotice = await seed.NoticeAsync(a, "Awaria", new DateTime(2026, 3, 10, 7, 0, 0, DateTimeKind.Utc), null);
        await seed.NoticeAsync(a, "Plan", new DateTime(2026, 3, 1, 7, 0, 0, DateTimeKind.Utc), new DateTime(2026, 3, 1, 9, 30, 0, DateTimeKind.Utc));

        var b = await seed.CustomerAsync("K-000002", "Anna Nowak");
        var bPremises = await seed.PremisesAsync(b, "P-002", "Leśna");
        await seed.ContractAsync(bPremises, "UM/2020/0007");
        var bMeter = await seed.MeterAsync(bPremises, "WM-B", new DateOnly(2022, 1, 20));
        await seed.ReadingsAsync(bMeter, new DateOnly(2025, 12, 1), 3, 50m, 3m);
        var bInvoice = await seed.InvoiceAsync(b, "FV/B/001", new DateOnly(2026, 2, 3), 20_000);
        var bNotice = await seed.NoticeAsync(b, "Tylko dla B", new DateTime(2026, 3, 11, 7, 0, 0, DateTimeKind.Utc), null);
        var bCase = await seed.CaseAsync(b, "RK/2026/000001");
        return new Scenario(a, aPremises, meter1, meter2, invoice1.Id, invoice2.Id, aNotice.Id, b, bPremises, bMeter, bInvoice.Id, bNotice.Id, bCase.Id);
    }

    /// <summary>The global id of a row of a node type.</summary>
    public static string Id(string typeName, long key) => GlobalId.Serialize(typeName, key);
}
