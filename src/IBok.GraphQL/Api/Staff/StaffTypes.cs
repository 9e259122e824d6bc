using IBok.Domain.Cases;
using IBok.Domain.Metering;
using IBok.GraphQL.Api.Common;
using IBok.GraphQL.Application.Staff;
using IBok.GraphQL.Application.Staff.Readings;
using IBok.GraphQL.CodeFirst;
using IBok.GraphQL.Persistence.Auditing;
using IBok.GraphQL.Persistence.Model.Cases;
using IBok.GraphQL.Persistence.Model.Metering;
using IBok.GraphQL.Persistence.Model.Notices;

namespace IBok.GraphQL.Api.Staff;

/// <summary>A payment as registered.</summary>
/// <param name="LedgerEntryId">Its ledger entry's global id (a LedgerEntry id).</param>
/// <param name="CustomerNumber">The payer.</param>
/// <param name="Amount">The amount in PLN.</param>
/// <param name="ValueDate">The day the utility was credited.</param>
/// <param name="Reference">The transaction reference.</param>
/// <param name="DocumentNumber">The document the payer named, if any.</param>
public sealed record RegisteredPayment([property: ID] string LedgerEntryId, string CustomerNumber, decimal Amount, DateOnly ValueDate, string Reference, string? DocumentNumber);

/// <summary>The result of <c>registerPayment</c>.</summary>
/// <param name="Payment">The payment, unless refused.</param>
/// <param name="Balance">The customer's balance afterwards in PLN: positive owed, negative overpaid.</param>
/// <param name="Overpayment">The customer's open credit (overpayment) afterwards in PLN.</param>
/// <param name="AlreadyRegistered">The reference had been registered before: nothing was added.</param>
/// <param name="Errors">Why the payment was refused.</param>
public sealed record RegisterPaymentPayload(RegisteredPayment? Payment, decimal Balance, decimal Overpayment, bool AlreadyRegistered, IReadOnlyList<StaffActionError> Errors);

/// <summary>A published outage notice.</summary>
/// <param name="Id">The published notice's global id (a PublishedOutage id; each customer's copy has its own Notice id).</param>
/// <param name="Kind">Failure or planned shutdown.</param>
/// <param name="Title">The title.</param>
/// <param name="Targeting">Whole area, a town, or streets.</param>
/// <param name="City">The town, unless the whole area.</param>
/// <param name="Streets">The streets, for a streets notice.</param>
/// <param name="StartsAt">When supply stops.</param>
/// <param name="EndsAt">When supply is expected back.</param>
/// <param name="DeliveredTo">How many customers' inboxes received it.</param>
public sealed record PublishedOutage([property: ID] string Id, NoticeKind Kind, string Title, NoticeTargeting Targeting, string? City, IReadOnlyList<string> Streets, DateTime? StartsAt, DateTime? EndsAt, int DeliveredTo);

/// <summary>The result of <c>publishOutage</c>.</summary>
/// <param name="Notice">The notice, unless refused.</param>
/// <param name="Errors">Why nothing was published.</param>
public sealed record PublishOutagePayload(PublishedOutage? Notice, IReadOnlyList<StaffActionError> Errors);

/// <summary>The report of a reading import.</summary>
/// <param name="Rows">One result per row, in row order.</param>
/// <param name="Added">Rows stored.</param>
/// <param name="Duplicates">Rows already stored before (a re-sent batch).</param>
/// <param name="Rejected">Rows refused.</param>
public sealed record ImportReadingsPayload(IReadOnlyList<ImportedRow> Rows, int Added, int Duplicates, int Rejected)
{
    /// <summary>Summarises row results.</summary>
    public static ImportReadingsPayload Of(IReadOnlyList<ImportRowResult> rows) => new(
        [.. rows.Select(ImportedRow.Of)],
        rows.Count(row => row.Status == ImportRowStatus.Added),
        rows.Count(row => row.Status == ImportRowStatus.Duplicate),
        rows.Count(row => row.Status == ImportRowStatus.Rejected));
}

/// <summary>The report line of one imported row.</summary>
/// <param name="Row">The row's number, from 1 (a CSV's header is not counted).</param>
/// <param name="MeterSerialNumber">The meter as given.</param>
/// <param name="Status">Added, duplicate or rejected.</param>
/// <param name="Code">For a rejected row: the domain's rejection reason (e.g. <c>LowerThanPrevious</c>) or <c>MeterNotFound</c>, <c>InvalidRow</c>.</param>
/// <param name="Message">For a rejected row: why, naming the values.</param>
/// <param name="Flagged">For an added row: whether it awaits staff review.</param>
/// <param name="ReadingId">For an added or duplicate row: the stored reading's global id (a Reading id).</param>
[GraphQLName("ImportRowResult")]
public sealed record ImportedRow(int Row, string MeterSerialNumber, ImportRowStatus Status, string? Code, string? Message, bool Flagged, [property: ID] string? ReadingId)
{
    /// <summary>From the import's result.</summary>
    public static ImportedRow Of(ImportRowResult result) =>
        new(result.Row, result.MeterSerialNumber, result.Status, result.Code, result.Message, result.Flagged, TypedIds.Of("Reading", result.ReadingId));
}

