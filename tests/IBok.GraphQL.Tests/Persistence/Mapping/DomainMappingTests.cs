using IBok.Domain;
using IBok.Domain.Billing;
using IBok.Domain.Customers;
using IBok.Domain.Metering;
using IBok.Domain.Settlements;
using IBok.Domain.Tariffs;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Mapping;
using IBok.GraphQL.Persistence.Model.Billing;
using IBok.GraphQL.Persistence.Model.Customers;
using IBok.GraphQL.Persistence.Model.Metering;
using IBok.GraphQL.Persistence.Model.Settlements;
using IBok.GraphQL.Persistence.Model.Tariffs;
using Microsoft.EntityFrameworkCore;

namespace IBok.GraphQL.Tests.Persistence.Mapping;

/// <summary>Domain value → rows → database → rows → domain value gives back an equal value, on both providers.</summary>
public sealed class DomainMappingTests
{
    private static readonly DateTime CreatedAt = new(2026, 2, 3, 8, 0, 0, DateTimeKind.Utc);
    private static readonly PostalAddress Address = new("Źródlana", "12A", "3", "47-100", "Strzelce Opolskie");
    private static readonly DatePeriod January = new(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Customer_WithConsentHistory_RoundTrips(string provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var warsaw = TimeSpan.FromHours(1);
        var consents = ConsentSet.Empty
            .Grant(NotificationChannel.Email, NotificationKind.InvoiceIssued, new DateTimeOffset(2026, 1, 10, 9, 0, 0, warsaw), ConsentSource.Portal).Consents
            .Grant(NotificationChannel.Sms, NotificationKind.Outage, new DateTimeOffset(2026, 1, 10, 9, 0, 0, warsaw), ConsentSource.Paper).Consents
            .Revoke(NotificationChannel.Email, NotificationKind.InvoiceIssued, new DateTimeOffset(2026, 2, 1, 12, 30, 0, warsaw), ConsentSource.Staff).Consents;
        var customer = Customer
            .Business(CustomerNumber.Parse("10042"), "Piekarnia „Złoty Kłos” Sp. z o.o.", Nip.Parse("525-000-12-10"), Address, ContactDetails.From("Biuro@Example.PL", "601 234 567"), PreferredLanguage.English)
            .WithConsents(consents);
        long customerId;
        await using (var write = database.CreateContext())
        {
            var row = CustomerMapping.ToRow(customer);
            row.CreatedAt = CreatedAt;
            write.Add(row);
            await write.SaveChangesAsync();
            customerId = row.Id;
            write.AddRange(customer.Consents.History.Select(change => ConsentMapping.ToRow(change, customerId)));
            write.AddRange(ConsentMapping.CurrentRows(customer.Consents, customerId));
            await write.SaveChangesAsync();
        }

        await using var read = database.CreateContext();
        var restored = CustomerMapping.ToDomain(
            await read.Set<CustomerRow>().SingleAsync(),
            await read.Set<ConsentChangeRow>().Where(change => change.CustomerId == customerId).ToListAsync());
        var current = await read.Set<ConsentRow>().OrderBy(row => row.Channel).Select(row => new { row.Channel, row.Kind, row.Granted }).ToListAsync();

        Assert.Equal(customer, restored);
        Assert.False(restored.Consents.Allows(NotificationChannel.Email, NotificationKind.InvoiceIssued));
        Assert.True(restored.Consents.Allows(NotificationChannel.Sms, NotificationKind.Outage));
        Assert.Equal(
            [new { Channel = (NotificationChannel?)NotificationChannel.Email, Kind = (NotificationKind?)NotificationKind.InvoiceIssued, Granted = false },
             new { Channel = (NotificationChannel?)NotificationChannel.Sms, Kind = (NotificationKind?)NotificationKind.Outage, Granted = true }],
            current);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task PremisesAndContract_WithElectronicInvoiceConsent_RoundTrip(string provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var number = CustomerNumber.Parse("10042");
        var premises = new Premises(PremisesCode.Parse("p-10042/01"), Address, number);
        var eInvoice = ElectronicInvoiceConsent.NotGranted
            .Grant(new DateTimeOffset(2026, 1, 5, 10, 0, 0, TimeSpan.Zero), ConsentSource.Portal).Consents
            .Revoke(new DateTimeOffset(2026, 1, 20, 10, 0, 0, TimeSpan.Zero), ConsentSource.Portal).Consents
            .Grant(new DateTimeOffset(2026, 2, 1, 10, 0, 0, TimeSpan.Zero), ConsentSource.Api).Consents;
        var contract = new Contract(
            "UM/2019/0042", number, premises.Code, [UtilityService.SewageDisposal, UtilityService.WaterSupply], "G1",
            BillingCycle.Quarterly, ReadingMethod.Remote, new DateOnly(2019, 3, 1), new DateOnly(2027, 2, 28), billingPoints: 2, electronicInvoice: eInvoice);
        await using (var write = database.CreateContext())
        {
            var customerRow = CustomerMapping.ToRow(Customer.Household(number, "Jan Kowalski", Address));
            write.Add(customerRow);
            await write.SaveChangesAsync();
            var premisesRow = CustomerMapping.ToRow(premises, customerRow.Id);
            write.Add(premisesRow);
            await write.SaveChangesAsync();
            var contractRow = ContractMapping.ToRow(contract, customerRow.Id, premisesRow.Id);
            write.Add(contractRow);
            await write.SaveChangesAsync();
            write.AddRange(contract.ElectronicInvoice.History.Select(change => ConsentMapping.ToRow(change, customerRow.Id, contractRow.Id)));
            await write.SaveChangesAsync();
        }

        await using var read = database.CreateContext();
        var premisesRead = await read.Set<PremisesRow>().SingleAsync();
        var contractRead = await read.Set<ContractRow>().SingleAsync();
        var restoredPremises = CustomerMapping.ToDomain(premisesRead, "10042");
        var restored = ContractMapping.ToDomain(contractRead, "10042", premisesRead.Code, await read.Set<ConsentChangeRow>().ToListAsync());

        Assert.Equal(premises, restoredPremises);
        Assert.Equal("P-10042/01", premisesRead.Code);
        Assert.True(contractRead.ElectronicInvoice);
        Assert.Equal(
            (contract.Number, contract.CustomerNumber, contract.Premises, contract.TariffGroup, contract.Cycle, contract.ReadingMethod, contract.Start, contract.End, contract.BillingPoints, contract.OrderedHeatPowerMegawatts),
            (restored.Number, restored.CustomerNumber, restored.Premises, restored.TariffGroup, restored.Cycle, restored.ReadingMethod, restored.Start, restored.End, restored.BillingPoints, restored.OrderedHeatPowerMegawatts));
        Assert.Equal([UtilityService.WaterSupply, UtilityService.SewageDisposal], restored.Services);
        Assert.Equal(contract.ElectronicInvoice, restored.ElectronicInvoice);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task MeterAndReadingHistory_RoundTrip_WithoutRejectedReadings(string provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var meter = new Meter("CM-7731", MeterKind.Heat, "P-1", new DateOnly(2024, 5, 31), new DateOnly(2024, 5, 2), 99999.999m);
        var today = new DateOnly(2026, 3, 1);
        var history = MeterReadingHistory.For(meter);
        foreach (var (date, value, kind) in new[]
                 {
                     (new DateOnly(2024, 5, 31), "100.125", ReadingKind.Installation),
                     (new DateOnly(2025, 5, 31), "180.500", ReadingKind.Collector),
                     (new DateOnly(2026, 1, 31), "251.999", ReadingKind.Customer),
                 })
        {
            history = ((ReadingDecision.Accepted)history.Submit(new ReadingSubmission(date, value, kind), today)).History;
        }

        await using (var write = database.CreateContext())
        {
            var customerRow = CustomerMapping.ToRow(Customer.Household(CustomerNumber.Parse("1"), "Jan", Address));
            write.Add(customerRow);
            await write.SaveChangesAsync();
            var premisesRow = CustomerMapping.ToRow(new Premises(PremisesCode.Parse("P-1"), Address, CustomerNumber.Parse("1")), customerRow.Id);
            write.Add(premisesRow);
            await write.SaveChangesAsync();
            var meterRow = MeterMapping.ToRow(meter, customerRow.Id, premisesRow.Id, LegalizationPolicy.Default);
            write.Add(meterRow);
            await write.SaveChangesAsync();
            write.AddRange(history.Readings.Select(reading => MeterMapping.ToRow(reading, meterRow, ReadingSource.Import, "Inkasent 7", null, CreatedAt)));
            var rejected = MeterMapping.ToRow(new MeterReading("CM-7731", new DateOnly(2026, 2, 10), 5m, ReadingKind.Customer), meterRow, ReadingSource.Portal, "Jan", 12, CreatedAt);
            rejected.Status = ReadingStatus.Rejected;
            write.Add(rejected);
            await write.SaveChangesAsync();
        }

        await using var read = database.CreateContext();
        var storedMeter = await read.Set<MeterRow>().SingleAsync();
        var restored = MeterMapping.ToHistory(storedMeter, "P-1", await read.Set<MeterReadingRow>().ToListAsync());

        Assert.Equal(meter, restored.Meter);
        Assert.Equal(new DateOnly(2029, 12, 31), storedMeter.LegalizationValidUntil);
        Assert.Equal(history.Readings, restored.Readings);
        Assert.Equal(151.874m, restored.TotalConsumption(new DatePeriod(new DateOnly(2024, 6, 1), new DateOnly(2026, 1, 31))));
    }

    [Fact]
    public void MeterToRow_MorePrecisionThanStored_IsRefused()
    {
        var meter = new Meter("X-1", MeterKind.MainWater, "P-1", new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 1), 99999m, readingPrecision: 4);

        var error = Assert.Throws<ArgumentException>(() => MeterMapping.ToRow(meter, 1, 1, LegalizationPolicy.Default));
        Assert.StartsWith("Meter X-1 reads 4 decimal places; iBOK stores readings with at most 3.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TariffBookAndInvoice_RoundTrip_AndBillTheSame(string provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var vat = new VatRateTable([new VatRates(new DateOnly(2023, 1, 1), VatRate.Reduced8, VatRate.Reduced8, VatRate.Reduced8, VatRate.Standard23, VatRate.Standard23)]);
        var december = new PriceList("G1", new DateOnly(2025, 1, 1), new DateOnly(2026, 1, 15), 5.0000m, 7.0000m,
            [new(ReadingMethod.Collector, new SubscriptionFeeRate(4.50m, 3.50m)), new(ReadingMethod.Remote, new SubscriptionFeeRate(4.00m, 3.25m))]);
        var january = new PriceList("G1", new DateOnly(2026, 1, 16), null, 5.2345m, 7.1100m,
            [new(ReadingMethod.Collector, new SubscriptionFeeRate(4.75m, 3.6667m))], new HeatPrices(9876.5432m, 45.6789m));
        var book = new TariffBook([december, january], vat);
        var input = new BillingInput
        {
            Seller = new Seller("Wodociągi Strzeleckie Sp. z o.o.", new PostalAddress("Mickiewicza", "10", null, "47-100", "Strzelce Opolskie"), Nip.Parse("774-000-14-54"), "61 1090 1014 0000 0712 1981 2874"),
            Buyer = new Buyer("Łucja Żółć", Address),
            ContractNumber = "UM/2019/0042",
            TariffGroup = "G1",
            Services = new HashSet<UtilityService> { UtilityService.WaterSupply, UtilityService.SewageDisposal },
            ReadingMethod = ReadingMethod.Collector,
            BillingPoints = 1,
            EInvoiceConsent = true,
            BillingPeriod = January,
            Consumption = [new ConsumptionInterval("WM-1", MeterKind.MainWater, January, 12.345m, IsEstimated: false)],
            IssueDate = new DateOnly(2026, 2, 3),
            InvoiceNumber = "FV/2026/02/000001",
        };
        var invoice = new InvoiceCalculator(book).Calculate(input);
        await using (var write = database.CreateContext())
        {
            write.AddRange(book.TariffGroups.SelectMany(group => new[] { december, january }.Where(list => list.TariffGroup == group)).Select(TariffMapping.ToRow));
            write.AddRange(vat.Entries.Select(TariffMapping.ToRow));
            var customerRow = CustomerMapping.ToRow(Customer.Household(CustomerNumber.Parse("1"), "Łucja Żółć", Address));
            write.Add(customerRow);
            await write.SaveChangesAsync();
            write.Add(InvoiceMapping.ToRow(invoice, customerRow.Id, null, "FV/{yyyy}/{MM}/{seq:6}", CreatedAt));
            await write.SaveChangesAsync();
        }

        await using var read = database.CreateContext();
        var restoredBook = TariffMapping.ToTariffBook(
            await read.Set<PriceListRow>().Include(row => row.SubscriptionFees).ToListAsync(),
            await read.Set<VatRatesRow>().ToListAsync());
        var storedInvoice = await read.Set<InvoiceRow>().Include(row => row.Lines).Include(row => row.VatSummary).SingleAsync();
        var restoredInvoice = InvoiceMapping.ToDomain(storedInvoice);

        Assert.Equal(invoice, new InvoiceCalculator(restoredBook).Calculate(input));
        Assert.Equal(3.25m, restoredBook.PriceListInForce("G1", new DateOnly(2025, 6, 1)).MonthlySubscriptionFee(ReadingMethod.Remote, eInvoiceConsent: true));
        Assert.Equal(45.6789m, restoredBook.PriceListInForce("G1", new DateOnly(2026, 1, 16)).RequireHeat().VariablePerGigajoule);
        Assert.Equal(invoice, restoredInvoice);
        Assert.Equal(invoice.AmountDue.Grosze, storedInvoice.GrossGrosz);
        Assert.Equal(invoice.Lines.Count, storedInvoice.Lines.Count);
        Assert.Equal(invoice.Vat.Rows.Count, storedInvoice.VatSummary.Count);
    }

    [Fact]
    public void InvoiceToDomain_StoredTotalDisagreesWithLines_FailsNamingBoth()
    {
        var line = InvoiceLine.Priced(TariffComponent.Water, "Woda", January, 10m, "m³", 5m, VatRate.Reduced8);
        var invoice = new Invoice("FV/1", new DateOnly(2026, 2, 3), January, 14,
            new Seller("Wodociągi", Address, Nip.Parse("7740001454"), "61109010140000071219812874"), new Buyer("Jan", Address), "UM/1", "G1", [line], VatCalculationMethod.PerRateTotals);
        var row = InvoiceMapping.ToRow(invoice, 1, null, "FV/{seq:1}", CreatedAt);
        row.GrossGrosz += 1;

        var error = Assert.Throws<InvalidDataException>(() => InvoiceMapping.ToDomain(row));
        Assert.Equal("Invoice FV/1 stores net 5000, VAT 400, gross 5401 grosze, but its lines give 5000, 400, 5400.", error.Message);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Ledger_FromStoredEntries_EqualsTheLedgerThatWasPosted(string provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var invoice = DebitDocument.Invoice("FV/2026/01/000001", new DateOnly(2026, 1, 3), new DateOnly(2026, 1, 17), Money.Pln(163.71m));
        var second = DebitDocument.Invoice("FV/2026/02/000001", new DateOnly(2026, 2, 3), new DateOnly(2026, 2, 17), Money.Pln(150.00m));
        var correction = DebitDocument.Correction("FK/2026/02/000001", new DateOnly(2026, 2, 10), new DateOnly(2026, 2, 24), Money.Pln(-20.00m), "FV/2026/02/000001");
        var note = DebitDocument.InterestNote("NO/2026/000001", new DateOnly(2026, 2, 20), new DateOnly(2026, 3, 6), Money.Pln(0.66m));
        var late = new Payment("BANK-1", new DateOnly(2026, 1, 30), Money.Pln(163.71m), "FV/2026/01/000001");
        var over = new Payment("BANK-2", new DateOnly(2026, 2, 20), Money.Pln(200.00m));
        var refund = new Refund("ZW-1", new DateOnly(2026, 3, 1), Money.Pln(50.00m));
        var posted = Ledger.Empty("10042");
        foreach (var post in new Func<Ledger, PostingResult>[]
                 {
                     l => l.Post(invoice), l => l.Post(second), l => l.Post(correction), l => l.Post(note),
                     l => l.Post(late), l => l.Post(over), l => l.Post(refund),
                 })
        {
            posted = post(posted).LedgerOrThrow();
        }

        await using (var write = database.CreateContext())
        {
            var customerRow = CustomerMapping.ToRow(Customer.Household(CustomerNumber.Parse("10042"), "Jan", Address));
            write.Add(customerRow);
            await write.SaveChangesAsync();
            // Stored newest first, so the rebuilt ledger cannot depend on the order rows come back in.
            write.Add(LedgerMapping.ToRow(refund, customerRow.Id, CreatedAt));
            write.Add(LedgerMapping.ToRow(over, customerRow.Id, CreatedAt, PaymentChannel.Online, "Nadpłata"));
            write.Add(LedgerMapping.ToRow(late, customerRow.Id, CreatedAt, PaymentChannel.BankTransfer, "FV/2026/01/000001"));
            foreach (var document in new[] { note, correction, second, invoice })
            {
                write.Add(LedgerMapping.ToRow(document, customerRow.Id, CreatedAt));
                await write.SaveChangesAsync();
            }
        }

        await using var read = database.CreateContext();
        var restored = LedgerMapping.ToLedger("10042", await read.Set<LedgerEntryRow>().ToListAsync());

        Assert.Equal(posted.Documents.OrderBy(d => d.Number), restored.Documents.OrderBy(d => d.Number));
        Assert.Equal(posted.Payments.OrderBy(p => p.Id), restored.Payments.OrderBy(p => p.Id));
        Assert.Equal(posted.Refunds, restored.Refunds);
        Assert.Equal(posted.Allocations, restored.Allocations);
        Assert.Equal(Money.Pln(-19.34m), restored.BalanceOn(new DateOnly(2026, 3, 31)));
        Assert.Equal(DocumentPaymentState.Paid, restored.StatusOf("FV/2026/02/000001", new DateOnly(2026, 3, 31)).State);
    }
}
