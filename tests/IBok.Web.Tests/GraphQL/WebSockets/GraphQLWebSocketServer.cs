using IBok.GraphQL.Api.Events;
using IBok.Web.GraphQL.WebSockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IBok.Web.Tests.GraphQL.WebSockets;

/// <summary>
/// A real Kestrel server on a free loopback port serving <see cref="TestSchema"/> over graphql-transport-ws at
/// <c>/graphql</c>, with <see cref="TestAuthenticator"/> and the in-process event bus.
/// </summary>
public sealed class GraphQLWebSocketServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private GraphQLWebSocketServer(WebApplication app, Uri uri)
    {
        _app = app;
        Uri = uri;
    }

    /// <summary>The <c>ws://127.0.0.1:port/graphql</c> address.</summary>
    public Uri Uri { get; }

    public InProcessEventBus EventBus => (InProcessEventBus)_app.Services.GetRequiredService<IEventBus>();

    /// <summary>Starts a server; <paramref name="configure"/> changes the options after the test defaults (a 30 s init timeout, 16 KiB messages).</summary>
    public static async Task<GraphQLWebSocketServer> StartAsync(Action<GraphQLWebSocketOptions>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(TestSchema.Build());
        builder.Services.AddSingleton<IGraphQLWebSocketAuthenticator, TestAuthenticator>();
        builder.Services.AddIBokGraphQLWebSockets(options =>
        {
            options.ConnectionInitWaitTimeout = TimeSpan.FromSeconds(30);
            options.MaxMessageBytes = 16 * 1024;
            configure?.Invoke(options);
        });
        var app = builder.Build();
        app.UseIBokGraphQLWebSockets("/graphql");
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new GraphQLWebSocketServer(app, new Uri(address.Replace("http://", "ws://", StringComparison.Ordinal) + "/graphql"));
    }

    /// <summary>Waits (polling, at most 30 s) until <paramref name="condition"/> holds; fails naming <paramref name="what"/> otherwise.</summary>
    public static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Still not true after 30 s: {what}.");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>Waits until exactly <paramref name="count"/> subscribers listen to the chat room <paramref name="room"/>.</summary>
    public Task WaitForSubscribersAsync(string room, int count) =>
        WaitUntilAsync(() => EventBus.SubscriberCount(TestSchema.Topic(room)) == count, $"{count} subscribers of room {room}");

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>One server shared by the tests of a class (each test uses rooms and ids of its own).</summary>
public sealed class GraphQLWebSocketServerFixture : IAsyncLifetime
{
    public GraphQLWebSocketServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await GraphQLWebSocketServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
