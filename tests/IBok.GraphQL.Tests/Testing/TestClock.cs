namespace IBok.GraphQL.Tests.Testing;

/// <summary>
/// The one clock of the tests: it stands still until a test sets or advances it, and its local time zone is UTC, so
/// "today" is the UTC date on every machine.
/// </summary>
public sealed class TestClock(DateTimeOffset now) : TimeProvider
{
    /// <summary>The current instant.</summary>
    public DateTimeOffset Now { get; set; } = now;

    /// <summary>Moves the clock forward.</summary>
    public void Advance(TimeSpan by) => Now += by;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => Now;

    /// <inheritdoc />
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
