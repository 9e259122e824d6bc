using System.Text.Json;
using IBok.GraphQL.Api;
using IBok.GraphQL.Api.Events;
using IBok.GraphQL.Application;
using IBok.GraphQL.Application.Accounts;
using IBok.GraphQL.Application.CustomerReads;
using IBok.GraphQL.Application.CustomerReads.Loaders;
using IBok.GraphQL.Execution;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Persistence.Accounts;
using IBok.GraphQL.Server;
using IBok.GraphQL.Tests.Api.CustomerReads;
using IBok.GraphQL.Tests.Persistence;
using IBok.GraphQL.Tests.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IBok.GraphQL.Tests.Application.CustomerReads;

/// <summary>
/// The iBOK schema over a test database with ONE service provider for every request, as the server has: the
/// process-wide <see cref="CustomerReadCache"/> lives across requests. Counts the SQL statements of each request.
/// </summary>
internal sealed class CachingApiHost : IAsyncDisposable
{
    /// <summary>The dashboard's fields (bench/http/dashboard.graphql and <c>DashboardStatementCountTests</c>).</summary>
    public const string DashboardFields = """
        id number name address { street city }
        premises { code meters { serialNumber legalizationExpiresSoon lastReading { date value } } }
        invoices(first: 12) { totalCount nodes { number issueDate gross { amount } status } }
        balance { toPay { amount } overpaid { amount } nextDuePayment { documentNumber dueDate amount { amount } } }
        unreadNoticeCount
        notices(unreadOnly: true) { title }
        """;

    /// <summary>The signed-in customer's dashboard.</summary>
    public const string CustomerDashboard = "{ customer { " + DashboardFields + " } }";

    /// <summary>A customer's dashboard by global id (staff, or anyone trying).</summary>
    public const string DashboardById = "query($id: ID!) { customerById(id: $id) { " + DashboardFields + " } }";

    private static readonly GraphQLRequestExecutor Executor = new(IBokSchema.Instance);
    private readonly ServiceProvider _services;
    private readonly StatementCounter _counter = new();
    private int _accounts;

    private CachingApiHost(TestDatabase database, TestClock clock, long sizeLimit)
    {
        Database = database;
        Clock = clock;
        _services = new ServiceCollection()
            .AddSingleton<TimeProvider>(clock)
            .AddScoped<ViewerAccessor>()
            .AddDbContext<IBokDbContext>(options =>
            {
                database.Options.Configure(options);
                options.AddInterceptors(_counter);
            })
            .AddSingleton<IEventBus, InProcessEventBus>()
            .AddIBokApplication()
            .Configure<CustomerReadCacheOptions>(options => options.SizeLimit = sizeLimit)
            .BuildServiceProvider();
    }

    /// <summary>The database.</summary>
    public TestDatabase Database { get; }

    /// <summary>The clock of every service.</summary>
    public TestClock Clock { get; }

    /// <summary>The SQL statements of the last request.</summary>
    public int LastStatements { get; private set; }

    /// <summary>The process-wide cache.</summary>
    public CustomerReadCache Cache => _services.GetRequiredService<CustomerReadCache>();

    /// <summary>A migrated database of <paramref name="provider"/>; "now" is 2026-03-15 10:00 UTC unless given.</summary>
    public static async Task<CachingApiHost> CreateAsync(string provider, DateTimeOffset? now = null, long sizeLimit = 100_000) =>
        new(await TestDatabase.CreateMigratedAsync(provider), new TestClock(now ?? ApiHarness.Now), sizeLimit);

    /// <summary>A context that sees everything, for arranging rows and writing behind the API's back.</summary>
    public IBokDbContext SystemContext() => Database.CreateContext();

