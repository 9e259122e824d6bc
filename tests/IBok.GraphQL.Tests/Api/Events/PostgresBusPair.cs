using IBok.GraphQL.Api.Events;
using IBok.GraphQL.Tests.Persistence;
using Npgsql;

namespace IBok.GraphQL.Tests.Api.Events;

/// <summary>
/// Two started <see cref="PostgresEventBus"/> instances on one new PostgreSQL database: the connections of two
/// server processes (each bus has its own listening connection and its own publishing pool).
/// </summary>
internal sealed class PostgresBusPair : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly TestDatabase _database;

    private PostgresBusPair(TestDatabase database, PostgresEventBus a, PostgresEventBus b)
    {
        _database = database;
        A = a;
        B = b;
    }

    public PostgresEventBus A { get; }

    public PostgresEventBus B { get; }

    public string ConnectionString => _database.Options.ConnectionString;

    /// <summary>Starts both buses; <paramref name="keepAliveSeconds"/> is their <see cref="PostgresEventBusOptions.KeepAliveSeconds"/>.</summary>
    public static async Task<PostgresBusPair> StartAsync(int keepAliveSeconds = 30)
    {
        var database = await TestDatabase.CreateAsync("postgresql");
        var a = await StartBusAsync(database.Options.ConnectionString, keepAliveSeconds);
        var b = await StartBusAsync(database.Options.ConnectionString, keepAliveSeconds);
        return new PostgresBusPair(database, a, b);
    }

    /// <summary>Ends the listening connection of <paramref name="bus"/> from the server side, as a failover or an administrator would.</summary>
    public async Task TerminateListenerAsync(PostgresEventBus bus)
    {
        var processId = bus.ListenerProcessId ?? throw new InvalidOperationException("The bus is not connected.");
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT pg_terminate_backend($1)", connection);
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = processId });
        Assert.Equal(true, await command.ExecuteScalarAsync());
    }

    /// <summary>Waits (polling, at most <see cref="Patience"/>) until <paramref name="condition"/> holds; fails naming <paramref name="what"/> otherwise.</summary>
    public static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Still not true after {Patience.TotalSeconds} s: {what}.");
            }

            await Task.Delay(20);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(A);
        await StopAsync(B);
        await _database.DisposeAsync();
    }

    private static async Task<PostgresEventBus> StartBusAsync(string connectionString, int keepAliveSeconds)
    {
        var bus = new PostgresEventBus(new PostgresEventBusOptions
        {
            ConnectionString = connectionString,
            ReconnectDelay = TimeSpan.FromMilliseconds(50),
            MaxReconnectDelay = TimeSpan.FromSeconds(1),
            KeepAliveSeconds = keepAliveSeconds,
        });
        await bus.StartAsync(CancellationToken.None);
        await WaitUntilAsync(() => bus.ListenerProcessId is not null, "the bus connected its listener");
        return bus;
    }

    private static async Task StopAsync(PostgresEventBus bus)
    {
        await bus.StopAsync(CancellationToken.None);
        bus.Dispose();
    }
}

/// <summary>One subscription, read in the background into a buffer the test takes events from.</summary>
internal sealed class TestSubscriber<TPayload> : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly System.Threading.Channels.Channel<TPayload> _received = System.Threading.Channels.Channel.CreateUnbounded<TPayload>();
    private readonly Task _reading;

    private TestSubscriber(IEventBus bus, string topic)
    {
        _reading = Task.Run(async () =>
        {
            try
            {
                await foreach (var payload in bus.SubscribeAsync<TPayload>(topic, _stop.Token))
                {
                    _received.Writer.TryWrite(payload);
                }

                _received.Writer.TryComplete();
            }
            catch (Exception error)
            {
                _received.Writer.TryComplete(error);
            }
        });
    }

    /// <summary>Subscribes to <paramref name="topic"/> on <paramref name="bus"/> and waits until the bus listens to it.</summary>
    public static async Task<TestSubscriber<TPayload>> StartAsync(PostgresEventBus bus, string topic)
    {
        var subscriber = new TestSubscriber<TPayload>(bus, topic);
        await PostgresBusPair.WaitUntilAsync(() => bus.IsListening(topic), $"the bus listens to {topic}");
        return subscriber;
    }

    /// <summary>The next event; fails after <see cref="PostgresBusPair.Patience"/> without one.</summary>
    public async Task<TPayload> NextAsync()
    {
        using var timeout = new CancellationTokenSource(PostgresBusPair.Patience);
        return await _received.Reader.ReadAsync(timeout.Token);
    }

    /// <summary>Whether an event is waiting already.</summary>
    public bool HasMore => _received.Reader.TryPeek(out _);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _reading;
        _stop.Dispose();
    }
}
