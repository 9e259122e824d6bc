using IBok.GraphQL.Application.Accounts;
using IBok.GraphQL.Application.Demo;
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
using IBok.GraphQL.Tests.Application.Accounts;
using IBok.GraphQL.Tests.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using IBok.GraphQL.Tests.Testing;

namespace IBok.GraphQL.Tests.Application.Demo;

/// <summary>Writing a small demo utility (20 customers, 7 per batch so there are several batches) into a real database.</summary>
public sealed class DemoDatabaseSeederTests
{
    private static readonly DemoOptions Options = new() { Today = new DateOnly(2026, 11, 21), CustomerCount = 20 };

    private static readonly DemoUtility Utility = DemoUtilityGenerator.Generate(Options);

    private static readonly IReadOnlyList<DemoCustomer> Customers = [.. Utility.Customers];

    // Few iterations: the tests check behaviour, not the hash's cost.
    private static readonly PasswordHasher<Account> Hasher = new(Microsoft.Extensions.Options.Options.Create(new PasswordHasherOptions { IterationCount = 1_000 }));

    private static readonly TestClock Clock = new(new DateTimeOffset(2026, 11, 21, 9, 30, 0, TimeSpan.Zero));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SeedIfEmpty_WritesEveryRowTheUtilityHas(string provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);

        var result = await SeedAsync(database);

