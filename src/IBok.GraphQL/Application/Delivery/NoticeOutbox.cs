using System.Globalization;
using IBok.Domain.Customers;
using IBok.Domain.Notices;
using IBok.Domain.Settlements;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Mapping;
using IBok.GraphQL.Persistence.Model.Customers;
using IBok.GraphQL.Persistence.Model.Delivery;
using IBok.GraphQL.Persistence.Model.Metering;
using IBok.GraphQL.Persistence.Model.Notices;
using IBok.GraphQL.Persistence.Model.Settlements;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace IBok.GraphQL.Application.Delivery;

/// <summary>What one planning pass found and wrote.</summary>
/// <param name="Customers">Customers planned for.</param>
/// <param name="Planned">Notices the planner found due (that passed the filter).</param>
/// <param name="Enqueued">Messages added to the outbox.</param>
/// <param name="AlreadyQueued">Notices already in the outbox under their idempotency key.</param>
/// <param name="Failed">Customers whose stored data could not be read (e.g. a ledger the domain refuses).</param>
public sealed record EnqueueCounts(int Customers, int Planned, int Enqueued, int AlreadyQueued, int Failed)
{
    /// <summary>Nothing.</summary>
    public static EnqueueCounts None { get; } = new(0, 0, 0, 0, 0);

    /// <summary>The sum of two passes.</summary>
    public static EnqueueCounts operator +(EnqueueCounts left, EnqueueCounts right) =>
        new(left.Customers + right.Customers, left.Planned + right.Planned, left.Enqueued + right.Enqueued, left.AlreadyQueued + right.AlreadyQueued, left.Failed + right.Failed);
}

