using System.Runtime.CompilerServices;
using System.Text.Json;
using IBok.GraphQL.Api.Events;
using IBok.GraphQL.CodeFirst;
using IBok.GraphQL.Execution;
using IBok.GraphQL.Types;
using IBok.Web.GraphQL.WebSockets;
using Microsoft.AspNetCore.Http;

namespace IBok.Web.Tests.GraphQL.WebSockets;

/// <summary>A message of the test chat, published on the bus topic <c>chat:{room}</c>.</summary>
public sealed record ChatMessage(string Room, string Text);

/// <summary>Who a connection belongs to: the connection context the test authenticator gives.</summary>
public sealed record TestUser(string Name);

/// <summary>The schema of the WebSocket tests: a query, a mutation that publishes, and subscriptions fed by the event bus.</summary>
public static class TestSchema
{
    public static string Topic(string room) => "chat:" + room;

    public static GraphQLSchema Build() => CodeFirstSchema.Create()
        .AddQueryType<TestQuery>()
        .AddMutationType<TestMutation>()
        .AddSubscriptionType<TestSubscription>()
        .UseRequestContext<TestUser>()
        .Build();
}

public sealed class TestQuery
{
    public string Hello() => "world";

    /// <summary>The signed-in user's name from the connection context, or null for an anonymous connection.</summary>
    public string? WhoAmI(TestUser? user) => user?.Name;

    public string Broken() => throw new InvalidOperationException("A secret detail that must not reach the client.");
}

public sealed class TestMutation
{
    public async Task<bool> PostMessage(string room, string text, [Service] IEventBus bus, CancellationToken cancellationToken)
    {
        await bus.PublishAsync(TestSchema.Topic(room), new ChatMessage(room, text), cancellationToken);
        return true;
    }
}

public sealed class TestSubscription
{
    /// <summary>Every message posted in <paramref name="room"/> from now on.</summary>
    public IAsyncEnumerable<ChatMessage> MessagePosted(string room, [Service] IEventBus bus, CancellationToken cancellationToken) =>
        room.Length == 0
            ? throw new GraphQLException("The room name is empty.")
            : bus.SubscribeAsync<ChatMessage>(TestSchema.Topic(room), cancellationToken);

    /// <summary>The numbers from <paramref name="from"/> down to 1, then the stream ends.</summary>
    public async IAsyncEnumerable<int> Countdown(int from, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var number = from; number > 0; number--)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return number;
        }
    }

    /// <summary>A stream that fails after its first event with an exception no client may see.</summary>
    public async IAsyncEnumerable<int> Faulty()
    {
        await Task.Yield();
        yield return 1;
        throw new InvalidOperationException("A secret detail that must not reach the client.");
    }
}

/// <summary>
/// Accepts a connection_init without payload or token as anonymous, <c>{"token":"alice-token"}</c> as alice
/// (acknowledged with <c>{"user":"alice"}</c>), rejects any other token, and throws for <c>{"token":"throw"}</c>.
/// </summary>
public sealed class TestAuthenticator : IGraphQLWebSocketAuthenticator
{
    /// <summary>A token <c>revocable-{key}</c> is accepted and re-checked: false (closing with 4403 "Revoked") once the key is in <see cref="Revoked"/>.</summary>
    public const string RevocablePrefix = "revocable-";

    /// <summary>The revoked keys of <see cref="RevocablePrefix"/> tokens (tests use keys of their own).</summary>
    public static System.Collections.Concurrent.ConcurrentDictionary<string, bool> Revoked { get; } = new(StringComparer.Ordinal);

    public ValueTask<GraphQLWebSocketAuthentication> AuthenticateAsync(HttpContext httpContext, JsonElement? payload, CancellationToken cancellationToken)
    {
        if (payload is not { } init || !init.TryGetProperty("token", out var token))
        {
            return ValueTask.FromResult(GraphQLWebSocketAuthentication.Accept());
        }

        if (token.GetString() is { } revocable && revocable.StartsWith(RevocablePrefix, StringComparison.Ordinal))
        {
            return ValueTask.FromResult(GraphQLWebSocketAuthentication.Accept().WithRevalidation(
                _ => ValueTask.FromResult(!Revoked.ContainsKey(revocable[RevocablePrefix.Length..])), "Revoked"));
        }

        return token.GetString() switch
        {
            "alice-token" => ValueTask.FromResult(GraphQLWebSocketAuthentication.Accept(
                new TestUser("alice"), new Dictionary<string, object?> { ["user"] = "alice" })),
            "throw" => throw new InvalidOperationException("The authenticator failed."),
            _ => ValueTask.FromResult(GraphQLWebSocketAuthentication.Reject("Invalid token")),
        };
    }
}
