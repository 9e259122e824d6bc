using IBok.Domain.Customers;
using IBok.GraphQL.Application.Common;
using IBok.GraphQL.Application.Readings;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Model.Customers;
using IBok.GraphQL.Persistence.Model.Metering;
using Microsoft.EntityFrameworkCore;

namespace IBok.GraphQL.Application.WithoutAccount;

/// <summary>
/// A reading submitted without an account, by customer number and meter serial number (as several utilities offer,
/// DOMAIN-FACTS): the same domain rules as in the portal, at most one reading per meter per calendar month, and a
/// per-client and per-customer-number rate limit. The answer says "accepted" or names the rule broken, and never
/// tells anything about the customer or the meter (no values, no dates, not even whether the customer exists).
/// </summary>
public sealed class AnonymousReadingService(IBokDbContext db, TimeProvider time, AnonymousRateLimiter limiter, ClientOrigin origin)
{
    /// <summary>The name stored as the reading's submitter.</summary>
    public const string SubmitterName = "odczyt bez logowania";

    /// <summary>Submits the reading; on success the value is <c>true</c>.</summary>
    public async Task<Outcome<RecordedReading>> SubmitAsync(
        string customerNumber, string meterSerialNumber, DateOnly date, decimal value, CancellationToken cancellationToken)
    {
        var number = (customerNumber ?? string.Empty).Trim();
        var retryAfter = limiter.TryAcquire(
        [
            (AnonymousRateLimiter.ClientKey("reading", origin.Address), limiter.Options.AttemptsPerClient),
            ($"reading:customer:{number}", limiter.Options.AttemptsPerCustomerNumber),
        ]);
        if (retryAfter is { } seconds)
        {
            return new RateLimitedError(seconds);
        }

        if (!CustomerNumber.TryParse(number, out _, out _))
        {
            return new InvalidInputError(
                "INVALID_CUSTOMER_NUMBER", "customerNumber",
                "Numer klienta składa się z 1 do 12 cyfr; znajdziesz go na fakturze.",
                "A customer number has 1 to 12 digits; it is printed on the invoice.");
        }

        return await SameDayReadingConflict.CheckAgainOnceAsync(db, () => RecordOnceAsync(number, meterSerialNumber, date, value, cancellationToken));
    }

    private async Task<Outcome<RecordedReading>> RecordOnceAsync(
        string number, string? meterSerialNumber, DateOnly date, decimal value, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Without an account the viewer filter hides every customer; finding the customer by number and the meter by
        // its serial number among that customer's meters is this flow's whole authorization.
        var serial = (meterSerialNumber ?? string.Empty).Trim();
        var meter = await (
                from customer in db.Set<CustomerRow>().IgnoreQueryFilters()
                join candidate in db.Set<MeterRow>().IgnoreQueryFilters() on customer.Id equals candidate.CustomerId
                where customer.Number == number && candidate.SerialNumber == serial
                orderby candidate.RemovedOn == null descending, candidate.InstalledOn descending
                select candidate)
            .FirstOrDefaultAsync(cancellationToken);
        if (meter is null)
        {
            return MeterNotFound();
        }

        var monthStart = new DateOnly(date.Year, date.Month, 1);
        var alreadyThisMonth = await db.Set<MeterReadingRow>()
            .IgnoreQueryFilters()
            .AnyAsync(
                row => row.MeterId == meter.Id
                    && (row.Source == ReadingSource.Anonymous || row.Source == ReadingSource.Portal)
                    && row.Status != ReadingStatus.Rejected
                    && row.ReadingDate >= monthStart && row.ReadingDate < monthStart.AddMonths(1),
                cancellationToken);
        if (alreadyThisMonth)
        {
            return new ReadingLimitReachedError();
        }

        var outcome = await ReadingRecorder.RecordAsync(
            db, meter, date, value, new ReadingSubmitter(ReadingSource.Anonymous, null, SubmitterName),
            CustomerClock.Today(time), CustomerClock.UtcNow(time), revealDetails: false, cancellationToken);
        if (outcome.Value is not null)
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return outcome;
    }

    /// <summary>The one answer for an unknown customer number, an unknown serial number, or a meter of someone else.</summary>
    private static NotFoundError MeterNotFound() => new("Meter", "licznik o tym numerze u klienta o tym numerze");
}