/// <summary>
/// Writes due notices to the transactional outbox: builds each customer's <see cref="CustomerNoticeState"/> from the
/// database, runs IBok.Domain's <see cref="NoticePlanner"/>, renders what is due and not yet in the outbox, and adds the
/// rows to the context. It never saves: the caller saves in the transaction of the change that caused the notice (an
/// invoice issued, an outage published), or the daily run saves each page.
/// </summary>
/// <remarks>The planner's idempotency key is unique in <c>outbox_messages</c>: a notice planned again (the next day's
/// run, a repeated run, a concurrent one) is recognised and not written twice.</remarks>
public sealed class NoticeOutbox(IBokDbContext db, TimeProvider time, DeliveryOptions options)
{
    /// <summary>Published outages that can still be announced on <paramref name="today"/> (a notice to everyone has no area here;
    /// <c>EnqueueAsync</c> gives it each customer's own town).</summary>
    public async Task<IReadOnlyList<NoticeRow>> CurrentOutagesAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var since = today.AddDays(-options.Policy.OutageGraceDays - 1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        return await db.Set<NoticeRow>().AsNoTracking().Include(row => row.Streets)
            .Where(row => row.PublishedAt != null && row.Kind != NoticeKind.Information
                && ((row.OutageEndsAt ?? row.OutageStartsAt ?? row.PublishedAt) >= since))
            .OrderBy(row => row.Id)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Plans for the customers and adds the due, new notices to the context (not saved).</summary>
    /// <param name="customerIds">The customers.</param>
    /// <param name="today">The planning day.</param>
    /// <param name="outages">Published outages to announce (from <see cref="CurrentOutagesAsync"/>).</param>
    /// <param name="only">Keeps only the notices the change caused (e.g. the invoices just issued); null keeps all.</param>
    /// <param name="cancellationToken">Cancels.</param>
    public Task<EnqueueCounts> EnqueueAsync(
        IReadOnlyCollection<long> customerIds, DateOnly today, IReadOnlyList<NoticeRow> outages, Func<PlannedNotice, bool>? only, CancellationToken cancellationToken) =>
        EnqueueAsync(customerIds, today, outages, only, null, cancellationToken);

    /// <summary>Plans for the customers and adds the due, new notices to the context (not saved); also tallies per customer.</summary>
    /// <param name="customerIds">The customers.</param>
    /// <param name="today">The planning day.</param>
    /// <param name="outages">Published outages to announce (from <see cref="CurrentOutagesAsync"/>).</param>
    /// <param name="only">Keeps only the notices the change caused (e.g. the invoices just issued); null keeps all.</param>
    /// <param name="perCustomer">When given, receives each customer's own counts (the sum is the result).</param>
    /// <param name="cancellationToken">Cancels.</param>
    public async Task<EnqueueCounts> EnqueueAsync(
        IReadOnlyCollection<long> customerIds, DateOnly today, IReadOnlyList<NoticeRow> outages, Func<PlannedNotice, bool>? only,
        IDictionary<long, EnqueueCounts>? perCustomer, CancellationToken cancellationToken)
    {
        if (customerIds.Count == 0)
        {
            return EnqueueCounts.None;
        }

        var ids = customerIds.Distinct().ToList();
        var customers = await db.Set<CustomerRow>().AsNoTracking().Where(row => ids.Contains(row.Id))
            .Select(row => new { row.Id, row.Number, row.Name, row.Email, row.Phone, row.PreferredLanguage })
            .ToListAsync(cancellationToken);
        var consents = (await db.Set<ConsentChangeRow>().AsNoTracking()
            .Where(row => ids.Contains(row.CustomerId) && row.Topic == ConsentTopic.Notification).ToListAsync(cancellationToken)).ToLookup(row => row.CustomerId);
        var contracts = (await db.Set<ContractRow>().AsNoTracking().Where(row => ids.Contains(row.CustomerId))
            .Select(row => new { row.CustomerId, row.Number, row.StartDate, row.EndDate, row.ElectronicInvoice })
            .ToListAsync(cancellationToken)).ToLookup(row => row.CustomerId);
        var premises = (await db.Set<PremisesRow>().AsNoTracking().Where(row => ids.Contains(row.CustomerId))
            .Select(row => new { row.CustomerId, row.Street, row.BuildingNumber, row.ApartmentNumber, row.PostalCode, row.City })
            .ToListAsync(cancellationToken)).ToLookup(row => row.CustomerId);
        var meters = (await db.Set<MeterRow>().AsNoTracking()
            .Where(row => ids.Contains(row.CustomerId) && row.InstalledOn <= today && (row.RemovedOn == null || row.RemovedOn > today))
            .Select(row => new { row.CustomerId, row.SerialNumber, row.Kind, row.LegalizationValidUntil })
            .ToListAsync(cancellationToken)).ToLookup(row => row.CustomerId);
        var ledgerRows = await LedgerRowsAsync(ids, cancellationToken);

        var areaOutages = outages.Select(NoticeMapping.ToOutage).OfType<Outage>().ToList();
        var everywhere = outages.Where(row => row.Targeting == NoticeTargeting.All).ToList();
        var zone = time.LocalTimeZone;
        var planned = new List<(PlannedNotice Notice, long CustomerId, string Name, PreferredLanguage Language, long? InvoiceId, long? InterestNoteId)>();
        var failed = 0;
        foreach (var customer in customers)
        {
            try
            {
                var entries = ledgerRows[customer.Id].ToList();
                var email = string.IsNullOrWhiteSpace(customer.Email) ? null : customer.Email;
                var phone = string.IsNullOrWhiteSpace(customer.Phone) ? null : customer.Phone;
                var consentSet = ConsentMapping.ToConsentSet(consents[customer.Id]);
                var eInvoice = contracts[customer.Id].Any(c => c.ElectronicInvoice && c.StartDate <= today && (c.EndDate == null || c.EndDate >= today));

                // The ledger replay is the costly part of planning; a customer who gets no document notice by any channel skips it.
                var ledger = NeedsDocuments(consentSet, email, phone, eInvoice) ? LedgerMapping.ToLedger(customer.Number, entries) : Ledger.Empty(customer.Number);
                var addresses = premises[customer.Id]
                    .Select(row => CustomerMapping.AddressOf(row.Street, row.BuildingNumber, row.ApartmentNumber, row.PostalCode, row.City))
                    .ToList();
                var state = new CustomerNoticeState
                {
                    CustomerNumber = customer.Number,
                    Email = email,
                    Phone = phone,
                    Consents = consentSet,
                    EInvoiceConsent = eInvoice,
                    Contracts = [.. contracts[customer.Id].Select(c => new NoticeContract(c.Number, c.EndDate))],
                    Meters = [.. meters[customer.Id].Select(m => new NoticeMeter(m.SerialNumber, m.Kind, m.LegalizationValidUntil))],
                    PremisesAddresses = addresses,
                    Documents = [.. ledger.Documents
                        .Where(d => d.Amount.IsPositive && d.IssueDate <= today)
                        .Select(d => new NoticeDocument(
                            d.Number,
                            d.Kind == DebitKind.InterestNote ? NoticeDocumentKind.InterestNote : NoticeDocumentKind.Invoice,
                            d.IssueDate, d.DueDate, d.Amount, ledger.StatusOf(d.Number, today).Outstanding))],
                };
                var customerOutages = everywhere.Count == 0 || addresses.Count == 0
                    ? areaOutages
                    : [.. areaOutages, .. everywhere.Select(row => EverywhereOutage(row, addresses[0].City))];
                foreach (var notice in NoticePlanner.Plan(state, today, customerOutages, options.Policy))
                {
                    if (only is null || only(notice))
                    {
                        var document = notice.Subject is DocumentIssuedSubject issued
                            ? entries.FirstOrDefault(row => row.EntryType == LedgerEntryType.Debit && row.Reference == issued.Document.Number)
                            : null;
                        planned.Add((notice, customer.Id, customer.Name, customer.PreferredLanguage, document?.InvoiceId, document?.InterestNoteId));
                    }
                }
            }
            catch (Exception unreadable) when (unreadable is InvalidDataException or FormatException or ArgumentException)
            {
                failed++;
                perCustomer?.Add(customer.Id, new EnqueueCounts(1, 0, 0, 0, 1));
            }
        }

        if (perCustomer is not null)
        {
            var plannedOf = planned.CountBy(item => item.CustomerId).ToDictionary();
            foreach (var customer in customers.Where(customer => !perCustomer.ContainsKey(customer.Id)))
            {
                perCustomer.Add(customer.Id, new EnqueueCounts(1, plannedOf.GetValueOrDefault(customer.Id), 0, 0, 0));
            }
        }

        if (planned.Count == 0)
        {
            return new EnqueueCounts(customers.Count, 0, 0, 0, failed);
        }

        var keys = planned.Select(item => item.Notice.IdempotencyKey).ToList();
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in keys.Chunk(2000))
        {
            var list = chunk.ToList();
            known.UnionWith(await db.Set<OutboxMessageRow>().IgnoreQueryFilters().Where(row => list.Contains(row.IdempotencyKey))
                .Select(row => row.IdempotencyKey).ToListAsync(cancellationToken));
        }

        var now = time.GetUtcNow().UtcDateTime;
        var enqueued = 0;
        foreach (var item in planned)
        {
            if (!known.Add(item.Notice.IdempotencyKey))
            {
                if (perCustomer is not null)
                {
                    perCustomer[item.CustomerId] = perCustomer[item.CustomerId] + new EnqueueCounts(0, 0, 0, 1, 0);
                }

                continue;
            }

            var attach = item.Notice.Channel == NotificationChannel.Email && item.Notice.Kind is NotificationKind.InvoiceIssued or NotificationKind.InterestNote;
            var rendered = NoticeTemplates.Render(item.Notice, item.Language, item.Name, options.PortalUrl, zone, attach && (item.InvoiceId ?? item.InterestNoteId) is not null);
            var email = item.Notice.Channel == NotificationChannel.Email;
            db.Add(new OutboxMessageRow
            {
                CustomerId = item.CustomerId,
                IdempotencyKey = item.Notice.IdempotencyKey,
                Kind = item.Notice.Kind,
                Channel = item.Notice.Channel,
                Recipient = item.Notice.Recipient,
                RecipientName = item.Name,
                Subject = rendered.Subject,
                TextBody = email ? rendered.TextBody : rendered.SmsText,
                HtmlBody = email ? rendered.HtmlBody : null,
                UnsubscribeUrl = email ? rendered.UnsubscribeUrl : null,
                AttachInvoiceId = attach ? item.InvoiceId : null,
                AttachInterestNoteId = attach ? item.InterestNoteId : null,
                Status = OutboxStatus.Pending,
                NextAttemptAt = now,
                CreatedAt = now,
            });
            enqueued++;
            if (perCustomer is not null)
            {
                perCustomer[item.CustomerId] = perCustomer[item.CustomerId] + new EnqueueCounts(0, 0, 1, 0, 0);
            }
        }

        return new EnqueueCounts(customers.Count, planned.Count, enqueued, planned.Count - enqueued, failed);
    }

