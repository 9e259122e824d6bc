using IBok.GraphQL.Api.Common;
using IBok.GraphQL.Application.Common;
using IBok.GraphQL.Application.DataChanges;
using IBok.GraphQL.CodeFirst;
using IBok.GraphQL.Persistence.Model.Customers;

namespace IBok.GraphQL.Api.DataChanges;

/// <summary>A change-of-data request as filed.</summary>
/// <param name="Id">The request's global id (a DataChangeRequest id).</param>
/// <param name="Kind">What is to change.</param>
/// <param name="Status">Pending until staff decide.</param>
/// <param name="RequestedAt">When it was filed.</param>
public sealed record DataChangeRequestReceipt([property: ID] string Id, DataChangeKind Kind, DataChangeRequestStatus Status, DateTime RequestedAt);

/// <summary>The result of <c>requestDataChange</c>.</summary>
/// <param name="Request">The filed request; null on failure.</param>
/// <param name="Errors">Why nothing was filed; empty on success.</param>
public sealed record RequestDataChangePayload(DataChangeRequestReceipt? Request, IReadOnlyList<UserError> Errors);

/// <summary>Changes of the customer's data, decided by staff.</summary>
[MutationType]
public sealed class DataChangeMutations
{
    /// <summary>Asks staff to change the correspondence address, contact details or name; the request waits for a decision.</summary>
    /// <param name="input">What to change.</param>
    public async Task<RequestDataChangePayload> RequestDataChange(DataChangeRequestInput input, [Service] DataChangeService changes, CancellationToken cancellationToken)
    {
        var outcome = await changes.RequestAsync(input, cancellationToken);
        return outcome.Value is { } row
            ? new RequestDataChangePayload(new DataChangeRequestReceipt(TypedIds.Of("DataChangeRequest", row.Id), row.Kind, row.Status, row.RequestedAt), [])
            : new RequestDataChangePayload(null, outcome.Errors);
    }
}
