using System.Collections.Concurrent;
using IBok.Domain;
using IBok.Domain.Settlements;
using IBok.GraphQL.Application.CustomerReads.Loaders;
using IBok.GraphQL.Persistence.Mapping;
using IBok.GraphQL.Persistence.Model.Settlements;

namespace IBok.GraphQL.Application.CustomerReads;

/// <summary>
/// The settlements (rozrachunki) of the customers of one request: each customer's ledger rebuilt once from their
/// entry rows by IBok.Domain, and read as of today (the utility's calendar day).
/// </summary>
/// <remarks>
/// The rebuilt <see cref="Ledger"/> (immutable, independent of the day) is kept in <see cref="CustomerReadCache"/> beside
/// the entry rows, under the customer's data version this request read; the reading as of today is made per request.
/// </remarks>
public sealed class CustomerSettlements(
    LedgerEntriesByCustomerLoader entries, UtilityCalendar calendar, RequestCustomers customers, CustomerReadCache cache)
{
    private readonly ConcurrentDictionary<long, Lazy<Task<Settlement>>> _settlements = new();

    /// <summary>The settlement of one customer (an empty one when the customer has no entries or is not visible).</summary>
    public Task<Settlement> OfAsync(long customerId, CancellationToken cancellationToken) =>
        _settlements.GetOrAdd(customerId, id => new Lazy<Task<Settlement>>(() => BuildAsync(id, cancellationToken))).Value;

    private async Task<Settlement> BuildAsync(long customerId, CancellationToken cancellationToken)
    {
        // The version is read before the rows: rows loaded now are at least that new, so the ledger may carry its label.
        var known = customers.TryGetDataVersion(customerId, out var version);
        var rows = await entries.LoadAsync(customerId, cancellationToken).ConfigureAwait(false);
        // Reused only when built from these very row objects (the entries loader's cached ones), so the ledger always
        // matches the rows shown beside it.
        if (!known || !cache.TryGet(typeof(Ledger), customerId, version, out CachedLedger cached) || !cached.Rows.SequenceEqual(rows))
        {
            // The ledger's customer number only labels its messages; the id keeps this independent of the customer row.
            cached = new CachedLedger(rows, LedgerMapping.ToLedger(customerId.ToString(System.Globalization.CultureInfo.InvariantCulture), rows));
            if (known)
            {
                cache.Set(typeof(Ledger), customerId, version, cached, rows.Length);
            }
        }

        return new Settlement(cached.Ledger, rows, calendar.Today);
    }
}

/// <summary>A ledger with the entry rows it was rebuilt from.</summary>
internal sealed record CachedLedger(IReadOnlyList<LedgerEntryRow> Rows, Ledger Ledger);

/// <summary>One customer's ledger read as of one day.</summary>
public sealed class Settlement
{
    private readonly Dictionary<string, DocumentStatus> _statuses;

    internal Settlement(Ledger ledger, IReadOnlyList<LedgerEntryRow> rows, DateOnly today)
    {
        Ledger = ledger;
        Today = today;
        Rows = rows;
        _statuses = ledger.Documents.ToDictionary(document => document.Number, document => ledger.StatusOf(document.Number, today), StringComparer.Ordinal);
        Documents = [.. ledger.Documents
            .OrderByDescending(document => document.IssueDate).ThenByDescending(document => document.Number, StringComparer.Ordinal)
            .Select(document => _statuses[document.Number])];
        ToPay = Money.Sum(Documents.Where(status => status.Outstanding.IsPositive).Select(status => status.Outstanding));
        Overdue = Money.Sum(Documents.Where(status => status.Outstanding.IsPositive && status.Document.DueDate < today).Select(status => status.Outstanding));
        Overpaid = ledger.OpenCreditOn(today);
        Balance = ledger.BalanceOn(today);
        NextDue = Documents
            .Where(status => status.Outstanding.IsPositive)
            .OrderBy(status => status.Document.DueDate).ThenBy(status => status.Document.IssueDate).ThenBy(status => status.Document.Number, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    /// <summary>The domain's ledger.</summary>
    public Ledger Ledger { get; }

    /// <summary>The stored entries (for payment titles and channels).</summary>
    public IReadOnlyList<LedgerEntryRow> Rows { get; }

    /// <summary>The day the statuses describe.</summary>
    public DateOnly Today { get; }

    /// <summary>Every document's status today, newest first.</summary>
    public IReadOnlyList<DocumentStatus> Documents { get; }

    /// <summary>Balance today: positive = the customer owes, negative = overpaid.</summary>
    public Money Balance { get; }

    /// <summary>What is still to pay on documents issued so far.</summary>
    public Money ToPay { get; }

    /// <summary>What of <see cref="ToPay"/> is past its due date.</summary>
    public Money Overdue { get; }

    /// <summary>The overpayment (open credit) today.</summary>
    public Money Overpaid { get; }

    /// <summary>The open document due first (overdue ones included), or null when nothing is to pay.</summary>
    public DocumentStatus? NextDue { get; }

    /// <summary>The status of a document by number, or null when the ledger does not hold it (not posted yet).</summary>
    public DocumentStatus? StatusOf(string documentNumber) => _statuses.GetValueOrDefault(documentNumber);
}