    /// <summary>
    /// Withdraws the customer's unsent payment reminders and demands the planner no longer finds due (e.g. a payment
    /// just settled the document), so nobody is asked to pay what they paid. Adds the changes to the context (not saved).
    /// </summary>
    public async Task<int> WithdrawSettledAsync(long customerId, DateOnly today, CancellationToken cancellationToken)
    {
        var waiting = await db.Set<OutboxMessageRow>()
            .Where(row => row.CustomerId == customerId && row.Status == OutboxStatus.Pending
                && (row.Kind == NotificationKind.PaymentReminder || row.Kind == NotificationKind.PaymentDemand))
            .ToListAsync(cancellationToken);
        if (waiting.Count == 0)
        {
            return 0;
        }

        var stillDue = new HashSet<string>(StringComparer.Ordinal);
        await PlanKeysAsync(customerId, today, stillDue, cancellationToken);
        var withdrawn = 0;
        foreach (var message in waiting.Where(row => !stillDue.Contains(row.IdempotencyKey)))
        {
            message.Status = OutboxStatus.Withdrawn;
            message.LastError = "Withdrawn: no longer due after a payment.";
            withdrawn++;
        }

        return withdrawn;
    }

    private async Task PlanKeysAsync(long customerId, DateOnly today, HashSet<string> keys, CancellationToken cancellationToken)
    {
        // The same planning, keeping only the keys; EnqueueAsync's filter sees every planned notice.
        await EnqueueAsync([customerId], today, [], notice =>
        {
            keys.Add(notice.IdempotencyKey);
            return false;
        }, cancellationToken);
    }

