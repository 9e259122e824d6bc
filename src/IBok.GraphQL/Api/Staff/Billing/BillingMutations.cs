using System.Globalization;
using IBok.GraphQL.Api.Authorization;
using IBok.GraphQL.Api.Common;
using IBok.GraphQL.Api.Events;
using IBok.GraphQL.Api.Subscriptions;
using IBok.GraphQL.Application.Staff;
using IBok.GraphQL.Application.Staff.Billing;
using IBok.GraphQL.CodeFirst;
using IBok.GraphQL.Persistence.Access;

namespace IBok.GraphQL.Api.Staff.Billing;

/// <summary>Billing runs (staff, or the utility's billing system with an API key).</summary>
[MutationType]
[RequiresRole(ViewerRole.Operator, ViewerRole.Admin, ViewerRole.Integration)]
public sealed class BillingMutations
{
    /// <summary>
    /// Bills every contract whose billing period ends in <c>month</c> (yyyy-MM) or between <c>periodEndFrom</c> and
    /// <c>periodEndTo</c>, optionally of one customer or contract, issuing at most <c>limit</c> invoices. Idempotent: a
    /// period invoiced already is skipped, so a run stopped part way is finished by running it again.
    /// </summary>
    public async Task<RunBillingPayload> RunBilling(
        [Service] BillingRun billing, [Service] IEventBus bus, CancellationToken cancellationToken,
        string? month = null, DateOnly? periodEndFrom = null, DateOnly? periodEndTo = null, string? customerNumber = null, string? contractNumber = null, int? limit = null)
    {
        BillingRunRequest request;
        if (month is not null && periodEndFrom is null && periodEndTo is null)
        {
            if (!DateOnly.TryParseExact(month.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
            {
                return RunBillingPayload.Refused("INVALID_PERIOD", $"The month must be written yyyy-MM, e.g. 2026-02; got \"{month}\".");
            }

            request = BillingRunRequest.ForMonth(first, customerNumber, contractNumber, limit);
        }
        else if (month is null && periodEndFrom is { } from && periodEndTo is { } to)
        {
            request = new BillingRunRequest(from, to, customerNumber, contractNumber, limit);
        }
        else
        {
            return RunBillingPayload.Refused("INVALID_PERIOD", "Give either month, or both periodEndFrom and periodEndTo.");
        }

        var result = await billing.RunAsync(request, (issued, token) => PublishAsync(bus, issued, token), cancellationToken);
        return RunBillingPayload.Of(result);
    }

    private static async ValueTask PublishAsync(IEventBus bus, IReadOnlyList<IssuedInvoice> issued, CancellationToken cancellationToken)
    {
        foreach (var invoice in issued)
        {
            await LiveEvents.PublishAsync(bus, LiveEvents.InvoiceIssued, invoice.CustomerId,
                new InvoiceIssuedEvent(TypedIds.Of("Customer", invoice.CustomerId), TypedIds.Of("Invoice", invoice.InvoiceId), invoice.Number, invoice.Gross.Amount, invoice.DueDate), cancellationToken);
        }
    }
}

/// <summary>An invoice a billing run issued.</summary>
/// <param name="InvoiceId">The invoice.</param>
/// <param name="Number">Its number.</param>
/// <param name="ContractNumber">The contract billed.</param>
/// <param name="PeriodStart">First day billed.</param>
/// <param name="PeriodEnd">Last day billed.</param>
/// <param name="GrossAmount">The amount due in PLN.</param>
/// <param name="DueDate">The payment due date.</param>
public sealed record BilledInvoice([property: ID] string InvoiceId, string Number, string ContractNumber, DateOnly PeriodStart, DateOnly PeriodEnd, decimal GrossAmount, DateOnly DueDate);

/// <summary>A contract period a billing run did not bill.</summary>
/// <param name="ContractNumber">The contract.</param>
/// <param name="PeriodStart">First day of the period.</param>
/// <param name="PeriodEnd">Last day of the period.</param>
/// <param name="Reason">ALREADY_INVOICED, PERIOD_NOT_ENDED, NO_METER, READING_MISSING, READING_NOT_REVIEWED or TARIFF_MISSING.</param>
/// <param name="Message">The details.</param>
public sealed record SkippedBilling(string ContractNumber, DateOnly PeriodStart, DateOnly PeriodEnd, string Reason, string Message);

/// <summary>How many periods were skipped for one reason.</summary>
/// <param name="Reason">The reason code.</param>
/// <param name="Count">The number of periods.</param>
public sealed record SkipReasonCount(string Reason, int Count);

/// <summary>The report of <c>runBilling</c>.</summary>
/// <param name="Issued">Invoices issued by this run.</param>
/// <param name="Skipped">Periods not billed.</param>
/// <param name="SkippedByReason">Skipped periods per reason.</param>
/// <param name="Invoices">The issued invoices (the first 100).</param>
/// <param name="Skips">The skipped periods (the first 100).</param>
/// <param name="Completed">False when the run stopped at its limit: run it again to bill the rest.</param>
/// <param name="Errors">Why the run was refused, or contracts whose data could not be billed.</param>
public sealed record RunBillingPayload(
    int Issued, int Skipped, IReadOnlyList<SkipReasonCount> SkippedByReason, IReadOnlyList<BilledInvoice> Invoices, IReadOnlyList<SkippedBilling> Skips,
    bool Completed, IReadOnlyList<StaffActionError> Errors)
{
    /// <summary>From the application's report.</summary>
    public static RunBillingPayload Of(BillingRunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new RunBillingPayload(
            result.Issued,
            result.Skipped,
            [.. result.SkippedByReason.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => new SkipReasonCount(pair.Key, pair.Value))],
            [.. result.Invoices.Select(invoice => new BilledInvoice(
                TypedIds.Of("Invoice", invoice.InvoiceId), invoice.Number, invoice.ContractNumber, invoice.Period.Start, invoice.Period.End, invoice.Gross.Amount, invoice.DueDate))],
            [.. result.Skips.Select(skip => new SkippedBilling(skip.ContractNumber, skip.Period.Start, skip.Period.End, skip.Reason, skip.Message))],
            result.Completed,
            result.Errors);
    }

    internal static RunBillingPayload Refused(string code, string message) => new(0, 0, [], [], [], false, [new StaffActionError(code, message)]);
}