        Assert.Equal(DemoSeedingOutcome.Seeded, result.Outcome);
        Assert.Equal(Utility.Logins, result.Logins);
        await AssertCompleteAsync(database);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SeedIfEmpty_DemoLoginsSignInWithThePrintedPasswords(string provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await SeedAsync(database);
        var logins = Utility.Logins;

        var household = await SignInAsync(database, logins.Household.CustomerNumber, logins.Household.Password);
        var business = await SignInAsync(database, logins.Business.Email, logins.Business.Password);
        var staff = await SignInAsync(database, logins.Operator.Email, logins.Operator.Password);

        Assert.True(household.Succeeded, string.Join("; ", household.Errors.Select(error => error.Message)));
        Assert.Equal((ViewerRole.Customer, logins.Household.Name), (household.Value!.Role, household.Value.DisplayName));
        Assert.True(business.Succeeded);
        Assert.Equal(ViewerRole.Customer, business.Value!.Role);
        Assert.NotEqual(household.Value.CustomerId, business.Value.CustomerId);
        Assert.True(staff.Succeeded);
        Assert.Equal((ViewerRole.Operator, (long?)null, logins.Operator.Name), (staff.Value!.Role, staff.Value.CustomerId, staff.Value.DisplayName));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SeedIfEmpty_StoredLedgerGivesTheGeneratorsBalance(string provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await SeedAsync(database);
        await using var db = database.CreateContext();

        foreach (var demo in Customers.Take(3))
        {
            var number = demo.Customer.Number.Value;
            var customerId = await db.Set<CustomerRow>().Where(row => row.Number == number).Select(row => row.Id).SingleAsync();
            var entries = await db.Set<LedgerEntryRow>().Where(row => row.CustomerId == customerId).ToListAsync();

            var ledger = LedgerMapping.ToLedger(number, entries);

            Assert.Equal(demo.Ledger.BalanceOn(Options.Today), ledger.BalanceOn(Options.Today));
            Assert.Equal(demo.Ledger.Documents.Count, ledger.Documents.Count);
            Assert.Equal(demo.Ledger.Allocations.Count, ledger.Allocations.Count);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SeedIfEmpty_InvoicesReadBackEqualTheGeneratedOnes(string provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await SeedAsync(database);
        await using var db = database.CreateContext();

        var stored = await db.Set<InvoiceRow>().Include(row => row.Lines).Include(row => row.VatSummary).AsSplitQuery().ToListAsync();

        var generated = Customers.SelectMany(demo => demo.Invoices).OrderBy(invoice => invoice.Number, StringComparer.Ordinal).ToList();
        var readBack = stored.Select(InvoiceMapping.ToDomain).OrderBy(invoice => invoice.Number, StringComparer.Ordinal).ToList();
        Assert.Equal(generated.Count, readBack.Count);
        for (var i = 0; i < generated.Count; i++)
        {
            Assert.Equal(generated[i], readBack[i]);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SeedIfEmpty_CountersContinueFromTheLargestStoredNumbers(string provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await SeedAsync(database);
        await using var db = database.CreateContext();

        var counters = await db.Set<InvoiceNumberCounterRow>().ToListAsync();
        var invoiceNumbers = Customers.SelectMany(demo => demo.Invoices).Select(invoice => invoice.Number)
            .Concat(Customers.SelectMany(demo => demo.InterestNotes).Select(note => note.Note.Number));
        var expected = invoiceNumbers
            .GroupBy(number => number[..number.LastIndexOf('/')], StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Max(number => long.Parse(number[(number.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(expected.Count, counters.Count);
        foreach (var counter in counters)
        {
            Assert.Equal(expected[counter.Scope[..counter.Scope.LastIndexOf('/')]], counter.LastSequence);
        }

        var cases = await db.Set<CaseSignatureCounterRow>().ToListAsync();
        var signatures = Customers.SelectMany(demo => demo.Cases).Select(@case => @case.Signature).OfType<Domain.Cases.CaseSignature>().ToList();
        Assert.Equal(
            signatures.GroupBy(signature => (signature.Prefix, signature.Year)).Select(group => (group.Key.Prefix, group.Key.Year, group.Max(signature => signature.Sequence))).Order(),
            cases.Select(counter => (counter.Prefix, counter.Year, counter.LastSequence)).Order());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SeedIfEmpty_SecondRunDoesNothing(string provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await SeedAsync(database);

        var second = await SeedAsync(database);

        Assert.Equal(DemoSeedingOutcome.AlreadySeeded, second.Outcome);
        Assert.Null(second.Logins);
        await AssertCompleteAsync(database);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SeedIfEmpty_AfterAnInterruptedSeeding_DeletesItAndSeedsAgain(string provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var interrupted = await SeedAsync(database, stopAfterCustomers: 7);
        Assert.False(interrupted.Report!.Completed);
        Assert.Null(interrupted.Logins);
        await using (var db = database.CreateContext())
        {
            Assert.Equal(7, await db.Set<CustomerRow>().CountAsync());
            Assert.Equal(0, await db.Set<Account>().CountAsync());
        }

        var resumed = await SeedAsync(database);

        Assert.Equal(DemoSeedingOutcome.Reseeded, resumed.Outcome);
        Assert.Equal(Utility.Logins, resumed.Logins);
        await AssertCompleteAsync(database);
        await using var check = database.CreateContext();
        Assert.Equal(
            [DemoDatabaseSeeder.StartedAction, DemoDatabaseSeeder.CompletedAction],
            await check.Set<AuditEntry>().OrderBy(entry => entry.Id).Select(entry => entry.Action).ToListAsync());
        Assert.Equal(Customers.Select(demo => demo.Customer.Number.Value), await check.Set<CustomerRow>().OrderBy(row => row.Id).Select(row => row.Number).ToListAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SeedIfEmpty_CustomersThatAreNotTheDemos_AreLeftAlone(string provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using (var db = database.CreateContext())
        {
            db.Add(CustomerMapping.ToRow(Customers[5].Customer));
            await db.SaveChangesAsync();
        }

        var result = await SeedAsync(database);

        Assert.Equal(DemoSeedingOutcome.NotEmpty, result.Outcome);
        await using var check = database.CreateContext();
        Assert.Equal(1, await check.Set<CustomerRow>().CountAsync());
        Assert.Equal(0, await check.Set<PriceListRow>().CountAsync());
        Assert.Equal(0, await check.Set<AuditEntry>().CountAsync());
    }

    [Fact]
    public async Task SeedIfEmpty_HouseholdGetsTheOutageOnTheirStreetUnreadAndGeneralNotices()
    {
        await using var database = await TestDatabase.CreateMigratedAsync("sqlite");
        await SeedAsync(database);
        await using var db = database.CreateContext();
        var householdId = await db.Set<CustomerRow>().Where(row => row.Number == Utility.Logins.Household.CustomerNumber).Select(row => row.Id).SingleAsync();

        var inbox = await (from delivery in db.Set<NoticeDeliveryRow>()
                           join notice in db.Set<NoticeRow>() on delivery.NoticeId equals notice.Id
                           where delivery.CustomerId == householdId
                           orderby notice.Id
                           select new { notice.Kind, notice.Title, Read = delivery.ReadAt != null }).ToListAsync();

        Assert.Equal(
            [
                (NoticeKind.Failure, "Awaria sieci wodociągowej", false),
                (NoticeKind.Information, "Nowe ceny wody i ścieków od 1 lipca", false),
                (NoticeKind.Information, "E-faktura: taniej i wygodniej", true),
                (NoticeKind.Information, "Godziny pracy Biura Obsługi Klienta", true),
            ],
            inbox.Select(item => (item.Kind, item.Title, item.Read)));
    }

    [Fact]
    public async Task SeedIfEmpty_FormsArePdfFiles()
    {
        await using var database = await TestDatabase.CreateMigratedAsync("sqlite");
        await SeedAsync(database);
        await using var db = database.CreateContext();

        var forms = await db.Set<DocumentRow>().OrderBy(row => row.Id).ToListAsync();

        Assert.Equal(
            ["Wniosek o zawarcie umowy", "Reklamacja", "Zgłoszenie odczytu wodomierza", "Wniosek o montaż podlicznika ogrodowego"],
            forms.Select(form => form.Title));
        Assert.All(forms, form =>
        {
            Assert.Equal("application/pdf", form.ContentType);
            Assert.Equal(form.Content.Length, form.SizeBytes);
            Assert.Equal("%PDF-1.4", System.Text.Encoding.ASCII.GetString(form.Content, 0, 8));
            Assert.EndsWith("%%EOF\n", System.Text.Encoding.ASCII.GetString(form.Content), StringComparison.Ordinal);
        });
    }

    private static async Task<DemoSeedingResult> SeedAsync(TestDatabase database, int? stopAfterCustomers = null)
    {
        await using var db = database.CreateContext(Viewer.System);
        return await DemoSeeding.SeedIfEmptyAsync(
            db, Options, Hasher, Clock, new DemoSeederSettings { CustomersPerBatch = 7, StopAfterCustomers = stopAfterCustomers }, CancellationToken.None);
    }

    private static async Task<AccountOutcome<SignedInAccount>> SignInAsync(TestDatabase database, string login, string password)
    {
        await using var db = database.CreateContext(Viewer.Anonymous);
        var service = new AccountService(db, new DatabaseCustomerDirectory(db), Hasher, new RecordingEmailSender(), Clock, new AccountOptions());
        return await service.SignInAsync(login, password);
    }

    private static async Task AssertCompleteAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var invoices = Customers.SelectMany(demo => demo.Invoices).ToList();
        var cases = Customers.SelectMany(demo => demo.Cases).ToList();
        var notes = Customers.SelectMany(demo => demo.InterestNotes).ToList();
        var expected = new Dictionary<string, long>
        {
            ["customers"] = Customers.Count,
            ["premises"] = Customers.Sum(demo => demo.Premises.Count),
            ["contracts"] = Customers.Sum(demo => demo.Contracts.Count),
            ["consent_changes"] = Customers.Sum(demo => demo.Customer.Consents.History.Count + demo.Contracts.Sum(contract => contract.ElectronicInvoice.History.Count)),
            ["meters"] = Customers.Sum(demo => demo.Meters.Count),
            ["meter_readings"] = Customers.Sum(demo => demo.Meters.Sum(meter => meter.Readings.Count)),
            ["invoices"] = invoices.Count,
            ["invoice_lines"] = invoices.Sum(invoice => invoice.Lines.Count),
            ["invoice_vat_summary"] = invoices.Sum(invoice => invoice.Vat.Rows.Count),
            ["interest_notes"] = notes.Count,
            ["interest_note_lines"] = notes.Sum(note => note.Note.Lines.Count),
            ["ledger_entries"] = invoices.Count + notes.Count + Customers.Sum(demo => demo.Payments.Count),
            ["cases"] = cases.Count,
            ["case_messages"] = cases.Sum(@case => @case.Messages.Count),
            ["case_status_changes"] = cases.Sum(@case => @case.History.Count),
            ["case_attachments"] = cases.Sum(@case => @case.Messages.Sum(message => message.Attachments.Count)),
            ["tariff_price_lists"] = Utility.PriceLists.Count,
            ["vat_rates"] = Utility.Tariffs.VatRates.Entries.Count,
            ["notices"] = Utility.Outages.Count + 3,
            ["documents"] = 4,
            ["accounts"] = 3,
        };
        var actual = new Dictionary<string, long>
        {
            ["customers"] = await db.Set<CustomerRow>().CountAsync(),
            ["premises"] = await db.Set<PremisesRow>().CountAsync(),
            ["contracts"] = await db.Set<ContractRow>().CountAsync(),
            ["consent_changes"] = await db.Set<ConsentChangeRow>().CountAsync(),
            ["meters"] = await db.Set<MeterRow>().CountAsync(),
            ["meter_readings"] = await db.Set<MeterReadingRow>().CountAsync(),
            ["invoices"] = await db.Set<InvoiceRow>().CountAsync(),
            ["invoice_lines"] = await db.Set<InvoiceLineRow>().CountAsync(),
            ["invoice_vat_summary"] = await db.Set<InvoiceVatSummaryRow>().CountAsync(),
            ["interest_notes"] = await db.Set<InterestNoteRow>().CountAsync(),
            ["interest_note_lines"] = await db.Set<InterestNoteLineRow>().CountAsync(),
            ["ledger_entries"] = await db.Set<LedgerEntryRow>().CountAsync(),
            ["cases"] = await db.Set<CaseRow>().CountAsync(),
            ["case_messages"] = await db.Set<CaseMessageRow>().CountAsync(),
            ["case_status_changes"] = await db.Set<CaseStatusChangeRow>().CountAsync(),
            ["case_attachments"] = await db.Set<CaseAttachmentRow>().CountAsync(),
            ["tariff_price_lists"] = await db.Set<PriceListRow>().CountAsync(),
            ["vat_rates"] = await db.Set<VatRatesRow>().CountAsync(),
            ["notices"] = await db.Set<NoticeRow>().CountAsync(),
            ["documents"] = await db.Set<DocumentRow>().CountAsync(),
            ["accounts"] = await db.Set<Account>().CountAsync(),
        };
        Assert.Equal(expected, actual);
        Assert.True(expected["cases"] > 0 && expected["interest_notes"] > 0 && expected["case_attachments"] > 0, "The sample should hold cases, interest notes and attachments.");

        // Every customer gets the three general notices; outage notices reach those with a premises in the area.
        var outageDeliveries = Customers.Sum(demo => Utility.Outages.Count(outage => demo.Premises.Any(premises => outage.Area.Covers(premises.Address))));
        Assert.Equal((Customers.Count * 3) + outageDeliveries, await db.Set<NoticeDeliveryRow>().CountAsync());
        Assert.True(outageDeliveries > 0);
    }
}
