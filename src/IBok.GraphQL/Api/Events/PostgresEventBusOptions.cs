namespace IBok.GraphQL.Api.Events;

/// <summary>Settings of <see cref="PostgresEventBus"/>.</summary>
public sealed class PostgresEventBusOptions
{
    /// <summary>The Npgsql connection string of the database every server instance shares (<c>Database:ConnectionString</c>).</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>The wait before reconnecting after the listening connection was lost; it doubles with every failed attempt.</summary>
    public TimeSpan ReconnectDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between two reconnection attempts.</summary>
    public TimeSpan MaxReconnectDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Seconds of silence after which the listening connection sends a keepalive query, so a connection that died
    /// without a word (a dropped network) is noticed and replaced; 0 for none.
    /// </summary>
    public int KeepAliveSeconds { get; set; } = 30;
}
