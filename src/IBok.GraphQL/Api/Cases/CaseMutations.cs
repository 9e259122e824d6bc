using IBok.Domain.Cases;
using IBok.GraphQL.Api.Common;
using IBok.GraphQL.Api.Events;
using IBok.GraphQL.Api.Subscriptions;
using IBok.GraphQL.Application.Cases;
using IBok.GraphQL.Application.Common;
using IBok.GraphQL.CodeFirst;
using IBok.GraphQL.Persistence.Model.Cases;

namespace IBok.GraphQL.Api.Cases;

/// <summary>One status change of a case.</summary>
/// <param name="From">The status before; null for the filing.</param>
/// <param name="To">The status after.</param>
/// <param name="At">When.</param>
/// <param name="ByRole">Customer or staff.</param>
/// <param name="Note">The note (a rejection's reason).</param>
public sealed record CaseStatusStep(CaseStatus? From, CaseStatus To, DateTime At, CaseActorRole ByRole, string? Note);

/// <summary>A case as confirmed to its filer.</summary>
/// <param name="Id">The case's global id (null for a case filed without an account, which is followed by signature only).</param>
/// <param name="Signature">The signature, e.g. <c>ZG/2026/000123</c>.</param>
/// <param name="Kind">Complaint, request, question, data change or refund.</param>
/// <param name="Subject">The subject.</param>
/// <param name="Status">The current status.</param>
/// <param name="SubmittedAt">When it was filed.</param>
/// <param name="ResponseDeadline">The day by which the utility answers.</param>
/// <param name="StatusHistory">The status history, oldest first.</param>
public sealed record CaseReceipt(
    [property: ID] string? Id, string Signature, CaseKind Kind, string Subject, CaseStatus Status, DateTime SubmittedAt, DateOnly ResponseDeadline,
    IReadOnlyList<CaseStatusStep> StatusHistory)
{
    internal static CaseReceipt From(CaseRow row, bool withId) =>
        new(
            withId ? TypedIds.Of(nameof(Customers.Case), row.Id) : null, row.Signature ?? "", row.Kind, row.Subject, row.Status, row.SubmittedAt, row.ResponseDeadline,
            [.. row.StatusChanges.OrderBy(change => change.ChangedAt).ThenBy(change => change.Id)
                .Select(change => new CaseStatusStep(change.FromStatus, change.ToStatus, change.ChangedAt, change.ByRole, change.Note))]);
}

/// <summary>A stored attachment.</summary>
/// <param name="Id">The attachment's global id (a CaseAttachment id).</param>
/// <param name="FileName">The file name.</param>
/// <param name="ContentType">The MIME type.</param>
/// <param name="SizeBytes">The size in bytes.</param>
/// <param name="DownloadPath">The server-relative path that serves the file to its customer and to staff.</param>
public sealed record CaseAttachmentReceipt([property: ID] string Id, string FileName, string ContentType, int SizeBytes, string DownloadPath);

/// <summary>A stored message.</summary>
/// <param name="Id">The message's global id (a CaseMessage id).</param>
/// <param name="Text">The text.</param>
/// <param name="SentAt">When it was sent.</param>
/// <param name="Attachments">Its attachments.</param>
public sealed record CaseMessageReceipt([property: ID] string Id, string Text, DateTime SentAt, IReadOnlyList<CaseAttachmentReceipt> Attachments);

/// <summary>The result of <c>createCase</c>.</summary>
/// <param name="Case">The filed case; null on failure.</param>
/// <param name="Errors">Why nothing was filed; empty on success.</param>
public sealed record CreateCasePayload(CaseReceipt? Case, IReadOnlyList<UserError> Errors);

/// <summary>The result of <c>addCaseMessage</c>.</summary>
/// <param name="Case">The case after the message; null on failure.</param>
/// <param name="Message">The stored message; null on failure.</param>
/// <param name="Errors">Why nothing was stored; empty on success.</param>
public sealed record AddCaseMessagePayload(CaseReceipt? Case, CaseMessageReceipt? Message, IReadOnlyList<UserError> Errors);

/// <summary>Cases of the signed-in customer: complaints, requests, questions.</summary>
[MutationType]
public sealed class CaseMutations
{
    /// <summary>
    /// Files a case with its first message and up to 5 attachments (JPEG, PNG or PDF, 5 MB each, base64). The case is
    /// registered at once and gets its signature.
    /// </summary>
    /// <param name="kind">Complaint, request, question, data change or refund.</param>
    /// <param name="subject">The subject (up to 200 characters).</param>
    /// <param name="text">The first message (up to 10,000 characters).</param>
    /// <param name="attachments">Files to attach.</param>
    public async Task<CreateCasePayload> CreateCase(
        CaseKind kind, string subject, string text, List<CaseAttachmentInput>? attachments, [Service] CaseService cases, [Service] IEventBus bus,
        CancellationToken cancellationToken)
    {
        var outcome = await cases.FileAsync(kind, subject, text, attachments, cancellationToken);
        if (outcome.Value is not { } filed)
        {
            return new CreateCasePayload(null, outcome.Errors);
        }

        await LiveEvents.PublishCaseUpdatedAsync(bus, filed.Case, cancellationToken);
        return new CreateCasePayload(CaseReceipt.From(filed.Case, withId: true), []);
    }

    /// <summary>Adds a message (with up to 5 attachments) to one of the caller's open cases; a case waiting for the
    /// customer goes back in progress. Another customer's case is <c>NotFoundError</c>, a closed one <c>CaseClosedError</c>.</summary>
    /// <param name="caseId">The case's global id.</param>
    /// <param name="text">The message (up to 10,000 characters).</param>
    /// <param name="attachments">Files to attach.</param>
    public async Task<AddCaseMessagePayload> AddCaseMessage(
        [ID] string caseId, string text, List<CaseAttachmentInput>? attachments, [Service] CaseService cases, [Service] IEventBus bus, CancellationToken cancellationToken)
    {
        var outcome = await cases.AddMessageAsync(TypedIds.KeyOf(caseId, nameof(Customers.Case)), text, attachments, cancellationToken);
        if (outcome.Value is not { } added)
        {
            return new AddCaseMessagePayload(null, null, outcome.Errors);
        }

        await LiveEvents.PublishCaseUpdatedAsync(bus, added.Case, cancellationToken);

        var message = new CaseMessageReceipt(
            TypedIds.Of("CaseMessage", added.Message.Id), added.Message.Text, added.Message.SentAt,
            [.. added.Attachments.Select(file => new CaseAttachmentReceipt(
                TypedIds.Of("CaseAttachment", file.Id), file.FileName, file.ContentType, checked((int)file.SizeBytes), FileReference.CaseAttachmentPath(file.Id)))]);
        return new AddCaseMessagePayload(CaseReceipt.From(added.Case, withId: true), message, []);
    }
}
