using IBok.GraphQL.Api.Common;
using IBok.GraphQL.Application.Common;
using IBok.GraphQL.Application.Consents;
using IBok.GraphQL.CodeFirst;

namespace IBok.GraphQL.Api.Consents;

/// <summary>The result of <c>updateConsents</c>.</summary>
/// <param name="Consents">Every notification consent after the update; empty on failure.</param>
/// <param name="RecordedChanges">How many changes were recorded.</param>
/// <param name="Errors">Why nothing changed; empty on success.</param>
public sealed record UpdateConsentsPayload(IReadOnlyList<NotificationConsentState> Consents, int RecordedChanges, IReadOnlyList<UserError> Errors);

/// <summary>The result of <c>activateElectronicInvoice</c> and <c>deactivateElectronicInvoice</c>.</summary>
/// <param name="ContractId">The contract's global id; null on failure.</param>
/// <param name="Active">Whether invoices go electronically now.</param>
/// <param name="Changed">Whether this request changed it.</param>
/// <param name="ChangedAt">When it last changed.</param>
/// <param name="Errors">Why nothing changed; empty on success.</param>
public sealed record ElectronicInvoicePayload([property: ID] string? ContractId, bool Active, bool Changed, DateTime? ChangedAt, IReadOnlyList<UserError> Errors);

/// <summary>Consents (RODO) and e-invoices.</summary>
[MutationType]
public sealed class ConsentMutations
{
    /// <summary>Gives or withdraws notification consents per channel and kind; each change is recorded with its time and source.</summary>
    /// <param name="changes">The requested states; each channel and kind at most once.</param>
    public async Task<UpdateConsentsPayload> UpdateConsents(List<ConsentChangeInput> changes, [Service] ConsentService consents, CancellationToken cancellationToken)
    {
        var outcome = await consents.UpdateNotificationConsentsAsync(changes, cancellationToken);
        return outcome.Value is { } result
            ? new UpdateConsentsPayload(result.Consents, result.RecordedChanges, [])
            : new UpdateConsentsPayload([], 0, outcome.Errors);
    }

    /// <summary>Turns on electronic invoices (e-faktura) for one of the caller's contracts.</summary>
    /// <param name="contractId">The contract's global id.</param>
    public Task<ElectronicInvoicePayload> ActivateElectronicInvoice([ID] string contractId, [Service] ConsentService consents, CancellationToken cancellationToken) =>
        SetAsync(consents, TypedIds.KeyOf(contractId, nameof(Customers.Contract)), active: true, cancellationToken);

    /// <summary>Turns electronic invoices off for one of the caller's contracts: invoices go on paper again.</summary>
    /// <param name="contractId">The contract's global id.</param>
    public Task<ElectronicInvoicePayload> DeactivateElectronicInvoice([ID] string contractId, [Service] ConsentService consents, CancellationToken cancellationToken) =>
        SetAsync(consents, TypedIds.KeyOf(contractId, nameof(Customers.Contract)), active: false, cancellationToken);

    private static async Task<ElectronicInvoicePayload> SetAsync(ConsentService consents, long contractId, bool active, CancellationToken cancellationToken)
    {
        var outcome = await consents.SetElectronicInvoiceAsync(contractId, active, cancellationToken);
        return outcome.Value is { } state
            ? new ElectronicInvoicePayload(TypedIds.Of(nameof(Customers.Contract), state.ContractId), state.Active, state.Changed, state.ChangedAt, [])
            : new ElectronicInvoicePayload(null, false, false, null, outcome.Errors);
    }
}
