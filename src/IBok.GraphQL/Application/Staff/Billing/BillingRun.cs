using System.Data.Common;
using System.Globalization;
using IBok.Domain;
using IBok.Domain.Billing;
using IBok.GraphQL.Application.Delivery;
using IBok.GraphQL.Application.Staff.Auditing;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Mapping;
using IBok.GraphQL.Persistence.Model.Billing;
using IBok.GraphQL.Persistence.Model.Customers;
using IBok.GraphQL.Persistence.Model.Metering;
using IBok.GraphQL.Persistence.Model.Settlements;
using IBok.GraphQL.Persistence.Model.Tariffs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace IBok.GraphQL.Application.Staff.Billing;

/// <summary>
/// Bills every contract whose billing period ends in the requested days: prices each period with IBok.Domain's
/// <see cref="InvoiceCalculator"/>, numbers it from the series' counter and writes the invoice, its lines, its VAT
/// summary and its ledger debit, then the "invoice issued" notices to the outbox.
/// </summary>
/// <remarks>
/// <para>Idempotent: a (contract, period) that has an invoice is skipped, and the unique billing-key index stops a
/// concurrent run from writing it twice. Each batch's numbers, invoices and ledger debits are one transaction, so a run
/// interrupted at any point leaves whole batches only; running it again issues the rest, in the same order, with the
/// numbers that follow, ending where an uninterrupted run ends, without gaps in the numbering.</para>
/// <para>A write transaction holds only writes. Everything a batch reads (contracts, meters, readings, consents) is read
/// and priced before it begins; the transaction checks the billing keys again, takes the numbers and inserts. On SQLite
/// a write transaction locks the whole file, so a customer submitting a reading waits at most for one batch's inserts,
/// not for its planning. The invoices' notices are planned after that commit, again without a transaction (the planner
/// reads each customer's ledger, which must hold the new invoices), and inserted in a second short one. Their
/// idempotency keys make this safe to repeat: a run that died between the two commits writes the missing notices when it
/// is run again on the same day (it plans the notices of the invoices it finds already issued today), and the daily
/// notice run plans any invoice notice still missing within the planner's window.</para>
/// <para>On PostgreSQL every invoice and ledger row also updates its customer's row (the read cache's change token,
/// migration 0006), which locks it until the commit. Rows are inserted in customer-id order, the order the reading
/// import writes in as well, so two batch jobs never wait for each other's customers crosswise (a deadlock); a batch that
/// still meets a deadlock or a serialization failure is rolled back and written again.</para>
/// <para>Periods without the readings they need are reported as skipped with the reason; data the domain refuses is
/// reported as an error for that contract. Neither stops the run.</para>
/// </remarks>
public sealed class BillingRun(IBokDbContext db, TimeProvider time, IOptions<BillingOptions> options, ILogger<BillingRun>? logger = null, NoticeOutbox? outbox = null)
{
    /// <summary>The most days a run may cover (a year and a day, for a leap year).</summary>
    public const int MaxRangeDays = 366;

    /// <summary>How often a batch is retried after a concurrent run got in first.</summary>
    public const int MaxAttempts = 5;

    private readonly BillingOptions settings = options.Value;
    private readonly ILogger logger = logger ?? NullLogger<BillingRun>.Instance;

    /// <summary>Called at each stage of every batch (tests and diagnostics: at each stage the run holds no lock and has
    /// no transaction open).</summary>
    public Func<BillingBatch, CancellationToken, Task>? OnBatch { get; init; }

    /// <summary>Runs the billing.</summary>
    /// <param name="request">What to bill.</param>
    /// <param name="afterCommit">Called with each batch's invoices once they are committed (e.g. to publish events).</param>
    /// <param name="cancellationToken">Stops the run between batches (the report says it did not complete); a batch cut
    /// short inside its transaction is rolled back.</param>
    public async Task<BillingRunResult> RunAsync(
        BillingRunRequest request, Func<IReadOnlyList<IssuedInvoice>, CancellationToken, ValueTask>? afterCommit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Validate(request) is { } refusal)
        {
            return refusal;
        }

