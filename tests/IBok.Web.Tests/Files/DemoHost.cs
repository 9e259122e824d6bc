using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using IBok.GraphQL.Application.Demo;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Persistence.Model.Customers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IBok.Web.Tests.Files;

/// <summary>
/// The host as Program.cs builds it on a temporary SQLite database with the demo utility of 5 customers (fixed seed
/// and day), so the two demo customers (100001, 100002) and the operator can sign in with the printed passwords.
/// </summary>
public sealed class DemoHost : WebApplicationFactory<Program>
{
    public static readonly DateOnly Today = new(2026, 11, 21);

    public static readonly DemoLogins Logins = DemoUtilityGenerator.Generate(new DemoOptions { Today = Today, CustomerCount = 5 }).Logins;

    private readonly string _folder = Directory.CreateTempSubdirectory("ibok-web-demo-host-").FullName;

    /// <summary>Runs <paramref name="work"/> on the host's database as the system (sees every customer).</summary>
    public async Task<T> WithDatabaseAsync<T>(Func<IBokDbContext, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ViewerAccessor>().Viewer = Viewer.System;
        return await work(scope.ServiceProvider.GetRequiredService<IBokDbContext>());
    }

    /// <summary>The id of the customer with this number.</summary>
    public Task<long> CustomerIdAsync(string number) =>
        WithDatabaseAsync(db => db.Set<CustomerRow>().Where(row => row.Number == number).Select(row => row.Id).SingleAsync());

    /// <summary>A client without cookies signed in with a bearer token.</summary>
    public async Task<HttpClient> SignedInClientAsync(string login, string password)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), HandleCookies = false });
        using var response = await client.PostAsJsonAsync(
            new Uri("/graphql", UriKind.Relative),
            new
            {
                query = "mutation ($login: String!, $password: String!) { signIn(input: { login: $login, password: $password, bearerToken: true }) { session { accessToken } errors { message } } }",
                variables = new { login, password },
            });
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var token = json["data"]!["signIn"]!["session"]!["accessToken"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A client without cookies or credentials.</summary>
    public HttpClient AnonymousClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), HandleCookies = false });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", "sqlite");
        builder.UseSetting("Database:ConnectionString", $"Data Source={Path.Combine(_folder, "ibok.db")};Pooling=False");
        builder.UseSetting("Mail:PickupFolder", Path.Combine(_folder, "mail"));
        builder.UseSetting("Demo:Enabled", "true");
        builder.UseSetting("Demo:CustomerCount", "5");
        builder.UseSetting("Demo:Today", Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_folder))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
    }
}
