using IBok.Domain;
using IBok.Domain.Cases;
using IBok.GraphQL.Api.Authorization;
using IBok.GraphQL.Api.Common;
using IBok.GraphQL.Api.Events;
using IBok.GraphQL.Api.Subscriptions;
using IBok.GraphQL.Application.Staff;
using IBok.GraphQL.Application.Staff.Cases;
using IBok.GraphQL.Application.Staff.Outages;
using IBok.GraphQL.Application.Staff.Payments;
using IBok.GraphQL.Application.Staff.Readings;
using IBok.GraphQL.CodeFirst;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Persistence.Model.Notices;
using IBok.GraphQL.Persistence.Model.Settlements;

namespace IBok.GraphQL.Api.Staff;

/// <summary>Staff and integration actions; each writes an audit entry and publishes its live event after committing.</summary>
[MutationType]
[RequiresRole(ViewerRole.Operator, ViewerRole.Admin)]
public sealed class StaffMutations
{
    /// <summary>Registers a payment received for a customer or a document (idempotent by its transaction reference).</summary>
    [RequiresRole(ViewerRole.Operator, ViewerRole.Admin, ViewerRole.Integration)]
    public async Task<RegisterPaymentPayload> RegisterPayment(
        decimal amount, DateOnly valueDate, string reference, [Service] PaymentRegistration payments, [Service] IEventBus bus, CancellationToken cancellationToken,
        string? customerNumber = null, string? documentNumber = null, string? title = null, PaymentChannel channel = PaymentChannel.BankTransfer)
    {
        var result = await payments.RegisterAsync(new PaymentToRegister(customerNumber, documentNumber, amount, valueDate, reference, title, channel), cancellationToken);
        if (result.Error is { } error)
        {
            return new RegisterPaymentPayload(null, 0m, 0m, false, [error]);
        }

        var entry = result.Entry!;
        if (!result.AlreadyRegistered)
        {
            await LiveEvents.PublishAsync(bus, LiveEvents.PaymentRegistered, entry.CustomerId,
                new PaymentRegisteredEvent(TypedIds.Of("Customer", entry.CustomerId), TypedIds.Of("LedgerEntry", entry.Id), Money.FromGrosze(entry.AmountGrosz).Amount, entry.EntryDate, entry.Reference), cancellationToken);
        }

        return new RegisterPaymentPayload(
            new RegisteredPayment(TypedIds.Of("LedgerEntry", entry.Id), result.CustomerNumber!, Money.FromGrosze(entry.AmountGrosz).Amount, entry.EntryDate, entry.Reference, entry.MatchedDocumentNumber),
            result.Balance.Amount, result.Overpayment.Amount, result.AlreadyRegistered, []);
    }

    /// <summary>Publishes an outage or planned shutdown for the whole area (no city), a town (no streets) or streets of a town, delivering it to every affected customer.</summary>
    public async Task<PublishOutagePayload> PublishOutage(
        string title, string body, NoticeKind kind, DateTimeOffset startsAt, [Service] OutagePublication outages, [Service] IEventBus bus, [Service] IBokDbContext db,
        CancellationToken cancellationToken,
        DateTimeOffset? endsAt = null, string? city = null, IReadOnlyList<string>? streets = null)
    {
        var result = await outages.PublishAsync(
            new OutageToPublish(title, body, kind, startsAt.UtcDateTime, endsAt?.UtcDateTime, city, streets ?? []), cancellationToken);
        if (result.Error is { } error)
        {
            return new PublishOutagePayload(null, [error]);
        }

        var notice = result.Notice!;
        await LiveEvents.PublishNoticeAsync(bus, db, notice, cancellationToken);
        return new PublishOutagePayload(
            new PublishedOutage(TypedIds.Of(nameof(PublishedOutage), notice.Id), notice.Kind, notice.Title, notice.Targeting, notice.TargetCity, [.. notice.Streets.Select(street => street.Street)],
                notice.OutageStartsAt, notice.OutageEndsAt, result.CustomerIds.Count),
            []);
    }

    /// <summary>Imports readings in bulk (e.g. collectors' handhelds); each row is checked by the meter's reading rules, a re-sent row is a duplicate.</summary>
    [RequiresRole(ViewerRole.Operator, ViewerRole.Admin, ViewerRole.Integration)]
    public async Task<ImportReadingsPayload> ImportReadings(IReadOnlyList<ImportedReading> readings, [Service] ReadingImport import, CancellationToken cancellationToken) =>
        ImportReadingsPayload.Of(await import.ImportAsync(readings, cancellationToken));

    /// <summary>Imports readings from CSV text with the columns meter, date (yyyy-MM-dd), value and optionally kind.</summary>
    [RequiresRole(ViewerRole.Operator, ViewerRole.Admin, ViewerRole.Integration)]
    public async Task<ImportReadingsPayload> ImportReadingsCsv(string csv, [Service] ReadingImport import, CancellationToken cancellationToken) =>
        ImportReadingsPayload.Of(await import.ImportCsvAsync(csv, cancellationToken));

    /// <summary>Accepts or rejects (with a reason) a reading flagged for review.</summary>
    /// <param name="readingId">The reading's global id (as <c>flaggedReadings</c> returns it).</param>
    public async Task<ReviewReadingPayload> ReviewReading([ID] string readingId, bool accept, [Service] ReadingReview review, CancellationToken cancellationToken, string? reason = null)
    {
        var result = await review.ReviewAsync(TypedIds.KeyOf(readingId, "Reading"), accept, reason, cancellationToken);
        return result.Error is { } error
            ? new ReviewReadingPayload(null, [NamingTheId(error, "READING_NOT_FOUND", "Reading", readingId)])
            : new ReviewReadingPayload(StaffReading.Of(result.Reading!), []);
    }

    /// <summary>Answers a case with a message to the customer.</summary>
    /// <param name="caseId">The case's global id.</param>
    public async Task<StaffCasePayload> ReplyToCase([ID] string caseId, string text, [Service] CaseHandling cases, [Service] IEventBus bus, CancellationToken cancellationToken) =>
        await Published(await cases.ReplyAsync(TypedIds.KeyOf(caseId, "Case"), text, cancellationToken), caseId, bus, cancellationToken);

    /// <summary>Moves a case through its workflow (only the transitions the case rules allow).</summary>
    /// <param name="caseId">The case's global id.</param>
    public async Task<StaffCasePayload> ChangeCaseStatus([ID] string caseId, CaseStatus status, [Service] CaseHandling cases, [Service] IEventBus bus, CancellationToken cancellationToken, string? note = null) =>
        await Published(await cases.ChangeStatusAsync(TypedIds.KeyOf(caseId, "Case"), status, note, cancellationToken), caseId, bus, cancellationToken);

    private static async Task<StaffCasePayload> Published(CaseActionResult result, string caseId, IEventBus bus, CancellationToken cancellationToken)
    {
        if (result.Error is { } error)
        {
            return new StaffCasePayload(null, [NamingTheId(error, "CASE_NOT_FOUND", "Case", caseId)]);
        }

        await LiveEvents.PublishCaseUpdatedAsync(bus, result.Case!, cancellationToken);
        return new StaffCasePayload(StaffCase.Of(result.Case!), []);
    }

    // The use case names the row key, which clients never see; they know the record by the global id they sent.
    private static StaffActionError NamingTheId(StaffActionError error, string notFoundCode, string typeName, string id) =>
        error.Code == notFoundCode ? error with { Message = $"{typeName} \"{id}\" does not exist." } : error;
}
