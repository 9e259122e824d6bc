using IBok.Domain.Metering;
using IBok.GraphQL.Application.Delivery;
using IBok.GraphQL.Application.Staff.Billing;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Persistence.Model.Billing;
using IBok.GraphQL.Persistence.Model.Customers;
using IBok.GraphQL.Persistence.Model.Delivery;
using IBok.GraphQL.Persistence.Model.Metering;
using IBok.GraphQL.Persistence.Model.Settlements;
using IBok.GraphQL.Tests.Application.Delivery;
using IBok.GraphQL.Tests.Persistence;
using IBok.GraphQL.Tests.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IBok.GraphQL.Tests.Api.Staff.Billing;

/// <summary>
/// A billing run holds a write transaction only while it inserts a batch (on SQLite one locks the whole file, on
/// PostgreSQL the batch's customer rows): a customer's reading goes in while batches are read and priced and while their
/// notices are planned. A run killed at any stage and run again ends with the invoices, numbers and notices of one
/// uninterrupted run.
/// </summary>
public sealed class BillingRunLockingTests
{
    private static readonly BillingRunRequest February = new(new DateOnly(2026, 2, 1), BillingSeed.February28, BatchSize: 2);

    private static readonly string[] AllNumbers = [.. Enumerable.Range(1, 5).Select(sequence => $"FV/2026/03/{sequence:000000}")];

    private static readonly string[] AllNoticeKeys = [.. Enumerable.Range(1, 5).Select(index => $"10000{index}:email:invoice-issued:FV/2026/03/00000{index}")];

    public static TheoryData<string, BillingBatchStage> ProvidersAndStages
    {
        get
        {
            var data = new TheoryData<string, BillingBatchStage>();
            foreach (var provider in new[] { "sqlite", "postgresql" })
            {
                foreach (var stage in Enum.GetValues<BillingBatchStage>())
                {
                    data.Add(provider, stage);
                }
            }

            return data;
        }
    }

    private static BillingRun Run(IBokDbContext db, Func<BillingBatch, CancellationToken, Task>? onBatch = null)
    {
        var clock = new TestClock(StaffApiHost.Now);
        return new BillingRun(db, clock, Options.Create(new BillingOptions()), outbox: new NoticeOutbox(db, clock, DeliverySeed.Options)) { OnBatch = onBatch };
    }

    /// <summary>Five e-invoice customers 100001… with contracts UM/1…UM/5, each billable for February 2026.</summary>
    private static async Task<TestDatabase> FiveEInvoiceContractsAsync(string provider)
    {
        var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateContext();
        await BillingSeed.TariffsAsync(db);
        for (var index = 1; index <= 5; index++)
        {
            var contract = await BillingSeed.MeteredContractAsync(db, $"10000{index}", $"UM/{index}");
            contract.ElectronicInvoice = true;
            var customer = await db.Set<CustomerRow>().SingleAsync(row => row.Id == contract.CustomerId);
            customer.Email = $"klient{index}@example.pl";
            await db.SaveChangesAsync();
        }

        return database;
    }

