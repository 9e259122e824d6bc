using System.Text.RegularExpressions;
using IBok.Domain;
using IBok.GraphQL.Application.Accounts;
using IBok.GraphQL.Application.Mail;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Persistence.Accounts;
using IBok.GraphQL.Tests.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using IBok.GraphQL.Tests.Testing;

namespace IBok.GraphQL.Tests.Application.Accounts;

/// <summary>Customers and invoices in memory, answering like the real directory.</summary>
public sealed class FakeCustomerDirectory : ICustomerDirectory
{
    private readonly List<DirectoryCustomer> _customers = [];
    private readonly List<(long CustomerId, string Number, Money Gross, DateOnly IssuedOn)> _invoices = [];

    public DirectoryCustomer Add(long id, string number, string displayName)
    {
        var customer = new DirectoryCustomer(id, number, displayName, null);
        _customers.Add(customer);
        return customer;
    }

    public void AddInvoice(long customerId, string number, decimal gross, DateOnly issuedOn) =>
        _invoices.Add((customerId, number, Money.Pln(gross), issuedOn));

    public Task<DirectoryCustomer?> FindByNumberAsync(string customerNumber, CancellationToken cancellationToken = default) =>
        Task.FromResult(_customers.SingleOrDefault(customer => customer.Number == customerNumber));

    public Task<DirectoryCustomer?> FindByIdAsync(long customerId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_customers.SingleOrDefault(customer => customer.Id == customerId));

    public Task<bool> IsRecentInvoiceAsync(long customerId, string invoiceNumber, Money grossAmount, CancellationToken cancellationToken = default) =>
        Task.FromResult(_invoices
            .Where(invoice => invoice.CustomerId == customerId)
            .OrderByDescending(invoice => invoice.IssuedOn)
            .Take(3)
            .Any(invoice => invoice.Number == invoiceNumber && invoice.Gross == grossAmount));
}

/// <summary>A password hasher that counts how often a password is checked.</summary>
public sealed class CountingPasswordHasher(IPasswordHasher<Account> inner) : IPasswordHasher<Account>
{
    public int Verifications { get; set; }

    public string HashPassword(Account user, string password) => inner.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(Account user, string hashedPassword, string providedPassword)
    {
        Verifications++;
        return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}

/// <summary>Keeps the messages instead of sending them.</summary>
public sealed class RecordingEmailSender : IEmailSender
{
    public List<EmailMessage> Sent { get; } = [];

    public Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        Sent.Add(message);
        return Task.CompletedTask;
    }
}

/// <summary>
/// One migrated database with the account services over it, a fake clock, directory and mailbox. Every call runs
/// in a new context (as requests do), for the viewer given.
/// </summary>
public sealed partial class AccountsHarness : IAsyncDisposable
{
    public const string CustomerNumber = "100200";
    public const string CustomerEmail = "jan.kowalski@example.pl";
    public const string CustomerPassword = "Zielona-Woda-2026";
    public const long CustomerId = 1;
    public const long OtherCustomerId = 2;
    public const string OtherCustomerNumber = "100300";

    // Few iterations: the tests check behaviour, not the hash's cost.
    private static readonly PasswordHasher<Account> FastHasher = new(Microsoft.Extensions.Options.Options.Create(new PasswordHasherOptions { IterationCount = 1_000 }));

    private AccountsHarness(TestDatabase database) => Database = database;

    public TestDatabase Database { get; }

    public TestClock Time { get; } = new(new DateTimeOffset(2026, 3, 5, 10, 0, 0, TimeSpan.Zero));

    public FakeCustomerDirectory Customers { get; } = new();

    public RecordingEmailSender Mail { get; } = new();

    public AccountOptions Options { get; } = new() { PublicBaseUrl = "https://ibok.example.pl" };

    /// <summary>Counts password checks (the work that dominates a sign-in's time).</summary>
    public CountingPasswordHasher Hasher { get; } = new(FastHasher);

