using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using IBok.Domain;
using IBok.GraphQL.Api;
using IBok.GraphQL.Application.Accounts;
using IBok.GraphQL.Execution;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace IBok.Web.Tests.Auth;

/// <summary>
/// The real host on a temporary SQLite database and mail folder, with one customer (100200, Jan Kowalski) in a
/// small directory, and two test endpoints after the auth middleware: <c>/test/viewer</c> (the request's viewer as
/// JSON, GET or POST) and <c>POST /test/graphql</c> (the iBOK schema; the real transport lives elsewhere).
/// </summary>
public sealed partial class AuthHost : WebApplicationFactory<Program>
{
    public const string CustomerPassword = "Zielona-Woda-2026";
    public const string AdminEmail = "admin@wodociagi.example.pl";
    public const string AdminPassword = "Szef-Wodociagow-2026";

    private readonly string _folder = Directory.CreateTempSubdirectory("ibok-web-auth-").FullName;
    private readonly TimeProvider? _clock;

    private AuthHost(TimeProvider? clock = null)
    {
        _clock = clock;
    }

    private string MailFolder => Path.Combine(_folder, "mail");

    /// <summary>Starts the host, creates the schema, a confirmed customer account and an admin account.</summary>
    public static Task<AuthHost> StartAsync() => PrepareAsync(new AuthHost());

    /// <summary>
    /// As <see cref="StartAsync"/>, on Kestrel at a free loopback port (for real clients: <see cref="LoopbackAddress"/>),
    /// with <paramref name="clock"/> as the host's <see cref="TimeProvider"/>.
    /// </summary>
    public static Task<AuthHost> StartOnLoopbackAsync(TimeProvider clock)
    {
        var host = new AuthHost(clock);
        host.UseKestrel(0);
        host.StartServer();
        return PrepareAsync(host);
    }

    /// <summary>The <c>http://127.0.0.1:port</c> address of a host started by <see cref="StartOnLoopbackAsync"/>.</summary>
    public Uri LoopbackAddress =>
        new(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single());

    private static async Task<AuthHost> PrepareAsync(AuthHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ViewerAccessor>().Viewer = Viewer.System;
        await SchemaMigrator.MigrateAsync(scope.ServiceProvider.GetRequiredService<IBokDbContext>());
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        var registered = await accounts.RegisterCustomerAsync(new RegisterCustomerCommand(
            "100200", "jan.kowalski@example.pl", CustomerPassword, InvoiceNumber: "FV/2026/01/0001", InvoiceGrossAmount: 104.40m));
        Assert.True(registered.Succeeded, string.Join("; ", registered.Errors.Select(error => error.Message)));
        Assert.True((await accounts.ConfirmEmailAsync("jan.kowalski@example.pl", host.LastMailedCode())).Succeeded);
        Assert.True((await accounts.CreateStaffAccountAsync(AdminEmail, "Adam Admin", ViewerRole.Admin, AdminPassword, mustChangePassword: false)).Succeeded);
        return host;
    }

