using System.Diagnostics;
using System.Text.Json;
using IBok.Domain.Interest;
using IBok.Domain.Tariffs;
using IBok.GraphQL.Application.Accounts;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Persistence.Accounts;
using IBok.GraphQL.Persistence.Auditing;
using IBok.GraphQL.Persistence.Mapping;
using IBok.GraphQL.Persistence.Model.Billing;
using IBok.GraphQL.Persistence.Model.Cases;
using IBok.GraphQL.Persistence.Model.Customers;
using IBok.GraphQL.Persistence.Model.Documents;
using IBok.GraphQL.Persistence.Model.Interest;
using IBok.GraphQL.Persistence.Model.Metering;
using IBok.GraphQL.Persistence.Model.Notices;
using IBok.GraphQL.Persistence.Model.Settlements;
using IBok.GraphQL.Persistence.Model.Tariffs;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace IBok.GraphQL.Application.Demo;

/// <summary>How <see cref="DemoDatabaseSeeder"/> writes.</summary>
public sealed record DemoSeederSettings
{
    /// <summary>Customers written per transaction; 500 by default.</summary>
    public int CustomersPerBatch { get; init; } = 500;

    /// <summary>The instant the seeding happens (UTC): the accounts' creation time and the markers' time
    /// (<see cref="DemoSeeding.SeedIfEmptyAsync(Persistence.IBokDbContext, DemoOptions, Microsoft.AspNetCore.Identity.IPasswordHasher{Persistence.Accounts.Account}, TimeProvider, DemoSeederSettings, CancellationToken)"/> sets it from its clock).</summary>
    public DateTime Now { get; init; }

    /// <summary>Told after every committed batch.</summary>
    public Action<DemoSeedProgress>? Progress { get; init; }

    /// <summary>For tests of an interrupted seeding: stop, without the completion marker, once this many customers are committed.</summary>
    internal int? StopAfterCustomers { get; init; }
}

/// <summary>How far a seeding has come.</summary>
/// <param name="CustomersWritten">Customers committed so far.</param>
/// <param name="CustomerCount">Customers to write in all.</param>
/// <param name="Elapsed">Time since the seeding started.</param>
public sealed record DemoSeedProgress(int CustomersWritten, int CustomerCount, TimeSpan Elapsed);

/// <summary>What a seeding wrote.</summary>
/// <param name="RowsPerTable">Rows inserted per table name.</param>
/// <param name="Elapsed">How long it took.</param>
/// <param name="Completed">False only when stopped on purpose before the end (tests of an interrupted seeding).</param>
public sealed record DemoSeedReport(IReadOnlyDictionary<string, long> RowsPerTable, TimeSpan Elapsed, bool Completed);

/// <summary>
/// Writes a generated <see cref="DemoUtility"/> into iBOK's database: tariffs, customers with everything they own,
/// notices and their deliveries, downloadable forms, numbering counters and the demo logins' accounts.
/// </summary>
/// <remarks>
/// <para>Three steps, each in its own transaction(s): reference data with the <see cref="StartedAction"/> marker; the
/// customers, <see cref="DemoSeederSettings.CustomersPerBatch"/> per transaction, streamed from the generator so memory
/// stays flat; then counters, accounts and the <see cref="CompletedAction"/> marker, last. A process killed part-way
/// leaves the first marker without the second, which <c>DemoSeeding.SeedIfEmptyAsync</c> recognizes.</para>
/// <para>Rows go through <see cref="DemoRowWriter"/> (the model's own mappings, no change tracking) and are made by the
/// mappings of Persistence/Mapping wherever one exists; cases, notices and forms are written as rows directly.</para>
/// </remarks>
public static class DemoDatabaseSeeder
{
    /// <summary>The audit-log action written before the first customer: a demo seeding has begun.</summary>
    public const string StartedAction = "demo.seed.started";

    /// <summary>The audit-log action written last, in the same transaction as the accounts: the demo is complete.</summary>
    public const string CompletedAction = "demo.seed.completed";

    /// <summary>The tables the seeding writes (besides <c>accounts</c> and <c>audit_log</c>), children before parents.</summary>
    internal static readonly IReadOnlyList<Type> TablesChildrenFirst =
    [
        typeof(NoticeDeliveryRow), typeof(CaseAttachmentRow), typeof(CaseStatusChangeRow), typeof(CaseMessageRow), typeof(CaseRow),
        typeof(LedgerEntryRow), typeof(InterestNoteLineRow), typeof(InterestNoteRow), typeof(InvoiceVatSummaryRow), typeof(InvoiceLineRow),
        typeof(InvoiceRow), typeof(MeterReadingRow), typeof(MeterRow), typeof(ConsentRow), typeof(ConsentChangeRow), typeof(ContractRow),
        typeof(PremisesRow), typeof(CustomerRow), typeof(NoticeStreetRow), typeof(NoticeRow), typeof(DocumentRow), typeof(InterestRateRow),
        typeof(SubscriptionFeeRow), typeof(PriceListRow), typeof(VatRatesRow), typeof(InvoiceNumberCounterRow), typeof(CaseSignatureCounterRow),
    ];

