using System.Net.WebSockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace IBok.Web.Tests.GraphQL;

/// <summary>The host with a stand-in for the subscription transport: a middleware that takes WebSocket upgrades on /graphql.</summary>
public sealed class WebSocketGraphQLServerFactory : GraphQLServerFactory
{
    public const string Greeting = "stand-in subscription transport";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, WebSocketStandIn>());
    }

    private sealed class WebSocketStandIn : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UseWebSockets();
            app.Use(async (context, nextMiddleware) =>
            {
                if (context.WebSockets.IsWebSocketRequest && context.Request.Path == "/graphql")
                {
                    using var socket = await context.WebSockets.AcceptWebSocketAsync("graphql-transport-ws");
                    await socket.SendAsync(Encoding.UTF8.GetBytes(Greeting), WebSocketMessageType.Text, true, context.RequestAborted);
                    await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", context.RequestAborted);
                    return;
                }

                await nextMiddleware(context);
            });
            next(app);
        };
    }
}

/// <summary>The HTTP endpoint leaves WebSocket upgrades on its path to the subscription transport.</summary>
public sealed class WebSocketCoexistenceTests(WebSocketGraphQLServerFactory factory) : IClassFixture<WebSocketGraphQLServerFactory>
{
    [Fact]
    public async Task WebSocketUpgrade_ReachesTheSubscriptionTransport()
    {
        var client = factory.Server.CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");

        using var socket = await client.ConnectAsync(new Uri(factory.Server.BaseAddress, "graphql"), CancellationToken.None);
        var buffer = new byte[256];
        var received = await socket.ReceiveAsync(buffer, CancellationToken.None);

        Assert.Equal("graphql-transport-ws", socket.SubProtocol);
        Assert.Equal(WebSocketGraphQLServerFactory.Greeting, Encoding.UTF8.GetString(buffer, 0, received.Count));
    }

    [Fact]
    public async Task HttpRequests_StillReachTheGraphQLEndpoint()
    {
        var response = await GraphQLHttp.PostAsync(factory.CreateClient(), "{\"query\":\"{ hello }\"}");

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("{\"data\":{\"hello\":\"Hello, world!\"}}", response.Body);
    }
}