    /// <summary>The invoice numbers, the outbox's keys, the counter's last number and the ledger debits, as stored.</summary>
    private static async Task<Stored> StoredAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        return new Stored(
            string.Join(" ", await db.Set<InvoiceRow>().OrderBy(row => row.Number).Select(row => row.Number).ToListAsync()),
            string.Join(" ", await db.Set<OutboxMessageRow>().OrderBy(row => row.IdempotencyKey).Select(row => row.IdempotencyKey).ToListAsync()),
            await db.Set<InvoiceNumberCounterRow>().Select(row => row.LastSequence).SingleOrDefaultAsync(),
            await db.Set<LedgerEntryRow>().CountAsync(row => row.EntryType == LedgerEntryType.Debit));
    }

    private static Stored Expected(int invoices, int notices) =>
        new(string.Join(" ", AllNumbers[..invoices]), string.Join(" ", AllNoticeKeys[..notices]), invoices, invoices);

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RunAsync_WhileBatchesArePreparedAndNoticesPlanned_TheBatchsCustomerSubmitsAReading(string provider)
    {
        await using var database = await FiveEInvoiceContractsAsync(provider);
        var submitted = new List<string>();
        await using var db = database.CreateContext();

        async Task CustomerSubmitsMeanwhile(BillingBatch batch, CancellationToken cancellationToken)
        {
            Assert.Null(db.Database.CurrentTransaction);
            if (batch.Stage is not (BillingBatchStage.Prepared or BillingBatchStage.NoticesPlanned))
            {
                return;
            }

            // A reading of the batch's first customer: on PostgreSQL its trigger updates the customer row the batch writes too.
            await using var other = database.CreateImpatientContext();
            var serial = "WM-10000" + batch.FirstContractNumber[3..];
            var meter = await other.Set<MeterRow>().SingleAsync(row => row.SerialNumber == serial, cancellationToken);
            other.Add(BillingSeed.Reading(meter, new DateOnly(2026, 3, 1).AddDays(submitted.Count), 120m + submitted.Count, ReadingKind.Customer));
            await other.SaveChangesAsync(cancellationToken);
            submitted.Add($"{batch.Number}-{batch.Stage}-{batch.FirstContractNumber}");
        }

        var result = await Run(db, CustomerSubmitsMeanwhile).RunAsync(February, null, CancellationToken.None);

        Assert.Equal(
            ["1-Prepared-UM/1", "1-NoticesPlanned-UM/1", "2-Prepared-UM/3", "2-NoticesPlanned-UM/3", "3-Prepared-UM/5", "3-NoticesPlanned-UM/5"],
            submitted);
        Assert.Equal((5, 0, true), (result.Issued, result.Errors.Count, result.Completed));
        Assert.Equal(Expected(5, 5), await StoredAsync(database));
        await using var check = database.CreateContext();
        Assert.Equal(6, await check.Set<MeterReadingRow>().CountAsync(row => row.Kind == ReadingKind.Customer));
    }

    [Theory, MemberData(nameof(ProvidersAndStages))]
    public async Task RunAsync_KilledInTheSecondBatchThenRunAgain_EndsWithTheInvoicesAndNoticesOfOneRun(string provider, BillingBatchStage killedAt)
    {
        await using var database = await FiveEInvoiceContractsAsync(provider);
        Task KillInSecondBatch(BillingBatch batch, CancellationToken cancellationToken) =>
            batch.Number == 2 && batch.Stage == killedAt ? throw new InvalidOperationException("process killed") : Task.CompletedTask;

        await using (var db = database.CreateContext())
        {
            var killed = await Assert.ThrowsAsync<InvalidOperationException>(() => Run(db, KillInSecondBatch).RunAsync(February, null, CancellationToken.None));
            Assert.Equal("process killed", killed.Message);
        }

        var afterKill = await StoredAsync(database);
        var invoicesWritten = killedAt == BillingBatchStage.Prepared ? 2 : 4;
        var noticesWritten = killedAt == BillingBatchStage.Committed ? 4 : 2;
        Assert.Equal(Expected(invoicesWritten, noticesWritten), afterKill);

        BillingRunResult again;
        await using (var db = database.CreateContext())
        {
            again = await Run(db).RunAsync(February, null, CancellationToken.None);
        }

        Assert.Equal((5 - invoicesWritten, invoicesWritten, true), (again.Issued, again.Skipped, again.Completed));
        Assert.Equal(AllNumbers[invoicesWritten..], again.Invoices.Select(invoice => invoice.Number));
        Assert.Equal(Expected(5, 5), await StoredAsync(database));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RunAsync_SecondRunTheSameDay_WritesNoInvoiceAndNoNoticeTwice(string provider)
    {
        await using var database = await FiveEInvoiceContractsAsync(provider);

        await using (var db = database.CreateContext())
        {
            await Run(db).RunAsync(February, null, CancellationToken.None);
        }

        BillingRunResult second;
        await using (var db = database.CreateContext())
        {
            second = await Run(db).RunAsync(February, null, CancellationToken.None);
        }

        Assert.Equal((0, 5, true), (second.Issued, second.Skipped, second.Completed));
        Assert.Equal(Expected(5, 5), await StoredAsync(database));
    }

    private sealed record Stored(string Numbers, string NoticeKeys, long Counter, int Debits);
}