    /// <summary>Writes the whole utility. The database must hold no customers (see <see cref="DemoSeeding"/>).</summary>
    public static async Task<DemoSeedReport> SeedAsync(
        IBokDbContext db, DemoUtility utility, IPasswordHasher<Account> passwordHasher, DemoSeederSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(utility);
        ArgumentNullException.ThrowIfNull(passwordHasher);
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.CustomersPerBatch < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(settings), settings.CustomersPerBatch, "CustomersPerBatch must be at least 1.");
        }

        var clock = Stopwatch.StartNew();
        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var writer = new DemoRowWriter(db);
        try
        {
            // Parents before children: the writer writes tables in the order they are first named.
            foreach (var type in TablesChildrenFirst.Reverse().Where(type => type != typeof(InvoiceNumberCounterRow) && type != typeof(CaseSignatureCounterRow)))
            {
                writer.Declare(type);
            }

            var notices = new DemoNotices(utility);
            await InTransactionAsync(db, writer, cancellationToken, async () =>
            {
                await WriteReferenceDataAsync(db, writer, utility, notices, cancellationToken).ConfigureAwait(false);
                db.Add(Marker(StartedAction, settings.Now, utility.Options));
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }).ConfigureAwait(false);

            var customers = new DemoCustomerRows(writer, utility, notices);
            var written = 0;
            var count = utility.Options.CustomerCount;
            using var enumerator = utility.Customers.GetEnumerator();
            while (written < count)
            {
                var inBatch = 0;
                await InTransactionAsync(db, writer, cancellationToken, () =>
                {
                    while (inBatch < settings.CustomersPerBatch && enumerator.MoveNext())
                    {
                        customers.Write(enumerator.Current);
                        inBatch++;
                    }

                    return Task.CompletedTask;
                }).ConfigureAwait(false);
                written += inBatch;
                settings.Progress?.Invoke(new DemoSeedProgress(written, count, clock.Elapsed));
                if (inBatch == 0 || (settings.StopAfterCustomers is { } stop && written >= stop && written < count))
                {
                    return new DemoSeedReport(writer.Written, clock.Elapsed, Completed: written >= count);
                }
            }

            await InTransactionAsync(db, writer, cancellationToken, async () =>
            {
                await WriteCountersAsync(db, customers, cancellationToken).ConfigureAwait(false);
                AddAccounts(db, utility, customers, passwordHasher, settings.Now);
                db.Add(Marker(CompletedAction, settings.Now, utility.Options));
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }).ConfigureAwait(false);
            return new DemoSeedReport(writer.Written, clock.Elapsed, Completed: true);
        }
        finally
        {
            await writer.DisposeAsync().ConfigureAwait(false);
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Deletes every row of the tables the seeding writes, and the demo's markers (for a seeding that was cut
    /// short: see <see cref="DemoSeeding"/>).</summary>
    internal static async Task WipeAsync(IBokDbContext db, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        foreach (var type in TablesChildrenFirst)
        {
            var table = db.Model.FindEntityType(type)!.GetTableName()!;
#pragma warning disable EF1003 // The table name comes from the model, not from input.
            await db.Database.ExecuteSqlRawAsync("DELETE FROM " + table, cancellationToken).ConfigureAwait(false);
#pragma warning restore EF1003
        }

        await db.Set<AuditEntry>().Where(entry => entry.Action == StartedAction).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task InTransactionAsync(IBokDbContext db, DemoRowWriter writer, CancellationToken cancellationToken, Func<Task> write)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await write().ConfigureAwait(false);
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        await writer.SyncIdentitiesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.Clear();
    }

    private static async Task WriteReferenceDataAsync(IBokDbContext db, DemoRowWriter writer, DemoUtility utility, DemoNotices notices, CancellationToken cancellationToken)
    {
        // Reference tables an administrator may already have filled are left as they are.
        if (!await db.Set<PriceListRow>().AnyAsync(cancellationToken).ConfigureAwait(false))
        {
            foreach (var priceList in utility.PriceLists)
            {
                var row = TariffMapping.ToRow(priceList);
                var id = writer.Add(row);
                foreach (var fee in row.SubscriptionFees)
                {
                    fee.PriceListId = id;
                    writer.Add(fee);
                }
            }
        }

        if (!await db.Set<VatRatesRow>().AnyAsync(cancellationToken).ConfigureAwait(false))
        {
            foreach (var rates in utility.Tariffs.VatRates.Entries)
            {
                writer.Add(TariffMapping.ToRow(rates));
            }
        }

        if (!await db.Set<InterestRateRow>().AnyAsync(cancellationToken).ConfigureAwait(false))
        {
            foreach (var table in new[] { StatutoryLateInterest.Table, CommercialLateInterest.Table })
            {
                foreach (var change in table.Changes)
                {
                    writer.Add(new InterestRateRow { TableName = table.Name, EffectiveFrom = change.EffectiveFrom, AnnualRatePercent = change.AnnualRatePercent });
                }
            }
        }

        if (!await db.Set<DocumentRow>().AnyAsync(cancellationToken).ConfigureAwait(false))
        {
            foreach (var form in DemoNotices.Forms(utility))
            {
                writer.Add(form);
            }
        }

        foreach (var notice in notices.Rows)
        {
            var id = writer.Add(notice);
            foreach (var street in notice.Streets)
            {
                street.NoticeId = id;
                writer.Add(street);
            }
        }
    }

    /// <summary>Continues every numbering scope from the largest number stored (or the counter already there, if higher).</summary>
    private static async Task WriteCountersAsync(IBokDbContext db, DemoCustomerRows customers, CancellationToken cancellationToken)
    {
        var invoiceCounters = await db.Set<InvoiceNumberCounterRow>().ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var ((series, scope), last) in customers.InvoiceSequences)
        {
            var counter = invoiceCounters.SingleOrDefault(row => row.Series == series && row.Scope == scope);
            if (counter is null)
            {
                db.Add(new InvoiceNumberCounterRow { Series = series, Scope = scope, LastSequence = last, Version = 1 });
            }
            else if (counter.LastSequence < last)
            {
                counter.LastSequence = last;
                counter.Version++;
                db.Update(counter);
            }
        }

        var caseCounters = await db.Set<CaseSignatureCounterRow>().ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var ((prefix, year), last) in customers.CaseSequences)
        {
            var counter = caseCounters.SingleOrDefault(row => row.Prefix == prefix && row.Year == year);
            if (counter is null)
            {
                db.Add(new CaseSignatureCounterRow { Prefix = prefix, Year = year, LastSequence = last, Version = 1 });
            }
            else if (counter.LastSequence < last)
            {
                counter.LastSequence = last;
                counter.Version++;
                db.Update(counter);
            }
        }
    }

    /// <summary>Accounts for the printed logins: the two demo customers (e-mail confirmed) and the operator. The
    /// generator's admin gets none: no password for it is printed, and an account nobody was told about is only a risk.</summary>
    private static void AddAccounts(IBokDbContext db, DemoUtility utility, DemoCustomerRows customers, IPasswordHasher<Account> passwordHasher, DateTime now)
    {
        var logins = utility.Logins;
        db.Add(NewAccount(ViewerRole.Customer, customers.IdOf(logins.Household.CustomerNumber), logins.Household.Email, logins.Household.Name, logins.Household.Password, passwordHasher, now));
        db.Add(NewAccount(ViewerRole.Customer, customers.IdOf(logins.Business.CustomerNumber), logins.Business.Email, logins.Business.Name, logins.Business.Password, passwordHasher, now));
        db.Add(NewAccount(ViewerRole.Operator, null, logins.Operator.Email, logins.Operator.Name, logins.Operator.Password, passwordHasher, now));
    }

    private static Account NewAccount(ViewerRole role, long? customerId, string email, string name, string password, IPasswordHasher<Account> passwordHasher, DateTime now)
    {
        var account = new Account
        {
            CustomerId = customerId,
            Role = role,
            Email = email,
            NormalizedEmail = AccountService.NormalizeEmail(email),
            DisplayName = name,
            EmailConfirmed = true,
            MustChangePassword = false,
            SecurityStamp = Secrets.NewToken(16),
            CreatedAt = now,
            PasswordChangedAt = now,
        };
        account.PasswordHash = passwordHasher.HashPassword(account, password);
        return account;
    }

    private static AuditEntry Marker(string action, DateTime now, DemoOptions options) => new()
    {
        OccurredAt = DateTime.SpecifyKind(now, DateTimeKind.Utc),
        ActorName = "system",
        ActorRole = ViewerRole.Admin.ToString(),
        Action = action,
        SubjectType = "Demo",
        SubjectId = options.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
        DetailsJson = JsonSerializer.Serialize(new { customers = options.CustomerCount, seed = options.Seed, today = options.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) }),
    };
}
