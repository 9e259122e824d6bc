namespace IBok.Domain.Settlements;

/// <summary>Replays a ledger's entries in date order and derives the allocations (see <see cref="Ledger"/>).</summary>
internal sealed class LedgerReplay
{
    private readonly List<Allocation> _allocations = [];
    private readonly List<OpenDocument> _openDocuments = [];
    private readonly List<OpenCredit> _openCredits = [];

    private LedgerReplay()
    {
    }

    public Allocation[] Allocations => [.. _allocations];

    public (Refund Refund, Money AvailableCredit)? UncoveredRefund { get; private set; }

    public static LedgerReplay Run(IEnumerable<DebitDocument> documents, IEnumerable<Payment> payments, IEnumerable<Refund> refunds)
    {
        var events = new List<(DateOnly Date, int Phase, string Id, Action<LedgerReplay> Apply)>();
        foreach (var document in documents)
        {
            if (document.IsCredit)
            {
                events.Add((document.IssueDate, 1, document.Number, r => r.ApplyCredit(CreditSourceKind.CreditCorrection, document.Number, document.IssueDate, -document.Amount, document.CorrectedDocumentNumber)));
            }
            else
            {
                events.Add((document.IssueDate, 0, document.Number, r => r.ApplyDebit(document)));
            }
        }

        foreach (var payment in payments)
        {
            events.Add((payment.ValueDate, 1, payment.Id, r => r.ApplyCredit(CreditSourceKind.Payment, payment.Id, payment.ValueDate, payment.Amount, payment.DocumentNumber)));
        }

        foreach (var refund in refunds)
        {
            events.Add((refund.PaidOn, 2, refund.Id, r => r.ApplyRefund(refund)));
        }

        var replay = new LedgerReplay();
        foreach (var entry in events.OrderBy(e => e.Date).ThenBy(e => e.Phase).ThenBy(e => e.Id, StringComparer.Ordinal))
        {
            entry.Apply(replay);
            if (replay.UncoveredRefund is not null)
            {
                break;
            }
        }

        return replay;
    }

    private void ApplyDebit(DebitDocument document)
    {
        var open = new OpenDocument(document, document.Amount);
        _openDocuments.Add(open);
        foreach (var credit in _openCredits)
        {
            if (open.Remaining.IsZero)
            {
                break;
            }

            Allocate(credit, open, document.IssueDate);
        }

        _openCredits.RemoveAll(c => c.Remaining.IsZero);
        _openDocuments.RemoveAll(d => d.Remaining.IsZero);
    }

    private void ApplyCredit(CreditSourceKind kind, string id, DateOnly date, Money amount, string? namedDocument)
    {
        var credit = new OpenCredit(kind, id, amount);
        var named = namedDocument is null ? null : _openDocuments.Find(d => d.Document.Number == namedDocument);
        if (named is not null)
        {
            Allocate(credit, named, date);
        }

        var oldestDueFirst = _openDocuments
            .Where(d => !d.Remaining.IsZero)
            .OrderBy(d => d.Document.DueDate)
            .ThenBy(d => d.Document.IssueDate)
            .ThenBy(d => d.Document.Number, StringComparer.Ordinal);
        foreach (var open in oldestDueFirst)
        {
            if (credit.Remaining.IsZero)
            {
                break;
            }

            Allocate(credit, open, date);
        }

        _openDocuments.RemoveAll(d => d.Remaining.IsZero);
        if (!credit.Remaining.IsZero)
        {
            _openCredits.Add(credit);
        }
    }

    private void ApplyRefund(Refund refund)
    {
        var available = Money.Sum(_openCredits.Select(c => c.Remaining));
        if (refund.Amount > available)
        {
            UncoveredRefund = (refund, available);
            return;
        }

        var toPayOut = refund.Amount;
        foreach (var credit in _openCredits)
        {
            var taken = Money.Min(credit.Remaining, toPayOut);
            credit.Remaining -= taken;
            toPayOut -= taken;
        }

        _openCredits.RemoveAll(c => c.Remaining.IsZero);
    }

    private void Allocate(OpenCredit credit, OpenDocument document, DateOnly date)
    {
        var amount = Money.Min(credit.Remaining, document.Remaining);
        if (amount.IsZero)
        {
            return;
        }

        credit.Remaining -= amount;
        document.Remaining -= amount;
        _allocations.Add(new Allocation(credit.Kind, credit.Id, document.Document.Number, date, amount));
    }

    private sealed class OpenDocument(DebitDocument document, Money remaining)
    {
        public DebitDocument Document { get; } = document;

        public Money Remaining { get; set; } = remaining;
    }

    private sealed class OpenCredit(CreditSourceKind kind, string id, Money remaining)
    {
        public CreditSourceKind Kind { get; } = kind;

        public string Id { get; } = id;

        public Money Remaining { get; set; } = remaining;
    }
}
