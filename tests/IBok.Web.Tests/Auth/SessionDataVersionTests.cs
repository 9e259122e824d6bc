using System.Diagnostics;
using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Model.Customers;
using IBok.Web.Auth;
using IBok.Web.Tests.Portal;
using IBok.Web.Tests.Portal.Service;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace IBok.Web.Tests.Auth;

/// <summary>
/// <see cref="ViewerMiddleware"/> hands the customer's data version its session check read to the request's customer
/// lookup: a write between two requests shows on the second, and a WebSocket's operations never reuse the version read
/// at its handshake. (The statement count of a warm dashboard is asserted in IBok.GraphQL.Tests'
/// DashboardStatementCountTests: counting through EF Core's diagnostic events here is unreliable, as a pooled context's
/// command logger caches "nobody listens" for a second.)
/// </summary>
public sealed class SessionDataVersionTests(PortalHost host) : IClassFixture<PortalHost>
{
    private const string Dashboard = "{ customer { number name email premises { code } unreadNoticeCount } }";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Dashboard_CustomerChangedByRawSqlBetweenRequests_SecondRequestShowsIt()
    {
        using var browser = await host.SignInAsCustomerAsync(PortalHost.Logins.Business);
        var customerId = await ServicePages.CustomerIdAsync(host, PortalHost.Logins.Business.CustomerNumber);
        await DashboardAsync(browser);
        var before = await DashboardAsync(browser);

        await RenameAsync(customerId, "Firma Po Zmianie Sp. z o.o.");
        var after = await DashboardAsync(browser);

        Assert.DoesNotContain("Firma Po Zmianie", before, StringComparison.Ordinal);
        Assert.Contains("\"name\":\"Firma Po Zmianie Sp. z o.o.\"", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WebSocketOperations_CustomerChangedBetweenThem_LaterOperationShowsIt()
    {
        using var timeout = new CancellationTokenSource(Patience);
        var customerId = await ServicePages.CustomerIdAsync(host, PortalHost.Logins.Household.CustomerNumber);
        using var browser = await host.SignInAsCustomerAsync();
        await DashboardAsync(browser); // the customer's row is cached under the current version
        using var socket = await ConnectAsync(timeout.Token);
        await socket.SendTextAsync("""{"type":"connection_init","payload":{}}""", timeout.Token);
        Assert.Equal("connection_ack", (await socket.ReceiveJsonAsync(timeout.Token)).GetProperty("type").GetString());

        var before = await QueryOverSocketAsync(socket, "before", timeout.Token);
        await RenameAsync(customerId, "Zofia Zmieniona");
        var after = await QueryOverSocketAsync(socket, "after", timeout.Token);

        Assert.DoesNotContain("Zofia Zmieniona", before, StringComparison.Ordinal);
        Assert.Contains("\"name\":\"Zofia Zmieniona\"", after, StringComparison.Ordinal);
    }

    private Task RenameAsync(long customerId, string name) =>
        host.WithDatabaseAsync(db => db.Database.ExecuteSqlAsync($"UPDATE customers SET name = {name} WHERE id = {customerId}"));

    private static async Task<string> DashboardAsync(HttpClient browser)
    {
        using var response = await browser.GetAsync(new Uri("/graphql?query=" + Uri.EscapeDataString(Dashboard), UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("\"errors\"", body, StringComparison.Ordinal);
        return body;
    }

    private async Task<WebSocket> ConnectAsync(CancellationToken cancellationToken)
    {
        var cookies = new CookieContainerHandler();
        using var browser = host.CreateDefaultClient(new Uri("https://localhost"), cookies);
        var login = PortalHost.Logins.Household;
        using var signedIn = await PortalHost.PostFormAsync(browser, "/account/sign-in", new Dictionary<string, string> { ["Login"] = login.CustomerNumber, ["Password"] = login.Password });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var cookieHeader = cookies.Container.GetCookieHeader(new Uri("https://localhost/"));
        var client = host.Server.CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        client.ConfigureRequest = request =>
        {
            request.Headers.Cookie = cookieHeader;
            request.Headers.Origin = "https://localhost";
        };
        return await client.ConnectAsync(new Uri("wss://localhost/graphql"), cancellationToken);
    }

    private static async Task<string> QueryOverSocketAsync(WebSocket socket, string id, CancellationToken cancellationToken)
    {
        await socket.SendTextAsync(JsonSerializer.Serialize(new { id, type = "subscribe", payload = new { query = Dashboard } }), cancellationToken);
        var next = await socket.ReceiveJsonAsync(cancellationToken);
        Assert.Equal("next", next.GetProperty("type").GetString());
        Assert.Equal("complete", (await socket.ReceiveJsonAsync(cancellationToken)).GetProperty("type").GetString());
        return next.GetProperty("payload").GetRawText();
    }
}
