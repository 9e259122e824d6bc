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
/// lookup: a signed-in customer's warm dashboard runs no statement after the session check, a write between two
/// requests shows on the second, and a WebSocket's operations never reuse the version read at its handshake.
/// </summary>
public sealed class SessionDataVersionTests(PortalHost host) : IClassFixture<PortalHost>
{
    private const string Dashboard = "{ customer { number name premises { code } unreadNoticeCount } }";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task WarmDashboard_SignedInCustomer_RunsNoStatementAfterTheSessionCheck()
    {
        using var browser = await host.SignInAsCustomerAsync();
        var customerId = await ServicePages.CustomerIdAsync(host, PortalHost.Logins.Household.CustomerNumber);
        using var counter = new CustomerStatementCounter(host, customerId);

        var first = await DashboardAsync(browser);
        var warm = await DashboardAsync(browser);
        counter.Take();
        var warmAgain = await DashboardAsync(browser);
        var warmStatements = counter.Take();
        await host.WithDatabaseAsync(db => db.Database.ExecuteSqlAsync($"UPDATE customers SET email = {"nowy@example.pl"} WHERE id = {customerId}"));
        var changed = await DashboardAsync(browser);
        var changedStatements = counter.Take();

        Assert.Contains($"\"number\":\"{PortalHost.Logins.Household.CustomerNumber}\"", warm, StringComparison.Ordinal);
        Assert.Equal((first, first, first), (warm, warmAgain, changed));
        // Changed: the customer row, premises, notices read again (the version came with the session check).
        Assert.Equal((0, 3), (warmStatements, changedStatements));
    }

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
        await SendAsync(socket, """{"type":"connection_init","payload":{}}""", timeout.Token);
        Assert.Equal("connection_ack", (await ReceiveAsync(socket, timeout.Token)).GetProperty("type").GetString());

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
        await SendAsync(socket, JsonSerializer.Serialize(new { id, type = "subscribe", payload = new { query = Dashboard } }), cancellationToken);
        var next = await ReceiveAsync(socket, cancellationToken);
        Assert.Equal("next", next.GetProperty("type").GetString());
        Assert.Equal("complete", (await ReceiveAsync(socket, cancellationToken)).GetProperty("type").GetString());
        return next.GetProperty("payload").GetRawText();
    }

    private static Task SendAsync(WebSocket socket, string text, CancellationToken cancellationToken) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    private static async Task<JsonElement> ReceiveAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                throw new InvalidOperationException($"The server closed the socket: {result.CloseStatus} {result.CloseStatusDescription}");
            }

            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        return JsonDocument.Parse(message.ToArray()).RootElement.Clone();
    }

    /// <summary>
    /// Counts the EF Core statements of one host's database run for one customer viewer (EF Core's diagnostic events;
    /// the session check's raw statement is not one of them, and neither are background jobs, which run as the system).
    /// </summary>
    private sealed class CustomerStatementCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly string _dataSource;
        private readonly long _customerId;
        private readonly IDisposable _listeners;
        private readonly List<IDisposable> _subscriptions = [];
        private int _count;

        public CustomerStatementCounter(PortalHost host, long customerId)
        {
            _dataSource = Path.GetFullPath(new SqliteConnectionStringBuilder(host.Services.GetRequiredService<DatabaseOptions>().ConnectionString).DataSource);
            _customerId = customerId;
            _listeners = DiagnosticListener.AllListeners.Subscribe(this);
        }

        /// <summary>The statements counted since the last call.</summary>
        public int Take() => Interlocked.Exchange(ref _count, 0);

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name)
            {
                lock (_subscriptions)
                {
                    _subscriptions.Add(value.Subscribe(this, name => name == RelationalEventId.CommandExecuting.Name));
                }
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Value is CommandEventData { Context: IBokDbContext context } data
                && context.Viewer.CustomerId == _customerId
                && data.Command.Connection is { DataSource: var dataSource }
                && string.Equals(Path.GetFullPath(dataSource), _dataSource, StringComparison.Ordinal))
            {
                Interlocked.Increment(ref _count);
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            _listeners.Dispose();
            lock (_subscriptions)
            {
                _subscriptions.ForEach(subscription => subscription.Dispose());
            }
        }
    }
}