    public static async Task<AccountsHarness> CreateAsync(string provider)
    {
        var harness = new AccountsHarness(await TestDatabase.CreateMigratedAsync(provider));
        harness.Customers.Add(CustomerId, CustomerNumber, "Jan Kowalski");
        harness.Customers.Add(OtherCustomerId, OtherCustomerNumber, "Ewa Nowak");
        harness.Customers.AddInvoice(CustomerId, "FV/2025/10/0001", 101.10m, new DateOnly(2025, 10, 31));
        harness.Customers.AddInvoice(CustomerId, "FV/2025/11/0001", 102.20m, new DateOnly(2025, 11, 30));
        harness.Customers.AddInvoice(CustomerId, "FV/2025/12/0001", 103.30m, new DateOnly(2025, 12, 31));
        harness.Customers.AddInvoice(CustomerId, "FV/2026/01/0001", 104.40m, new DateOnly(2026, 1, 31));
        return harness;
    }

    public async Task<T> Accounts<T>(Func<AccountService, Task<T>> action, Viewer? viewer = null)
    {
        await using var db = Database.CreateContext(viewer ?? Viewer.Anonymous);
        return await action(new AccountService(db, Customers, Hasher, Mail, Time, Options));
    }

    public async Task<T> Sessions<T>(Func<AccountSessionService, Task<T>> action, Viewer? viewer = null)
    {
        await using var db = Database.CreateContext(viewer ?? Viewer.Anonymous);
        return await action(new AccountSessionService(db, Time));
    }

    /// <summary>Starts a session for the account, as the host does at sign-in (expiring an hour from the clock's now).</summary>
    public Task<StartedSession> StartSessionAsync(SignedInAccount account, AccountSessionKind kind = AccountSessionKind.Cookie, string? userAgent = "Firefox") =>
        Sessions(service => service.StartAsync(account, kind, userAgent, Time.GetUtcNow().UtcDateTime.AddHours(1)));

    /// <summary>The working session carrying <paramref name="secret"/> now, as the per-request check finds it (null when none).</summary>
    public async Task<ActiveSession?> ActiveSessionAsync(string secret)
    {
        await using var db = Database.CreateContext(Viewer.Anonymous);
        return await AccountSessionService.FindActiveAsync(db, secret, Time.GetUtcNow().UtcDateTime);
    }

    public async Task<T> ApiKeys<T>(Func<ApiKeyService, Task<T>> action, Viewer viewer)
    {
        await using var db = Database.CreateContext(viewer);
        return await action(new ApiKeyService(db, Time));
    }

    public async Task<T> Query<T>(Func<IBokDbContext, Task<T>> query)
    {
        await using var db = Database.CreateContext(Viewer.System);
        return await query(db);
    }

    /// <summary>Registers customer 100200 with an invoice and confirms the e-mail with the code it received.</summary>
    public async Task<RegisteredAccount> RegisterConfirmedCustomerAsync()
    {
        var registered = await Accounts(service => service.RegisterCustomerAsync(new RegisterCustomerCommand(
            CustomerNumber, CustomerEmail, CustomerPassword, InvoiceNumber: "FV/2026/01/0001", InvoiceGrossAmount: 104.40m)));
        Assert.True(registered.Succeeded, string.Join("; ", registered.Errors.Select(error => error.Message)));
        var confirmed = await Accounts(service => service.ConfirmEmailAsync(CustomerEmail, LastCode()));
        Assert.True(confirmed.Succeeded);
        return registered.Value!;
    }

    /// <summary>Creates a staff account through the service (as the system) and returns its viewer.</summary>
    public async Task<Viewer> CreateStaffAsync(ViewerRole role, string email, string displayName)
    {
        var created = await Accounts(
            service => service.CreateStaffAccountAsync(email, displayName, role, "Operator-Haslo-1", mustChangePassword: false),
            Viewer.System);
        Assert.True(created.Succeeded);
        return created.Value!.ToViewer();
    }

    /// <summary>The code (XXXX-XXXX) in the last e-mail sent.</summary>
    public string LastCode() => ConfirmationCode().Match(Mail.Sent[^1].TextBody).Value;

    /// <summary>The reset token in the link of the last e-mail sent.</summary>
    public string LastResetToken() => Uri.UnescapeDataString(ResetToken().Match(Mail.Sent[^1].TextBody).Groups["token"].Value);

    public ValueTask DisposeAsync() => Database.DisposeAsync();

    [GeneratedRegex(@"\b[A-Z2-9]{4}-[A-Z2-9]{4}\b")]
    private static partial Regex ConfirmationCode();

    [GeneratedRegex(@"reset-password\?token=(?<token>[A-Za-z0-9_%\-]+)")]
    private static partial Regex ResetToken();
}
