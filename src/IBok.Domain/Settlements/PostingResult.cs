namespace IBok.Domain.Settlements;

/// <summary>Why the ledger refused a posting.</summary>
public enum PostingRejectionReason
{
    /// <summary>Another document with the same number, but different content, is already posted.</summary>
    DuplicateDocumentNumber,

    /// <summary>Another payment or refund with the same id, but different content, is already posted.</summary>
    DuplicateTransactionId,

    /// <summary>A refund asks for more than the open credit (nadpłata) on its date.</summary>
    RefundExceedsAvailableCredit,

    /// <summary>The posting is dated before an accepted refund and would use up credit that refund already paid out.</summary>
    WouldUncoverRefund,
}

/// <summary>Why a posting was refused, with an invariant-culture message that names the values.</summary>
/// <param name="Reason">The machine-readable reason.</param>
/// <param name="Message">The explanation, naming the ids, dates and amounts involved.</param>
public sealed record PostingRejection(PostingRejectionReason Reason, string Message);

/// <summary>The outcome of posting to a <see cref="Ledger"/>: the new ledger, the same ledger again (an identical entry
/// was already posted), or a rejection that says why and leaves the ledger unchanged.</summary>
public sealed record PostingResult
{
    private PostingResult(Ledger ledger, bool wasAlreadyPosted, PostingRejection? rejection)
    {
        Ledger = ledger;
        WasAlreadyPosted = wasAlreadyPosted;
        Rejection = rejection;
    }

    /// <summary>The ledger after the posting; on rejection or a repeated posting, the unchanged ledger.</summary>
    public Ledger Ledger { get; }

    /// <summary>True when the ledger holds the entry after this call (newly or already).</summary>
    public bool IsAccepted => Rejection is null;

    /// <summary>True when an identical entry was already posted, so nothing changed (postings are idempotent).</summary>
    public bool WasAlreadyPosted { get; }

    /// <summary>Why the posting was refused, or null when accepted.</summary>
    public PostingRejection? Rejection { get; }

    /// <summary>The resulting ledger.</summary>
    /// <exception cref="LedgerPostingRejectedException">The posting was rejected.</exception>
    public Ledger LedgerOrThrow() => Rejection is null ? Ledger : throw new LedgerPostingRejectedException(Rejection);

    internal static PostingResult Accepted(Ledger ledger) => new(ledger, false, null);

    internal static PostingResult AlreadyPosted(Ledger ledger) => new(ledger, true, null);

    internal static PostingResult Rejected(Ledger unchanged, PostingRejectionReason reason, string message) =>
        new(unchanged, false, new PostingRejection(reason, message));
}

/// <summary>Thrown by <see cref="PostingResult.LedgerOrThrow"/> when a posting was rejected.</summary>
public sealed class LedgerPostingRejectedException : InvalidOperationException
{
    /// <summary>Creates the exception from the rejection.</summary>
    public LedgerPostingRejectedException(PostingRejection rejection)
        : base((rejection ?? throw new ArgumentNullException(nameof(rejection))).Message) => Rejection = rejection;

    /// <summary>Why the posting was rejected.</summary>
    public PostingRejection Rejection { get; }
}

/// <summary>How far a document is paid on a given day.</summary>
public enum DocumentPaymentState
{
    /// <summary>The document is issued after the day asked about.</summary>
    NotYetIssued,

    /// <summary>Nothing of it is paid.</summary>
    Unpaid,

    /// <summary>Part of it is paid.</summary>
    PartiallyPaid,

    /// <summary>Fully paid.</summary>
    Paid,

    /// <summary>A negative correction invoice: it pays, it is not paid.</summary>
    Credit,
}

/// <summary>A document's settlement on a given day.</summary>
/// <param name="Document">The document.</param>
/// <param name="AsOf">The day the status describes (end of that day).</param>
/// <param name="State">Unpaid, partially paid, paid, not yet issued, or a credit.</param>
/// <param name="Paid">How much of it is settled by the end of <paramref name="AsOf"/>.</param>
/// <param name="Outstanding">How much of it is still to pay; zero for a credit or a document not yet issued.</param>
/// <param name="PaidOn">The day it became fully paid, when <paramref name="State"/> is <see cref="DocumentPaymentState.Paid"/>.</param>
/// <param name="Allocations">The allocations to it up to <paramref name="AsOf"/>, in date order.</param>
public sealed record DocumentStatus(
    DebitDocument Document,
    DateOnly AsOf,
    DocumentPaymentState State,
    Money Paid,
    Money Outstanding,
    DateOnly? PaidOn,
    IReadOnlyList<Allocation> Allocations);
