using System.Globalization;

namespace IBok.Domain.Settlements;

/// <summary>
/// One customer's settlements (rozrachunki): debit documents (invoices, correction invoices, interest notes) and credits
/// (payments, refunds of overpayments), with the allocations that say which money paid which document on which day.
/// Immutable: every posting returns a new ledger.
/// </summary>
/// <remarks>
/// <para><b>Allocation rules.</b> Allocations are recomputed from all entries by replaying them in date order, so the
/// result depends only on what is posted, never on the order of posting. Entries of one day replay debits first, then
/// credits, then refunds; entries of one group on one day in ordinal order of number/id.</para>
/// <list type="number">
/// <item>A payment (and a negative correction invoice, which acts as a credit on its issue date) first pays the document
/// it names (<see cref="Payment.DocumentNumber"/>, <see cref="DebitDocument.CorrectedDocumentNumber"/>) if that document is
/// issued and still open; what is left pays the open documents oldest due first (by due date, then issue date, then
/// number). A named document that is unknown, not yet issued or already paid is ignored.</item>
/// <item>What is still left is an overpayment (nadpłata): open credit. Open credit settles documents issued later,
/// automatically, on their issue date (the oldest credit first), or is paid out by a <see cref="Refund"/>.</item>
/// <item>A refund may take at most the open credit on its date; a larger request is rejected
/// (<see cref="PostingRejectionReason.RefundExceedsAvailableCredit"/>). A refund reduces the open credit. A document or
/// payment posted later but dated before a refund, that would leave the refund without the credit it paid out, is
/// rejected (<see cref="PostingRejectionReason.WouldUncoverRefund"/>): money already paid out cannot be un-paid.</item>
/// </list>
/// <para><b>Idempotency.</b> Documents are identified by number, payments and refunds by id (one namespace for both).
/// Posting an entry equal to one already posted is a no-op (<see cref="PostingResult.WasAlreadyPosted"/>), so a
/// bank-statement import can be re-run safely. Posting a different entry under a used number or id is rejected
/// (<see cref="PostingRejectionReason.DuplicateDocumentNumber"/>, <see cref="PostingRejectionReason.DuplicateTransactionId"/>).</para>
/// <para><b>Balance.</b> <see cref="BalanceOn"/> = documents issued up to the day (negative corrections count
/// negative) − payments received up to the day + refunds paid out up to the day. Positive: the customer owes;
/// negative: overpaid.</para>
/// </remarks>
public sealed class Ledger
{
    private readonly DebitDocument[] _documents;
    private readonly Payment[] _payments;
    private readonly Refund[] _refunds;
    private readonly Allocation[] _allocations;

    private Ledger(string customerNumber, DebitDocument[] documents, Payment[] payments, Refund[] refunds, Allocation[] allocations)
    {
        CustomerNumber = customerNumber;
        _documents = documents;
        _payments = payments;
        _refunds = refunds;
        _allocations = allocations;
    }

    /// <summary>The customer whose ledger this is (numer klienta).</summary>
    public string CustomerNumber { get; }

    /// <summary>The debit documents, in posting order.</summary>
    public IReadOnlyList<DebitDocument> Documents => Array.AsReadOnly(_documents);

    /// <summary>The payments, in posting order.</summary>
    public IReadOnlyList<Payment> Payments => Array.AsReadOnly(_payments);

    /// <summary>The refunds, in posting order.</summary>
    public IReadOnlyList<Refund> Refunds => Array.AsReadOnly(_refunds);

    /// <summary>Every allocation, in replay order (by date).</summary>
    public IReadOnlyList<Allocation> Allocations => Array.AsReadOnly(_allocations);

    /// <summary>An empty ledger for a customer.</summary>
    /// <exception cref="ArgumentException">The customer number is blank.</exception>
    public static Ledger Empty(string customerNumber)
    {
        if (string.IsNullOrWhiteSpace(customerNumber))
        {
            throw new ArgumentException("A ledger needs a customer number.", nameof(customerNumber));
        }

        return new Ledger(customerNumber, [], [], [], []);
    }

