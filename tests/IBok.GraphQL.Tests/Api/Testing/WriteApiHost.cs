using IBok.GraphQL.Tests.Testing;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using IBok.Domain.Customers;
using IBok.Domain.Metering;
using IBok.GraphQL.Api;
using IBok.GraphQL.Api.Events;
using IBok.GraphQL.Application;
using IBok.GraphQL.Application.Accounts;
using IBok.GraphQL.Application.WithoutAccount;
using IBok.GraphQL.Execution;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Persistence.Model.Customers;
using IBok.GraphQL.Persistence.Model.Metering;
using IBok.GraphQL.Relay;
using IBok.GraphQL.Server;
using IBok.GraphQL.Tests.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IBok.GraphQL.Tests.Api.Testing;

/// <summary>The ids of one seeded customer (row keys; the API takes and returns the global ids below).</summary>
public sealed record SeededCustomer(long CustomerId, string Number, long PremisesId, long ContractId, long MeterId, string MeterSerial, Viewer Viewer)
{
    /// <summary>The meter's global id, as the API returns it.</summary>
    public string MeterGlobalId => GlobalId.Serialize("Meter", MeterId);

    /// <summary>The contract's global id, as the API returns it.</summary>
    public string ContractGlobalId => GlobalId.Serialize("Contract", ContractId);
}

/// <summary>
/// The iBOK schema over a real database of one provider, with the services of the customer write side, run the way
/// the transport runs it: one DI scope per request, the viewer set on its <see cref="ViewerAccessor"/>.
/// </summary>
public sealed class WriteApiHost : IAsyncDisposable
{
    private static readonly GraphQLRequestExecutor Executor = new(IBokSchema.Instance);
    private readonly ServiceProvider _services;

    private WriteApiHost(TestDatabase database, TestClock clock, ServiceProvider services)
    {
        Database = database;
        Clock = clock;
        _services = services;
    }

    /// <summary>The database.</summary>
    public TestDatabase Database { get; }

    /// <summary>The clock every service reads (starts at 2026-05-15 10:00 UTC).</summary>
    public TestClock Clock { get; }

    /// <summary>The client address the next requests come from (what the transport would set).</summary>
    public string ClientAddress { get; set; } = "192.0.2.10";

    /// <summary>A migrated database of <paramref name="provider"/> with the write-side services.</summary>
    public static async Task<WriteApiHost> CreateAsync(string provider, Action<AnonymousAccessOptions>? anonymousOptions = null)
    {
        var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = new TestClock(new DateTimeOffset(2026, 5, 15, 10, 0, 0, TimeSpan.Zero));
        var options = new AnonymousAccessOptions();
        anonymousOptions?.Invoke(options);
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(clock)
            .AddIBokPersistence(database.Options)
            .AddIBokApplication(options)
            .AddIBokAccounts()
            .AddScoped<ISignInSession, NoSignInSession>()
            .AddSingleton<IEventBus, InProcessEventBus>()
            .BuildServiceProvider();
        return new WriteApiHost(database, clock, services);
    }

    /// <summary>Runs a document as <paramref name="viewer"/> and returns the whole response as JSON.</summary>
    public async Task<JsonElement> ExecuteAsync(Viewer viewer, string query, object? variables = null)
    {
        await using var scope = _services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ViewerAccessor>().Viewer = viewer;
        scope.ServiceProvider.GetRequiredService<ClientOrigin>().Address = ClientAddress;
        var request = new GraphQLRequest
        {
            Query = query,
            VariablesJson = variables is null ? null : JsonSerializer.SerializeToElement(variables),
        };
        var result = await Executor.ExecuteAsync(request, scope.ServiceProvider, null, CancellationToken.None);
        return JsonDocument.Parse(ExecutionResultJson.Serialize(result)).RootElement.Clone();
    }

    /// <summary>Runs a mutation and returns <c>data.{field}</c>, failing with the response when there are top-level errors.</summary>
    public async Task<JsonElement> MutateAsync(Viewer viewer, string field, string query, object? variables = null)
    {
        var response = await ExecuteAsync(viewer, query, variables);
        Assert.False(response.TryGetProperty("errors", out _), response.ToString());
        return response.GetProperty("data").GetProperty(field);
    }

    /// <summary>JSON text of <paramref name="element"/> with non-ASCII letters as they are, for exact comparisons with Polish texts.</summary>
    public static string Json(JsonElement element) => JsonNode.Parse(element.GetRawText())?.ToJsonString(Readable) ?? "null";