        var customerNumber = Trimmed(request.CustomerNumber);
        var contractNumber = Trimmed(request.ContractNumber);
        var contracts = db.Set<ContractRow>().AsNoTracking()
            .Where(row => row.StartDate <= request.PeriodEndTo && (row.EndDate == null || row.EndDate >= request.PeriodEndFrom));
        if (customerNumber is not null)
        {
            var customerId = await db.Set<CustomerRow>().Where(row => row.Number == customerNumber).Select(row => (long?)row.Id).SingleOrDefaultAsync(cancellationToken);
            if (customerId is null)
            {
                return BillingRunResult.Refused("CUSTOMER_NOT_FOUND", $"No customer has the number \"{customerNumber}\".");
            }

            contracts = contracts.Where(row => row.CustomerId == customerId);
        }

        if (contractNumber is not null)
        {
            if (!await db.Set<ContractRow>().AnyAsync(row => row.Number == contractNumber, cancellationToken))
            {
                return BillingRunResult.Refused("CONTRACT_NOT_FOUND", $"No contract has the number \"{contractNumber}\".");
            }

            contracts = contracts.Where(row => row.Number == contractNumber);
        }

        var vatRates = await db.Set<VatRatesRow>().AsNoTracking().ToListAsync(cancellationToken);
        if (vatRates.Count == 0)
        {
            return BillingRunResult.Refused("NO_VAT_RATES", "No VAT rates are configured; add them before billing.");
        }

        var priceLists = await db.Set<PriceListRow>().AsNoTracking().Include(row => row.SubscriptionFees).ToListAsync(cancellationToken);
        var calculator = new InvoiceCalculator(TariffMapping.ToTariffBook(priceLists, vatRates));
        var series = new InvoiceNumberSeries(settings.InvoiceSeries);
        var now = time.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var report = new Report();
        var work = await PlanAsync(contracts, request, report, cancellationToken);
        var existing = await ExistingBillingKeysAsync(work.Select(item => item.Contract.Number).Distinct().ToList(), request, cancellationToken);
        var pending = new List<WorkItem>(work.Count);
        var issuedBefore = new List<(long CustomerId, string Number)>();
        foreach (var item in work)
        {
            if (existing.TryGetValue((item.Contract.Number, item.Period.Start, item.Period.End), out var stored))
            {
                report.Skip(new BillingSkip(item.Contract.Number, item.Period, BillingSkipReasons.AlreadyInvoiced, $"Contract {item.Contract.Number} has an invoice for {item.Period} already."));
                if (stored.IssueDate == today)
                {
                    issuedBefore.Add((stored.CustomerId, stored.Number));
                }
            }
            else if (item.Period.End >= today)
            {
                report.Skip(new BillingSkip(item.Contract.Number, item.Period, BillingSkipReasons.PeriodNotEnded, $"The period {item.Period} has not ended yet; bill it from the day after its end."));
            }
            else
            {
                pending.Add(item);
            }
        }

        var batchSize = request.BatchSize ?? Math.Max(1, settings.BatchSize);
        var limit = request.Limit ?? int.MaxValue;
        var next = 0;
        var batchNumber = 0;
        while (next < pending.Count && report.Issued < limit && !cancellationToken.IsCancellationRequested)
        {
            var chunk = pending.Skip(next).Take(Math.Min(batchSize, limit - report.Issued)).ToList();
            next += chunk.Count;
            batchNumber++;
            var batch = new BillingBatch(batchNumber, chunk[0].Contract.Number, chunk[^1].Contract.Number, BillingBatchStage.Prepared);
            var ready = await PrepareAsync(chunk, today, calculator, report, cancellationToken);
            await NotifyAsync(batch, cancellationToken);
            var issued = await WriteBatchAsync(ready, series, calculator, today, now, report, cancellationToken);
            await NotifyAsync(batch with { Stage = BillingBatchStage.InvoicesCommitted }, cancellationToken);
            await WriteInvoiceNoticesAsync([.. issued.Select(invoice => (invoice.CustomerId, invoice.Number))], today, batch, cancellationToken);
            await NotifyAsync(batch with { Stage = BillingBatchStage.Committed }, cancellationToken);
            logger.LogInformation(
                "Billing run {From}..{To}: batch {Batch} issued {BatchIssued}; {Done} of {Total} periods done, {Issued} issued, {Skipped} skipped, {Errors} errors so far.",
                request.PeriodEndFrom, request.PeriodEndTo, batchNumber, issued.Count, next, pending.Count, report.Issued, report.Skipped, report.Errors.Count);
            if (issued.Count > 0 && afterCommit is not null)
            {
                await afterCommit(issued, cancellationToken);
            }
        }

