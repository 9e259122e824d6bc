using System.Globalization;
using IBok.GraphQL.Application.Common;
using IBok.GraphQL.Application.Delivery;
using IBok.GraphQL.Application.Staff.Auditing;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Model.Customers;
using IBok.GraphQL.Persistence.Model.Notices;
using Microsoft.EntityFrameworkCore;

namespace IBok.GraphQL.Application.Staff.Outages;

/// <summary>An outage or planned shutdown to announce.</summary>
/// <param name="Title">The title.</param>
/// <param name="Body">The text.</param>
/// <param name="Kind"><see cref="NoticeKind.Failure"/> or <see cref="NoticeKind.PlannedShutdown"/>.</param>
/// <param name="StartsAt">When supply stops (UTC).</param>
/// <param name="EndsAt">When supply is expected back (UTC), after <paramref name="StartsAt"/>.</param>
/// <param name="City">The town affected; null for the whole supply area.</param>
/// <param name="Streets">Streets in <paramref name="City"/>; empty for the whole town.</param>
public sealed record OutageToPublish(
    string Title, string Body, NoticeKind Kind, DateTime StartsAt, DateTime? EndsAt, string? City, IReadOnlyList<string> Streets);

/// <summary>The outcome of <see cref="OutagePublication.PublishAsync"/>.</summary>
/// <param name="Notice">The published notice.</param>
/// <param name="CustomerIds">The customers whose inbox received it, ascending.</param>
/// <param name="Error">Why nothing was published.</param>
public sealed record OutagePublicationResult(NoticeRow? Notice, IReadOnlyList<long> CustomerIds, StaffActionError? Error);

/// <summary>Publishes an outage notice and delivers it to every customer with a premises in the targeted area.</summary>
public sealed class OutagePublication(IBokDbContext db, TimeProvider time, NoticeOutbox? outbox = null)
{
    // Street and town names are compared the way people type them: case and Polish letters' case do not matter.
    private static readonly StringComparer PlaceNames = StringComparer.Create(CultureInfo.GetCultureInfo("pl-PL"), ignoreCase: true);

    /// <summary>Validates, then stores the notice, its streets, one delivery per affected customer and the audit entry in one transaction.</summary>
    public async Task<OutagePublicationResult> PublishAsync(OutageToPublish outage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outage);
        if (Validate(outage) is { } error)
        {
            return new OutagePublicationResult(null, [], error);
        }

        var city = string.IsNullOrWhiteSpace(outage.City) ? null : outage.City.Trim();
        var streets = outage.Streets.Select(street => street.Trim()).Where(street => street.Length > 0).Distinct(PlaceNames).ToList();
        var targeting = city is null ? NoticeTargeting.All : streets.Count == 0 ? NoticeTargeting.Area : NoticeTargeting.Streets;

        // Compared in memory because SQLite's lower() folds ASCII only ("Łąkowa" vs "ŁĄKOWA"); only three short columns are read.
        var premises = await db.Set<PremisesRow>().AsNoTracking()
            .Select(row => new { row.CustomerId, row.City, row.Street })
            .ToListAsync(cancellationToken);
        var streetSet = new HashSet<string>(streets, PlaceNames);
        var customerIds = premises
            .Where(row => city is null || (PlaceNames.Equals(row.City, city) && (streetSet.Count == 0 || streetSet.Contains(row.Street))))
            .Select(row => row.CustomerId)
            .Distinct()
            .Order()
            .ToList();

        var now = time.GetUtcNow().UtcDateTime;
        var notice = new NoticeRow
        {
            Kind = outage.Kind,
            Title = outage.Title.Trim(),
            Body = outage.Body.Trim(),
            Targeting = targeting,
            TargetCity = city,
            PublishedAt = now,
            OutageStartsAt = outage.StartsAt,
            OutageEndsAt = outage.EndsAt,
            CreatedBy = db.Viewer.DisplayName,
            CreatedAt = now,
            Streets = [.. streets.Select(street => new NoticeStreetRow { Street = street })],
        };

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Set<NoticeRow>().Add(notice);
        await db.SaveChangesAsync(cancellationToken);
        db.Set<NoticeDeliveryRow>().AddRange(customerIds.Select(customerId => new NoticeDeliveryRow
        {
            CustomerId = customerId,
            NoticeId = notice.Id,
            DeliveredAt = now,
        }));
        StaffAudit.Record(db, now, "outage.publish", "Notice", notice.Id.ToString(CultureInfo.InvariantCulture),
            new { notice.Title, Kind = notice.Kind.ToString(), City = city, Streets = streets, Customers = customerIds.Count });
        await db.SaveChangesAsync(cancellationToken);
        if (outbox is not null)
        {
            // Delivery: the outage's e-mails and SMS to consenting customers go to the outbox in the publication's transaction.
            var key = ":outage:" + notice.Id.ToString(CultureInfo.InvariantCulture);
            foreach (var page in customerIds.Chunk(1000))
            {
                await outbox.EnqueueAsync(page, CustomerClock.Today(time), [notice], planned => planned.IdempotencyKey.EndsWith(key, StringComparison.Ordinal), cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return new OutagePublicationResult(notice, customerIds, null);
    }

    private static StaffActionError? Validate(OutageToPublish outage)
    {
        if (string.IsNullOrWhiteSpace(outage.Title))
        {
            return new StaffActionError("TITLE_REQUIRED", "The notice needs a title.");
        }

        if (string.IsNullOrWhiteSpace(outage.Body))
        {
            return new StaffActionError("BODY_REQUIRED", "The notice needs a text.");
        }

        if (outage.Kind is not (NoticeKind.Failure or NoticeKind.PlannedShutdown))
        {
            return new StaffActionError("NOT_AN_OUTAGE", $"An outage notice is a FAILURE or a PLANNED_SHUTDOWN, not {outage.Kind}.");
        }

        if (outage.EndsAt is { } end && end <= outage.StartsAt)
        {
            return new StaffActionError("END_BEFORE_START", "The outage must end after it starts.");
        }

        if (string.IsNullOrWhiteSpace(outage.City) && outage.Streets.Any(street => !string.IsNullOrWhiteSpace(street)))
        {
            return new StaffActionError("CITY_REQUIRED", "Streets need the town they are in.");
        }

        return null;
    }
}