    /// <summary>A JSON string literal of <paramref name="text"/>, escaped the way <see cref="Json"/> escapes.</summary>
    public static string Quote(string text) => JsonSerializer.Serialize(text, Readable);

    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A context that sees everything, for arranging and checking rows.</summary>
    public IBokDbContext SystemContext() => Database.CreateContext();

    /// <summary>Row counts of every table the write side touches, to show that a failure changed nothing.</summary>
    public async Task<string> RowCountsAsync()
    {
        await using var db = SystemContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var counts = new List<string>();
        foreach (var table in new[]
        {
            "meter_readings", "notice_deliveries", "cases", "case_messages", "case_status_changes", "case_attachments",
            "case_signature_counters", "consents", "consent_changes", "contracts", "refund_requests", "data_change_requests", "audit_log",
        })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM {table}";
            counts.Add($"{table}={await command.ExecuteScalarAsync()}");
        }

        return string.Join(' ', counts);
    }

    /// <summary>
    /// Adds a customer with a premises, a contract and a water meter (serial <c>WM-{number}</c>, installed 2024-01-10 with
    /// an installation reading of 100 m³, legalized until 2029-12-31, capacity 100000, whole m³).
    /// </summary>
    public async Task<SeededCustomer> SeedCustomerAsync(string number, string name = "Jan Kowalski")
    {
        await using var db = SystemContext();
        var customer = new CustomerRow
        {
            Number = number, Kind = CustomerKind.Household, Name = name, SearchName = name.ToLowerInvariant(), Street = "Mickiewicza",
            BuildingNumber = "10", PostalCode = "47-100", City = "Strzelce Opolskie", PreferredLanguage = PreferredLanguage.Polish,
            CreatedAt = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        };
        db.Add(customer);
        await db.SaveChangesAsync();
        var premises = new PremisesRow
        {
            CustomerId = customer.Id, Code = "P-" + number, Street = "Mickiewicza", BuildingNumber = "10", PostalCode = "47-100", City = "Strzelce Opolskie",
        };
        db.Add(premises);
        await db.SaveChangesAsync();
        var contract = new ContractRow
        {
            CustomerId = customer.Id, PremisesId = premises.Id, Number = "U/" + number, Services = [UtilityService.WaterSupply, UtilityService.SewageDisposal],
            TariffGroup = "G1", BillingCycle = BillingCycle.BiMonthly, ReadingMethod = ReadingMethod.SelfReading, StartDate = new DateOnly(2024, 1, 1),
        };
        db.Add(contract);
        var meter = new MeterRow
        {
            CustomerId = customer.Id, PremisesId = premises.Id, SerialNumber = "WM-" + number, Kind = MeterKind.MainWater, Unit = MeterUnit.CubicMetre,
            InstalledOn = new DateOnly(2024, 1, 10), LegalizedOn = new DateOnly(2024, 1, 5), LegalizationValidUntil = new DateOnly(2029, 12, 31),
            CounterCapacity = 100000m, ReadingPrecision = 0,
        };
        db.Add(meter);
        await db.SaveChangesAsync();
        db.Add(new MeterReadingRow
        {
            CustomerId = customer.Id, MeterId = meter.Id, ReadingDate = meter.InstalledOn, Value = 100m, Kind = ReadingKind.Installation,
            Source = ReadingSource.Staff, Status = ReadingStatus.Accepted, SubmittedBy = "montażysta", CreatedAt = new DateTime(2024, 1, 10, 12, 0, 0, DateTimeKind.Utc),
        });
        await db.SaveChangesAsync();
        return new SeededCustomer(customer.Id, number, premises.Id, contract.Id, meter.Id, meter.SerialNumber, Viewer.ForCustomer(customer.Id, 1000 + customer.Id, name));
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await Database.DisposeAsync();
                return;
            }
            catch (Npgsql.PostgresException error) when (error.SqlState == "42501" && attempt < 5)
            {
                // DROP DATABASE ... WITH (FORCE) cannot end an autovacuum worker (a superuser's process) that the
                // test's writes woke up in the new database; it finishes within moments, so the drop is retried.
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt));
            }
        }
    }
}

/// <summary>The host's side of signing in for requests made without HTTP: no session of their own, nothing to sign out.</summary>
internal sealed class NoSignInSession : ISignInSession
{
    public long? CurrentSessionId => null;

    public Task<IssuedSession> SignInAsync(SignedInAccount account, bool bearerToken, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Signing in needs the web host.");

    public Task<IssuedSession?> RenewAsync(SignedInAccount account, CancellationToken cancellationToken = default) => Task.FromResult<IssuedSession?>(null);

    public Task SignOutAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;
}