    /// <summary>
    /// A ledger holding all of these entries, replayed once: the same ledger as posting them one by one from
    /// <see cref="Empty"/> (allocations depend only on what is posted), without a replay after every posting, which
    /// costs the square of the entries. For rebuilding a stored ledger.
    /// </summary>
    /// <remarks>Equal repeated entries count once; a different entry under a used number or id is rejected as
    /// <see cref="Post(DebitDocument)"/> and <see cref="Post(Payment)"/> reject it; refunds that the credit does not cover
    /// are rejected as <see cref="PostingRejectionReason.WouldUncoverRefund"/>.</remarks>
    public static PostingResult FromEntries(string customerNumber, IEnumerable<DebitDocument> documents, IEnumerable<Payment> payments, IEnumerable<Refund> refunds)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(payments);
        ArgumentNullException.ThrowIfNull(refunds);
        var empty = Empty(customerNumber);
        var byNumber = new Dictionary<string, DebitDocument>(StringComparer.Ordinal);
        var documentList = new List<DebitDocument>();
        foreach (var document in documents)
        {
            ArgumentNullException.ThrowIfNull(document);
            if (byNumber.TryGetValue(document.Number, out var existing))
            {
                if (existing == document)
                {
                    continue;
                }

                return empty.Post(existing).Ledger.Post(document);
            }

            byNumber.Add(document.Number, document);
            documentList.Add(document);
        }

        var transactions = new Dictionary<string, object>(StringComparer.Ordinal);
        var paymentList = new List<Payment>();
        foreach (var payment in payments)
        {
            ArgumentNullException.ThrowIfNull(payment);
            if (transactions.TryGetValue(payment.Id, out var existing))
            {
                if (existing is Payment same && same == payment)
                {
                    continue;
                }

                return empty.DuplicateTransaction(payment.Id);
            }

            transactions.Add(payment.Id, payment);
            paymentList.Add(payment);
        }

        var refundList = new List<Refund>();
        foreach (var refund in refunds)
        {
            ArgumentNullException.ThrowIfNull(refund);
            if (transactions.TryGetValue(refund.Id, out var existing))
            {
                if (existing is Refund same && same == refund)
                {
                    continue;
                }

                return empty.DuplicateTransaction(refund.Id);
            }

            transactions.Add(refund.Id, refund);
            refundList.Add(refund);
        }

