using IBok.Domain.Customers;

namespace IBok.Domain.Notices;

/// <summary>Whether an interruption was unplanned or announced in advance.</summary>
public enum OutageKind
{
    /// <summary>An unplanned failure (awaria).</summary>
    Failure,

    /// <summary>A planned shutdown (planowane wyłączenie), e.g. for network works.</summary>
    PlannedShutdown,
}

/// <summary>The addresses an outage affects: a whole city, or named streets in it.</summary>
public sealed record OutageArea
{
    /// <summary>Creates an area.</summary>
    /// <param name="city">The city; compared without regard to case or surrounding spaces.</param>
    /// <param name="streets">Affected streets (without "ul."); empty means the whole city.</param>
    /// <exception cref="ArgumentException">The city is empty.</exception>
    public OutageArea(string city, IReadOnlyList<string>? streets = null)
    {
        if (string.IsNullOrWhiteSpace(city))
        {
            throw new ArgumentException("An outage area needs a city.", nameof(city));
        }

        City = city.Trim();
        Streets = streets?.Select(s => s.Trim()).Where(s => s.Length > 0).ToArray() ?? [];
    }

    /// <summary>The city.</summary>
    public string City { get; }

    /// <summary>The affected streets; empty means the whole city.</summary>
    public IReadOnlyList<string> Streets { get; }

    /// <summary>True when the address lies in the area: same city and, when streets are named, one of them.</summary>
    public bool Covers(PostalAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return string.Equals(address.City, City, StringComparison.OrdinalIgnoreCase)
            && (Streets.Count == 0 || Streets.Any(s => string.Equals(s, address.Street, StringComparison.OrdinalIgnoreCase)));
    }
}

/// <summary>An outage or planned shutdown published by the utility (komunikat o awarii).</summary>
/// <param name="Id">A stable identifier, part of the notices' idempotency keys.</param>
/// <param name="Kind">Failure or planned shutdown.</param>
/// <param name="Title">Short title, e.g. "Awaria wodociągu".</param>
/// <param name="Description">What happens and what to do.</param>
/// <param name="Area">Where.</param>
/// <param name="Starts">When the interruption starts (or started).</param>
/// <param name="ExpectedEnd">When supply is expected back, if known.</param>
public sealed record Outage(string Id, OutageKind Kind, string Title, string Description, OutageArea Area, DateTimeOffset Starts, DateTimeOffset? ExpectedEnd);
