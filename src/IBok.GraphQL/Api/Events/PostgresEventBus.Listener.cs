using System.Text;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace IBok.GraphQL.Api.Events;

// The listening side: which channels local subscribers need, and the loop that keeps one connection LISTENing to them.
public sealed partial class PostgresEventBus
{
    private readonly Lock _channelsLock = new();

    // The channels local subscribers need (channel → topic and subscriber count), and those the current listening
    // connection has LISTENed to; the loop brings the second in line with the first.
    private readonly Dictionary<string, WantedChannel> _wanted = new(StringComparer.Ordinal);
    private readonly HashSet<string> _listening = new(StringComparer.Ordinal);

    // Cancelled when _wanted changes, to wake the loop from WaitAsync; replaced once the loop has seen it. Replaced
    // sources are not disposed: a subscriber may be cancelling one at that moment, and they hold no timer.
    private CancellationTokenSource _wantedChanged = new();

    // Filled by the connection's Notification event while the loop waits or runs a command; only the loop touches it.
    private readonly List<(string Channel, string Payload)> _received = [];
    private int? _listenerProcessId;

    /// <summary>Whether the listening connection has run LISTEN for <paramref name="topic"/>, so its events are delivered from now on.</summary>
    public bool IsListening(string topic)
    {
        var channel = PostgresEventChannel.NameOf(topic);
        lock (_channelsLock)
        {
            return _listening.Contains(channel);
        }
    }

    /// <summary>How many channels the listening connection is LISTENing to: one per topic with local subscribers.</summary>
    public int ListeningChannelCount
    {
        get
        {
            lock (_channelsLock)
            {
                return _listening.Count;
            }
        }
    }

    /// <summary>The server process id of the listening connection; null while disconnected (for diagnostics and tests).</summary>
    public int? ListenerProcessId
    {
        get
        {
            lock (_channelsLock)
            {
                return _listenerProcessId;
            }
        }
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = _options.ReconnectDelay;
        while (!stoppingToken.IsCancellationRequested)
        {
            var connected = false;
            try
            {
                await using var connection = new NpgsqlConnection(_listeningConnectionString);
                await connection.OpenAsync(stoppingToken).ConfigureAwait(false);
                connected = true;
                await ListenAsync(connection, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error)
            {
                // Whatever broke, the loop must go on: every subscription of this process depends on it.
                delay = connected ? _options.ReconnectDelay : delay;
                LogListenerLost(_logger, error, delay.TotalMilliseconds);
            }
            finally
            {
                lock (_channelsLock)
                {
                    _listening.Clear();
                    _listenerProcessId = null;
                }

                _received.Clear();
            }

            try
            {
                await Task.Delay(delay, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, _options.MaxReconnectDelay.Ticks));
        }
    }

    private async Task ListenAsync(NpgsqlConnection connection, CancellationToken stoppingToken)
    {
        connection.Notification += (_, notification) => _received.Add((notification.Channel, notification.Payload));
        lock (_channelsLock)
        {
            _listenerProcessId = connection.ProcessID;
        }

        LogListenerConnected(_logger, connection.ProcessID);
        while (true)
        {
            CancellationToken wantedChanged;
            lock (_channelsLock)
            {
                if (_wantedChanged.IsCancellationRequested)
                {
                    _wantedChanged = new CancellationTokenSource();
                }

                wantedChanged = _wantedChanged.Token;
            }

            await SynchronizeListensAsync(connection, stoppingToken).ConfigureAwait(false);
            await DeliverReceivedAsync(stoppingToken).ConfigureAwait(false);
            using (var wake = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, wantedChanged))
            {
                try
                {
                    if (!await connection.WaitAsync(_keepAliveMilliseconds, wake.Token).ConfigureAwait(false))
                    {
                        await KeepAliveAsync(connection, stoppingToken).ConfigureAwait(false);
                    }
                }
                catch (OperationCanceledException) when (wantedChanged.IsCancellationRequested && !stoppingToken.IsCancellationRequested)
                {
                    // Woken to LISTEN or UNLISTEN: the next round does it.
                }
            }

            await DeliverReceivedAsync(stoppingToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Asks the server for a trivial answer after a quiet spell, so a connection that died without a word fails
    /// here (within the command timeout) and is replaced. Done by the loop rather than Npgsql's own keepalive,
    /// which breaks the connection when a wake-up cancels its wait in the middle of a keepalive exchange.
    /// </summary>
    private static async Task KeepAliveAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT 1", connection);
        await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs one batch of LISTEN for the channels newly wanted and UNLISTEN for those no longer wanted.</summary>
    private async Task SynchronizeListensAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        string[] listen;
        string[] unlisten;
        lock (_channelsLock)
        {
            listen = [.. _wanted.Keys.Where(channel => !_listening.Contains(channel))];
            unlisten = [.. _listening.Where(channel => !_wanted.ContainsKey(channel))];
        }

        if (listen.Length == 0 && unlisten.Length == 0)
        {
            return;
        }

        var sql = new StringBuilder();
        foreach (var channel in listen)
        {
            sql.Append("LISTEN ").Append(PostgresEventChannel.Quote(channel)).Append(';');
        }

        foreach (var channel in unlisten)
        {
            sql.Append("UNLISTEN ").Append(PostgresEventChannel.Quote(channel)).Append(';');
        }

        await using (var command = new NpgsqlCommand(sql.ToString(), connection))
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        lock (_channelsLock)
        {
            _listening.UnionWith(listen);
            _listening.ExceptWith(unlisten);
        }
    }

    private async Task DeliverReceivedAsync(CancellationToken cancellationToken)
    {
        foreach (var (channel, payload) in _received)
        {
            string? topic;
            lock (_channelsLock)
            {
                // A channel left since: its UNLISTEN is on the way, and nobody here wants the event any more.
                topic = _wanted.TryGetValue(channel, out var wanted) ? wanted.Topic : null;
            }

            if (topic is not null)
            {
                await _local.PublishAsync(topic, new ReceivedNotification(payload), cancellationToken).ConfigureAwait(false);
            }
        }

        _received.Clear();
    }

    private void AddSubscriber(string channel, string topic)
    {
        CancellationTokenSource changed;
        lock (_channelsLock)
        {
            if (_wanted.TryGetValue(channel, out var wanted))
            {
                wanted.Subscribers++;
                return;
            }

            _wanted.Add(channel, new WantedChannel(topic));
            changed = _wantedChanged;
        }

        // Outside the lock: cancelling runs the loop's WaitAsync cancellation callback synchronously.
        changed.Cancel();
    }

    private void RemoveSubscriber(string channel)
    {
        CancellationTokenSource changed;
        lock (_channelsLock)
        {
            var wanted = _wanted[channel];
            if (--wanted.Subscribers > 0)
            {
                return;
            }

            _wanted.Remove(channel);
            changed = _wantedChanged;
        }

        changed.Cancel();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The event bus listens on PostgreSQL (server process {ProcessId}).")]
    private static partial void LogListenerConnected(ILogger logger, int processId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The event bus lost its PostgreSQL listening connection (events published meanwhile are not delivered); reconnecting in {DelayMilliseconds} ms.")]
    private static partial void LogListenerLost(ILogger logger, Exception error, double delayMilliseconds);

    private sealed class WantedChannel(string topic)
    {
        public string Topic { get; } = topic;

        public int Subscribers { get; set; } = 1;
    }
}
