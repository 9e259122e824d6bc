using IBok.Domain.Cases;
using IBok.Domain.Metering;
using IBok.GraphQL.Application.Staff;
using IBok.GraphQL.Application.Staff.Readings;
using IBok.GraphQL.Persistence.Auditing;
using IBok.GraphQL.Persistence.Model.Cases;
using IBok.GraphQL.Persistence.Model.Metering;
using IBok.GraphQL.Persistence.Model.Notices;

namespace IBok.GraphQL.Api.Staff;

/// <summary>A payment as registered.</summary>
/// <param name="LedgerEntryId">Its ledger entry.</param>
/// <param name="CustomerNumber">The payer.</param>
/// <param name="Amount">The amount in PLN.</param>
/// <param name="ValueDate">The day the utility was credited.</param>
/// <param name="Reference">The transaction reference.</param>
/// <param name="DocumentNumber">The document the payer named, if any.</param>
public sealed record RegisteredPayment(long LedgerEntryId, string CustomerNumber, decimal Amount, DateOnly ValueDate, string Reference, string? DocumentNumber);

/// <summary>The result of <c>registerPayment</c>.</summary>
/// <param name="Payment">The payment, unless refused.</param>
/// <param name="Balance">The customer's balance afterwards in PLN: positive owed, negative overpaid.</param>
/// <param name="Overpayment">The customer's open credit (overpayment) afterwards in PLN.</param>
/// <param name="AlreadyRegistered">The reference had been registered before: nothing was added.</param>
/// <param name="Errors">Why the payment was refused.</param>
public sealed record RegisterPaymentPayload(RegisteredPayment? Payment, decimal Balance, decimal Overpayment, bool AlreadyRegistered, IReadOnlyList<StaffActionError> Errors);

/// <summary>A published outage notice.</summary>
/// <param name="Id">The notice id.</param>
/// <param name="Kind">Failure or planned shutdown.</param>
/// <param name="Title">The title.</param>
/// <param name="Targeting">Whole area, a town, or streets.</param>
/// <param name="City">The town, unless the whole area.</param>
/// <param name="Streets">The streets, for a streets notice.</param>
/// <param name="StartsAt">When supply stops.</param>
/// <param name="EndsAt">When supply is expected back.</param>
/// <param name="DeliveredTo">How many customers' inboxes received it.</param>
public sealed record PublishedOutage(long Id, NoticeKind Kind, string Title, NoticeTargeting Targeting, string? City, IReadOnlyList<string> Streets, DateTime? StartsAt, DateTime? EndsAt, int DeliveredTo);

/// <summary>The result of <c>publishOutage</c>.</summary>
/// <param name="Notice">The notice, unless refused.</param>
/// <param name="Errors">Why nothing was published.</param>
public sealed record PublishOutagePayload(PublishedOutage? Notice, IReadOnlyList<StaffActionError> Errors);

/// <summary>The report of a reading import.</summary>
/// <param name="Rows">One result per row, in row order.</param>
/// <param name="Added">Rows stored.</param>
/// <param name="Duplicates">Rows already stored before (a re-sent batch).</param>
/// <param name="Rejected">Rows refused.</param>
public sealed record ImportReadingsPayload(IReadOnlyList<ImportRowResult> Rows, int Added, int Duplicates, int Rejected)
{
    /// <summary>Summarises row results.</summary>
    public static ImportReadingsPayload Of(IReadOnlyList<ImportRowResult> rows) => new(
        rows,
        rows.Count(row => row.Status == ImportRowStatus.Added),
        rows.Count(row => row.Status == ImportRowStatus.Duplicate),
        rows.Count(row => row.Status == ImportRowStatus.Rejected));
}

/// <summary>A reading as staff see it.</summary>
/// <param name="Id">The reading id.</param>
/// <param name="CustomerId">The customer.</param>
/// <param name="MeterId">The meter.</param>
/// <param name="ReadingDate">The day read.</param>
/// <param name="Value">The counter value.</param>
/// <param name="Kind">Collector, customer, remote...</param>
/// <param name="Status">Accepted, flagged or rejected.</param>
/// <param name="ReviewReasons">Why the domain flagged it.</param>
/// <param name="SubmittedBy">Who submitted it.</param>
/// <param name="ReviewNote">Staff's note on the review.</param>
public sealed record StaffReading(long Id, long CustomerId, long MeterId, DateOnly ReadingDate, decimal Value, ReadingKind Kind, ReadingStatus Status, IReadOnlyList<ReadingReviewReason> ReviewReasons, string SubmittedBy, string? ReviewNote)
{
    /// <summary>From a row.</summary>
    public static StaffReading Of(MeterReadingRow row) =>
        new(row.Id, row.CustomerId, row.MeterId, row.ReadingDate, row.Value, row.Kind, row.Status, row.ReviewReasons, row.SubmittedBy, row.ReviewNote);
}

/// <summary>The result of <c>reviewReading</c>.</summary>
/// <param name="Reading">The reviewed reading, unless refused.</param>
/// <param name="Errors">Why nothing was changed.</param>
public sealed record ReviewReadingPayload(StaffReading? Reading, IReadOnlyList<StaffActionError> Errors);

/// <summary>A case in the staff queue.</summary>
/// <param name="Id">The case id.</param>
/// <param name="CustomerId">The customer, unless filed by a non-customer.</param>
/// <param name="Signature">The signature, once registered.</param>
/// <param name="Kind">Complaint, request...</param>
/// <param name="Subject">The subject.</param>
/// <param name="Status">The status.</param>
/// <param name="ResponseDeadline">The day the answer is due.</param>
/// <param name="UpdatedAt">The last change.</param>
public sealed record StaffCase(long Id, long? CustomerId, string? Signature, CaseKind Kind, string Subject, CaseStatus Status, DateOnly ResponseDeadline, DateTime UpdatedAt)
{
    /// <summary>From a row.</summary>
    public static StaffCase Of(CaseRow row) =>
        new(row.Id, row.CustomerId, row.Signature, row.Kind, row.Subject, row.Status, row.ResponseDeadline, row.UpdatedAt);
}

/// <summary>The result of <c>replyToCase</c> and <c>changeCaseStatus</c>.</summary>
/// <param name="Case">The case afterwards, unless refused.</param>
/// <param name="Errors">Why nothing was changed.</param>
public sealed record StaffCasePayload(StaffCase? Case, IReadOnlyList<StaffActionError> Errors);

/// <summary>One audit log entry.</summary>
/// <param name="Id">The entry id.</param>
/// <param name="OccurredAt">When.</param>
/// <param name="ActorName">Who.</param>
/// <param name="ActorRole">Their role then.</param>
/// <param name="Action">What, e.g. <c>payment.register</c>.</param>
/// <param name="SubjectType">The kind of record.</param>
/// <param name="SubjectId">The record.</param>
/// <param name="Details">The arguments that mattered, as JSON.</param>
public sealed record AuditLogEntry(long Id, DateTime OccurredAt, string ActorName, string ActorRole, string Action, string? SubjectType, string? SubjectId, string? Details)
{
    /// <summary>From a row.</summary>
    public static AuditLogEntry Of(AuditEntry entry) =>
        new(entry.Id, entry.OccurredAt, entry.ActorName, entry.ActorRole, entry.Action, entry.SubjectType, entry.SubjectId, entry.DetailsJson);
}
