using IBok.Domain.Notices;
using IBok.GraphQL.Persistence.Model.Notices;

namespace IBok.GraphQL.Persistence.Mapping;

/// <summary>Notice rows ↔ IBok.Domain's <see cref="Outage"/>.</summary>
public static class NoticeMapping
{
    /// <summary>
    /// The outage a failure or planned-shutdown notice announces, with <see cref="NoticeRow.Streets"/> loaded; null
    /// for a notice that is not an outage of an area or streets (information, or an outage sent to everyone, which
    /// needs no premises matching).
    /// </summary>
    public static Outage? ToOutage(NoticeRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.Kind == NoticeKind.Information || row.Targeting == NoticeTargeting.All)
        {
            return null;
        }

        var city = row.TargetCity ?? throw new InvalidDataException($"Notice {row.Id} targets {row.Targeting} without a city.");
        var starts = row.OutageStartsAt ?? row.PublishedAt ?? row.CreatedAt;
        return new Outage(
            row.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            row.Kind == NoticeKind.Failure ? OutageKind.Failure : OutageKind.PlannedShutdown,
            row.Title,
            row.Body,
            new OutageArea(city, row.Targeting == NoticeTargeting.Streets ? row.Streets.Select(street => street.Street).ToList() : null),
            Utc(starts),
            row.OutageEndsAt is { } ends ? Utc(ends) : null);
    }

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc), TimeSpan.Zero);
}
