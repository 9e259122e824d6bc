using IBok.Domain.Billing;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Model.Billing;
using Microsoft.EntityFrameworkCore;

namespace IBok.GraphQL.Application.Staff.Billing;

/// <summary>
/// Takes invoice numbers from the <see cref="InvoiceNumberCounterRow"/> of a series' scope, inside the caller's
/// transaction, so numbers are given out only together with the invoices that carry them: a rolled-back batch leaves
/// no gap.
/// </summary>
/// <remarks>The counter's <see cref="InvoiceNumberCounterRow.Version"/> is incremented with every reservation; a
/// concurrent run that reserved first makes this save fail with <see cref="DbUpdateConcurrencyException"/> (or, for a
/// new scope, a unique-index violation), and the caller retries its batch.</remarks>
internal static class InvoiceNumbering
{
    /// <summary>Reserves <paramref name="count"/> consecutive numbers for invoices issued on <paramref name="issueDate"/> and
    /// saves the counter; returns the first sequence number.</summary>
    /// <exception cref="InvalidOperationException">The series has no room for that many numbers.</exception>
    public static async Task<long> ReserveAsync(IBokDbContext db, InvoiceNumberSeries series, DateOnly issueDate, int count, CancellationToken cancellationToken)
    {
        var scope = series.SequenceScope(issueDate);
        var counter = await db.Set<InvoiceNumberCounterRow>().SingleOrDefaultAsync(row => row.Series == series.Pattern && row.Scope == scope, cancellationToken);
        if (counter is null)
        {
            counter = new InvoiceNumberCounterRow
            {
                Series = series.Pattern,
                Scope = scope,
                LastSequence = await LargestStoredSequenceAsync(db, series, issueDate, scope, cancellationToken),
            };
            db.Add(counter);
        }
        else
        {
            counter.Version++;
        }

        var first = counter.LastSequence + 1;
        if (counter.LastSequence + count > series.MaxSequence)
        {
            throw new InvalidOperationException($"Series {series.Pattern} has no room for {count} more numbers in {scope}: its last number is {counter.LastSequence}.");
        }

        counter.LastSequence += count;
        await db.SaveChangesAsync(cancellationToken);
        return first;
    }

    /// <summary>
    /// The largest sequence of the scope among invoices already stored, for a scope without a counter yet: invoices
    /// written by another path (the demo data, an import) keep their numbers and the counter continues after them.
    /// </summary>
    private static async Task<long> LargestStoredSequenceAsync(IBokDbContext db, InvoiceNumberSeries series, DateOnly issueDate, string scope, CancellationToken cancellationToken)
    {
        var query = db.Set<InvoiceRow>().Where(row => row.Series == series.Pattern);
        if (series.Pattern.Contains("{yyyy}", StringComparison.Ordinal))
        {
            var yearStart = new DateOnly(issueDate.Year, 1, 1);
            var yearEnd = new DateOnly(issueDate.Year, 12, 31);
            query = query.Where(row => row.IssueDate >= yearStart && row.IssueDate <= yearEnd);
        }

        var stored = await query.Select(row => new { row.Number, row.IssueDate }).ToListAsync(cancellationToken);
        return stored
            .Where(row => series.SequenceScope(row.IssueDate) == scope)
            .Select(row => series.TryParse(row.Number, out var parts) ? parts.Sequence : 0L)
            .DefaultIfEmpty(0L)
            .Max();
    }
}