        return empty.Replayed([.. documentList], [.. paymentList], [.. refundList], postedRefund: null);
    }

    /// <summary>Posts a debit document (or a negative correction invoice). See the remarks on <see cref="Ledger"/>.</summary>
    public PostingResult Post(DebitDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var existing = Array.Find(_documents, d => d.Number == document.Number);
        if (existing is not null)
        {
            return existing == document
                ? PostingResult.AlreadyPosted(this)
                : PostingResult.Rejected(
                    this,
                    PostingRejectionReason.DuplicateDocumentNumber,
                    $"Document {document.Number} is already posted with different content (issued {existing.IssueDate.ToIsoDate()}, amount {existing.Amount.ToString()}).");
        }

        return Replayed([.. _documents, document], _payments, _refunds, postedRefund: null);
    }

    /// <summary>Posts a payment received. See the remarks on <see cref="Ledger"/>.</summary>
    public PostingResult Post(Payment payment)
    {
        ArgumentNullException.ThrowIfNull(payment);
        var existing = Array.Find(_payments, p => p.Id == payment.Id);
        if (existing is not null && existing == payment)
        {
            return PostingResult.AlreadyPosted(this);
        }

        if (existing is not null || Array.Exists(_refunds, r => r.Id == payment.Id))
        {
            return DuplicateTransaction(payment.Id);
        }

        return Replayed(_documents, [.. _payments, payment], _refunds, postedRefund: null);
    }

    /// <summary>Posts a refund of overpayment (zwrot nadpłaty); rejected when it exceeds the open credit on its date.</summary>
    public PostingResult Post(Refund refund)
    {
        ArgumentNullException.ThrowIfNull(refund);
        var existing = Array.Find(_refunds, r => r.Id == refund.Id);
        if (existing is not null && existing == refund)
        {
            return PostingResult.AlreadyPosted(this);
        }

        if (existing is not null || Array.Exists(_payments, p => p.Id == refund.Id))
        {
            return DuplicateTransaction(refund.Id);
        }

        return Replayed(_documents, _payments, [.. _refunds, refund], refund);
    }

    /// <summary>The balance at the end of <paramref name="day"/>: positive = the customer owes, negative = overpaid.</summary>
    public Money BalanceOn(DateOnly day) =>
        Money.Sum(_documents.Where(d => d.IssueDate <= day).Select(d => d.Amount))
        - Money.Sum(_payments.Where(p => p.ValueDate <= day).Select(p => p.Amount))
        + Money.Sum(_refunds.Where(r => r.PaidOn <= day).Select(r => r.Amount));

    /// <summary>The open credit (overpayment not yet applied or refunded) at the end of <paramref name="day"/>; never negative.</summary>
    /// <remarks>An allocation is never dated before its credit, so the credit open on a day is what the credits dated up to
    /// that day brought, less what was allocated or refunded up to that day.</remarks>
    public Money OpenCreditOn(DateOnly day) =>
        Money.Sum(_payments.Where(p => p.ValueDate <= day).Select(p => p.Amount))
        - Money.Sum(_documents.Where(d => d.IsCredit && d.IssueDate <= day).Select(d => d.Amount))
        - Money.Sum(_allocations.Where(a => a.Date <= day).Select(a => a.Amount))
        - Money.Sum(_refunds.Where(r => r.PaidOn <= day).Select(r => r.Amount));

    /// <summary>The document's settlement at the end of <paramref name="asOf"/>.</summary>
    /// <exception cref="KeyNotFoundException">No document with that number is posted.</exception>
    public DocumentStatus StatusOf(string documentNumber, DateOnly asOf)
    {
        var document = Array.Find(_documents, d => d.Number == documentNumber)
            ?? throw new KeyNotFoundException($"Ledger of customer {CustomerNumber} has no document {documentNumber}.");
        var allocations = _allocations.Where(a => a.DocumentNumber == documentNumber && a.Date <= asOf).ToArray();
        var paid = Money.Sum(allocations.Select(a => a.Amount));
        if (document.IsCredit)
        {
            return new DocumentStatus(document, asOf, DocumentPaymentState.Credit, Money.Zero, Money.Zero, null, []);
        }

        if (document.IssueDate > asOf)
        {
            return new DocumentStatus(document, asOf, DocumentPaymentState.NotYetIssued, Money.Zero, Money.Zero, null, []);
        }

        var outstanding = document.Amount - paid;
        var state = outstanding.IsZero ? DocumentPaymentState.Paid : paid.IsZero ? DocumentPaymentState.Unpaid : DocumentPaymentState.PartiallyPaid;
        DateOnly? paidOn = state == DocumentPaymentState.Paid ? allocations[^1].Date : null;
        return new DocumentStatus(document, asOf, state, paid, outstanding, paidOn, allocations);
    }

    /// <summary>Every allocation to one document, in date order.</summary>
    public IReadOnlyList<Allocation> AllocationsOf(string documentNumber) =>
        _allocations.Where(a => a.DocumentNumber == documentNumber).ToArray();

    private PostingResult DuplicateTransaction(string id) =>
        PostingResult.Rejected(this, PostingRejectionReason.DuplicateTransactionId, $"A payment or refund with id {id} is already posted with different content.");

    private PostingResult Replayed(DebitDocument[] documents, Payment[] payments, Refund[] refunds, Refund? postedRefund)
    {
        var replay = LedgerReplay.Run(documents, payments, refunds);
        if (replay.UncoveredRefund is { } uncovered)
        {
            var refund = uncovered.Refund;
            var available = uncovered.AvailableCredit.ToString();
            var date = refund.PaidOn.ToIsoDate();
            return postedRefund is not null && postedRefund.Id == refund.Id
                ? PostingResult.Rejected(
                    this,
                    PostingRejectionReason.RefundExceedsAvailableCredit,
                    string.Create(CultureInfo.InvariantCulture, $"Refund {refund.Id} of {refund.Amount.ToString()} on {date} exceeds the open credit of {available} on that day."))
                : PostingResult.Rejected(
                    this,
                    PostingRejectionReason.WouldUncoverRefund,
                    string.Create(CultureInfo.InvariantCulture, $"This posting would leave refund {refund.Id} of {refund.Amount.ToString()} paid out on {date} with only {available} of open credit."));
        }

        return PostingResult.Accepted(new Ledger(CustomerNumber, documents, payments, refunds, replay.Allocations));
    }
}
