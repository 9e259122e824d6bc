using System.Globalization;
using IBok.Domain.Settlements;
using IBok.GraphQL.Execution;
using IBok.GraphQL.Persistence.Model.Billing;

namespace IBok.GraphQL.Application.CustomerReads;

/// <summary>Paid (nothing left to pay) or unpaid (something left to pay).</summary>
public enum InvoicePaidState
{
    /// <summary>Nothing is left to pay: paid in full, or a correction that lowers an invoice.</summary>
    Paid,

    /// <summary>Something is left to pay (unpaid or partly paid), or the invoice is not in the ledger yet.</summary>
    Unpaid,
}

/// <summary>Which invoices to list; every condition given must hold, and amounts and dates are inclusive.</summary>
/// <param name="Status">Paid or unpaid today.</param>
/// <param name="IssuedFrom">First issue date.</param>
/// <param name="IssuedTo">Last issue date.</param>
/// <param name="MinGross">Smallest gross amount, PLN.</param>
/// <param name="MaxGross">Largest gross amount, PLN.</param>
public sealed record InvoiceCriteria(InvoicePaidState? Status, DateOnly? IssuedFrom, DateOnly? IssuedTo, decimal? MinGross, decimal? MaxGross);

/// <summary>What invoices are ordered by (then by number, in the same direction).</summary>
public enum InvoiceOrderField
{
    /// <summary>Issue date.</summary>
    IssueDate,

    /// <summary>Due date.</summary>
    DueDate,

    /// <summary>Gross amount.</summary>
    GrossAmount,
}

/// <summary>An invoice header with its settlement today.</summary>
/// <param name="Row">The stored invoice.</param>
/// <param name="Status">Its status in the ledger, or null when the ledger does not hold it yet.</param>
public sealed record SettledInvoice(InvoiceRow Row, DocumentStatus? Status)
{
    /// <summary>Whether anything is left to pay.</summary>
    public InvoicePaidState PaidState =>
        Status is null ? (Row.GrossGrosz > 0 ? InvoicePaidState.Unpaid : InvoicePaidState.Paid)
        : Status.Outstanding.IsPositive ? InvoicePaidState.Unpaid : InvoicePaidState.Paid;
}

/// <summary>Selects and orders a customer's invoices (in memory: a customer has tens of invoices, and their paid state comes from the ledger).</summary>
public static class InvoiceSelection
{
    /// <summary>The invoices that meet <paramref name="criteria"/>, ordered.</summary>
    /// <exception cref="GraphQLException">A range is empty (its start after its end): a client error, named.</exception>
    public static IReadOnlyList<SettledInvoice> Select(
        IEnumerable<InvoiceRow> invoices, Settlement settlement, InvoiceCriteria? criteria, InvoiceOrderField orderBy, bool descending)
    {
        ArgumentNullException.ThrowIfNull(invoices);
        ArgumentNullException.ThrowIfNull(settlement);
        Check(criteria);
        var selected = invoices.Select(row => new SettledInvoice(row, settlement.StatusOf(row.Number)));
        if (criteria is not null)
        {
            var minGrosz = criteria.MinGross is { } min ? decimal.Ceiling(min * 100m) : (decimal?)null;
            var maxGrosz = criteria.MaxGross is { } max ? decimal.Floor(max * 100m) : (decimal?)null;
            selected = selected.Where(invoice =>
                (criteria.Status is not { } status || invoice.PaidState == status)
                && (criteria.IssuedFrom is not { } from || invoice.Row.IssueDate >= from)
                && (criteria.IssuedTo is not { } to || invoice.Row.IssueDate <= to)
                && (minGrosz is not { } low || invoice.Row.GrossGrosz >= low)
                && (maxGrosz is not { } high || invoice.Row.GrossGrosz <= high));
        }

        var ordered = (orderBy, descending) switch
        {
            (InvoiceOrderField.DueDate, false) => selected.OrderBy(invoice => invoice.Row.DueDate),
            (InvoiceOrderField.DueDate, true) => selected.OrderByDescending(invoice => invoice.Row.DueDate),
            (InvoiceOrderField.GrossAmount, false) => selected.OrderBy(invoice => invoice.Row.GrossGrosz),
            (InvoiceOrderField.GrossAmount, true) => selected.OrderByDescending(invoice => invoice.Row.GrossGrosz),
            (_, false) => selected.OrderBy(invoice => invoice.Row.IssueDate),
            (_, true) => selected.OrderByDescending(invoice => invoice.Row.IssueDate),
        };
        ordered = descending
            ? ordered.ThenByDescending(invoice => invoice.Row.Number, StringComparer.Ordinal)
            : ordered.ThenBy(invoice => invoice.Row.Number, StringComparer.Ordinal);
        return [.. ordered];
    }

    private static void Check(InvoiceCriteria? criteria)
    {
        if (criteria is { IssuedFrom: { } from, IssuedTo: { } to } && from > to)
        {
            throw new GraphQLException(string.Create(CultureInfo.InvariantCulture,
                $"The issue-date range is empty: issuedFrom {from:yyyy-MM-dd} is after issuedTo {to:yyyy-MM-dd}."));
        }

        if (criteria is { MinGross: { } min, MaxGross: { } max } && min > max)
        {
            throw new GraphQLException(string.Create(CultureInfo.InvariantCulture,
                $"The gross amount range is empty: minGross {min} is above maxGross {max}."));
        }
    }
}