        // A run that died between an earlier batch's invoices and its notices left them without notices: the keys are
        // planned again for today's invoices, and only the missing ones are written.
        foreach (var missed in issuedBefore.Chunk(batchSize))
        {
            if (cancellationToken.IsCancellationRequested)
            {
                break;
            }

            await WriteInvoiceNoticesAsync(missed, today, null, cancellationToken);
        }

        var completed = next >= pending.Count;
        StaffAudit.Record(db, now, "billing.run", "BillingRun", null, new
        {
            From = request.PeriodEndFrom,
            To = request.PeriodEndTo,
            CustomerNumber = customerNumber,
            ContractNumber = contractNumber,
            request.Limit,
            report.Issued,
            report.Skipped,
            Errors = report.Errors.Count,
            Completed = completed,
            FirstNumber = report.Invoices.FirstOrDefault()?.Number,
        });

        // The audit entry is written even when the run was cancelled: what it committed happened.
        await db.SaveChangesAsync(CancellationToken.None);
        db.ChangeTracker.Clear();
        return report.ToResult(completed);
    }

    private static BillingRunResult? Validate(BillingRunRequest request)
    {
        if (request.PeriodEndFrom > request.PeriodEndTo)
        {
            return BillingRunResult.Refused("INVALID_PERIOD", $"The period's first day {Iso(request.PeriodEndFrom)} is after its last day {Iso(request.PeriodEndTo)}.");
        }

        if (request.PeriodEndTo.DayNumber - request.PeriodEndFrom.DayNumber + 1 > MaxRangeDays)
        {
            return BillingRunResult.Refused("INVALID_PERIOD", $"A billing run covers at most {MaxRangeDays} days; {Iso(request.PeriodEndFrom)}..{Iso(request.PeriodEndTo)} is longer.");
        }

        if (request.Limit is < 1)
        {
            return BillingRunResult.Refused("INVALID_LIMIT", $"The limit must be at least 1; got {request.Limit}.");
        }

        if (request.BatchSize is < 1 or > 1000)
        {
            return BillingRunResult.Refused("INVALID_BATCH_SIZE", $"The batch size must be 1 to 1000; got {request.BatchSize}.");
        }

        return null;
    }

    /// <summary>Every (contract, period) to consider, in the order numbers are given: contract number, then period.</summary>
    private async Task<List<WorkItem>> PlanAsync(IQueryable<ContractRow> contracts, BillingRunRequest request, Report report, CancellationToken cancellationToken)
    {
        var rows = await (
                from contract in contracts
                join customer in db.Set<CustomerRow>() on contract.CustomerId equals customer.Id
                join premises in db.Set<PremisesRow>() on contract.PremisesId equals premises.Id
                select new { Contract = contract, CustomerNumber = customer.Number, PremisesCode = premises.Code })
            .ToListAsync(cancellationToken);
        var range = new DatePeriod(request.PeriodEndFrom, request.PeriodEndTo);
        var work = new List<WorkItem>(rows.Count);
        foreach (var row in rows)
        {
            try
            {
                // The consent history does not change the periods; it is read when the period is billed.
                var contract = ContractMapping.ToDomain(row.Contract, row.CustomerNumber, row.PremisesCode, []);
                work.AddRange(contract.BillingPeriodsBetween(range).Where(period => range.Contains(period.End)).Select(period => new WorkItem(row.Contract, period)));
            }
            catch (Exception invalid) when (invalid is ArgumentException or FormatException)
            {
                report.Errors.Add(new StaffActionError("BILLING_FAILED", $"Contract {row.Contract.Number}: {invalid.Message}"));
            }
        }

        work.Sort((left, right) =>
        {
            var byNumber = string.CompareOrdinal(left.Contract.Number, right.Contract.Number);
            return byNumber != 0 ? byNumber : left.Period.Start.CompareTo(right.Period.Start);
        });
        return work;
    }

    private async Task<Dictionary<(string, DateOnly, DateOnly), StoredInvoice>> ExistingBillingKeysAsync(
        List<string> contractNumbers, BillingRunRequest request, CancellationToken cancellationToken)
    {
        var query = db.Set<InvoiceRow>().Where(row => row.Kind == InvoiceKind.Invoice && row.PeriodEnd >= request.PeriodEndFrom && row.PeriodEnd <= request.PeriodEndTo);
        if (contractNumbers.Count <= 500)
        {
            query = query.Where(row => contractNumbers.Contains(row.ContractNumber));
        }

        var keys = await query.Select(row => new { row.ContractNumber, row.PeriodStart, row.PeriodEnd, row.CustomerId, row.Number, row.IssueDate }).ToListAsync(cancellationToken);
        var stored = new Dictionary<(string, DateOnly, DateOnly), StoredInvoice>();
        foreach (var key in keys)
        {
            stored.TryAdd((key.ContractNumber, key.PeriodStart, key.PeriodEnd), new StoredInvoice(key.CustomerId, key.Number, key.IssueDate));
        }

        return stored;
    }

    /// <summary>Loads the chunk's rows and prepares each period; skips and errors go to the report.</summary>
    private async Task<List<ReadyPeriod>> PrepareAsync(List<WorkItem> chunk, DateOnly today, InvoiceCalculator calculator, Report report, CancellationToken cancellationToken)
    {
        var customerIds = chunk.Select(item => item.Contract.CustomerId).Distinct().ToList();
        var premisesIds = chunk.Select(item => item.Contract.PremisesId).Distinct().ToList();
        var lastDay = chunk.Max(item => item.Period.End);
        var customers = await db.Set<CustomerRow>().AsNoTracking().Where(row => customerIds.Contains(row.Id)).ToDictionaryAsync(row => row.Id, cancellationToken);
        var premises = await db.Set<PremisesRow>().AsNoTracking().Where(row => premisesIds.Contains(row.Id)).ToDictionaryAsync(row => row.Id, cancellationToken);
        var consents = (await db.Set<ConsentChangeRow>().AsNoTracking().Where(row => customerIds.Contains(row.CustomerId)).ToListAsync(cancellationToken))
            .ToLookup(row => row.CustomerId);
        var meters = await db.Set<MeterRow>().AsNoTracking().Where(row => premisesIds.Contains(row.PremisesId)).ToListAsync(cancellationToken);
        var meterIds = meters.Select(meter => meter.Id).ToList();
        var readings = (await db.Set<MeterReadingRow>().AsNoTracking().Where(row => meterIds.Contains(row.MeterId) && row.ReadingDate <= lastDay).ToListAsync(cancellationToken))
            .ToLookup(row => row.MeterId);
        var metersByPremises = meters.ToLookup(meter => meter.PremisesId);

        var ready = new List<ReadyPeriod>(chunk.Count);
        foreach (var item in chunk)
        {
            var premisesMeters = metersByPremises[item.Contract.PremisesId].ToList();
            var rows = new ContractBillingRows(
                item.Contract,
                customers[item.Contract.CustomerId],
                premises[item.Contract.PremisesId],
                [.. consents[item.Contract.CustomerId]],
                premisesMeters,
                [.. premisesMeters.SelectMany(meter => readings[meter.Id])]);
            var preparation = BillingInputAssembler.Prepare(rows, item.Period, today, settings, calculator);
            if (preparation.Input is { } input)
            {
                ready.Add(new ReadyPeriod(item, input));
            }
            else if (preparation.Skip is { } skip)
            {
                report.Skip(skip);
            }
            else
            {
                report.Errors.Add(preparation.Error!);
            }
        }

        return ready;
    }

    /// <summary>Numbers and writes one batch in one transaction, retrying when a concurrent run got in first.</summary>
    private async Task<List<IssuedInvoice>> WriteBatchAsync(
        List<ReadyPeriod> ready, InvoiceNumberSeries series, InvoiceCalculator calculator, DateOnly today, DateTime now, Report report, CancellationToken cancellationToken)
    {
        if (ready.Count == 0)
        {
            return [];
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var (issued, alreadyInvoiced) = await WriteOnceAsync(ready, series, calculator, today, now, cancellationToken);
                foreach (var item in alreadyInvoiced)
                {
                    report.Skip(new BillingSkip(item.Work.Contract.Number, item.Work.Period, BillingSkipReasons.AlreadyInvoiced,
                        $"Contract {item.Work.Contract.Number} was invoiced for {item.Work.Period} by a concurrent run."));
                }

                foreach (var invoice in issued)
                {
                    report.Issue(invoice);
                }

                return issued;
            }
            catch (Exception conflict) when (conflict is DbUpdateException or DbException && !cancellationToken.IsCancellationRequested)
            {
                if (attempt >= MaxAttempts)
                {
                    report.Errors.Add(new StaffActionError("BILLING_CONFLICT", string.Create(CultureInfo.InvariantCulture,
                        $"The batch from contract {ready[0].Work.Contract.Number} could not be written after {attempt} attempts: {conflict.GetBaseException().Message}")));
                    return [];
                }

                logger.LogWarning("Billing batch from contract {Contract} met a concurrent change (attempt {Attempt}); retrying.", ready[0].Work.Contract.Number, attempt);
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<(List<IssuedInvoice> Issued, List<ReadyPeriod> AlreadyInvoiced)> WriteOnceAsync(
        List<ReadyPeriod> ready, InvoiceNumberSeries series, InvoiceCalculator calculator, DateOnly today, DateTime now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Checked again inside the transaction: a concurrent run may have billed some of these since the run began.
        var numbers = ready.Select(item => item.Work.Contract.Number).Distinct().ToList();
        var stored = (await db.Set<InvoiceRow>()
                .Where(row => row.Kind == InvoiceKind.Invoice && numbers.Contains(row.ContractNumber))
                .Select(row => new { row.ContractNumber, row.PeriodStart, row.PeriodEnd })
                .ToListAsync(cancellationToken))
            .Select(key => (key.ContractNumber, key.PeriodStart, key.PeriodEnd))
            .ToHashSet();
        var alreadyInvoiced = ready.Where(item => stored.Contains((item.Work.Contract.Number, item.Work.Period.Start, item.Work.Period.End))).ToList();
        var toIssue = ready.Except(alreadyInvoiced).ToList();
        if (toIssue.Count == 0)
        {
            await transaction.CommitAsync(cancellationToken);
            return ([], alreadyInvoiced);
        }

        var first = await InvoiceNumbering.ReserveAsync(db, series, today, toIssue.Count, cancellationToken);
        var invoices = toIssue
            .Select((item, index) => calculator.Calculate(item.Input with { InvoiceNumber = series.Format(today, first + index) }))
            .ToList();
        var rows = invoices
            .Select((invoice, index) => InvoiceMapping.ToRow(invoice, toIssue[index].Work.Contract.CustomerId, toIssue[index].Work.Contract.Id, series.Pattern, now))
            .ToList();

        // Numbers follow the contracts; the rows (and the customer rows their triggers update) go in customer-id order.
        var inCustomerOrder = Enumerable.Range(0, rows.Count).OrderBy(index => rows[index].CustomerId).ThenBy(index => index).ToList();
        db.AddRange(inCustomerOrder.Select(index => rows[index]));
        await db.SaveChangesAsync(cancellationToken);
        db.AddRange(inCustomerOrder.Select(index => LedgerMapping.ToRow(invoices[index].ToLedgerDocument(), rows[index].CustomerId, now, invoiceId: rows[index].Id)));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var issued = invoices
            .Select((invoice, index) => new IssuedInvoice(
                rows[index].Id, rows[index].CustomerId, invoice.Number, invoice.ContractNumber, invoice.SalePeriod, invoice.AmountDue, invoice.DueDate))
            .ToList();
        return (issued, alreadyInvoiced);
    }

    /// <summary>
    /// Delivery: the "invoice issued" notices (the e-invoice e-mail with its PDF) of committed invoices. Planned without a
    /// transaction (it reads the customers' ledgers with the new invoices), then inserted in one short transaction; a key
    /// another run (the daily notice run) wrote meanwhile makes that insert fail, and planning again skips it.
    /// </summary>
    /// <remarks>A consent withdrawn between the planning and the insert (milliseconds) is not seen; had it been withdrawn
    /// a moment later, the notice would have been in the outbox anyway.</remarks>
    private async Task WriteInvoiceNoticesAsync(IReadOnlyList<(long CustomerId, string Number)> invoices, DateOnly today, BillingBatch? batch, CancellationToken cancellationToken)
    {
        if (outbox is null || invoices.Count == 0)
        {
            return;
        }

        var customerIds = invoices.Select(invoice => invoice.CustomerId).Distinct().Order().ToList();
        var numbers = invoices.Select(invoice => invoice.Number).ToHashSet(StringComparer.Ordinal);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await outbox.EnqueueAsync(
                    customerIds, today, [],
                    notice => notice.Kind == IBok.Domain.Customers.NotificationKind.InvoiceIssued
                        && notice.Subject is IBok.Domain.Notices.DocumentIssuedSubject issued && numbers.Contains(issued.Document.Number),
                    cancellationToken);
                if (batch is not null)
                {
                    await NotifyAsync(batch with { Stage = BillingBatchStage.NoticesPlanned }, cancellationToken);
                }

                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException conflict) when (attempt < MaxAttempts && !cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning("Invoice notices from invoice {Number} met a concurrent write (attempt {Attempt}): {Reason}", invoices[0].Number, attempt, conflict.GetBaseException().Message);
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private Task NotifyAsync(BillingBatch batch, CancellationToken cancellationToken) =>
        OnBatch is { } onBatch ? onBatch(batch, cancellationToken) : Task.CompletedTask;

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed record WorkItem(ContractRow Contract, DatePeriod Period);

    private sealed record ReadyPeriod(WorkItem Work, BillingInput Input);

    private sealed record StoredInvoice(long CustomerId, string Number, DateOnly IssueDate);

    /// <summary>The counts and the first few of each kind, as the run goes.</summary>
    private sealed class Report
    {
        private readonly Dictionary<string, int> skippedByReason = new(StringComparer.Ordinal);

        public int Issued { get; private set; }

        public int Skipped { get; private set; }

        public List<IssuedInvoice> Invoices { get; } = [];

        public List<BillingSkip> Skips { get; } = [];

        public List<StaffActionError> Errors { get; } = [];

        public void Issue(IssuedInvoice invoice)
        {
            Issued++;
            if (Invoices.Count < BillingRunResult.ListLimit)
            {
                Invoices.Add(invoice);
            }
        }

        public void Skip(BillingSkip skip)
        {
            Skipped++;
            skippedByReason[skip.Reason] = skippedByReason.GetValueOrDefault(skip.Reason) + 1;
            if (Skips.Count < BillingRunResult.ListLimit)
            {
                Skips.Add(skip);
            }
        }

        public BillingRunResult ToResult(bool completed) =>
            new(Issued, Skipped, skippedByReason, Invoices, Skips, Errors.Take(BillingRunResult.ListLimit).ToList(), completed);
    }
}
