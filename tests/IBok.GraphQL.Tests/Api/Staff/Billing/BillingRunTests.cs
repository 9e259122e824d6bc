using IBok.Domain;
using IBok.Domain.Billing;
using IBok.Domain.Customers;
using IBok.Domain.Metering;
using IBok.Domain.Settlements;
using IBok.GraphQL.Api.Subscriptions;
using IBok.GraphQL.Application.Staff.Billing;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Auditing;
using IBok.GraphQL.Persistence.Mapping;
using IBok.GraphQL.Persistence.Model.Billing;
using IBok.GraphQL.Persistence.Model.Metering;
using IBok.GraphQL.Persistence.Model.Settlements;
using IBok.GraphQL.Persistence.Model.Tariffs;
using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Relay;
using IBok.GraphQL.Tests.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using IBok.GraphQL.Tests.Testing;

namespace IBok.GraphQL.Tests.Api.Staff.Billing;

public sealed class BillingRunTests
{
    private const string RunFebruary =
        """mutation { runBilling(month: "2026-02") { issued skipped skippedByReason { reason count } invoices { number contractNumber periodStart periodEnd grossAmount dueDate } skips { contractNumber reason message } completed errors { code message } } }""";

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RunBilling_OneContract_IssuesTheInvoiceTheDomainComputesWithItsLedgerDebit(string provider)
    {
        await using var host = await StaffApiHost.CreateAsync(provider);
        await using (var db = host.CreateContext())
        {
            await BillingSeed.TariffsAsync(db);
            await BillingSeed.MeteredContractAsync(db, "100001", "UM/1");
        }

        var response = await host.ExecuteAsync(StaffApiHost.Operator, RunFebruary);

        Assert.Equal(
            """{"data":{"runBilling":{"issued":1,"skipped":0,"skippedByReason":[],"invoices":[{"number":"FV/2026/03/000001","contractNumber":"UM/1","periodStart":"2026-02-01","periodEnd":"2026-02-28","grossAmount":"202.69","dueDate":"2026-03-24"}],"skips":[],"completed":true,"errors":[]}}}""",
            response);
        await using var check = host.CreateContext();
        var stored = await check.Set<InvoiceRow>().Include(row => row.Lines).Include(row => row.VatSummary).SingleAsync();
        var expected = await ExpectedFebruaryInvoiceAsync(check, "FV/2026/03/000001", consumption: 12m);
        Assert.Equal(expected, InvoiceMapping.ToDomain(stored));
        Assert.Equal((18_768L, 1_501L, 20_269L), (stored.NetGrosz, stored.VatGrosz, stored.GrossGrosz));
        var debit = await check.Set<LedgerEntryRow>().SingleAsync();
        Assert.Equal((LedgerEntryType.Debit, "FV/2026/03/000001", stored.GrossGrosz, stored.Id, new DateOnly(2026, 3, 24)), (debit.EntryType, debit.Reference, debit.AmountGrosz, debit.InvoiceId!.Value, debit.DueDate!.Value));
        var audit = Assert.Single(await check.Set<AuditEntry>().ToListAsync());
        Assert.Equal(("billing.run", "Anna Operator"), (audit.Action, audit.ActorName));
        Assert.Contains("\"Issued\":1", audit.DetailsJson, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RunBilling_SecondRun_IssuesNothingAndSkipsEveryPeriod(string provider)
    {
        await using var host = await StaffApiHost.CreateAsync(provider);
        await SeedContractsAsync(host, 3);

        var first = await host.ExecuteAsync(StaffApiHost.Operator, """mutation { runBilling(month: "2026-02") { issued invoices { number contractNumber grossAmount } } }""");
        var second = await host.ExecuteAsync(StaffApiHost.Operator, """mutation { runBilling(month: "2026-02") { issued skipped skippedByReason { reason count } invoices { number } completed } }""");

        Assert.Equal(
            """{"data":{"runBilling":{"issued":3,"invoices":[{"number":"FV/2026/03/000001","contractNumber":"UM/1","grossAmount":"202.69"},{"number":"FV/2026/03/000002","contractNumber":"UM/2","grossAmount":"235.27"},{"number":"FV/2026/03/000003","contractNumber":"UM/3","grossAmount":"267.84"}]}}}""",
            first);
        Assert.Equal("""{"data":{"runBilling":{"issued":0,"skipped":3,"skippedByReason":[{"reason":"ALREADY_INVOICED","count":3}],"invoices":[],"completed":true}}}""", second);
        await using var check = host.CreateContext();
        Assert.Equal(3, await check.Set<InvoiceRow>().CountAsync());
        Assert.Equal(
            (await check.Set<InvoiceRow>().OrderBy(row => row.Number).Select(row => row.GrossGrosz).ToListAsync()).ToArray(),
            (await check.Set<LedgerEntryRow>().OrderBy(row => row.Reference).Select(row => row.AmountGrosz).ToListAsync()).ToArray());
        var counter = await check.Set<InvoiceNumberCounterRow>().SingleAsync();
        Assert.Equal(("FV/{yyyy}/{MM}/{seq:6}", "FV/2026/03/{seq:6}", 3L), (counter.Series, counter.Scope, counter.LastSequence));
        Assert.Equal(2, await check.Set<AuditEntry>().CountAsync(entry => entry.Action == "billing.run"));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RunBilling_InterruptedByLimitAndCancellationThenRerun_EndsAsAnUninterruptedRun(string provider)
    {
        await using var host = await StaffApiHost.CreateAsync(provider);
        await SeedContractsAsync(host, 4);

        var limited = await host.ExecuteAsync(StaffApiHost.Operator, """mutation { runBilling(month: "2026-02", limit: 1) { issued invoices { number contractNumber } completed } }""");
        using var cancellation = new CancellationTokenSource();
        BillingRunResult cancelled;
        await using (var db = host.CreateContext())
        {
            // Cancelled as soon as its first batch (of one invoice) has committed.
            cancelled = await NewBillingRun(db).RunAsync(
                new BillingRunRequest(new DateOnly(2026, 2, 1), BillingSeed.February28, BatchSize: 1),
                (_, _) => { cancellation.Cancel(); return ValueTask.CompletedTask; },
                cancellation.Token);
        }

        var rest = await host.ExecuteAsync(StaffApiHost.Operator, """mutation { runBilling(month: "2026-02") { issued skipped invoices { number contractNumber } completed } }""");

        Assert.Equal("""{"data":{"runBilling":{"issued":1,"invoices":[{"number":"FV/2026/03/000001","contractNumber":"UM/1"}],"completed":false}}}""", limited);
        Assert.Equal((1, 1, false, "FV/2026/03/000002"), (cancelled.Issued, cancelled.Skipped, cancelled.Completed, cancelled.Invoices.Single().Number));
        Assert.Equal(
            """{"data":{"runBilling":{"issued":2,"skipped":2,"invoices":[{"number":"FV/2026/03/000003","contractNumber":"UM/3"},{"number":"FV/2026/03/000004","contractNumber":"UM/4"}],"completed":true}}}""",
            rest);
        await using var check = host.CreateContext();
        var invoices = await check.Set<InvoiceRow>().OrderBy(row => row.ContractNumber).Select(row => new { row.ContractNumber, row.Number, row.GrossGrosz }).ToListAsync();
        Assert.Equal(
            ["UM/1 FV/2026/03/000001 20269", "UM/2 FV/2026/03/000002 23527", "UM/3 FV/2026/03/000003 26784", "UM/4 FV/2026/03/000004 30041"],
            invoices.Select(row => $"{row.ContractNumber} {row.Number} {row.GrossGrosz}"));
        Assert.Equal(4, await check.Set<LedgerEntryRow>().CountAsync(row => row.EntryType == LedgerEntryType.Debit));
        Assert.Equal(4L, (await check.Set<InvoiceNumberCounterRow>().SingleAsync()).LastSequence);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RunBilling_ConcurrentRuns_IssueEachPeriodOnceWithConsecutiveNumbers(string provider)
    {
        await using var host = await StaffApiHost.CreateAsync(provider);
        await SeedContractsAsync(host, 6);
        var request = new BillingRunRequest(new DateOnly(2026, 2, 1), BillingSeed.February28, BatchSize: 1);

        async Task<BillingRunResult> RunAsync()
        {
            await using var db = host.CreateContext();
            return await NewBillingRun(db).RunAsync(request, null, CancellationToken.None);
        }

        var results = await Task.WhenAll(RunAsync(), RunAsync());

        Assert.Equal(6, results.Sum(result => result.Issued));
        Assert.Equal(6, results.Sum(result => result.Skipped));
        Assert.All(results, result => Assert.Empty(result.Errors));
        await using var check = host.CreateContext();
        var numbers = await check.Set<InvoiceRow>().OrderBy(row => row.Number).Select(row => row.Number).ToListAsync();
        Assert.Equal(Enumerable.Range(1, 6).Select(sequence => $"FV/2026/03/{sequence:000000}"), numbers);
        Assert.Equal(6, await check.Set<InvoiceRow>().Select(row => row.ContractNumber).Distinct().CountAsync());
        Assert.Equal(6, await check.Set<LedgerEntryRow>().CountAsync());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RunBilling_MissingOrUnreviewedReadings_SkipsWithReasonAndTakesNoNumber(string provider)
    {
        await using var host = await StaffApiHost.CreateAsync(provider);
        await using (var db = host.CreateContext())
        {
            await BillingSeed.TariffsAsync(db);
            await BillingSeed.MeteredContractAsync(db, "100001", "UM/1", february: null);
            await BillingSeed.MeteredContractAsync(db, "100002", "UM/2", january: null);
            await BillingSeed.MeteredContractAsync(db, "100003", "UM/3", withMeter: false);
            await BillingSeed.MeteredContractAsync(db, "100004", "UM/4", february: null);
            var meter = await db.Set<MeterRow>().SingleAsync(row => row.SerialNumber == "WM-100004");
            db.Add(BillingSeed.Reading(meter, BillingSeed.February28, 190m, ReadingKind.Customer, ReadingStatus.FlaggedForReview));
            await db.SaveChangesAsync();
        }

        var response = await host.ExecuteAsync(StaffApiHost.Operator, RunFebruary);

        Assert.Equal(
            """{"data":{"runBilling":{"issued":0,"skipped":4,"skippedByReason":[{"reason":"NO_METER","count":1},{"reason":"READING_MISSING","count":2},{"reason":"READING_NOT_REVIEWED","count":1}],"invoices":[],"skips":[""" +
            """{"contractNumber":"UM/1","reason":"READING_MISSING","message":"Meter WM-100001 has no reading on 2026-02-28, the last day it is billed for."},""" +
            """{"contractNumber":"UM/2","reason":"READING_MISSING","message":"Meter WM-100002 has no reading on 2026-01-31, the day before the period."},""" +
            """{"contractNumber":"UM/3","reason":"NO_METER","message":"No water meter is installed at premises P-100003 during 2026-02-01..2026-02-28."},""" +
            """{"contractNumber":"UM/4","reason":"READING_NOT_REVIEWED","message":"The reading of meter WM-100004 on 2026-02-28 waits for review."}""" +
            """],"completed":true,"errors":[]}}}""",
            response);
        await using var check = host.CreateContext();
        Assert.Equal(0, await check.Set<InvoiceRow>().CountAsync());
        Assert.Equal(0, await check.Set<InvoiceNumberCounterRow>().CountAsync());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RunBilling_InvoiceIssued_ReachesOnlyTheOwningCustomersSubscription(string provider)
    {
        await using var host = await StaffApiHost.CreateAsync(provider);
        long first, second;
        await using (var db = host.CreateContext())
        {
            await BillingSeed.TariffsAsync(db);
            first = (await BillingSeed.MeteredContractAsync(db, "100001", "UM/1")).CustomerId;
            second = (await BillingSeed.MeteredContractAsync(db, "100002", "UM/2", february: 130m)).CustomerId;
        }

        const string Subscription = "subscription { invoiceIssued { customerId number grossAmount dueDate } }";
        await using var firstEvents = host.SubscribeAsync(Viewer.ForCustomer(first, 1, "Pierwszy"), Subscription).GetAsyncEnumerator();
        await using var secondEvents = host.SubscribeAsync(Viewer.ForCustomer(second, 2, "Drugi"), Subscription).GetAsyncEnumerator();
        var firstNext = firstEvents.MoveNextAsync().AsTask();
        var secondNext = secondEvents.MoveNextAsync().AsTask();
        await WaitForSubscriberAsync(host, LiveEvents.CustomerTopic(LiveEvents.InvoiceIssued, first));
        await WaitForSubscriberAsync(host, LiveEvents.CustomerTopic(LiveEvents.InvoiceIssued, second));

        await host.ExecuteAsync(StaffApiHost.Operator, """mutation { runBilling(month: "2026-02") { issued } }""");

        Assert.True(await firstNext);
        Assert.Equal("{\"data\":{\"invoiceIssued\":{\"customerId\":\"" + GlobalId.Serialize("Customer", first) + "\",\"number\":\"FV/2026/03/000001\",\"grossAmount\":\"202.69\",\"dueDate\":\"2026-03-24\"}}}", firstEvents.Current);
        // Published in invoice order, so the second customer's first event being their own shows the first invoice never reached them.
        Assert.True(await secondNext);
        Assert.Equal("{\"data\":{\"invoiceIssued\":{\"customerId\":\"" + GlobalId.Serialize("Customer", second) + "\",\"number\":\"FV/2026/03/000002\",\"grossAmount\":\"495.85\",\"dueDate\":\"2026-03-24\"}}}", secondEvents.Current);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RunBilling_NewScopeAfterStoredInvoices_ContinuesFromTheLargestStoredNumber(string provider)
    {
        await using var host = await StaffApiHost.CreateAsync(provider);
        await SeedContractsAsync(host, 2);
        await using (var db = host.CreateContext())
        {
            // An invoice written by another path (the demo data) in the same month, without a counter row.
            var contract = await db.Set<global::IBok.GraphQL.Persistence.Model.Customers.ContractRow>().SingleAsync(row => row.Number == "UM/1");
            var invoice = await ExpectedFebruaryInvoiceAsync(db, "FV/2026/03/000007", consumption: 12m);
            var row = InvoiceMapping.ToRow(invoice, contract.CustomerId, contract.Id, "FV/{yyyy}/{MM}/{seq:6}", StaffApiHost.Now.UtcDateTime);
            db.Add(row);
            await db.SaveChangesAsync();
        }

        var response = await host.ExecuteAsync(StaffApiHost.Operator, """mutation { runBilling(month: "2026-02") { issued skipped invoices { number contractNumber } } }""");

        Assert.Equal("""{"data":{"runBilling":{"issued":1,"skipped":1,"invoices":[{"number":"FV/2026/03/000008","contractNumber":"UM/2"}]}}}""", response);
    }

    [Theory]
    [InlineData("""runBilling(month: "2026/02")""", "INVALID_PERIOD", "The month must be written yyyy-MM, e.g. 2026-02; got \\\"2026/02\\\".")]
    [InlineData("""runBilling(periodEndFrom: "2026-02-01")""", "INVALID_PERIOD", "Give either month, or both periodEndFrom and periodEndTo.")]
    [InlineData("""runBilling(periodEndFrom: "2026-03-01", periodEndTo: "2026-02-01")""", "INVALID_PERIOD", "The period's first day 2026-03-01 is after its last day 2026-02-01.")]
    [InlineData("""runBilling(month: "2026-02", limit: 0)""", "INVALID_LIMIT", "The limit must be at least 1; got 0.")]
    [InlineData("""runBilling(month: "2026-02", customerNumber: "999")""", "CUSTOMER_NOT_FOUND", "No customer has the number \\\"999\\\".")]
    public async Task RunBilling_BadRequest_IsPayloadErrorAndWritesNothing(string call, string code, string message)
    {
        await using var host = await StaffApiHost.CreateAsync("sqlite");
        await SeedContractsAsync(host, 1);

        var response = await host.ExecuteAsync(StaffApiHost.Admin, "mutation { " + call + " { issued completed errors { code message } } }");

        Assert.Equal("{\"data\":{\"runBilling\":{\"issued\":0,\"completed\":false,\"errors\":[{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}]}}}", response);
        await using var check = host.CreateContext();
        Assert.Equal(0, await check.Set<InvoiceRow>().CountAsync());
        Assert.Equal(0, await check.Set<AuditEntry>().CountAsync());
    }

    [Fact]
    public async Task RunBilling_CustomerAndIntegration_CustomerIsForbiddenIntegrationMayRun()
    {
        await using var host = await StaffApiHost.CreateAsync("sqlite");
        await SeedContractsAsync(host, 1);

        var customer = await host.ExecuteAsync(Viewer.ForCustomer(1, 1, "Jan Klient"), """mutation { runBilling(month: "2026-02") { issued } }""");
        var integration = await host.ExecuteAsync(Viewer.ForStaff(ViewerRole.Integration, 77, "system bilingowy"), """mutation { runBilling(month: "2026-02") { issued } }""");

        Assert.Contains("\"code\":\"FORBIDDEN\"", customer, StringComparison.Ordinal);
        Assert.EndsWith("\"data\":null}", customer, StringComparison.Ordinal);
        Assert.Equal("""{"data":{"runBilling":{"issued":1}}}""", integration);
    }

    [Fact]
    public void BillingOptions_Defaults_AreTheDemoUtilitysSellerAndSeries()
    {
        var demo = IBok.GraphQL.Application.Demo.DemoUtilityGenerator.Generate(new IBok.GraphQL.Application.Demo.DemoOptions { Today = new DateOnly(2026, 3, 10), CustomerCount = 2 });

        Assert.Equal(demo.Seller, new BillingOptions().SellerPayingTo(null));
        Assert.Equal(demo.InvoiceSeries.Pattern, new BillingOptions().InvoiceSeries);
    }

    /// <summary>Tariffs and <paramref name="count"/> contracts UM/1… of customers 100001…, contract i using 12 + 2(i−1) m³ in February.</summary>
    private static async Task SeedContractsAsync(StaffApiHost host, int count)
    {
        await using var db = host.CreateContext();
        await BillingSeed.TariffsAsync(db);
        for (var i = 1; i <= count; i++)
        {
            await BillingSeed.MeteredContractAsync(db, (100_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), "UM/" + i, february: 112m + (2 * (i - 1)));
        }
    }

    /// <summary>The domain's invoice for UM/1 (customer 100001) for February 2026, issued on 10 March, computed directly.</summary>
    private static async Task<Invoice> ExpectedFebruaryInvoiceAsync(IBokDbContext db, string number, decimal consumption)
    {
        var priceLists = await db.Set<PriceListRow>().Include(row => row.SubscriptionFees).ToListAsync();
        var calculator = new InvoiceCalculator(TariffMapping.ToTariffBook(priceLists, await db.Set<VatRatesRow>().ToListAsync()));
        var february = new DatePeriod(new DateOnly(2026, 2, 1), BillingSeed.February28);
        return calculator.Calculate(new BillingInput
        {
            Seller = new Seller(
                "Przedsiębiorstwo Wodociągów i Ciepłownictwa „Demo” Sp. z o.o.", new PostalAddress("Wodociągowa", "2", null, "47-100", "Strzelce Opolskie"),
                Nip.Parse("1234563218"), new BillingOptions().SellerBankAccount),
            Buyer = new Buyer("Klient 100001", new PostalAddress("Lipowa", "1", null, "00-001", "Gniezno")),
            ContractNumber = "UM/1",
            TariffGroup = "G1",
            Services = new HashSet<UtilityService> { UtilityService.WaterSupply, UtilityService.SewageDisposal },
            ReadingMethod = ReadingMethod.Collector,
            BillingPoints = 1,
            BillingPeriod = february,
            Consumption = [new ConsumptionInterval("WM-100001", MeterKind.MainWater, february, consumption, false)],
            IssueDate = new DateOnly(2026, 3, 10),
            InvoiceNumber = number,
        });
    }

    private static BillingRun NewBillingRun(IBokDbContext db) =>
        new(db, new TestClock(StaffApiHost.Now), Options.Create(new BillingOptions()));

    private static async Task WaitForSubscriberAsync(StaffApiHost host, string topic)
    {
        // Subscribing happens when the enumerator first runs; wait for it (no time limit asserted, the test runner's own applies).
        while (host.Bus.SubscriberCount(topic) == 0)
        {
            await Task.Delay(5);
        }
    }
}
