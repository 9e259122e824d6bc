using IBok.Domain.Cases;
using IBok.GraphQL.Api.Cases;
using IBok.GraphQL.Api.Events;
using IBok.GraphQL.Api.Subscriptions;
using IBok.GraphQL.Application.Cases;
using IBok.GraphQL.Application.Common;
using IBok.GraphQL.Application.WithoutAccount;
using IBok.GraphQL.CodeFirst;

namespace IBok.GraphQL.Api.WithoutAccount;

/// <summary>The result of <c>submitReadingAnonymously</c>: accepted or the rule broken, and nothing about the customer.</summary>
/// <param name="Accepted">Whether the reading was stored.</param>
/// <param name="Errors">Why it was not; empty when accepted.</param>
public sealed record SubmitReadingAnonymouslyPayload(bool Accepted, IReadOnlyList<UserError> Errors);

/// <summary>The result of <c>fileCaseAnonymously</c>.</summary>
/// <param name="Signature">The case signature to follow it by; null on failure.</param>
/// <param name="Secret">The tracking secret: shown only in this answer, never again; null on failure.</param>
/// <param name="Case">The filed case; null on failure.</param>
/// <param name="Errors">Why nothing was filed; empty on success.</param>
public sealed record FileCaseAnonymouslyPayload(string? Signature, string? Secret, CaseReceipt? Case, IReadOnlyList<UserError> Errors);

/// <summary>The result of <c>trackCase</c>.</summary>
/// <param name="Case">The case; null when the signature and secret do not match a case.</param>
/// <param name="Errors"><c>NotFoundError</c> for any mismatch (the same for an unknown signature and a wrong secret), or <c>RateLimitedError</c>.</param>
public sealed record TrackCasePayload(CaseReceipt? Case, IReadOnlyList<UserError> Errors);

/// <summary>What anyone can do without an account.</summary>
[MutationType]
public sealed class WithoutAccountMutations
{
    /// <summary>
    /// Submits a reading by customer number and meter serial number (from the invoice and the meter). At most one
    /// reading per meter per month; attempts are rate-limited per client and per customer number. The same rules as
    /// in the portal apply; the answer never quotes the meter's data.
    /// </summary>
    /// <param name="customerNumber">The customer number printed on invoices.</param>
    /// <param name="meterSerialNumber">The meter's serial number (numer fabryczny).</param>
    /// <param name="date">The day the value was read.</param>
    /// <param name="value">The counter value.</param>
    public async Task<SubmitReadingAnonymouslyPayload> SubmitReadingAnonymously(
        string customerNumber, string meterSerialNumber, DateOnly date, decimal value, [Service] AnonymousReadingService readings, CancellationToken cancellationToken)
    {
        var outcome = await readings.SubmitAsync(customerNumber, meterSerialNumber, date, value, cancellationToken);
        return new SubmitReadingAnonymouslyPayload(outcome.Value is not null, outcome.Errors);
    }

    /// <summary>
    /// Files a complaint, request or question without an account. The answer carries the case signature and a secret,
    /// shown only once: with both, <c>trackCase</c> shows the case's status.
    /// </summary>
    /// <param name="kind">Complaint, request, question, ...</param>
    /// <param name="subject">The subject (up to 200 characters).</param>
    /// <param name="text">The message (up to 10,000 characters).</param>
    /// <param name="name">The filer's name.</param>
    /// <param name="email">An e-mail address for the answer (this or a phone number is required).</param>
    /// <param name="phone">A phone number for the answer.</param>
    /// <param name="attachments">Up to 5 files (JPEG, PNG or PDF, 5 MB each, base64).</param>
    public async Task<FileCaseAnonymouslyPayload> FileCaseAnonymously(
        CaseKind kind, string subject, string text, string name, string? email, string? phone, List<CaseAttachmentInput>? attachments,
        [Service] CaseService cases, [Service] IEventBus bus, CancellationToken cancellationToken)
    {
        var outcome = await cases.FileAnonymouslyAsync(kind, subject, text, new AnonymousFiler(name, email, phone), attachments, cancellationToken);
        if (outcome.Value is not { } filed)
        {
            return new FileCaseAnonymouslyPayload(null, null, null, outcome.Errors);
        }

        // A case without an account belongs to no customer, so only staff hear of it.
        await LiveEvents.PublishCaseUpdatedAsync(bus, filed.Case, cancellationToken);
        return new FileCaseAnonymouslyPayload(filed.Case.Signature, filed.Secret, CaseReceipt.From(filed.Case, withId: false), []);
    }
}

/// <summary>Following a case without an account.</summary>
[QueryType]
public sealed class CaseTrackingQueries
{
    /// <summary>The status and history of a case, given its signature and the secret handed out when it was filed.</summary>
    /// <param name="signature">The signature, e.g. <c>ZG/2026/000123</c>.</param>
    /// <param name="secret">The secret from the filing (case and dashes do not matter).</param>
    public async Task<TrackCasePayload> TrackCase(string signature, string secret, [Service] CaseTrackingService tracking, CancellationToken cancellationToken)
    {
        var outcome = await tracking.TrackAsync(signature, secret, cancellationToken);
        if (outcome.Value is not { } tracked)
        {
            return new TrackCasePayload(null, outcome.Errors);
        }

        return new TrackCasePayload(
            new CaseReceipt(
                null, tracked.Signature, tracked.Kind, tracked.Subject, tracked.Status, tracked.SubmittedAt, tracked.ResponseDeadline,
                [.. tracked.History.Select(step => new CaseStatusStep(step.From, step.To, step.At, step.ByRole, step.Note))]),
            []);
    }
}