    private static readonly NotificationKind[] DocumentKinds =
        [NotificationKind.InvoiceIssued, NotificationKind.InterestNote, NotificationKind.PaymentReminder, NotificationKind.PaymentDemand];

    /// <summary>Whether the planner could send this customer a notice about a document (mirrors its channel rules).</summary>
    private static bool NeedsDocuments(ConsentSet consents, string? email, string? phone, bool eInvoice) =>
        (email is not null && (eInvoice || DocumentKinds.Any(kind => consents.Allows(NotificationChannel.Email, kind))))
        || (phone is not null && DocumentKinds.Any(kind => consents.Allows(NotificationChannel.Sms, kind)));

    /// <summary>
    /// The ledger rows of the customers. The daily run's pages are consecutive customers, and it reads every ledger:
    /// there a range read with a plain data reader is several times faster than materialising entities. It bypasses the
    /// context's query filter, so it is used only for viewers who see every customer (the system, staff).
    /// </summary>
    private async Task<ILookup<long, LedgerEntryRow>> LedgerRowsAsync(List<long> ids, CancellationToken cancellationToken)
    {
        var first = ids.Min();
        var last = ids.Max();
        if (!db.Viewer.SeesAllCustomers || last - first + 1 > 2L * ids.Count)
        {
            return (await db.Set<LedgerEntryRow>().AsNoTracking().Where(row => ids.Contains(row.CustomerId)).ToListAsync(cancellationToken))
                .ToLookup(row => row.CustomerId);
        }

        var wanted = ids.ToHashSet();
        var rows = new List<LedgerEntryRow>();
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(cancellationToken);
        }

        try
        {
            await using var command = connection.CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText =
                "SELECT customer_id, id, entry_type, reference, debit_kind, entry_date, due_date, amount_grosz, corrected_document_number, " +
                "matched_document_number, invoice_id, interest_note_id FROM ledger_entries WHERE customer_id >= @first AND customer_id <= @last";
            AddParameter(command, "@first", first);
            AddParameter(command, "@last", last);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var customerId = reader.GetInt64(0);
                if (!wanted.Contains(customerId))
                {
                    continue;
                }

                rows.Add(new LedgerEntryRow
                {
                    CustomerId = customerId,
                    Id = reader.GetInt64(1),
                    EntryType = Enum.Parse<LedgerEntryType>(reader.GetString(2)),
                    Reference = reader.GetString(3),
                    DebitKind = reader.IsDBNull(4) ? null : Enum.Parse<DebitKind>(reader.GetString(4)),
                    EntryDate = reader.GetFieldValue<DateOnly>(5),
                    DueDate = reader.IsDBNull(6) ? null : reader.GetFieldValue<DateOnly>(6),
                    AmountGrosz = reader.GetInt64(7),
                    CorrectedDocumentNumber = reader.IsDBNull(8) ? null : reader.GetString(8),
                    MatchedDocumentNumber = reader.IsDBNull(9) ? null : reader.GetString(9),
                    InvoiceId = reader.IsDBNull(10) ? null : reader.GetInt64(10),
                    InterestNoteId = reader.IsDBNull(11) ? null : reader.GetInt64(11),
                });
            }
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }

        return rows.ToLookup(row => row.CustomerId);
    }

    private static void AddParameter(System.Data.Common.DbCommand command, string name, long value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static Outage EverywhereOutage(NoticeRow row, string city)
    {
        var starts = row.OutageStartsAt ?? row.PublishedAt ?? row.CreatedAt;
        return new Outage(
            row.Id.ToString(CultureInfo.InvariantCulture),
            row.Kind == NoticeKind.Failure ? OutageKind.Failure : OutageKind.PlannedShutdown,
            row.Title, row.Body, new OutageArea(city),
            new DateTimeOffset(DateTime.SpecifyKind(starts, DateTimeKind.Utc)),
            row.OutageEndsAt is { } ends ? new DateTimeOffset(DateTime.SpecifyKind(ends, DateTimeKind.Utc)) : null);
    }
}
