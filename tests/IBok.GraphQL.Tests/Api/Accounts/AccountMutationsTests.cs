using IBok.GraphQL.Api;
using IBok.GraphQL.Application.Accounts;
using IBok.GraphQL.Application.Mail;
using IBok.GraphQL.Execution;
using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Persistence.Accounts;
using IBok.GraphQL.Relay;
using IBok.GraphQL.Server;
using IBok.GraphQL.Tests.Application.Accounts;
using IBok.GraphQL.Tests.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IBok.GraphQL.Tests.Api.Accounts;

public sealed class AccountMutationsTests
{
    private const string SignIn = """
        mutation ($password: String!) {
          signIn(input: { login: "100200", password: $password, bearerToken: true }) {
            session { role displayName accessToken csrfToken }
            errors { code message messagePl field retryAfterSeconds }
          }
        }
        """;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SignIn_RightPassword_ReturnsTheSessionFromTheHost(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);
        await harness.RegisterConfirmedCustomerAsync();

        var json = await ExecuteAsync(harness, SignIn, AccountsHarness.CustomerPassword, Viewer.Anonymous);

        Assert.Equal(
            """{"data":{"signIn":{"session":{"role":"CUSTOMER","displayName":"Jan Kowalski","accessToken":"token-for-1","csrfToken":null},"errors":[]}}}""",
            json);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SignIn_WrongPassword_IsAPayloadError(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);
        await harness.RegisterConfirmedCustomerAsync();

        var json = await ExecuteAsync(harness, SignIn, "Zla-Proba-0000", Viewer.Anonymous);

        Assert.Equal(
            """{"data":{"signIn":{"session":null,"errors":[{"code":"INVALID_CREDENTIALS","message":"The login or password is incorrect.","messagePl":"Nieprawidłowy login lub hasło.","field":null,"retryAfterSeconds":1}]}}}""",
            json);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CreateApiKey_Operator_IsForbiddenAsData(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);
        var operatorViewer = await harness.CreateStaffAsync(ViewerRole.Operator, "anna@wodociagi.example.pl", "Anna Operatorka");

        var json = await ExecuteAsync(
            harness, """mutation { createApiKey(input: { name: "Billing", scopes: ["readings:import"] }) { apiKey { key } errors { code } } }""", null, operatorViewer);

        Assert.Equal("""{"data":{"createApiKey":{"apiKey":null,"errors":[{"code":"FORBIDDEN"}]}}}""", json);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RevokeApiKey_WithTheIdCreateApiKeyReturned_RevokesIt(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);
        var admin = await harness.CreateStaffAsync(ViewerRole.Admin, "admin@wodociagi.example.pl", "Adam Admin");
        var created = await ExecuteAsync(
            harness, """mutation { createApiKey(input: { name: "Billing", scopes: ["readings:import"] }) { apiKey { id } errors { code } } }""", null, admin);
        var id = System.Text.Json.JsonDocument.Parse(created).RootElement.GetProperty("data").GetProperty("createApiKey").GetProperty("apiKey").GetProperty("id").GetString()!;

        var revoked = await ExecuteAsync(harness, $$"""mutation { revokeApiKey(id: "{{id}}") { succeeded errors { code } } }""", null, admin);
        var unknown = await ExecuteAsync(harness, $$"""mutation { revokeApiKey(id: "{{GlobalId.Serialize("ApiKey", 999_999)}}") { succeeded errors { code } } }""", null, admin);

        Assert.Equal("ApiKey", GlobalId.Parse(id).TypeName);
        Assert.Equal("""{"data":{"revokeApiKey":{"succeeded":true,"errors":[]}}}""", revoked);
        Assert.Equal("""{"data":{"revokeApiKey":{"succeeded":false,"errors":[{"code":"API_KEY_NOT_FOUND"}]}}}""", unknown);
        await using var db = harness.Database.CreateContext();
        Assert.NotNull((await db.Set<ApiKey>().SingleAsync()).RevokedAt);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SignOutEverywhere_Customer_EndsEverySessionOfTheAccount(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);
        await harness.RegisterConfirmedCustomerAsync();
        var account = (await harness.Accounts(service => service.SignInAsync("100200", AccountsHarness.CustomerPassword))).Value!;
        var laptop = await harness.StartSessionAsync(account);
        var phone = await harness.StartSessionAsync(account, AccountSessionKind.Bearer);

        var json = await ExecuteAsync(harness, "mutation { signOutEverywhere { succeeded errors { code } } }", null, account.ToViewer());

