using IBok.Domain;
using IBok.Domain.Billing;
using IBok.Domain.Customers;
using IBok.Domain.Interest;
using IBok.Domain.Notices;
using IBok.Domain.Settlements;
using IBok.Domain.Tariffs;
using IBok.GraphQL.Persistence.Mapping;
using IBok.GraphQL.Persistence.Model.Billing;
using IBok.GraphQL.Persistence.Model.Interest;
using IBok.GraphQL.Persistence.Model.Notices;
using Microsoft.EntityFrameworkCore;

namespace IBok.GraphQL.Tests.Persistence.Mapping;

/// <summary>Corrections, interest notes and outages: domain → rows (→ database) → what the API reads.</summary>
public sealed class DocumentMappingTests
{
    private static readonly DateTime CreatedAt = new(2026, 2, 3, 8, 0, 0, DateTimeKind.Utc);
    private static readonly PostalAddress Address = new("Źródlana", "12A", "3", "47-100", "Strzelce Opolskie");
    private static readonly DatePeriod January = new(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CorrectionInvoice_Stored_KeepsBeforeAndAfterLinesAndDifferences(string provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var original = InvoiceOf(InvoiceLine.Priced(TariffComponent.Water, "Woda", January, 12m, "m³", 5.23m, VatRate.Reduced8), "FV/2026/02/000001");
        var recomputed = InvoiceOf(InvoiceLine.Priced(TariffComponent.Water, "Woda", January, 10m, "m³", 5.23m, VatRate.Reduced8), "FV/2026/02/000001");
        var correction = CorrectionInvoice.Between(original, recomputed, "FK/2026/02/000001", new DateOnly(2026, 2, 10), "Błędny odczyt wodomierza");
        await using (var write = database.CreateContext())
        {
            var customer = CustomerMapping.ToRow(Customer.Household(CustomerNumber.Parse("1"), "Jan", Address));
            write.Add(customer);
            await write.SaveChangesAsync();
            var originalRow = InvoiceMapping.ToRow(original, customer.Id, null, "FV/{yyyy}/{MM}/{seq:6}", CreatedAt);
            write.Add(originalRow);
            await write.SaveChangesAsync();
            write.Add(InvoiceMapping.ToRow(correction, originalRow, "FK/{yyyy}/{MM}/{seq:6}", CreatedAt));
            await write.SaveChangesAsync();
        }

        await using var read = database.CreateContext();
        var stored = await read.Set<InvoiceRow>().Include(row => row.Lines).Include(row => row.VatSummary).SingleAsync(row => row.Kind == InvoiceKind.Correction);
        var originalId = await read.Set<InvoiceRow>().Where(row => row.Kind == InvoiceKind.Invoice).Select(row => row.Id).SingleAsync();

        Assert.Equal((originalId, "FV/2026/02/000001", "Błędny odczyt wodomierza"), (stored.CorrectedInvoiceId!.Value, stored.CorrectedInvoiceNumber, stored.CorrectionReason));
        Assert.Equal((-1046L, -84L, -1130L), (stored.NetGrosz, stored.VatGrosz, stored.GrossGrosz));
        Assert.Equal(
            [(1, CorrectionSide.Before, 12m, 6276L), (1, CorrectionSide.After, 10m, 5230L)],
            stored.Lines.OrderBy(line => line.CorrectionSide).Select(line => (line.LineNumber, line.CorrectionSide!.Value, line.Quantity, line.NetGrosz)));
        Assert.Equal([(8m, -1046L, -84L, -1130L)], stored.VatSummary.Select(vat => (vat.VatPercent, vat.NetGrosz, vat.VatGrosz, vat.GrossGrosz)));
        Assert.Equal(new DateOnly(2026, 2, 24), stored.DueDate);
        Assert.Equal(correction.ToLedgerDocument(), LedgerMapping.ToDebitDocument(LedgerMapping.ToRow(correction.ToLedgerDocument(), stored.CustomerId, CreatedAt)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task InterestNote_Stored_ChargesEachLatePaymentOnce(string provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var ledger = Ledger.Empty("1")
            .Post(DebitDocument.Invoice("FV/1", new DateOnly(2026, 1, 3), new DateOnly(2026, 1, 17), Money.Pln(163.71m))).LedgerOrThrow()
            .Post(new Payment("BANK-1", new DateOnly(2026, 1, 30), Money.Pln(163.71m))).LedgerOrThrow();
        await using (var write = database.CreateContext())
        {
            write.Add(new InterestRateRow { TableName = "statutory", EffectiveFrom = new DateOnly(2023, 10, 5), AnnualRatePercent = 11.25m });
            write.Add(new InterestRateRow { TableName = "commercial", EffectiveFrom = new DateOnly(2023, 10, 5), AnnualRatePercent = 15.75m });
            var customer = CustomerMapping.ToRow(Customer.Household(CustomerNumber.Parse("1"), "Jan", Address));
            write.Add(customer);
            await write.SaveChangesAsync();
            var table = InterestMapping.ToRateTable("statutory", await write.Set<InterestRateRow>().ToListAsync());
            var note = InterestNoteGenerator.Generate(ledger, "NO/2026/000001", new DateOnly(2026, 2, 1), table, Money.Zero, new HashSet<InterestChargeKey>()).Note!;
            write.Add(InterestMapping.ToRow(note, customer.Id, new DateOnly(2026, 2, 15), CreatedAt));
            await write.SaveChangesAsync();
        }

        await using var read = database.CreateContext();
        var stored = await read.Set<InterestNoteRow>().Include(row => row.Lines).SingleAsync();
        var rates = InterestMapping.ToRateTable("statutory", await read.Set<InterestRateRow>().ToListAsync());
        var again = InterestNoteGenerator.Generate(ledger, "NO/2026/000002", new DateOnly(2026, 3, 1), rates, Money.Zero, InterestMapping.ChargedKeys(stored.Lines));

        Assert.Equal(("NO/2026/000001", 66L, "statutory"), (stored.Number, stored.TotalGrosz, stored.RateTableName));
        Assert.Equal([("FV/1", "BANK-1", 16371L, 13, "11.25", 66L)], stored.Lines.Select(line => (line.DocumentNumber, line.PaymentReference, line.AmountPaidLateGrosz, line.Days, line.Rates, line.InterestGrosz)));
        Assert.Null(again.Note);
        Assert.Equal(InterestNoteSkipReason.NothingLate, again.SkipReason);
    }

    [Fact]
    public void ToOutage_StreetsNotice_IsTheDomainOutageCoveringThoseStreets()
    {
        var row = new NoticeRow
        {
            Id = 17,
            Kind = NoticeKind.PlannedShutdown,
            Title = "Planowane wyłączenie wody",
            Body = "Wymiana zasuwy.",
            Targeting = NoticeTargeting.Streets,
            TargetCity = "Strzelce Opolskie",
            OutageStartsAt = new DateTime(2026, 3, 10, 7, 0, 0, DateTimeKind.Utc),
            OutageEndsAt = new DateTime(2026, 3, 10, 13, 0, 0, DateTimeKind.Utc),
            Streets = [new NoticeStreetRow { Street = "Źródlana" }],
        };

        var outage = NoticeMapping.ToOutage(row)!;

        Assert.Equal(("17", OutageKind.PlannedShutdown, new DateTimeOffset(2026, 3, 10, 7, 0, 0, TimeSpan.Zero)), (outage.Id, outage.Kind, outage.Starts));
        Assert.True(outage.Area.Covers(Address));
        Assert.False(outage.Area.Covers(new PostalAddress("Ogrodowa", "1", null, "47-100", "Strzelce Opolskie")));
    }

    [Fact]
    public void ToOutage_InformationNotice_IsNull()
    {
        var row = new NoticeRow { Kind = NoticeKind.Information, Targeting = NoticeTargeting.Area, TargetCity = "Strzelce Opolskie" };

        Assert.Null(NoticeMapping.ToOutage(row));
    }

    private static Invoice InvoiceOf(InvoiceLine line, string number) =>
        new(number, new DateOnly(2026, 2, 3), January, 14,
            new Seller("Wodociągi", Address, Nip.Parse("7740001454"), "61109010140000071219812874"), new Buyer("Jan", Address),
            "UM/1", "G1", [line], VatCalculationMethod.PerRateTotals);
}
