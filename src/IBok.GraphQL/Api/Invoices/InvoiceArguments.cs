using IBok.GraphQL.Application.CustomerReads;

namespace IBok.GraphQL.Api.Invoices;

/// <summary>Which invoices to list; every condition given must hold; dates and amounts are inclusive.</summary>
/// <param name="Status">PAID (nothing left to pay) or UNPAID (something left to pay), as of today.</param>
/// <param name="IssuedFrom">The first issue date.</param>
/// <param name="IssuedTo">The last issue date.</param>
/// <param name="MinGross">The smallest gross amount (PLN).</param>
/// <param name="MaxGross">The largest gross amount (PLN).</param>
public sealed record InvoiceFilter(
    InvoicePaidState? Status = null, DateOnly? IssuedFrom = null, DateOnly? IssuedTo = null, decimal? MinGross = null, decimal? MaxGross = null)
{
    internal InvoiceCriteria ToCriteria() => new(Status, IssuedFrom, IssuedTo, MinGross, MaxGross);
}

/// <summary>Ascending or descending.</summary>
public enum OrderDirection
{
    /// <summary>Smallest or oldest first.</summary>
    Asc,

    /// <summary>Largest or newest first.</summary>
    Desc,
}

/// <summary>How to order invoices; ties are broken by invoice number in the same direction.</summary>
/// <param name="Field">What to order by.</param>
/// <param name="Direction">Ascending or descending.</param>
public sealed record InvoiceOrder(InvoiceOrderField Field = InvoiceOrderField.IssueDate, OrderDirection Direction = OrderDirection.Desc);