        Assert.Equal("""{"data":{"signOutEverywhere":{"succeeded":true,"errors":[]}}}""", json);
        Assert.Null(await harness.ActiveSessionAsync(laptop.Secret));
        Assert.Null(await harness.ActiveSessionAsync(phone.Secret));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SignOutEverywhere_Anonymous_IsNotSignedIn(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);

        var json = await ExecuteAsync(harness, "mutation { signOutEverywhere { succeeded errors { code } } }", null, Viewer.Anonymous);

        Assert.Equal("""{"data":{"signOutEverywhere":{"succeeded":false,"errors":[{"code":"NOT_SIGNED_IN"}]}}}""", json);
    }

    private const string EndSession = "mutation ($id: ID!) { endSession(id: $id) { succeeded errors { code message messagePl field } } }";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task EndSession_AnotherDeviceOfTheAccount_EndsOnlyThatOne(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);
        await harness.RegisterConfirmedCustomerAsync();
        var account = (await harness.Accounts(service => service.SignInAsync("100200", AccountsHarness.CustomerPassword))).Value!;
        var laptop = await harness.StartSessionAsync(account);
        var phone = await harness.StartSessionAsync(account, AccountSessionKind.Bearer);
        var signIn = new FakeSignInSession(laptop.Id);

        var json = await ExecuteAsync(harness, EndSession, null, account.ToViewer(), new { id = GlobalId.Serialize("SignedInSession", phone.Id) }, signIn);

        Assert.Equal("""{"data":{"endSession":{"succeeded":true,"errors":[]}}}""", json);
        Assert.Null(await harness.ActiveSessionAsync(phone.Secret));
        Assert.Equal(laptop.Id, (await harness.ActiveSessionAsync(laptop.Secret))?.Id);
        Assert.False(signIn.SignedOut);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task EndSession_ThisRequestsOwn_EndsItAndSignsOutHere(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);
        await harness.RegisterConfirmedCustomerAsync();
        var account = (await harness.Accounts(service => service.SignInAsync("100200", AccountsHarness.CustomerPassword))).Value!;
        var laptop = await harness.StartSessionAsync(account);
        var signIn = new FakeSignInSession(laptop.Id);

        var json = await ExecuteAsync(harness, EndSession, null, account.ToViewer(), new { id = GlobalId.Serialize("SignedInSession", laptop.Id) }, signIn);

        Assert.Equal("""{"data":{"endSession":{"succeeded":true,"errors":[]}}}""", json);
        Assert.Null(await harness.ActiveSessionAsync(laptop.Secret));
        Assert.True(signIn.SignedOut);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task EndSession_OfAnotherAccount_IsSessionNotFoundAndItKeepsWorking(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);
        await harness.RegisterConfirmedCustomerAsync();
        var customer = (await harness.Accounts(service => service.SignInAsync("100200", AccountsHarness.CustomerPassword))).Value!;
        var customersPhone = await harness.StartSessionAsync(customer, AccountSessionKind.Bearer);
        var operatorViewer = await harness.CreateStaffAsync(ViewerRole.Operator, "anna@wodociagi.example.pl", "Anna Operatorka");

        var json = await ExecuteAsync(harness, EndSession, null, operatorViewer, new { id = GlobalId.Serialize("SignedInSession", customersPhone.Id) });

        Assert.Equal(
            """{"data":{"endSession":{"succeeded":false,"errors":[{"code":"SESSION_NOT_FOUND","message":"You have no signed-in session with this id; it may have ended already.","messagePl":"Nie masz sesji o tym identyfikatorze; mogła już zostać zakończona.","field":"id"}]}}}""",
            json);
        Assert.Equal(customersPhone.Id, (await harness.ActiveSessionAsync(customersPhone.Secret))?.Id);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task EndSession_Anonymous_IsNotSignedIn(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);

        var json = await ExecuteAsync(harness, "mutation { endSession(id: \"" + GlobalId.Serialize("SignedInSession", 1) + "\") { succeeded errors { code } } }", null, Viewer.Anonymous);

        Assert.Equal("""{"data":{"endSession":{"succeeded":false,"errors":[{"code":"NOT_SIGNED_IN"}]}}}""", json);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task EndSession_IdOfAnotherType_IsARequestErrorNamingTheId(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);
        await harness.RegisterConfirmedCustomerAsync();
        var account = (await harness.Accounts(service => service.SignInAsync("100200", AccountsHarness.CustomerPassword))).Value!;
        var laptop = await harness.StartSessionAsync(account);
        var apiKeyId = GlobalId.Serialize("ApiKey", laptop.Id);

        var json = await ExecuteAsync(harness, EndSession, null, account.ToViewer(), new { id = apiKeyId });

        Assert.Equal(
            $$"""{"errors":[{"message":"The ID \"{{apiKeyId}}\" is a ApiKey id; a SignedInSession id is expected.","locations":[{"line":1,"column":23}],"path":["endSession"]}],"data":null}""",
            json);
        Assert.Equal(laptop.Id, (await harness.ActiveSessionAsync(laptop.Secret))?.Id);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Sessions_SignedIn_ListsTheAccountsWorkingSessionsWithIdsEndSessionTakes(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);
        await harness.RegisterConfirmedCustomerAsync();
        var account = (await harness.Accounts(service => service.SignInAsync("100200", AccountsHarness.CustomerPassword))).Value!;
        var laptop = await harness.StartSessionAsync(account);
        harness.Time.Advance(TimeSpan.FromMinutes(1));
        var phone = await harness.StartSessionAsync(account, AccountSessionKind.Bearer, "iBOK-Android/2.3");

        var json = await ExecuteAsync(
            harness, "{ sessions { id kind userAgent createdAt lastSeenAt expiresAt isCurrent } }", null, account.ToViewer(), signIn: new FakeSignInSession(laptop.Id));

        Assert.Equal(
            $$$"""{"data":{"sessions":[{"id":"{{{GlobalId.Serialize("SignedInSession", phone.Id)}}}","kind":"BEARER","userAgent":"iBOK-Android/2.3","createdAt":"2026-03-05T10:01:00Z","lastSeenAt":"2026-03-05T10:01:00Z","expiresAt":"2026-03-05T11:01:00Z","isCurrent":false},{"id":"{{{GlobalId.Serialize("SignedInSession", laptop.Id)}}}","kind":"COOKIE","userAgent":"Firefox","createdAt":"2026-03-05T10:00:00Z","lastSeenAt":"2026-03-05T10:00:00Z","expiresAt":"2026-03-05T11:00:00Z","isCurrent":true}]}}""",
            json);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Sessions_Anonymous_IsEmpty(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);

        var json = await ExecuteAsync(harness, "{ sessions { id } }", null, Viewer.Anonymous);

        Assert.Equal("""{"data":{"sessions":[]}}""", json);
    }

    private static async Task<string> ExecuteAsync(
        AccountsHarness harness, string query, string? password, Viewer viewer, object? variables = null, FakeSignInSession? signIn = null)
    {
        var services = new ServiceCollection()
            .AddSingleton(harness.Database.Options)
            .AddScoped(_ => new ViewerAccessor { Viewer = viewer })
            .AddScoped(provider => harness.Database.CreateContext(provider.GetRequiredService<ViewerAccessor>().Viewer))
            .AddSingleton<ICustomerDirectory>(harness.Customers)
            .AddSingleton<IEmailSender>(harness.Mail)
            .AddSingleton<TimeProvider>(harness.Time)
            .AddSingleton(harness.Options)
            .AddSingleton<IPasswordHasher<Account>>(new PasswordHasher<Account>())
            .AddScoped<AccountService>()
            .AddScoped<ApiKeyService>()
            .AddScoped<AccountSessionService>()
            .AddSingleton<ISignInSession>(signIn ?? new FakeSignInSession(null))
            .BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        var request = variables is not null
            ? new GraphQLRequest { Query = query, VariablesJson = System.Text.Json.JsonSerializer.SerializeToElement(variables) }
            : new GraphQLRequest { Query = query, Variables = password is null ? null : new Dictionary<string, object?> { ["password"] = password } };
        var result = await new GraphQLRequestExecutor(IBokSchema.Instance).ExecuteAsync(request, scope.ServiceProvider, null, CancellationToken.None);
        return ExecutionResultJson.Serialize(result);
    }

    /// <summary>The host's side of signing in, with <paramref name="currentSessionId"/> as the request's own session.</summary>
    private sealed class FakeSignInSession(long? currentSessionId) : ISignInSession
    {
        public long? CurrentSessionId => currentSessionId;

        /// <summary>Whether the mutation asked the host to sign this request out (delete its cookie).</summary>
        public bool SignedOut { get; private set; }

        public Task<IssuedSession> SignInAsync(SignedInAccount account, bool bearerToken, CancellationToken cancellationToken = default) =>
            Task.FromResult(new IssuedSession(bearerToken ? "token-for-" + account.AccountId : null, DateTimeOffset.UnixEpoch, bearerToken ? null : "csrf"));

        public Task<IssuedSession?> RenewAsync(SignedInAccount account, CancellationToken cancellationToken = default) =>
            Task.FromResult<IssuedSession?>(null);

        public Task SignOutAsync(CancellationToken cancellationToken = default)
        {
            SignedOut = true;
            return Task.CompletedTask;
        }
    }
}