/// <summary>A reading as staff see it.</summary>
/// <param name="Id">The reading's global id (a Reading id).</param>
/// <param name="CustomerId">The customer's global id.</param>
/// <param name="MeterId">The meter's global id.</param>
/// <param name="ReadingDate">The day read.</param>
/// <param name="Value">The counter value.</param>
/// <param name="Kind">Collector, customer, remote...</param>
/// <param name="Status">Accepted, flagged or rejected.</param>
/// <param name="ReviewReasons">Why the domain flagged it.</param>
/// <param name="SubmittedBy">Who submitted it.</param>
/// <param name="ReviewNote">Staff's note on the review.</param>
public sealed record StaffReading([property: ID] string Id, [property: ID] string CustomerId, [property: ID] string MeterId, DateOnly ReadingDate, decimal Value, ReadingKind Kind, ReadingStatus Status, IReadOnlyList<ReadingReviewReason> ReviewReasons, string SubmittedBy, string? ReviewNote)
{
    /// <summary>From a row.</summary>
    public static StaffReading Of(MeterReadingRow row) =>
        new(TypedIds.Of("Reading", row.Id), TypedIds.Of("Customer", row.CustomerId), TypedIds.Of("Meter", row.MeterId), row.ReadingDate, row.Value, row.Kind, row.Status, row.ReviewReasons, row.SubmittedBy, row.ReviewNote);
}

/// <summary>The result of <c>reviewReading</c>.</summary>
/// <param name="Reading">The reviewed reading, unless refused.</param>
/// <param name="Errors">Why nothing was changed.</param>
public sealed record ReviewReadingPayload(StaffReading? Reading, IReadOnlyList<StaffActionError> Errors);

/// <summary>A case in the staff queue.</summary>
/// <param name="Id">The case's global id.</param>
/// <param name="CustomerId">The customer's global id, unless filed by a non-customer.</param>
/// <param name="Signature">The signature, once registered.</param>
/// <param name="Kind">Complaint, request...</param>
/// <param name="Subject">The subject.</param>
/// <param name="Status">The status.</param>
/// <param name="ResponseDeadline">The day the answer is due.</param>
/// <param name="UpdatedAt">The last change.</param>
public sealed record StaffCase([property: ID] string Id, [property: ID] string? CustomerId, string? Signature, CaseKind Kind, string Subject, CaseStatus Status, DateOnly ResponseDeadline, DateTime UpdatedAt)
{
    /// <summary>From a row.</summary>
    public static StaffCase Of(CaseRow row) =>
        new(TypedIds.Of("Case", row.Id), TypedIds.Of("Customer", row.CustomerId), row.Signature, row.Kind, row.Subject, row.Status, row.ResponseDeadline, row.UpdatedAt);
}

/// <summary>The result of <c>replyToCase</c> and <c>changeCaseStatus</c>.</summary>
/// <param name="Case">The case afterwards, unless refused.</param>
/// <param name="Errors">Why nothing was changed.</param>
public sealed record StaffCasePayload(StaffCase? Case, IReadOnlyList<StaffActionError> Errors);

/// <summary>One audit log entry.</summary>
/// <param name="Id">The entry's global id (an AuditLogEntry id).</param>
/// <param name="OccurredAt">When.</param>
/// <param name="ActorName">Who.</param>
/// <param name="ActorRole">Their role then.</param>
/// <param name="Action">What, e.g. <c>payment.register</c>.</param>
/// <param name="SubjectType">The kind of record.</param>
/// <param name="SubjectId">The record.</param>
/// <param name="Details">The arguments that mattered, as JSON.</param>
public sealed record AuditLogEntry([property: ID] string Id, DateTime OccurredAt, string ActorName, string ActorRole, string Action, string? SubjectType, string? SubjectId, string? Details)
{
    /// <summary>From a row.</summary>
    public static AuditLogEntry Of(AuditEntry entry) =>
        new(TypedIds.Of(nameof(AuditLogEntry), entry.Id), entry.OccurredAt, entry.ActorName, entry.ActorRole, entry.Action, entry.SubjectType, entry.SubjectId, entry.DetailsJson);
}
