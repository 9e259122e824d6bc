using IBok.Domain.Tariffs;
using IBok.GraphQL.Persistence.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IBok.GraphQL.Persistence.Model.Billing;

/// <summary>Which side of a correction a line shows.</summary>
public enum CorrectionSide
{
    /// <summary>The line as on the corrected invoice (przed korektą).</summary>
    Before,

    /// <summary>The line as it should be (po korekcie).</summary>
    After,
}

/// <summary>One line of an invoice. Table <c>invoice_lines</c>.</summary>
public sealed class InvoiceLineRow : ICustomerOwned
{
    /// <summary>The line id.</summary>
    public long Id { get; set; }

    /// <inheritdoc />
    public long CustomerId { get; set; }

    /// <summary>The invoice.</summary>
    public long InvoiceId { get; set; }

    /// <summary>The position on the invoice, from 1 (a correction's before and after rows share it).</summary>
    public int LineNumber { get; set; }

    /// <summary>For a correction: before or after; null on an invoice.</summary>
    public CorrectionSide? CorrectionSide { get; set; }

    /// <summary>The tariff component priced.</summary>
    public TariffComponent Component { get; set; }

    /// <summary>The line's name as printed (Polish).</summary>
    public string Name { get; set; } = "";

    /// <summary>First day the line covers.</summary>
    public DateOnly PeriodStart { get; set; }

    /// <summary>Last day the line covers.</summary>
    public DateOnly PeriodEnd { get; set; }

    /// <summary>The quantity: m³ or GJ to 3 decimals, month fractions to 4, so NUMERIC(14,4).</summary>
    public decimal Quantity { get; set; }

    /// <summary>The unit printed, e.g. <c>m³</c>.</summary>
    public string Unit { get; set; } = "";

    /// <summary>The net unit price.</summary>
    public decimal NetUnitPrice { get; set; }

    /// <summary>The net value in grosze.</summary>
    public long NetGrosz { get; set; }

    /// <summary>The VAT rate, %.</summary>
    public decimal VatPercent { get; set; }

    /// <summary>Whether the quantity was estimated (printed "(szacunek)").</summary>
    public bool IsEstimated { get; set; }
}

internal sealed class InvoiceLineRowConfiguration : IEntityTypeConfiguration<InvoiceLineRow>
{
    public void Configure(EntityTypeBuilder<InvoiceLineRow> builder)
    {
        builder.ToTable("invoice_lines");
        builder.HasKey(row => row.Id);
        builder.Property(row => row.Id).HasColumnName("id");
        builder.Property(row => row.CustomerId).HasColumnName("customer_id");
        builder.HasIndex(row => row.CustomerId).HasDatabaseName("ix_invoice_lines_customer_id");
        builder.Property(row => row.InvoiceId).HasColumnName("invoice_id");
        builder.HasIndex(row => row.InvoiceId).HasDatabaseName("ix_invoice_lines_invoice_id");
        builder.Property(row => row.LineNumber).HasColumnName("line_number");
        builder.Property(row => row.CorrectionSide).IsEnumText("correction_side");
        builder.Property(row => row.Component).IsEnumText("component");
        builder.Property(row => row.Name).HasColumnName("name");
        builder.Property(row => row.PeriodStart).HasColumnName("period_start");
        builder.Property(row => row.PeriodEnd).HasColumnName("period_end");
        builder.Property(row => row.Quantity).HasColumnName("quantity").HasPrecision(14, 4);
        builder.Property(row => row.Unit).HasColumnName("unit");
        builder.Property(row => row.NetUnitPrice).IsUnitPrice("net_unit_price");
        builder.Property(row => row.NetGrosz).HasColumnName("net_grosz");
        builder.Property(row => row.VatPercent).IsPercent("vat_percent");
        builder.Property(row => row.IsEstimated).HasColumnName("is_estimated");
    }
}
