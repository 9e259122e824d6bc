using IBok.GraphQL.Api.Common;
using IBok.GraphQL.Application.Common;
using IBok.GraphQL.Application.Refunds;
using IBok.GraphQL.CodeFirst;
using IBok.GraphQL.Persistence.Model.Settlements;

namespace IBok.GraphQL.Api.Refunds;

/// <summary>A refund request as filed.</summary>
/// <param name="Id">The request's global id (a RefundRequest id).</param>
/// <param name="Amount">The amount (PLN).</param>
/// <param name="BankAccountNumber">The account to pay to (26 digits).</param>
/// <param name="Status">Pending until staff decide.</param>
/// <param name="RequestedAt">When it was filed.</param>
public sealed record RefundRequestReceipt([property: ID] string Id, decimal Amount, string BankAccountNumber, RefundRequestStatus Status, DateTime RequestedAt);

/// <summary>The result of <c>requestRefund</c>.</summary>
/// <param name="Request">The filed request; null on failure.</param>
/// <param name="Errors">Why nothing was filed; empty on success.</param>
public sealed record RequestRefundPayload(RefundRequestReceipt? Request, IReadOnlyList<UserError> Errors);

/// <summary>Refunds of overpayments.</summary>
[MutationType]
public sealed class RefundMutations
{
    /// <summary>Asks for (part of) the overpayment to be paid back to a bank account; staff decide.</summary>
    /// <param name="amount">The amount in PLN, to the grosz, at most the overpayment.</param>
    /// <param name="bankAccountNumber">The account (NRB, 26 digits; spaces and a PL prefix are accepted).</param>
    public async Task<RequestRefundPayload> RequestRefund(decimal amount, string bankAccountNumber, [Service] RefundService refunds, CancellationToken cancellationToken)
    {
        var outcome = await refunds.RequestAsync(amount, bankAccountNumber, cancellationToken);
        return outcome.Value is { } row
            ? new RequestRefundPayload(new RefundRequestReceipt(TypedIds.Of("RefundRequest", row.Id), row.AmountGrosz * 0.01m, row.BankAccountNumber, row.Status, row.RequestedAt), [])
            : new RequestRefundPayload(null, outcome.Errors);
    }
}