    /// <summary>A client over https (so Secure cookies flow) that keeps cookies.</summary>
    public HttpClient CreateBrowser() =>
        CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), HandleCookies = true, AllowAutoRedirect = false });

    /// <summary>A client that keeps no cookies (API clients and integrations).</summary>
    public HttpClient CreateApiClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), HandleCookies = false, AllowAutoRedirect = false });

    /// <summary>The XXXX-XXXX code in the newest e-mail of the pickup folder.</summary>
    public string LastMailedCode()
    {
        var file = Directory.GetFiles(MailFolder, "*.eml").Order(StringComparer.Ordinal).Last();
        var text = File.ReadAllText(file);
        var body = text[(text.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..].Replace("\r\n", "", StringComparison.Ordinal);
        return Code().Match(Encoding.UTF8.GetString(Convert.FromBase64String(body))).Value;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", "sqlite");
        builder.UseSetting("Database:ConnectionString", $"Data Source={Path.Combine(_folder, "ibok.db")};Pooling=False");
        builder.UseSetting("Mail:PickupFolder", MailFolder);
        builder.ConfigureServices(services =>
        {
            services.AddScoped<ICustomerDirectory, OneCustomerDirectory>();
            services.AddSingleton<IStartupFilter, TestEndpoints>();
            if (_clock is not null)
            {
                services.AddSingleton(_clock);
            }
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        // WebApplicationFactory may dispose twice (Dispose and DisposeAsync both end here).
        if (disposing && Directory.Exists(_folder))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
    }

    [GeneratedRegex(@"\b[A-Z2-9]{4}-[A-Z2-9]{4}\b")]
    private static partial Regex Code();

    private sealed class OneCustomerDirectory : ICustomerDirectory
    {
        private static readonly DirectoryCustomer Customer = new(1, "100200", "Jan Kowalski", "jan.kowalski@example.pl");

        public Task<DirectoryCustomer?> FindByNumberAsync(string customerNumber, CancellationToken cancellationToken = default) =>
            Task.FromResult(customerNumber == Customer.Number ? Customer : null);

        public Task<DirectoryCustomer?> FindByIdAsync(long customerId, CancellationToken cancellationToken = default) =>
            Task.FromResult(customerId == Customer.Id ? Customer : null);

        public Task<bool> IsRecentInvoiceAsync(long customerId, string invoiceNumber, Money grossAmount, CancellationToken cancellationToken = default) =>
            Task.FromResult(customerId == Customer.Id && invoiceNumber == "FV/2026/01/0001" && grossAmount == Money.Pln(104.40m));
    }

    private sealed class TestEndpoints : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Run(HandleAsync);
        };

        private static async Task HandleAsync(HttpContext context)
        {
            switch (context.Request.Path.Value)
            {
                case "/test/viewer":
                    var viewer = context.RequestServices.GetRequiredService<ViewerAccessor>().Viewer;
                    await context.Response.WriteAsJsonAsync(new { role = viewer.Role.ToString(), viewer.CustomerId, viewer.AccountId, viewer.DisplayName });
                    return;
                case "/test/graphql" when HttpMethods.IsPost(context.Request.Method):
                    using (var body = await JsonDocument.ParseAsync(context.Request.Body))
                    {
                        var request = new GraphQLRequest
                        {
                            Query = body.RootElement.GetProperty("query").GetString(),
                            VariablesJson = body.RootElement.TryGetProperty("variables", out var variables) ? variables.Clone() : null,
                        };
                        var result = await new GraphQLRequestExecutor(IBokSchema.Instance).ExecuteAsync(request, context.RequestServices, null, context.RequestAborted);
                        context.Response.ContentType = "application/json; charset=utf-8";
                        await context.Response.WriteAsync(ExecutionResultJson.Serialize(result));
                    }

                    return;
                default:
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                    return;
            }
        }
    }
}

/// <summary>Calls against <see cref="AuthHost"/>'s test endpoints.</summary>
public static class AuthHostClient
{
    public static async Task<(HttpResponseMessage Response, JsonNode? Json)> GraphQLAsync(
        this HttpClient client, string query, object? variables = null, Action<HttpRequestMessage>? configure = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/test/graphql") { Content = JsonContent.Create(new { query, variables }) };
        configure?.Invoke(request);
        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    public static async Task<JsonNode> ViewerAsync(this HttpClient client, Action<HttpRequestMessage>? configure = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/test/viewer");
        configure?.Invoke(request);
        using var response = await client.SendAsync(request);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    public const string SignIn = """
        mutation ($login: String!, $password: String!, $bearer: Boolean!) {
          signIn(input: { login: $login, password: $password, bearerToken: $bearer }) {
            session { role displayName accessToken csrfToken }
            errors { code message }
          }
        }
        """;
}
