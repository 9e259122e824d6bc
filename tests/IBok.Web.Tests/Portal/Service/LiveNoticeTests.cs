using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using IBok.GraphQL.Api.Events;
using IBok.GraphQL.Api.Subscriptions;
using IBok.GraphQL.Persistence.Model.Customers;
using IBok.Web.Auth;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IBok.Web.Tests.Portal.Service;

/// <summary>
/// What <c>wwwroot/js/notices.js</c> does, over the same protocol: a WebSocket to /graphql authenticated by nothing but
/// the browser's session cookie, subscribed to <c>noticePublished</c>, receiving an outage an operator publishes on
/// <c>/staff/outages</c>.
/// </summary>
public sealed class LiveNoticeTests(PortalHost host) : IClassFixture<PortalHost>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Subscription_WithSessionCookie_ReceivesTheOutageAnOperatorPublishes()
    {
        using var timeout = new CancellationTokenSource(Patience);
        var customerId = await ServicePages.CustomerIdAsync(host, PortalHost.Logins.Household.CustomerNumber);
        var street = await host.WithDatabaseAsync(db => db.Set<PremisesRow>()
            .Where(row => row.CustomerId == customerId).OrderBy(row => row.Id).Select(row => new { row.City, row.Street }).FirstAsync());
        using var socket = await ConnectAsCustomerAsync("https://localhost", timeout.Token);
        await socket.SendTextAsync("""{"type":"connection_init","payload":{}}""", timeout.Token);
        Assert.Equal("connection_ack", (await socket.ReceiveJsonAsync(timeout.Token)).GetProperty("type").GetString());
        await socket.SendTextAsync("""{"id":"notices","type":"subscribe","payload":{"query":"subscription { noticePublished { kind title } }"}}""", timeout.Token);
        await WaitForSubscriberAsync(LiveEvents.CustomerTopic(LiveEvents.NoticePublished, customerId), timeout.Token);

        using var staff = await host.SignInAsOperatorAsync();
        using var published = await PortalHost.PostFormAsync(staff, "/staff/outages", new Dictionary<string, string>
        {
            ["Kind"] = "PlannedShutdown", ["Title"] = "Płukanie sieci", ["Body"] = "Możliwa mętna woda.", ["StartsAt"] = "2026-11-22T08:00",
            ["City"] = street.City, ["Streets"] = street.Street,
        });
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        var next = await socket.ReceiveJsonAsync(timeout.Token);
        Assert.Equal("next", next.GetProperty("type").GetString());
        Assert.Equal("notices", next.GetProperty("id").GetString());
        Assert.Equal(
            """{"kind":"PLANNED_SHUTDOWN","title":"Płukanie sieci"}""",
            next.GetProperty("payload").GetProperty("data").GetProperty("noticePublished").GetRawText());
    }

    [Fact]
    public async Task Handshake_WithSessionCookieFromAnotherSite_IsClosedWith4403()
    {
        using var timeout = new CancellationTokenSource(Patience);
        using var socket = await ConnectAsCustomerAsync("https://evil.example", timeout.Token);

        await socket.SendTextAsync("""{"type":"connection_init","payload":{}}""", timeout.Token);
        var buffer = new byte[1024];
        var result = await socket.ReceiveAsync(buffer, timeout.Token);

        Assert.Equal(WebSocketMessageType.Close, result.MessageType);
        Assert.Equal(4403, (int?)result.CloseStatus);
        Assert.Equal(SessionWebSocketAuthenticator.ForeignOriginReason, result.CloseStatusDescription);
    }

    private async Task<WebSocket> ConnectAsCustomerAsync(string origin, CancellationToken cancellationToken)
    {
        var cookies = new CookieContainerHandler();
        using var browser = host.CreateDefaultClient(new Uri("https://localhost"), cookies);
        var login = PortalHost.Logins.Household;
        using var signedIn = await PortalHost.PostFormAsync(browser, "/account/sign-in", new Dictionary<string, string> { ["Login"] = login.CustomerNumber, ["Password"] = login.Password });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var cookieHeader = cookies.Container.GetCookieHeader(new Uri("https://localhost/"));
        Assert.Contains(AuthSchemes.CookieName + "=", cookieHeader, StringComparison.Ordinal);

        var client = host.Server.CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        client.ConfigureRequest = request =>
        {
            request.Headers.Cookie = cookieHeader;
            request.Headers.Origin = origin;
        };
        return await client.ConnectAsync(new Uri("wss://localhost/graphql"), cancellationToken);
    }

    private async Task WaitForSubscriberAsync(string topic, CancellationToken cancellationToken)
    {
        var bus = (InProcessEventBus)host.Services.GetRequiredService<IEventBus>();
        while (bus.SubscriberCount(topic) == 0)
        {
            await Task.Delay(10, cancellationToken);
        }
    }
}
