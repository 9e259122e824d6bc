using System.Globalization;
using IBok.Domain;
using IBok.Domain.Settlements;
using IBok.GraphQL.Application.CustomerReads.Loaders;
using IBok.GraphQL.Persistence.Mapping;
using IBok.GraphQL.Persistence.Model.Settlements;

namespace IBok.GraphQL.Application.CustomerReads;

/// <summary>
/// The settlements (rozrachunki) of the customers of one request: each customer's ledger rebuilt from their entry rows
/// by IBok.Domain, and read as of today (the utility's calendar day, taken once per request so that every field of a
/// request describes the same day).
/// </summary>
/// <remarks>
/// The rebuilt <see cref="Ledger"/> (independent of the day) and the <see cref="Settlement"/> of a day are derived from
/// the entry rows (<see cref="CustomerRows{TRow}.Derived{TDerived}"/>): when the rows come from
/// <see cref="CustomerReadCache"/>, requests of the same day share them; a new day or new rows derive them anew.
/// </remarks>
public sealed class CustomerSettlements(LedgerEntriesByCustomerLoader entries, UtilityCalendar calendar)
{
    private static readonly CustomerDerivation<LedgerEntryRow, Ledger> LedgerOfRows = new(rows =>
        // The ledger's customer number only labels its messages; the id keeps this independent of the customer row.
        LedgerMapping.ToLedger(rows.CustomerId.ToString(CultureInfo.InvariantCulture), rows));

    private static readonly CustomerDerivation<LedgerEntryRow, DateOnly, Settlement> SettlementOnDay = new((rows, day) =>
        new Settlement(rows.Derived(LedgerOfRows), rows, day));

    private readonly DateOnly _today = calendar.Today;

    /// <summary>The day this request's settlements describe.</summary>
    public DateOnly Today => _today;

    /// <summary>The settlement of one customer (an empty one when the customer has no entries or is not visible).</summary>
    public async Task<Settlement> OfAsync(long customerId, CancellationToken cancellationToken)
    {
        var rows = await entries.LoadAsync(customerId, cancellationToken).ConfigureAwait(false);
        return rows.Derived(SettlementOnDay, _today);
    }
}

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