    /// <summary>Runs one request as <paramref name="viewer"/> in its own scope and returns the response JSON.</summary>
    /// <param name="viewer">The request's viewer.</param>
    /// <param name="query">The document.</param>
    /// <param name="variables">Its variables, if any.</param>
    /// <param name="prepare">Runs on the request's services before the document (as the host's middleware would).</param>
    public async Task<string> ExecuteAsync(Viewer viewer, string query, object? variables = null, Action<IServiceProvider>? prepare = null)
    {
        await using var scope = _services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ViewerAccessor>().Viewer = viewer;
        prepare?.Invoke(scope.ServiceProvider);
        return await ExecuteInScopeAsync(scope.ServiceProvider, query, variables);
    }

    /// <summary>
    /// Runs one request of a signed-in account as the host's viewer middleware does: the session check (one raw
    /// statement, which also reads the customer's data version), the viewer it gives, then the document.
    /// <see cref="LastStatements"/> counts the EF Core statements after the session check.
    /// </summary>
    public async Task<string> ExecuteSignedInAsync(string sessionSecret, string query, object? variables = null)
    {
        await using var scope = _services.CreateAsyncScope();
        var session = await AccountSessionService.FindActiveAsync(
            scope.ServiceProvider.GetRequiredService<IBokDbContext>(), sessionSecret, Clock.GetUtcNow().UtcDateTime)
            ?? throw new InvalidOperationException("The session was refused.");
        var viewer = session.ToViewer();
        scope.ServiceProvider.GetRequiredService<ViewerAccessor>().Viewer = viewer;
        if (viewer.CustomerId is { } customerId && session.CustomerDataVersion is { } dataVersion)
        {
            scope.ServiceProvider.GetRequiredService<CustomerVersionByIdLoader>().UseSessionVersion(customerId, dataVersion);
        }

        return await ExecuteInScopeAsync(scope.ServiceProvider, query, variables);
    }

    /// <summary>Starts a bearer session of a new account (a customer's, or staff's when <paramref name="customerId"/> is null); returns its secret.</summary>
    public async Task<string> StartSessionAsync(long? customerId, ViewerRole role = ViewerRole.Customer)
    {
        var now = Clock.GetUtcNow().UtcDateTime;
        var number = Interlocked.Increment(ref _accounts);
        await using var db = SystemContext();
        var account = new Account
        {
            CustomerId = customerId,
            Role = role,
            Email = $"konto{number}@example.pl",
            NormalizedEmail = $"KONTO{number}@EXAMPLE.PL",
            DisplayName = $"Konto {number}",
            PasswordHash = "-",
            EmailConfirmed = true,
            SecurityStamp = "stamp",
            CreatedAt = now,
            PasswordChangedAt = now,
        };
        db.Add(account);
        await db.SaveChangesAsync();
        var started = await new AccountSessionService(db, Clock).StartAsync(
            new SignedInAccount(account.Id, role, customerId, account.DisplayName, account.SecurityStamp), AccountSessionKind.Bearer, null, now.AddHours(1));
        return started.Secret;
    }

    private async Task<string> ExecuteInScopeAsync(IServiceProvider services, string query, object? variables)
    {
        var request = new GraphQLRequest
        {
            Query = query,
            VariablesJson = variables is null ? null : JsonSerializer.SerializeToElement(variables),
        };
        _counter.Reset();
        var result = await Executor.ExecuteAsync(request, services, null, CancellationToken.None);
        LastStatements = _counter.Count;
        return ExecutionResultJson.Serialize(result);
    }

    /// <summary>The signed-in customer's dashboard as <paramref name="viewer"/>, failing on any error.</summary>
    public async Task<string> DashboardAsync(Viewer viewer)
    {
        var response = await ExecuteAsync(viewer, CustomerDashboard);
        Assert.DoesNotContain("\"errors\"", response, StringComparison.Ordinal);
        return response;
    }

    /// <summary>Runs a mutation, failing on top-level errors or payload errors.</summary>
    public async Task<string> MutateAsync(Viewer viewer, string mutation, object? variables = null)
    {
        var response = await ExecuteAsync(viewer, mutation, variables);
        Assert.DoesNotContain("\"errors\":[{", response, StringComparison.Ordinal);
        return response;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Database.DisposeAsync();
    }
}
