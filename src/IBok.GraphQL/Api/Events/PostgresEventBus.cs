using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace IBok.GraphQL.Api.Events;

/// <summary>
/// An <see cref="IEventBus"/> between server instances that share a PostgreSQL database, over LISTEN/NOTIFY.
/// Publishing runs <c>pg_notify(channel, json)</c> on a pooled connection; each process holds one dedicated
/// listening connection (this hosted service's loop) with one LISTEN per topic that has local subscribers, and
/// fans each notification out to them through an <see cref="InProcessEventBus"/>.
/// </summary>
/// <remarks>
/// <para>Every subscriber, in the publishing process too, receives events through PostgreSQL, so all see the same
/// events in the same order: PostgreSQL delivers notifications in commit order, and each publish commits before
/// it returns, so the events of one publisher arrive in the order published.</para>
/// <para>Payloads are JSON (<see cref="JsonSerializerDefaults.Web"/>, with the default encoder, which escapes every
/// non-ASCII character, so the text is ASCII and its size the same in any server encoding). NOTIFY refuses a
/// payload of 8000 bytes or more: <see cref="PublishAsync{TPayload}"/> throws
/// <see cref="EventPayloadTooLargeException"/> naming the size before sending anything.</para>
/// <para>Delivery is at most once: events published while the listening connection is down (until it has
/// reconnected, with back-off, and listened again) are not delivered. A subscription's events start once its
/// LISTEN has run (<see cref="IsListening"/>), a moment after its enumeration started.</para>
/// <para>Within a database transaction, publish with <see cref="NotifyAsync{TPayload}"/> on the transaction's
/// connection: PostgreSQL sends the notification at commit and drops it at rollback (and merges identical
/// notifications of one transaction into one).</para>
/// </remarks>
public sealed partial class PostgresEventBus : BackgroundService, IEventBus
{
    /// <summary>The largest payload NOTIFY carries: its text must be shorter than 8000 bytes.</summary>
    public const int MaxPayloadBytes = 7999;

    private const string NotifySql = "SELECT pg_notify($1, $2)";

    private static readonly JsonSerializerOptions PayloadJson = new(JsonSerializerDefaults.Web);

    private readonly NpgsqlDataSource _publishing;
    private readonly string _listeningConnectionString;
    private readonly PostgresEventBusOptions _options;
    private readonly InProcessEventBus _local;
    private readonly ILogger<PostgresEventBus> _logger;
    private readonly int _keepAliveMilliseconds;

    /// <summary>Creates a bus for the database of <paramref name="options"/>; start it (as a hosted service, or with <c>StartAsync</c>) to receive events.</summary>
    public PostgresEventBus(
        PostgresEventBusOptions options,
        IOptions<InProcessEventBusOptions>? localOptions = null,
        ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.ConnectionString, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.ReconnectDelay, TimeSpan.Zero, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxReconnectDelay, options.ReconnectDelay, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.KeepAliveSeconds, nameof(options));
        loggerFactory ??= NullLoggerFactory.Instance;
        _options = options;
        _publishing = NpgsqlDataSource.Create(options.ConnectionString);
        _listeningConnectionString = new NpgsqlConnectionStringBuilder(options.ConnectionString)
        {
            // Its own physical connection, never returned to a pool: it is dropped whole when it breaks.
            Pooling = false,
            ApplicationName = "iBOK event listener",
        }.ConnectionString;
        _local = new InProcessEventBus(localOptions, loggerFactory.CreateLogger<InProcessEventBus>());
        _logger = loggerFactory.CreateLogger<PostgresEventBus>();
        _keepAliveMilliseconds = checked(options.KeepAliveSeconds * 1000); // 0: wait without a time limit
    }

    /// <summary>The number of this process's subscribers of <paramref name="topic"/> (for diagnostics and tests).</summary>
    public int SubscriberCount(string topic) => _local.SubscriberCount(topic);

    /// <inheritdoc />
    /// <exception cref="EventPayloadTooLargeException">The payload's JSON is larger than <see cref="MaxPayloadBytes"/>.</exception>
    public async ValueTask PublishAsync<TPayload>(string topic, TPayload payload, CancellationToken cancellationToken = default)
    {
        var (channel, json) = Notification(topic, payload);
        await using var command = _publishing.CreateCommand(NotifySql);
        AddNotificationParameters(command, channel, json);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Publishes on <paramref name="connection"/>, inside its current transaction if it has one: subscribers
    /// receive the event when that transaction commits, and never if it rolls back. With EF Core:
    /// <c>(NpgsqlConnection)db.Database.GetDbConnection()</c> after <c>BeginTransactionAsync</c>.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="topic"/> is null, empty or white space.</exception>
    /// <exception cref="EventPayloadTooLargeException">The payload's JSON is larger than <see cref="MaxPayloadBytes"/>.</exception>
    public static async Task NotifyAsync<TPayload>(NpgsqlConnection connection, string topic, TPayload payload, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var (channel, json) = Notification(topic, payload);
        await using var command = new NpgsqlCommand(NotifySql, connection);
        AddNotificationParameters(command, channel, json);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public IAsyncEnumerable<TPayload> SubscribeAsync<TPayload>(string topic, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(topic);
        return ReadEvents<TPayload>(topic, cancellationToken);
    }

    private static (string Channel, string Json) Notification<TPayload>(string topic, TPayload payload)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(topic);
        var json = JsonSerializer.Serialize(payload, PayloadJson);
        var bytes = Encoding.UTF8.GetByteCount(json);
        if (bytes > MaxPayloadBytes)
        {
            throw new EventPayloadTooLargeException(topic, bytes, MaxPayloadBytes);
        }

        return (PostgresEventChannel.NameOf(topic), json);
    }

    private static void AddNotificationParameters(NpgsqlCommand command, string channel, string json)
    {
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = channel });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = json });
    }

    private async IAsyncEnumerable<TPayload> ReadEvents<TPayload>(string topic, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = PostgresEventChannel.NameOf(topic);
        var events = _local.SubscribeAsync<ReceivedNotification>(topic, cancellationToken).GetAsyncEnumerator(cancellationToken);
        try
        {
            // The in-process bus registers its subscriber as soon as the enumeration first moves, before waiting;
            // so the local subscriber exists before LISTEN is asked for, and nothing received after it is missed.
            var next = events.MoveNextAsync();
            AddSubscriber(channel, topic);
            try
            {
                while (await next.ConfigureAwait(false))
                {
                    if (TryReadPayload(topic, events.Current.Json, out TPayload payload))
                    {
                        yield return payload;
                    }

                    next = events.MoveNextAsync();
                }
            }
            finally
            {
                RemoveSubscriber(channel);
            }
        }
        finally
        {
            await events.DisposeAsync().ConfigureAwait(false);
        }
    }

    private bool TryReadPayload<TPayload>(string topic, string json, out TPayload payload)
    {
        try
        {
            payload = JsonSerializer.Deserialize<TPayload>(json, PayloadJson)!;
            return true;
        }
        catch (Exception error) when (error is JsonException or NotSupportedException)
        {
            LogPayloadUnreadable(_logger, error, topic, typeof(TPayload).FullName);
            payload = default!;
            return false;
        }
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        base.Dispose();
        _publishing.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "An event of topic {Topic} could not be read as the {ExpectedType} its subscriber reads; skipped.")]
    private static partial void LogPayloadUnreadable(ILogger logger, Exception error, string topic, string? expectedType);

    /// <summary>A notification's payload as it arrived, handed to local subscribers, each of which reads its own copy.</summary>
    private sealed record ReceivedNotification(string Json);
}
