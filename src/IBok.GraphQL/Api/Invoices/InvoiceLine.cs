using IBok.Domain.Tariffs;
using IBok.GraphQL.Api.Common;
using IBok.GraphQL.Persistence.Model.Billing;

namespace IBok.GraphQL.Api.Invoices;

/// <summary>One line of an invoice.</summary>
public sealed class InvoiceLine
{
    private readonly InvoiceLineRow _row;

    internal InvoiceLine(InvoiceLineRow row) => _row = row;

    /// <summary>The position on the invoice, from 1.</summary>
    public int LineNumber => _row.LineNumber;

    /// <summary>For a correction: the line before or after the correction.</summary>
    public CorrectionSide? CorrectionSide => _row.CorrectionSide;

    /// <summary>The tariff component priced.</summary>
    public TariffComponent Component => _row.Component;

    /// <summary>The line's name as printed.</summary>
    public string Name => _row.Name;

    /// <summary>The first day the line covers.</summary>
    public DateOnly PeriodStart => _row.PeriodStart;

    /// <summary>The last day the line covers.</summary>
    public DateOnly PeriodEnd => _row.PeriodEnd;

    /// <summary>The quantity.</summary>
    public decimal Quantity => Decimals.Normalized(_row.Quantity);

    /// <summary>The unit printed, e.g. m³.</summary>
    public string Unit => _row.Unit;

    /// <summary>The net unit price (PLN, up to 4 decimals).</summary>
    public decimal NetUnitPrice => Decimals.Normalized(_row.NetUnitPrice);

    /// <summary>The net value.</summary>
    public MoneyValue Net => MoneyValue.FromGrosze(_row.NetGrosz);

    /// <summary>The VAT rate, %.</summary>
    public decimal VatPercent => Decimals.Normalized(_row.VatPercent);

    /// <summary>Whether the quantity is estimated.</summary>
    public bool IsEstimated => _row.IsEstimated;
}
